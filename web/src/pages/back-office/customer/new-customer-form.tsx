import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';
import type { Customer } from './customer-types.ts';

const texts = {
  nl: {
    title: 'Nieuwe klant',
    kind: 'Soort',
    business: 'Zakelijk',
    consumer: 'Consument',
    legalName: 'Naam (statutair)',
    kvkNumber: 'KvK-nummer',
    vatId: 'Btw-id',
    iban: 'IBAN',
    email: 'E-mail voor facturen en brieven',
    street: 'Straat',
    houseNumber: 'Huisnummer',
    addition: 'Toevoeging',
    postcode: 'Postcode',
    city: 'Plaats',
    country: 'Land',
    language: 'Taal van facturen en brieven',
    dutch: 'Nederlands',
    english: 'Engels',
    create: 'Klant aanmaken',
    cancel: 'Annuleren',
    busy: 'Bezig…',
  },
  en: {
    title: 'New customer',
    kind: 'Kind',
    business: 'Business',
    consumer: 'Consumer',
    legalName: 'Legal name',
    kvkNumber: 'KvK number',
    vatId: 'VAT id',
    iban: 'IBAN',
    email: 'E-mail for invoices and letters',
    street: 'Street',
    houseNumber: 'House number',
    addition: 'Addition',
    postcode: 'Postcode',
    city: 'City',
    country: 'Country',
    language: 'Language of invoices and letters',
    dutch: 'Dutch',
    english: 'English',
    create: 'Create customer',
    cancel: 'Cancel',
    busy: 'Working…',
  },
};

const empty = {
  kind: 'business',
  legalName: '',
  kvkNumber: '',
  vatId: '',
  iban: '',
  email: '',
  street: '',
  houseNumber: '',
  houseNumberAddition: '',
  postcode: '',
  city: '',
  country: 'NL',
  language: 'nl',
};

type Fields = typeof empty;

/** POST /customers: every field checked by the API, every problem named at once. */
export function NewCustomerForm({
  onCreated,
  onCancel,
}: {
  readonly onCreated: (customer: Customer) => void;
  readonly onCancel: () => void;
}) {
  const t = useTexts(texts);
  const [fields, setFields] = useState<Fields>(empty);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof Fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const customer = await api.post<Customer>('/customers', {
        kind: fields.kind,
        legalName: fields.legalName,
        kvkNumber: optional(fields.kvkNumber),
        vatId: optional(fields.vatId),
        iban: optional(fields.iban),
        email: fields.email,
        language: fields.language,
        billingAddress: {
          street: fields.street,
          houseNumber: fields.houseNumber,
          houseNumberAddition: optional(fields.houseNumberAddition),
          postcode: fields.postcode,
          city: fields.city,
          country: optional(fields.country),
        },
      });
      onCreated(customer);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const text = (name: keyof Fields, label: string, props: Record<string, unknown> = {}) => (
    <label>
      {label}
      <input value={fields[name]} onChange={set(name)} {...props} />
    </label>
  );

  return (
    <section className="card" aria-labelledby="new-customer-title">
      <h2 id="new-customer-title">{t.title}</h2>
      <form className="stack" onSubmit={submit}>
        <ProblemBanner error={error} />
        <label>
          {t.kind}
          <select value={fields.kind} onChange={set('kind')}>
            <option value="business">{t.business}</option>
            <option value="consumer">{t.consumer}</option>
          </select>
        </label>
        {text('legalName', t.legalName, { required: true, autoComplete: 'organization' })}
        {fields.kind === 'business' ? (
          <div className="row customer-form-pair">
            {text('kvkNumber', t.kvkNumber, { inputMode: 'numeric' })}
            {text('vatId', t.vatId)}
          </div>
        ) : null}
        {text('iban', t.iban)}
        {text('email', t.email, { type: 'email', required: true })}
        <div className="row customer-form-pair">
          {text('street', t.street, { required: true })}
          {text('houseNumber', t.houseNumber, { required: true, size: 6 })}
          {text('houseNumberAddition', t.addition, { size: 6 })}
        </div>
        <div className="row customer-form-pair">
          {text('postcode', t.postcode, { required: true, size: 8 })}
          {text('city', t.city, { required: true })}
          {text('country', t.country, { size: 3 })}
        </div>
        <label>
          {t.language}
          <select value={fields.language} onChange={set('language')}>
            <option value="nl">{t.dutch}</option>
            <option value="en">{t.english}</option>
          </select>
        </label>
        <div className="row customer-form-pair">
          <button type="submit" disabled={busy}>
            {busy ? t.busy : t.create}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}

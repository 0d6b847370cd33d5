import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { orderStateLabels } from './order-state-labels.ts';
import { base64Of, MAX_FORM_BYTES, sha256Hex } from './provider-types.ts';
import type { ProviderOrder, ProviderProduct } from './provider-types.ts';

/*
 * A provider orders its admitted service for an end user on the operator's form, completed and
 * signed by the end user (vn:2.3.3). The signed form is chosen here and sent with the order: the
 * file itself (base64; PDF, PNG or JPEG, at most 5 MiB, which the operator keeps), its name, its
 * SHA-256 (computed here too; the server checks it against the file), who signed it and when.
 */

const texts = {
  nl: {
    ...orderStateLabels.nl,
    title: 'Nieuwe bestelling',
    intro:
      'Bestel uw dienst voor een eindgebruiker met het bestelformulier van de netbeheerder, ingevuld en ondertekend door de eindgebruiker (vn:2.3.3).',
    customerId: 'Eindgebruiker (klantnummer)',
    productId: 'Uw dienst',
    chooseProduct: 'Kies uw dienst',
    noProducts: 'U bent nog met geen enkele dienst toegelaten (vn:3.1); neem contact op met de netbeheerder.',
    napId: 'Aansluitpunt (NAP)',
    requestedOn: 'Gewenste opleverdatum',
    form: 'Ondertekend bestelformulier (PDF, PNG of JPEG, max. 5 MB)',
    tooLarge: 'Het ondertekende formulier is groter dan 5 MB; stuur een kleinere scan.',
    download: 'Formulier downloaden',
    signedBy: 'Ondertekend door',
    signedOn: 'Ondertekend op',
    submit: 'Bestelling indienen',
    sending: 'Bezig met indienen…',
    submitted: 'Bestelling ingediend',
    state: 'Status',
    fingerprint: 'Vingerafdruk formulier (SHA-256)',
    back: 'Naar de bestellingen',
  },
  en: {
    ...orderStateLabels.en,
    title: 'New order',
    intro:
      "Order your service for an end user on the operator's order form, completed and signed by the end user (vn:2.3.3).",
    customerId: 'End user (customer number)',
    productId: 'Your service',
    chooseProduct: 'Choose your service',
    noProducts: 'You are not admitted with any service yet (vn:3.1); contact the operator.',
    napId: 'Termination point (NAP)',
    requestedOn: 'Requested delivery date',
    form: 'Signed order form (PDF, PNG or JPEG, at most 5 MB)',
    tooLarge: 'The signed form is larger than 5 MB; send a smaller scan.',
    download: 'Download the form',
    signedBy: 'Signed by',
    signedOn: 'Signed on',
    submit: 'Submit the order',
    sending: 'Submitting…',
    submitted: 'Order submitted',
    state: 'State',
    fingerprint: 'Form fingerprint (SHA-256)',
    back: 'To the orders',
  },
};

export function ProviderNewOrderPage() {
  const t = useTexts(texts);
  const [customerId, setCustomerId] = useState('');
  const [productId, setProductId] = useState('');
  const [napId, setNapId] = useState('');
  const [requestedOn, setRequestedOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [signedBy, setSignedBy] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [order, setOrder] = useState<ProviderOrder>();
  const products = useApi(() => api.get<ProviderProduct[]>('/portal/provider/products'), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (file && file.size > MAX_FORM_BYTES) throw new Error(t.tooLarge);
      const signedForm = file
        ? {
            fileName: file.name,
            content: await base64Of(file),
            sha256: await sha256Hex(file),
            ...(signedOn ? { signedOn } : {}),
            ...(signedBy.trim() ? { signedBy: signedBy.trim() } : {}),
          }
        : undefined;
      const created = await api.post<ProviderOrder>('/network-orders', {
        kind: 'third-party-service',
        customerId: customerId.trim(),
        ...(productId.trim() ? { productId: productId.trim() } : {}),
        ...(napId.trim() ? { napId: napId.trim() } : {}),
        ...(requestedOn ? { requestedOn } : {}),
        ...(signedForm ? { signedForm } : {}),
      });
      setOrder(created);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {order ? (
        <section className="card notice" role="status" aria-labelledby="submitted-heading">
          <h2 id="submitted-heading">
            {t.submitted}: {order.id}
          </h2>
          <dl className="facts">
            <dt>{t.state}</dt>
            <dd>{t.states[order.state] ?? order.state}</dd>
            <dt>{t.requestedOn}</dt>
            <dd>{formatDate(order.requestedOn)}</dd>
            <dt>{t.fingerprint}</dt>
            <dd>
              <code>{String(order.signedForm?.sha256 ?? '—')}</code>
            </dd>
          </dl>
          {order.signedForm?.mediaType ? (
            <p>
              <a href={`/network-orders/${encodeURIComponent(order.id)}/signed-form`} download>
                {t.download}
              </a>
            </p>
          ) : null}
          <p>
            <Link to="/provider">{t.back}</Link>
          </p>
        </section>
      ) : null}
      <form className="stack card" onSubmit={submit}>
        <label>
          {t.customerId}
          <input value={customerId} required onChange={(e) => setCustomerId(e.target.value)} />
        </label>
        <label>
          {t.productId}
          <select value={productId} required onChange={(e) => setProductId(e.target.value)}>
            <option value="">{t.chooseProduct}</option>
            {products.data?.map((product) => (
              <option key={product.id} value={product.id}>
                {product.name} ({product.code}, {product.sellerId})
              </option>
            ))}
          </select>
        </label>
        {products.data?.length === 0 ? <p className="muted">{t.noProducts}</p> : null}
        <ProblemBanner error={products.error} />
        <label>
          {t.napId}
          <input value={napId} required onChange={(e) => setNapId(e.target.value)} />
        </label>
        <label>
          {t.requestedOn}
          <input type="date" value={requestedOn} onChange={(e) => setRequestedOn(e.target.value)} />
        </label>
        <label>
          {t.form}
          <input
            type="file"
            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
            required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          {t.signedBy}
          <input value={signedBy} required onChange={(e) => setSignedBy(e.target.value)} />
        </label>
        <label>
          {t.signedOn}
          <input type="date" value={signedOn} required onChange={(e) => setSignedOn(e.target.value)} />
        </label>
        <ProblemBanner error={error} />
        <div>
          <button type="submit" disabled={busy}>
            {busy ? t.sending : t.submit}
          </button>
        </div>
      </form>
    </>
  );
}

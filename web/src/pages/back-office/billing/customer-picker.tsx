import { useEffect, useId, useState } from 'react';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { Items } from './billing-types.ts';

const texts = {
  nl: {
    find: 'Klant zoeken (naam, KvK of klantnummer)',
    found: 'Klant',
    any: 'Alle klanten',
    choose: 'Kies een klant',
    none: 'Geen klant gevonden',
  },
  en: {
    find: 'Find customer (name, KvK or customer id)',
    found: 'Customer',
    any: 'All customers',
    choose: 'Choose a customer',
    none: 'No customer found',
  },
};

interface CustomerOption {
  readonly id: string;
  readonly legalName: string;
}

interface Props {
  readonly value: string;
  readonly onChange: (customerId: string) => void;
  /** A filter may be left empty ("all customers"); a form needs one. */
  readonly allowAll?: boolean;
}

/** Finds a customer by a part of the name on the server (a few matches only) and picks one. */
export function CustomerPicker({ value, onChange, allowAll = false }: Props) {
  const t = useTexts(texts);
  const id = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useApi(
    () =>
      search
        ? api.get<Items<CustomerOption>>('/customers', { search, limit: 10 })
        : Promise.resolve({ items: [], total: 0 }),
    [search],
  );
  const options = found.data?.items ?? [];
  // Once one match is left, that is the customer meant.
  useEffect(() => {
    if (search && options.length === 1 && options[0]!.id !== value) onChange(options[0]!.id);
  }, [search, options, value, onChange]);
  return (
    <>
      <label htmlFor={`${id}-find`}>
        {t.find}
        <input id={`${id}-find`} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </label>
      <label htmlFor={`${id}-pick`}>
        {t.found}
        <select id={`${id}-pick`} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{allowAll ? t.any : search && options.length === 0 ? t.none : t.choose}</option>
          {value && !options.some((o) => o.id === value) ? <option value={value}>{value}</option> : null}
          {options.map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.legalName} ({customer.id})
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

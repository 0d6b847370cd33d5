import { useEffect, useState } from 'react';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useTexts } from '../../../i18n/language.tsx';

const texts = {
  nl: { find: 'Klant zoeken (naam, KvK of nummer)', customer: 'Klant', choose: '— kies een klant —' },
  en: { find: 'Find customer (name, KvK or number)', customer: 'Customer', choose: '— choose a customer —' },
};

interface CustomerSummary {
  readonly id: string;
  readonly legalName: string;
}

/** A customer found by the server's search (never the whole list), then chosen from the matches. */
export function CustomerPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const t = useTexts(texts);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useApi(
    () => api.get<{ items: CustomerSummary[] }>('/customers', { search: search || undefined, limit: 20 }),
    [search],
  );
  const items = found.data?.items ?? [];
  // The first match is taken when nothing (or something no longer listed) was chosen.
  useEffect(() => {
    if (items.length > 0 && !items.some((c) => c.id === value)) onChange(items[0]!.id);
  }, [found.data]);
  return (
    <>
      <label>
        {t.find}
        <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </label>
      <label>
        {t.customer}
        <select value={value} onChange={(e) => onChange(e.target.value)} required>
          {items.length === 0 ? <option value="">{t.choose}</option> : null}
          {items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.legalName} ({c.id})
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

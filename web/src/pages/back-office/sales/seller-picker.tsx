import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { Seller } from './sales-types.ts';

const texts = {
  nl: { seller: 'Verkoper', all: 'Alle verkopers' },
  en: { seller: 'Seller', all: 'All sellers' },
};

/** The operator's sellers to choose from; staff limited to one seller see only theirs. */
export function SellerPicker({
  value,
  onChange,
  allowAll = false,
  limitedTo,
}: {
  value: string;
  onChange: (sellerId: string) => void;
  allowAll?: boolean;
  limitedTo?: string | null;
}) {
  const t = useTexts(texts);
  const sellers = useApi(() => api.get<Seller[]>('/sellers'), []);
  const choices = (sellers.data ?? []).filter((s) => !limitedTo || s.id === limitedTo);
  return (
    <label>
      {t.seller}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {allowAll && !limitedTo ? <option value="">{t.all}</option> : null}
        {choices.map((s) => (
          <option key={s.id} value={s.id}>
            {s.legalName}
          </option>
        ))}
      </select>
    </label>
  );
}

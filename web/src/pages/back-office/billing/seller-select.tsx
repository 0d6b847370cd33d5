import { api } from '../../../api/client.ts';
import { useSession } from '../../../api/session.tsx';
import { useApi } from '../../../api/use-api.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { Seller } from './billing-types.ts';

const texts = {
  nl: { seller: 'Verkoper', all: 'Alle verkopers', choose: 'Kies een verkoper' },
  en: { seller: 'Seller', all: 'All sellers', choose: 'Choose a seller' },
};

interface Props {
  readonly value: string;
  readonly onChange: (sellerId: string) => void;
  /** Offer "all sellers" (a filter) rather than requiring one (a form). */
  readonly allowAll?: boolean;
  readonly label?: string;
  readonly required?: boolean;
}

/** The operator's sellers as a labelled select; staff limited to one seller see only theirs. */
export function SellerSelect({ value, onChange, allowAll = false, label, required = false }: Props) {
  const t = useTexts(texts);
  const { user } = useSession();
  const sellers = useApi(() => api.get<Seller[]>('/sellers'), []);
  const own = user?.sellerId ?? null;
  const shown = (sellers.data ?? []).filter((s) => own === null || s.id === own);
  return (
    <label>
      {label ?? t.seller}
      <select value={value} required={required} onChange={(e) => onChange(e.target.value)}>
        {own === null ? <option value="">{allowAll ? t.all : t.choose}</option> : null}
        {shown.map((seller) => (
          <option key={seller.id} value={seller.id}>
            {seller.legalName}
          </option>
        ))}
      </select>
    </label>
  );
}

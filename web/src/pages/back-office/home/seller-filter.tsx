import { api } from '../../../api/client.ts';
import { useSession } from '../../../api/session.tsx';
import { useApi } from '../../../api/use-api.ts';
import { useTexts } from '../../../i18n/language.tsx';

const texts = {
  nl: { seller: 'Verkoper', all: 'Alle verkopers' },
  en: { seller: 'Seller', all: 'All sellers' },
};

interface Seller {
  readonly id: string;
  readonly legalName: string;
}

/** The sellers to look at; staff limited to one seller see only theirs (the API holds them to it). */
export function SellerFilter({ value, onChange }: { value: string; onChange: (sellerId: string) => void }) {
  const t = useTexts(texts);
  const { user } = useSession();
  const sellers = useApi(() => api.get<Seller[]>('/sellers'), []);
  const own = user?.sellerId ?? null;
  const shown = (sellers.data ?? []).filter((seller) => own === null || seller.id === own);
  return (
    <label>
      {t.seller}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {own === null ? <option value="">{t.all}</option> : null}
        {shown.map((seller) => (
          <option key={seller.id} value={seller.id}>
            {seller.legalName}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The sellers' names by id, for labels. */
export function useSellerNames(): Map<string, string> {
  const sellers = useApi(() => api.get<Seller[]>('/sellers'), []);
  return new Map((sellers.data ?? []).map((seller) => [seller.id, seller.legalName]));
}

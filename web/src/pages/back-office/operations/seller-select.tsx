import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';

interface Seller {
  readonly id: string;
  readonly legalName: string;
}

/** A choice of seller (the few the operator sells as); `emptyLabel` for "any" or "choose". */
export function SellerSelect({
  label,
  value,
  onChange,
  emptyLabel,
  required = false,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (sellerId: string) => void;
  readonly emptyLabel: string;
  readonly required?: boolean;
}) {
  const sellers = useApi(() => api.get<Seller[]>('/sellers'), []);
  return (
    <label>
      {label}
      <select value={value} required={required} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel}</option>
        {sellers.data?.map((seller) => (
          <option key={seller.id} value={seller.id}>
            {seller.legalName}
          </option>
        ))}
      </select>
    </label>
  );
}

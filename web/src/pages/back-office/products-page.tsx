import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import type { Column } from '../../components/data-table.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { ProductPanel } from './sales/product-panel.tsx';
import type { Items, Product } from './sales/sales-types.ts';
import { euros } from './sales/sales-types.ts';
import { SellerPicker } from './sales/seller-picker.tsx';

const texts = {
  nl: {
    title: 'Prijslijsten',
    list: 'Producten',
    code: 'Code',
    name: 'Naam',
    kind: 'Soort',
    today: 'Prijs vandaag',
    next: 'Volgende wijziging',
    retired: 'Uit verkoop',
    showRetired: 'Ook producten uit verkoop tonen',
    open: 'Openen',
  },
  en: {
    title: 'Price lists',
    list: 'Products',
    code: 'Code',
    name: 'Name',
    kind: 'Kind',
    today: 'Price today',
    next: 'Next change',
    retired: 'Retired',
    showRetired: 'Show retired products too',
    open: 'Open',
  },
};

/** Price lists per seller: its products, their prices over time, a dated price change, retiring. */
export function ProductsPage() {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? 'bit');
  const [showRetired, setShowRetired] = useState(true);
  const [round, setRound] = useState(0);
  const [chosen, setChosen] = useState<string>();

  const columns: Column<Product>[] = [
    {
      key: 'code',
      header: t.code,
      sort: 'code',
      render: (p) => (
        <button
          type="button"
          className="link"
          onClick={() => setChosen(p.id)}
          aria-label={`${t.open} ${p.code}`}
        >
          {p.code}
        </button>
      ),
    },
    { key: 'name', header: t.name, sort: 'name', render: (p) => p.name },
    { key: 'kind', header: t.kind, render: (p) => p.kind },
    {
      key: 'today',
      header: t.today,
      align: 'right',
      sort: 'priceToday',
      render: (p) => (p.priceToday ? formatMoney(euros(p.priceToday.value)) : '—'),
    },
    {
      key: 'next',
      header: t.next,
      render: (p) => {
        const next = p.knownFutureIncreases.value[0];
        return next ? `${formatMoney(euros(next.amountCents))} (${formatDate(next.effectiveFrom)})` : '—';
      },
    },
    {
      key: 'retired',
      header: t.retired,
      render: (p) => (p.retiredOn ? <span className="warn">{formatDate(p.retiredOn)}</span> : '—'),
    },
  ];

  return (
    <>
      <h1>{t.title}</h1>
      <section className="card" aria-labelledby="products-list">
        <h2 id="products-list">{t.list}</h2>
        <form className="row" onSubmit={(e) => e.preventDefault()} aria-label={t.list}>
          <SellerPicker
            value={sellerId}
            onChange={(id) => {
              setSellerId(id);
              setChosen(undefined);
            }}
            limitedTo={user?.sellerId}
          />
          <label className="check">
            <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />
            {t.showRetired}
          </label>
        </form>
        <DataTable<Product>
          label={t.list}
          columns={columns}
          rowKey={(p) => p.id}
          deps={[sellerId, showRetired, round]}
          load={({ limit, offset, search, sort, order }) =>
            api.get<Items<Product>>('/back-office/sales/products', {
              sellerId,
              retired: showRetired,
              search,
              sort,
              order: sort ? order : undefined,
              limit,
              offset,
            })
          }
        />
      </section>
      {chosen ? (
        <ProductPanel
          key={chosen}
          productId={chosen}
          onChanged={() => setRound((n) => n + 1)}
          onClose={() => setChosen(undefined)}
        />
      ) : null}
    </>
  );
}

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../../../i18n/format.ts';
import { useLanguage, useTexts } from '../../../i18n/language.tsx';
import { colourOf, euroTick, quarterLabel, toNumber } from './chart-format.ts';
import type { Revenue } from './dashboard-types.ts';

const texts = {
  nl: {
    title: 'Terugkerende omzet per verkoper en product',
    chart: 'Gestapelde staafgrafiek van de terugkerende omzet per kwartaal',
    caption: 'Terugkerende omzet per kwartaal (netto, excl. btw, creditnota’s afgetrokken)',
    quarter: 'Kwartaal',
    seller: 'Verkoper',
    product: 'Product',
    amount: 'Omzet',
    total: 'Totaal',
    noProduct: 'zonder product',
    none: 'Geen omzet in deze periode.',
  },
  en: {
    title: 'Recurring revenue by seller and product',
    chart: 'Stacked bar chart of the recurring revenue per quarter',
    caption: 'Recurring revenue per quarter (net, excl. VAT, credit notes subtracted)',
    quarter: 'Quarter',
    seller: 'Seller',
    product: 'Product',
    amount: 'Revenue',
    total: 'Total',
    noProduct: 'no product',
    none: 'No revenue in this period.',
  },
};

/** Recurring revenue as bars stacked by seller and product per quarter, and the same as a table. */
export function RevenueChart({ revenue }: { revenue: Revenue }) {
  const t = useTexts(texts);
  const { language } = useLanguage();
  const seriesName = (f: Revenue['figures'][number]) => `${f.sellerId} · ${f.productName ?? t.noProduct}`;
  const series = [...new Set(revenue.figures.map(seriesName))];
  const data = revenue.quarters.map((quarter) => {
    const row: Record<string, string | number> = { quarter: quarterLabel(quarter, language) };
    for (const f of revenue.figures.filter((f) => f.quarter === quarter))
      row[seriesName(f)] = (Number(row[seriesName(f)] ?? 0) || 0) + toNumber(f.amount);
    return row;
  });
  return (
    <section className="card" aria-labelledby="revenue-title">
      <h2 id="revenue-title">{t.title}</h2>
      {revenue.figures.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <div className="chart" role="img" aria-label={t.chart}>
          <ResponsiveContainer width="100%" height={300}>
            <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="quarter" label={{ value: t.quarter, position: 'insideBottom', offset: -4 }} />
              <YAxis tickFormatter={euroTick} width={90} />
              <Tooltip formatter={(value) => euroTick(Number(value))} />
              <Legend verticalAlign="top" itemSorter={null} />
              {series.map((name, i) => (
                <Bar
                  key={name}
                  dataKey={name}
                  stackId="revenue"
                  fill={colourOf(i)}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <table>
        <caption className="muted">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.quarter}</th>
            <th scope="col">{t.seller}</th>
            <th scope="col">{t.product}</th>
            <th scope="col" className="num">
              {t.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          {revenue.figures.map((f) => (
            <tr key={`${f.quarter}:${f.sellerId}:${f.productId ?? ''}`}>
              <td>{quarterLabel(f.quarter, language)}</td>
              <td>{f.sellerId}</td>
              <td>{f.productName ?? <span className="muted">{t.noProduct}</span>}</td>
              <td className="num">{formatMoney(f.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {revenue.totals.map((total) => (
            <tr key={total.quarter}>
              <th scope="row" colSpan={3}>
                {t.total} {quarterLabel(total.quarter, language)}
              </th>
              <td className="num">{formatMoney(total.amount)}</td>
            </tr>
          ))}
        </tfoot>
      </table>
    </section>
  );
}

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../i18n/format.ts';
import { useLanguage, useTexts } from '../../../i18n/language.tsx';
import { colourOf, monthLabel, numberTick } from './chart-format.ts';
import type { UsageTrends } from './dashboard-types.ts';

const texts = {
  nl: {
    title: 'Verbruik per maand',
    chart: 'Lijngrafiek van het verbruik per maand en verbruiksproduct',
    caption: 'Verbruik per maand en product, in de eenheid van het product',
    month: 'Maand',
    seller: 'Verkoper',
    product: 'Product',
    quantity: 'Hoeveelheid',
    unit: 'Eenheid',
    none: 'Geen verbruik in deze periode.',
  },
  en: {
    title: 'Usage per month',
    chart: 'Line chart of the usage per month and usage product',
    caption: 'Usage per month and product, in the product’s unit',
    month: 'Month',
    seller: 'Seller',
    product: 'Product',
    quantity: 'Quantity',
    unit: 'Unit',
    none: 'No usage in this period.',
  },
};

/** Usage trends as one line per product (in its unit), and the same as a table. */
export function UsageChart({ usage }: { usage: UsageTrends }) {
  const t = useTexts(texts);
  const { language } = useLanguage();
  const seriesName = (f: UsageTrends['figures'][number]) =>
    `${f.sellerId} · ${f.productName ?? f.productId}${f.unit ? ` (${f.unit})` : ''}`;
  const series = [...new Set(usage.figures.map(seriesName))];
  const data = usage.months.map((month) => {
    const row: Record<string, string | number> = { month: monthLabel(month, language) };
    for (const f of usage.figures.filter((f) => f.month === month)) row[seriesName(f)] = Number(f.quantity);
    return row;
  });
  return (
    <section className="card" aria-labelledby="usage-title">
      <h2 id="usage-title">{t.title}</h2>
      {usage.figures.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <div className="chart" role="img" aria-label={t.chart}>
          <ResponsiveContainer width="100%" height={280}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" label={{ value: t.month, position: 'insideBottom', offset: -4 }} />
              <YAxis tickFormatter={numberTick} width={80} />
              <Tooltip formatter={(value) => numberTick(Number(value))} />
              <Legend verticalAlign="top" itemSorter={null} />
              {series.map((name, i) => (
                <Line
                  key={name}
                  type="monotone"
                  dataKey={name}
                  stroke={colourOf(i)}
                  strokeWidth={2}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      <table>
        <caption className="muted">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.month}</th>
            <th scope="col">{t.seller}</th>
            <th scope="col">{t.product}</th>
            <th scope="col" className="num">
              {t.quantity}
            </th>
            <th scope="col">{t.unit}</th>
          </tr>
        </thead>
        <tbody>
          {usage.figures.map((f) => (
            <tr key={`${f.month}:${f.sellerId}:${f.productId}`}>
              <td>{monthLabel(f.month, language)}</td>
              <td>{f.sellerId}</td>
              <td>{f.productName ?? f.productId}</td>
              <td className="num">{formatNumber(f.quantity)}</td>
              <td>{f.unit ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

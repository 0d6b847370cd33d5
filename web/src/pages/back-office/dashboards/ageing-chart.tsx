import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatMoney, formatNumber } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import { euroTick, toNumber } from './chart-format.ts';
import { AGEING_BUCKETS } from './dashboard-types.ts';
import type { AgeingBucket, ReceivablesAgeing } from './dashboard-types.ts';

/** From settled-looking to alarming: green for not due, red for more than 90 days. */
const bucketColours: Record<AgeingBucket, string> = {
  notDue: '#1e6b34',
  days1to30: '#0b5cad',
  days31to60: '#8a5300',
  days61to90: '#b0306a',
  over90: '#a4161a',
};

const texts = {
  nl: {
    title: 'Ouderdom van de debiteuren',
    chart: 'Gestapelde staafgrafiek van de openstaande bedragen per verkoper naar dagen over de vervaldatum',
    caption: (day: string) => `Openstaand op ${day} per verkoper, naar dagen over de vervaldatum`,
    seller: 'Verkoper',
    total: 'Totaal',
    invoices: 'Facturen',
    all: 'Alle verkopers',
    none: 'Niets openstaand.',
    buckets: {
      notDue: 'Niet vervallen',
      days1to30: '1–30 dagen',
      days31to60: '31–60 dagen',
      days61to90: '61–90 dagen',
      over90: '> 90 dagen',
    } satisfies Record<AgeingBucket, string>,
  },
  en: {
    title: 'Receivables ageing',
    chart: 'Stacked bar chart of the open amounts per seller by days past due',
    caption: (day: string) => `Open on ${day} per seller, by days past the due date`,
    seller: 'Seller',
    total: 'Total',
    invoices: 'Invoices',
    all: 'All sellers',
    none: 'Nothing open.',
    buckets: {
      notDue: 'Not due',
      days1to30: '1–30 days',
      days31to60: '31–60 days',
      days61to90: '61–90 days',
      over90: '> 90 days',
    } satisfies Record<AgeingBucket, string>,
  },
};

/** Open amounts per seller stacked by days past due, and the same as a table. */
export function AgeingChart({ ageing }: { ageing: ReceivablesAgeing }) {
  const t = useTexts(texts);
  const data = ageing.sellers.map((seller) => ({
    seller: seller.sellerId,
    ...Object.fromEntries(AGEING_BUCKETS.map((bucket) => [t.buckets[bucket], toNumber(seller[bucket])])),
  }));
  return (
    <section className="card" aria-labelledby="ageing-title">
      <h2 id="ageing-title">{t.title}</h2>
      {ageing.sellers.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <div className="chart" role="img" aria-label={t.chart}>
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="seller" label={{ value: t.seller, position: 'insideBottom', offset: -4 }} />
              <YAxis tickFormatter={euroTick} width={90} />
              <Tooltip formatter={(value) => euroTick(Number(value))} />
              <Legend verticalAlign="top" itemSorter={null} />
              {AGEING_BUCKETS.map((bucket) => (
                <Bar
                  key={bucket}
                  dataKey={t.buckets[bucket]}
                  stackId="ageing"
                  fill={bucketColours[bucket]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <table>
        <caption className="muted">{t.caption(formatDate(ageing.asOf))}</caption>
        <thead>
          <tr>
            <th scope="col">{t.seller}</th>
            {AGEING_BUCKETS.map((bucket) => (
              <th key={bucket} scope="col" className="num">
                {t.buckets[bucket]}
              </th>
            ))}
            <th scope="col" className="num">
              {t.total}
            </th>
            <th scope="col" className="num">
              {t.invoices}
            </th>
          </tr>
        </thead>
        <tbody>
          {ageing.sellers.map((seller) => (
            <tr key={seller.sellerId}>
              <th scope="row">{seller.sellerId}</th>
              {AGEING_BUCKETS.map((bucket) => (
                <td key={bucket} className="num">
                  {formatMoney(seller[bucket])}
                </td>
              ))}
              <td className="num">{formatMoney(seller.total)}</td>
              <td className="num">{formatNumber(seller.invoices)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.all}</th>
            {AGEING_BUCKETS.map((bucket) => (
              <td key={bucket} className="num">
                {formatMoney(ageing.total[bucket])}
              </td>
            ))}
            <td className="num">{formatMoney(ageing.total.total)}</td>
            <td className="num">{formatNumber(ageing.total.invoices)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

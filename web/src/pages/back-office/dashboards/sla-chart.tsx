import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatNumber } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import { colourOf, numberTick } from './chart-format.ts';
import type { SlaReport } from './dashboard-types.ts';

const texts = {
  nl: {
    title: (seller: string) => `SLA-prestaties per kabelklasse · ${seller}`,
    chart: 'Staafgrafiek van de gemiddelde hersteltijd tegen de normtijden per kabelklasse',
    caption: (from: string, to: string) => `Hersteltijden in uren, ${from} t/m ${to} (vn:6.4.10)`,
    cableClass: 'Kabelklasse (vezels)',
    repaired: 'Hersteld',
    open: 'Open',
    mean: 'Gem. hersteltijd (u)',
    average: 'Gemiddelde norm (u)',
    maximum: 'Maximum (u)',
    within: 'Binnen gemiddelde',
    breaches: 'Overschrijdingen',
    yes: 'ja',
    no: 'nee',
    none: 'Geen storingen met SLA in deze periode.',
  },
  en: {
    title: (seller: string) => `SLA performance per cable class · ${seller}`,
    chart: 'Bar chart of the mean repair time against the standard times per cable class',
    caption: (from: string, to: string) => `Repair times in hours, ${from} to ${to} (vn:6.4.10)`,
    cableClass: 'Cable class (fibers)',
    repaired: 'Repaired',
    open: 'Open',
    mean: 'Mean repair time (h)',
    average: 'Average standard (h)',
    maximum: 'Maximum (h)',
    within: 'Within average',
    breaches: 'Breaches',
    yes: 'yes',
    no: 'no',
    none: 'No faults with an SLA in this period.',
  },
};

const hours = (value: number | null) => (value === null ? '—' : formatNumber(Math.round(value * 100) / 100));

/** The SLA report of one seller: mean repair time against the table's times, per cable class. */
export function SlaChart({ report }: { report: SlaReport }) {
  const t = useTexts(texts);
  const measured = report.classes.filter((c) => c.repaired + c.open + c.breaches.length > 0);
  const data = report.classes.map((c) => ({
    cableClass: c.cableClass,
    [t.mean]: c.meanRepairHours ?? 0,
    [t.average]: c.averageHours,
    [t.maximum]: c.maximumHours,
  }));
  const headingId = `sla-title-${report.sellerId}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title(report.sellerId)}</h2>
      {measured.length === 0 ? <p className="muted">{t.none}</p> : null}
      <div className="chart" role="img" aria-label={t.chart}>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="cableClass"
              label={{ value: t.cableClass, position: 'insideBottom', offset: -4 }}
            />
            <YAxis tickFormatter={numberTick} width={60} />
            <Tooltip formatter={(value) => numberTick(Number(value))} />
            <Legend verticalAlign="top" itemSorter={null} />
            {[t.mean, t.average, t.maximum].map((key, i) => (
              <Bar key={key} dataKey={key} fill={colourOf(i)} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table>
        <caption className="muted">{t.caption(formatDate(report.from), formatDate(report.to))}</caption>
        <thead>
          <tr>
            <th scope="col">{t.cableClass}</th>
            <th scope="col" className="num">
              {t.repaired}
            </th>
            <th scope="col" className="num">
              {t.open}
            </th>
            <th scope="col" className="num">
              {t.mean}
            </th>
            <th scope="col" className="num">
              {t.average}
            </th>
            <th scope="col" className="num">
              {t.maximum}
            </th>
            <th scope="col">{t.within}</th>
            <th scope="col" className="num">
              {t.breaches}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.classes.map((c) => (
            <tr key={c.cableClass}>
              <th scope="row">{c.cableClass}</th>
              <td className="num">{formatNumber(c.repaired)}</td>
              <td className="num">{formatNumber(c.open)}</td>
              <td className="num">{hours(c.meanRepairHours)}</td>
              <td className="num">{formatNumber(c.averageHours)}</td>
              <td className="num">{formatNumber(c.maximumHours)}</td>
              <td>
                {c.withinAverage === null ? (
                  '—'
                ) : c.withinAverage ? (
                  <span className="good">{t.yes}</span>
                ) : (
                  <span className="bad">{t.no}</span>
                )}
              </td>
              <td className={`num${c.breaches.length > 0 ? ' bad' : ''}`}>
                {formatNumber(c.breaches.length)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

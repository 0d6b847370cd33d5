import { useState } from 'react';
import { formatDate } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { ContractTimeline, Figures, TimelineEntry } from './contract-types.ts';
import { eventWords, wordOf } from './contract-words.ts';

const texts = {
  nl: {
    chart: 'Tijdlijn van het contract',
    today: 'vandaag',
    term: 'Termijn',
    because: 'Regels',
    figures: 'Berekening',
    details: 'Alle datums met hun uitleg',
    date: 'Datum',
    event: 'Gebeurtenis',
  },
  en: {
    chart: 'Timeline of the contract',
    today: 'today',
    term: 'Term',
    because: 'Rules',
    figures: 'Figures',
    details: 'Every date with its explanation',
    date: 'Date',
    event: 'Event',
  },
};

const WIDTH = 960;
const HEIGHT = 250;
const LEFT = 48;
const RIGHT = 48;
const AXIS = 160;
const LANES = [136, 112, 88, 64, 40, 16];
/** About how wide a label is drawn, in the chart's units: enough to keep labels apart. */
const labelWidth = (text: string) => text.length * 7.2 + 12;

const dayOf = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 864e5;

/** The figures worth a line: plain values, dates in Dutch notation. */
function figureLines(figures: Figures): string[] {
  return Object.entries(figures)
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object')
    .map(([key, value]) => {
      const text = String(value);
      return `${key}: ${/^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(text) : text}`;
    });
}

type Anchor = 'start' | 'middle' | 'end';

/**
 * Each label on the lowest lane where it overlaps no label placed before it (dates close together
 * stack upwards); when every lane is taken, the one whose last label ends first.
 */
function placeLabels(items: readonly { x: number; text: string }[]): { lane: number; anchor: Anchor }[] {
  const ends: number[] = LANES.map(() => -Infinity);
  return items.map(({ x, text }) => {
    const width = labelWidth(text);
    const anchor: Anchor = x - width / 2 < 0 ? 'start' : x + width / 2 > WIDTH ? 'end' : 'middle';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    let lane = ends.findIndex((end) => end <= left);
    if (lane < 0) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = left + width;
    return { lane: LANES[lane]!, anchor };
  });
}

interface Term {
  readonly index: number;
  readonly start: string;
  readonly end: string;
}

/** The terms drawn as bars: the first from the start, each renewal from its own start, to its term end. */
function termsOf(timeline: ContractTimeline): Term[] {
  const starts = new Map<number, string>();
  const first = timeline.startsOn ?? timeline.formedOn;
  if (first) starts.set(0, first);
  for (const entry of timeline.entries)
    if (entry.event === 'renewed' && typeof entry.figures.term === 'number')
      starts.set(entry.figures.term, entry.date);
  return timeline.entries.flatMap((entry) => {
    const index = entry.figures.term;
    if (entry.event !== 'term-end' || typeof index !== 'number') return [];
    const start = starts.get(index);
    return start ? [{ index, start, end: entry.date }] : [];
  });
}

/**
 * The contract's timeline drawn by hand in SVG: formation, start, each term and renewal, the notice
 * deadline and the effective end, with a marker for today. Each date explains itself — its rule ids
 * and figures — on hover and on keyboard focus (a tooltip, and a <title> for screen readers); the
 * list under the chart holds the same for reading and printing.
 */
export function TimelineChart({
  timeline,
  today,
}: {
  readonly timeline: ContractTimeline;
  readonly today: string | undefined;
}) {
  const t = useTexts(texts);
  const events = useTexts(eventWords);
  const [active, setActive] = useState<number | null>(null);
  const entries = timeline.entries;
  const days = [...entries.map((e) => dayOf(e.date)), ...(today ? [dayOf(today)] : [])];
  const min = Math.min(...days);
  const max = Math.max(...days);
  const span = Math.max(max - min, 30);
  const from = min - span * 0.03;
  const to = max + span * 0.03;
  const x = (date: string) => LEFT + ((dayOf(date) - from) / (to - from)) * (WIDTH - LEFT - RIGHT);

  const years: number[] = [];
  for (let year = new Date(from * 864e5).getUTCFullYear() + 1; Date.UTC(year, 0, 1) / 864e5 <= to; year++)
    years.push(year);

  const explain = (entry: TimelineEntry) =>
    `${formatDate(entry.date)} ${wordOf(events, entry.event)}` +
    (entry.because.length ? ` — ${t.because}: ${entry.because.join(', ')}` : '');

  const shown = active === null ? null : entries[active];
  const labels = placeLabels(
    entries.map((entry) => ({
      x: x(entry.date),
      text: `${wordOf(events, entry.event)} ${formatDate(entry.date)}`,
    })),
  );
  return (
    <div className="timeline-chart">
      <div className="timeline-canvas">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t.chart}>
          <title>{t.chart}</title>
          {termsOf(timeline).map((term) => (
            <g key={`term-${term.index}`} className={`timeline-term term-${term.index % 2}`}>
              <title>{`${t.term} ${term.index + 1}: ${formatDate(term.start)} – ${formatDate(term.end)}`}</title>
              <rect
                x={x(term.start)}
                y={AXIS + 10}
                width={Math.max(2, x(term.end) - x(term.start))}
                height={14}
                rx={3}
              />
              <text x={(x(term.start) + x(term.end)) / 2} y={AXIS + 21} textAnchor="middle">
                {t.term} {term.index + 1}
              </text>
            </g>
          ))}
          <line className="timeline-axis" x1={LEFT - 20} x2={WIDTH - RIGHT + 20} y1={AXIS} y2={AXIS} />
          {years.map((year) => {
            const at = x(`${year}-01-01`);
            return (
              <g key={year} className="timeline-year" aria-hidden="true">
                <line x1={at} x2={at} y1={AXIS - 4} y2={AXIS + 4} />
                <text x={at} y={AXIS + 44} textAnchor="middle">
                  {year}
                </text>
              </g>
            );
          })}
          {today ? (
            <g className="timeline-today">
              <title>{`${t.today}: ${formatDate(today)}`}</title>
              <line x1={x(today)} x2={x(today)} y1={8} y2={AXIS + 50} />
              <text x={x(today)} y={AXIS + 64} textAnchor="middle">
                {t.today} {formatDate(today)}
              </text>
            </g>
          ) : null}
          {entries.map((entry, index) => {
            const at = x(entry.date);
            const { lane, anchor } = labels[index]!;
            return (
              <g
                key={`${entry.event}-${entry.date}-${index}`}
                className={`timeline-entry event-${entry.event}${active === index ? ' active' : ''}`}
                tabIndex={0}
                role="img"
                aria-label={explain(entry)}
                onMouseEnter={() => setActive(index)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => setActive(index)}
                onBlur={() => setActive(null)}
              >
                <title>{explain(entry)}</title>
                <line x1={at} x2={at} y1={lane + 4} y2={AXIS} />
                <circle cx={at} cy={AXIS} r={active === index ? 8 : 6} />
                <text x={at} y={lane} textAnchor={anchor}>
                  {wordOf(events, entry.event)} {formatDate(entry.date)}
                </text>
              </g>
            );
          })}
        </svg>
        {shown ? (
          <div
            role="tooltip"
            className="timeline-tooltip"
            style={{ left: `${Math.min(80, Math.max(0, (x(shown.date) / WIDTH) * 100 - 10))}%` }}
          >
            <strong>
              {wordOf(events, shown.event)} — {formatDate(shown.date)}
            </strong>
            {shown.because.length ? (
              <div>
                {t.because}: <span className="rule">{shown.because.join(', ')}</span>
              </div>
            ) : null}
            {figureLines(shown.figures).length ? (
              <ul>
                {figureLines(shown.figures).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      <details className="timeline-details">
        <summary>{t.details}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.event}</th>
              <th scope="col">{t.because}</th>
              <th scope="col">{t.figures}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={`${entry.event}-${entry.date}-${index}`}>
                <td>{formatDate(entry.date)}</td>
                <td>{wordOf(events, entry.event)}</td>
                <td className="rule">{entry.because.join(', ') || '—'}</td>
                <td>{figureLines(entry.figures).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

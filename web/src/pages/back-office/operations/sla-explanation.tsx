import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import type { FaultTicket } from './fault-types.ts';

/* Why the deadlines are what they are: GET /explain/sla for the ticket's cable and first report. */

interface SlaAnswer {
  readonly averageBy: string;
  readonly maximumBy: string;
  readonly because: readonly string[];
  readonly averageHours: number;
  readonly maximumHours: number;
  readonly fiberCount: number;
  readonly definitiveRepair: boolean;
  readonly reported: string;
  readonly profile: string;
}

const texts = {
  nl: {
    title: 'Uitleg SLA-klok',
    none: 'Deze melding heeft geen SLA-klok: geen glasvezelbreuk, voorwaarden zonder SLA, of binnen gepland onderhoud (vn:2.1.3).',
    text: (a: SlaAnswer) =>
      `${a.fiberCount} vezels: gemiddeld ${a.averageHours} uur, maximaal ${a.maximumHours} uur vanaf de eerste melding, verstreken uren dag en nacht${a.definitiveRepair ? ' (inclusief 2 uur voor direct definitief herstel)' : ''}.`,
    reported: 'Eerste melding',
    averageBy: 'Gemiddelde hersteltijd tot',
    maximumBy: 'Maximale hersteltijd tot',
    rules: 'Regels',
    profile: 'Voorwaarden',
    outcome: 'Uitkomst',
    repairHours: (hours: number) =>
      `hersteld na ${hours.toLocaleString('nl-NL', { maximumFractionDigits: 2 })} uur`,
  },
  en: {
    title: 'The SLA clock explained',
    none: 'This ticket runs no SLA clock: not a fiber break, terms without an SLA, or inside planned maintenance (vn:2.1.3).',
    text: (a: SlaAnswer) =>
      `${a.fiberCount} fibers: on average ${a.averageHours} hours, at most ${a.maximumHours} hours from the first report, elapsed hours day and night${a.definitiveRepair ? ' (2 hours added for a direct definitive repair)' : ''}.`,
    reported: 'First report',
    averageBy: 'Average repair time until',
    maximumBy: 'Maximum repair time until',
    rules: 'Rules',
    profile: 'Terms',
    outcome: 'Outcome',
    repairHours: (hours: number) =>
      `repaired after ${hours.toLocaleString('en-GB', { maximumFractionDigits: 2 })} hours`,
  },
};

export function SlaExplanation({
  ticket,
  outcome,
}: {
  readonly ticket: FaultTicket;
  readonly outcome: string;
}) {
  const t = useTexts(texts);
  const sla = ticket.sla;
  const answer = useApi(
    () =>
      sla
        ? api.get<SlaAnswer>('/explain/sla', {
            fibers: sla.fiberCount,
            reported: ticket.reportedAt,
            definitiveRepair: sla.definitiveRepair,
          })
        : Promise.resolve(undefined),
    [sla?.fiberCount, sla?.definitiveRepair, ticket.reportedAt],
  );
  return (
    <section className="card" aria-labelledby="sla-explanation-title">
      <h2 id="sla-explanation-title">{t.title}</h2>
      {!sla ? <p>{t.none}</p> : null}
      <ProblemBanner error={answer.error} />
      {answer.data ? (
        <>
          <p>{t.text(answer.data)}</p>
          <dl className="facts">
            <dt>{t.reported}</dt>
            <dd>{formatDateTime(answer.data.reported)}</dd>
            <dt>{t.averageBy}</dt>
            <dd>{formatDateTime(answer.data.averageBy)}</dd>
            <dt>{t.maximumBy}</dt>
            <dd>{formatDateTime(answer.data.maximumBy)}</dd>
            <dt>{t.outcome}</dt>
            <dd>
              {outcome}
              {sla?.repairHours !== null && sla?.repairHours !== undefined
                ? ` — ${t.repairHours(sla.repairHours)}`
                : ''}
            </dd>
            <dt>{t.rules}</dt>
            <dd className="rule">{answer.data.because.join(', ')}</dd>
            <dt>{t.profile}</dt>
            <dd className="rule">{answer.data.profile}</dd>
          </dl>
        </>
      ) : null}
    </section>
  );
}

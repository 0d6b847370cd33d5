import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';

/* What can be done to an abuse case from its row: a measure, lifting it, escalation. */

export interface AbuseCase {
  readonly id: string;
  readonly sellerId: string;
  readonly customerId: string;
  readonly serviceId: string | null;
  readonly contractId: string | null;
  readonly category: string;
  readonly categoryLabel: string;
  readonly source: string;
  readonly evidence: string;
  readonly state: string;
  readonly openedAt: string;
  readonly escalation: 'dissolve' | 'terminate' | null;
  readonly escalatedOn: string | null;
  readonly measures: readonly {
    readonly id: number;
    readonly serviceId: string;
    readonly measure: string;
    readonly startedAt: string;
    readonly liftedAt: string | null;
  }[];
}

export const abuseStateLabels = {
  nl: {
    open: 'Open',
    measured: 'Maatregel genomen',
    complied: 'Klant heeft voldaan',
    escalated: 'Geëscaleerd',
    closed: 'Gesloten',
  } as Record<string, string>,
  en: {
    open: 'Open',
    measured: 'Measure taken',
    complied: 'Customer complied',
    escalated: 'Escalated',
    closed: 'Closed',
  } as Record<string, string>,
};

const MEASURES = ['block', 'filter', 'suspend'] as const;

/** The measures' names (vn:4.1.4), for the case list too. */
export const measureLabels = {
  nl: { block: 'Blokkeren', filter: 'Filteren', suspend: 'Opschorten' } as Record<string, string>,
  en: { block: 'Block', filter: 'Filter', suspend: 'Suspend' } as Record<string, string>,
};

const texts = {
  nl: {
    measure: 'Maatregel',
    measures: measureLabels.nl,
    take: 'Nemen',
    lift: 'Opheffen (klant voldoet)',
    escalate: 'Escaleren (overeenkomst beëindigen)',
    confirm: (id: string) => `Zaak ${id} escaleren: de overeenkomst wordt ontbonden of opgezegd. Doorgaan?`,
  },
  en: {
    measure: 'Measure',
    measures: measureLabels.en,
    take: 'Take',
    lift: 'Lift (customer complies)',
    escalate: 'Escalate (end the contract)',
    confirm: (id: string) => `Escalate case ${id}: the contract is dissolved or terminated. Go on?`,
  },
};

export function AbuseCaseActions({
  abuseCase,
  onChanged,
}: {
  readonly abuseCase: AbuseCase;
  readonly onChanged: () => void;
}) {
  const t = useTexts(texts);
  const [measure, setMeasure] = useState<(typeof MEASURES)[number]>('block');
  const [error, setError] = useState<unknown>();
  const path = `/abuse-cases/${encodeURIComponent(abuseCase.id)}`;
  const run = async (call: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await call();
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  };
  if (abuseCase.state === 'escalated' || abuseCase.state === 'closed') return null;
  const inForce = abuseCase.measures.some((m) => m.liftedAt === null);
  return (
    <div className="stack abuse-actions">
      <ProblemBanner error={error} />
      <div className="filters">
        <label>
          {t.measure} {abuseCase.id}
          <select value={measure} onChange={(e) => setMeasure(e.target.value as typeof measure)}>
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {t.measures[m]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void run(() => api.post(`${path}/measures`, { measure }))}>
          {t.take}
        </button>
      </div>
      {inForce ? (
        <button
          type="button"
          className="secondary"
          onClick={() => void run(() => api.post(`${path}/lift`, {}))}
        >
          {t.lift}
        </button>
      ) : null}
      {abuseCase.state !== 'complied' ? (
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (window.confirm(t.confirm(abuseCase.id))) void run(() => api.post(`${path}/escalate`, {}));
          }}
        >
          {t.escalate}
        </button>
      ) : null}
    </div>
  );
}

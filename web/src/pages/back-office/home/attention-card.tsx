import { Link } from 'react-router';
import { formatNumber } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { AttentionSection, SectionKey } from './attention-types.ts';
import { AttentionLine, sectionTexts } from './attention-line.tsx';

const texts = {
  nl: {
    nothing: 'Niets vandaag.',
    all: (n: number) => `Alle ${formatNumber(n)} bekijken`,
    shown: (shown: number, n: number) => `${shown} van ${formatNumber(n)}`,
  },
  en: {
    nothing: 'Nothing today.',
    all: (n: number) => `See all ${formatNumber(n)}`,
    shown: (shown: number, n: number) => `${shown} of ${formatNumber(n)}`,
  },
};

/** Where each section's full list is worked on. */
const listOf: Record<SectionKey, string> = {
  billRunsDue: '/office/bill-runs',
  unmatchedPayments: '/office/bank',
  disputes: '/office/disputes',
  dunningDue: '/office/dunning',
  faults: '/office/faults',
  cpeReturns: '/office/customers',
  contractDates: '/office/customers',
  networkOrders: '/office/network-orders',
};

/** One section of the day: its title with the count, its first items, or "nothing today". */
export function AttentionCard({
  sectionKey,
  section,
}: {
  sectionKey: SectionKey;
  section: AttentionSection;
}) {
  const t = useTexts(texts);
  const words = useTexts(sectionTexts);
  const headingId = `attention-${sectionKey}`;
  return (
    <section className="card attention" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {words.titles[sectionKey]}{' '}
        <span className={`badge ${section.count > 0 ? 'warn' : 'good'}`}>{formatNumber(section.count)}</span>
      </h2>
      {section.count === 0 ? (
        <p className="muted">{t.nothing}</p>
      ) : (
        <>
          <ul className="attention-items">
            {section.items.map((item) => (
              <li key={`${item.id}:${item.detail ?? ''}`}>
                <AttentionLine sectionKey={sectionKey} item={item} />
              </li>
            ))}
          </ul>
          {section.count > section.items.length ? (
            <p>
              <span className="muted">{t.shown(section.items.length, section.count)}</span> ·{' '}
              <Link to={listOf[sectionKey]}>{t.all(section.count)}</Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

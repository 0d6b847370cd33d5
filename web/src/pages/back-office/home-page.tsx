import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { AttentionCard } from './home/attention-card.tsx';
import { SECTION_KEYS } from './home/attention-types.ts';
import type { Attention } from './home/attention-types.ts';
import { SellerFilter } from './home/seller-filter.tsx';

const texts = {
  nl: {
    title: 'Vandaag',
    intro: (day: string) => `Wat vandaag, ${day}, aandacht vraagt.`,
    loading: 'Laden…',
    refresh: 'Vernieuwen',
    dashboards: 'Naar de dashboards',
    allClear: 'Er vraagt vandaag niets aandacht.',
  },
  en: {
    title: 'Today',
    intro: (day: string) => `What needs attention today, ${day}.`,
    loading: 'Loading…',
    refresh: 'Refresh',
    dashboards: 'To the dashboards',
    allClear: 'Nothing needs attention today.',
  },
};

/** The back office's home: what needs attention today, section by section, with links to the work. */
export function HomePage() {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const attention = useApi(
    () => api.get<Attention>('/back-office/attention', { sellerId: sellerId || undefined }),
    [sellerId],
  );
  const data = attention.data;
  const total = data ? SECTION_KEYS.reduce((n, key) => n + data.sections[key].count, 0) : 0;
  return (
    <>
      <h1>{t.title}</h1>
      <form className="row" onSubmit={(event) => event.preventDefault()}>
        <SellerFilter value={sellerId} onChange={setSellerId} />
        <button type="button" className="secondary" onClick={attention.reload}>
          {t.refresh}
        </button>
        <Link to="/office/dashboards">{t.dashboards}</Link>
      </form>
      <ProblemBanner error={attention.error} />
      {data ? (
        <>
          <p className="muted">{t.intro(formatDate(data.today))}</p>
          {total === 0 ? <p className="notice">{t.allClear}</p> : null}
          <div className="grid attention-grid" aria-busy={attention.loading}>
            {SECTION_KEYS.map((key) => (
              <AttentionCard key={key} sectionKey={key} section={data.sections[key]} />
            ))}
          </div>
        </>
      ) : attention.loading ? (
        <p className="muted">{t.loading}</p>
      ) : null}
    </>
  );
}

import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { useTexts } from '../../i18n/language.tsx';
import { AgeingChart } from './dashboards/ageing-chart.tsx';
import type { ReceivablesAgeing, Revenue, UsageTrends } from './dashboards/dashboard-types.ts';
import { RevenueChart } from './dashboards/revenue-chart.tsx';
import { SlaReports } from './dashboards/sla-reports.tsx';
import { UsageChart } from './dashboards/usage-chart.tsx';
import { SellerFilter } from './home/seller-filter.tsx';

const texts = {
  nl: {
    title: 'Dashboards',
    from: 'Van',
    to: 'Tot en met',
    asOf: 'Ouderdom op',
    loading: 'Laden…',
    period: 'Periode',
  },
  en: {
    title: 'Dashboards',
    from: 'From',
    to: 'To',
    asOf: 'Ageing as of',
    loading: 'Loading…',
    period: 'Period',
  },
};

/**
 * Revenue, receivables ageing, usage and SLA performance as charts, each followed by a table of the
 * same figures. Empty dates take the server's defaults (the last four quarters, today).
 */
export function DashboardsPage() {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [asOf, setAsOf] = useState('');
  const seller = sellerId || undefined;
  const revenue = useApi(
    () => api.get<Revenue>('/back-office/dashboards/revenue', { sellerId: seller, from, to }),
    [seller, from, to],
  );
  const ageing = useApi(
    () =>
      api.get<ReceivablesAgeing>('/back-office/dashboards/receivables-ageing', { sellerId: seller, asOf }),
    [seller, asOf],
  );
  const usage = useApi(
    () => api.get<UsageTrends>('/back-office/dashboards/usage', { sellerId: seller, from, to }),
    [seller, from, to],
  );
  // The SLA report takes the revenue's period (the server's default when no dates are given).
  const period = revenue.data ? { from: revenue.data.from, to: revenue.data.to } : undefined;
  return (
    <>
      <h1>{t.title}</h1>
      <form className="row card" onSubmit={(event) => event.preventDefault()} aria-label={t.period}>
        <SellerFilter value={sellerId} onChange={setSellerId} />
        <label>
          {t.from}
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          {t.to}
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <label>
          {t.asOf}
          <input type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
        </label>
      </form>
      <ProblemBanner error={revenue.error ?? ageing.error ?? usage.error} />
      {revenue.loading && !revenue.data ? <p className="muted">{t.loading}</p> : null}
      <div className="dashboards">
        {revenue.data ? <RevenueChart revenue={revenue.data} /> : null}
        {ageing.data ? <AgeingChart ageing={ageing.data} /> : null}
        {usage.data ? <UsageChart usage={usage.data} /> : null}
        {period ? <SlaReports sellerId={sellerId} from={period.from} to={period.to} /> : null}
      </div>
    </>
  );
}

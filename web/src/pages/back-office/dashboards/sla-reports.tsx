import { ApiError, api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';
import { SlaChart } from './sla-chart.tsx';
import type { SlaReport } from './dashboard-types.ts';

const texts = {
  nl: { none: 'Geen SLA-rapport: de voorwaarden van deze verkoper kennen geen SLA.' },
  en: { none: 'No SLA report: the terms of this seller have no SLA.' },
};

interface Seller {
  readonly id: string;
}

/**
 * The SLA report (GET /sellers/{id}/sla-report) of the chosen seller, or of every seller whose terms
 * have an SLA when none is chosen; a seller without one is left out.
 */
export function SlaReports({ sellerId, from, to }: { sellerId: string; from: string; to: string }) {
  const reports = useApi(async () => {
    const sellers = sellerId ? [{ id: sellerId }] : await api.get<Seller[]>('/sellers');
    const answers = await Promise.all(
      sellers.map((seller) =>
        api
          .get<SlaReport>(`/sellers/${encodeURIComponent(seller.id)}/sla-report`, { from, to })
          .catch((error: unknown) => {
            // A seller whose terms have no SLA answers 400: nothing to show for it.
            if (error instanceof ApiError && error.status === 400) return null;
            throw error;
          }),
      ),
    );
    return answers.filter((report): report is SlaReport => report !== null);
  }, [sellerId, from, to]);
  const t = useTexts(texts);
  return (
    <>
      <ProblemBanner error={reports.error} />
      {reports.data?.length === 0 ? <p className="muted">{t.none}</p> : null}
      {(reports.data ?? []).map((report) => (
        <SlaChart key={report.sellerId} report={report} />
      ))}
    </>
  );
}

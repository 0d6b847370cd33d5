import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../api/session.tsx';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { useTexts } from '../../i18n/language.tsx';
import { FaultList } from './fault-list.tsx';
import { FaultReportForm } from './fault-report-form.tsx';
import type { NetworkService } from './portal-types.ts';

/* The customer reports a fault on one of its services (vn:6.4.9 items) and follows its own faults. */

const texts = {
  nl: { title: 'Storingen', follow: 'Uw storingen' },
  en: { title: 'Faults', follow: 'Your faults' },
};

export function PortalFaultsPage() {
  const t = useTexts(texts);
  const { user } = useSession();
  const services = useApi(() => api.get<NetworkService[]>('/portal/services'), []);
  const [round, setRound] = useState(0);
  return (
    <>
      <h1>{t.title}</h1>
      <ProblemBanner error={services.error} />
      {services.data ? (
        <FaultReportForm
          url="/portal/faults"
          services={services.data}
          initial={{ reporterName: user?.name ?? '', contactPerson: user?.name ?? '' }}
          onReported={() => setRound((n) => n + 1)}
        />
      ) : null}
      <h2>{t.follow}</h2>
      <FaultList url="/portal/faults" round={round} />
    </>
  );
}

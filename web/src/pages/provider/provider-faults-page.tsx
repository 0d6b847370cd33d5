import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../api/session.tsx';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { useTexts } from '../../i18n/language.tsx';
import { FaultList } from '../customer/fault-list.tsx';
import { FaultReportForm } from '../customer/fault-report-form.tsx';
import type { NetworkService } from '../customer/portal-types.ts';

/*
 * The provider reports a fault on one of its own services (POST /faults answers 404 for any other)
 * and follows its services' faults: state and the SLA deadlines (vn:6.4.10).
 */

const texts = {
  nl: { title: 'Storingen', follow: 'Storingen op uw diensten' },
  en: { title: 'Faults', follow: 'Faults on your services' },
};

export function ProviderFaultsPage() {
  const t = useTexts(texts);
  const { user } = useSession();
  const services = useApi(() => api.get<NetworkService[]>('/network-services'), []);
  const [round, setRound] = useState(0);
  return (
    <>
      <h1>{t.title}</h1>
      <ProblemBanner error={services.error} />
      {services.data ? (
        <FaultReportForm
          url="/faults"
          services={services.data.filter((service) => service.state !== 'closed')}
          initial={{ reporterName: user?.name ?? '' }}
          onReported={() => setRound((n) => n + 1)}
        />
      ) : null}
      <h2>{t.follow}</h2>
      <FaultList url="/portal/provider/faults" round={round} />
    </>
  );
}

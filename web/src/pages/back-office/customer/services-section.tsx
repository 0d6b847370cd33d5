import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';

interface NetworkService {
  readonly id: string;
  readonly orderId: string;
  readonly providerId: string | null;
  readonly napId: string | null;
  readonly linkId: string | null;
  readonly cpeId: string | null;
  readonly contractId: string | null;
  readonly state: string;
  readonly openedOn: string | null;
  readonly closedOn: string | null;
}

const texts = {
  nl: {
    title: 'Diensten op het netwerk',
    service: 'Dienst',
    order: 'Bestelling',
    provider: 'Aanbieder',
    nap: 'Aansluitpunt',
    link: 'Verbinding',
    cpe: 'Switch',
    contract: 'Contract',
    state: 'Status',
    opened: 'Geopend',
    closed: 'Gesloten',
    none: 'Geen diensten op het netwerk.',
    loading: 'Laden…',
  },
  en: {
    title: 'Services on the network',
    service: 'Service',
    order: 'Order',
    provider: 'Provider',
    nap: 'NAP',
    link: 'Link',
    cpe: 'Switch',
    contract: 'Contract',
    state: 'State',
    opened: 'Opened',
    closed: 'Closed',
    none: 'No services on the network.',
    loading: 'Loading…',
  },
};

/** GET /network-services?customerId=: the services of the customer on the open network. */
export function ServicesSection({ customerId }: { readonly customerId: string }) {
  const t = useTexts(texts);
  const services = useApi(() => api.get<NetworkService[]>('/network-services', { customerId }), [customerId]);
  if (services.error) return <ProblemBanner error={services.error} />;
  if (!services.data) return <p aria-busy="true">{t.loading}</p>;
  if (services.data.length === 0) return <p className="muted">{t.none}</p>;
  const dash = (value: string | null) => value ?? '—';
  return (
    <table>
      <caption className="visually-hidden">{t.title}</caption>
      <thead>
        <tr>
          {[
            t.service,
            t.state,
            t.order,
            t.provider,
            t.nap,
            t.link,
            t.cpe,
            t.contract,
            t.opened,
            t.closed,
          ].map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {services.data.map((s) => (
          <tr key={s.id}>
            <td>{s.id}</td>
            <td>
              <span className="badge">{s.state}</span>
            </td>
            <td>{s.orderId}</td>
            <td>{dash(s.providerId)}</td>
            <td>{dash(s.napId)}</td>
            <td>{dash(s.linkId)}</td>
            <td>{dash(s.cpeId)}</td>
            <td>{dash(s.contractId)}</td>
            <td>{formatDate(s.openedOn)}</td>
            <td>{formatDate(s.closedOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

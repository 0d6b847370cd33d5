import { useParams, useSearchParams } from 'react-router';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { ContactsSection } from './customer/contacts-section.tsx';
import { ContractsSection } from './customer/contracts-section.tsx';
import { addressLine } from './customer/customer-types.ts';
import type { CustomerOverview } from './customer/customer-types.ts';
import { EquipmentSection } from './customer/equipment-section.tsx';
import { InvoicesSection } from './customer/invoices-section.tsx';
import { LettersSection } from './customer/letters-section.tsx';
import { SectionTabs } from './customer/section-tabs.tsx';
import { ServicesSection } from './customer/services-section.tsx';
import { TicketsSection } from './customer/tickets-section.tsx';
import { TimelineSection } from './customer/timeline-section.tsx';

const texts = {
  nl: {
    back: 'Alle klanten',
    loading: 'Laden…',
    sections: 'Onderdelen van de klant',
    contracts: 'Contracten',
    services: 'Diensten',
    invoices: 'Facturen en betalingen',
    tickets: 'Storingen',
    equipment: 'Apparatuur',
    letters: 'Brieven',
    contacts: 'Contactpersonen',
    timeline: 'Tijdlijn',
    id: 'Klantnummer',
    kind: 'Soort',
    business: 'zakelijk',
    consumer: 'consument',
    kvk: 'KvK-nummer',
    vat: 'Btw-id',
    iban: 'IBAN',
    email: 'E-mail',
    billing: 'Factuuradres',
    delivery: 'Afleveradres',
    language: 'Taal',
    since: 'Klant sinds',
    sellers: 'Verkopers',
    openFaults: 'open storingen',
    openDunning: 'open aanmaningsdossiers',
  },
  en: {
    back: 'All customers',
    loading: 'Loading…',
    sections: 'Parts of the customer',
    contracts: 'Contracts',
    services: 'Services',
    invoices: 'Invoices and payments',
    tickets: 'Faults',
    equipment: 'Equipment',
    letters: 'Letters',
    contacts: 'Contacts',
    timeline: 'Timeline',
    id: 'Customer id',
    kind: 'Kind',
    business: 'business',
    consumer: 'consumer',
    kvk: 'KvK number',
    vat: 'VAT id',
    iban: 'IBAN',
    email: 'E-mail',
    billing: 'Billing address',
    delivery: 'Delivery address',
    language: 'Language',
    since: 'Customer since',
    sellers: 'Sellers',
    openFaults: 'open faults',
    openDunning: 'open dunning cases',
  },
};

const SECTIONS = [
  'contracts',
  'services',
  'invoices',
  'tickets',
  'equipment',
  'letters',
  'contacts',
  'timeline',
] as const;
type Section = (typeof SECTIONS)[number];

/** One customer: who it is, and its contracts, services, invoices, tickets, equipment, letters and timeline. */
export function CustomerPage() {
  const t = useTexts(texts);
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as Section | null;
  const section: Section = asked && SECTIONS.includes(asked) ? asked : 'contracts';
  const overview = useApi(
    () => api.get<CustomerOverview>(`/customers/${encodeURIComponent(id)}/overview`),
    [id],
  );

  if (overview.error)
    return (
      <>
        <p>
          <Link to="/office/customers">← {t.back}</Link>
        </p>
        <ProblemBanner error={overview.error} />
      </>
    );
  if (!overview.data) return <p aria-busy="true">{t.loading}</p>;
  const { customer, sellers, counts } = overview.data;

  const tabs = [
    { key: 'contracts', label: t.contracts, count: counts.contracts },
    { key: 'services', label: t.services, count: counts.networkServices },
    { key: 'invoices', label: t.invoices, count: counts.invoices },
    { key: 'tickets', label: t.tickets, count: counts.openFaults || undefined },
    { key: 'equipment', label: t.equipment, count: counts.cpe },
    { key: 'letters', label: t.letters },
    { key: 'contacts', label: t.contacts, count: customer.contacts.length },
    { key: 'timeline', label: t.timeline },
  ];

  return (
    <>
      <p>
        <Link to="/office/customers">← {t.back}</Link>
      </p>
      <h1>{customer.legalName}</h1>
      <section className="card customer-facts" aria-label={customer.legalName}>
        <dl className="facts">
          <dt>{t.id}</dt>
          <dd>{customer.id}</dd>
          <dt>{t.kind}</dt>
          <dd>{customer.kind === 'business' ? t.business : t.consumer}</dd>
          {customer.kvkNumber ? (
            <>
              <dt>{t.kvk}</dt>
              <dd>{customer.kvkNumber}</dd>
            </>
          ) : null}
          {customer.vatId ? (
            <>
              <dt>{t.vat}</dt>
              <dd>{customer.vatId}</dd>
            </>
          ) : null}
          <dt>{t.iban}</dt>
          <dd>{customer.iban ?? '—'}</dd>
        </dl>
        <dl className="facts">
          <dt>{t.email}</dt>
          <dd>{customer.email}</dd>
          <dt>{t.billing}</dt>
          <dd>{addressLine(customer.billingAddress)}</dd>
          {customer.deliveryAddress ? (
            <>
              <dt>{t.delivery}</dt>
              <dd>{addressLine(customer.deliveryAddress)}</dd>
            </>
          ) : null}
          <dt>{t.language}</dt>
          <dd>{customer.language.toUpperCase()}</dd>
          <dt>{t.since}</dt>
          <dd>{formatDateTime(customer.createdAt)}</dd>
          <dt>{t.sellers}</dt>
          <dd>{sellers.length ? sellers.map((s) => s.legalName).join(', ') : '—'}</dd>
        </dl>
        <p>
          {counts.openFaults > 0 ? (
            <span className="badge warn">
              {counts.openFaults} {t.openFaults}
            </span>
          ) : null}{' '}
          {counts.openDunningCases > 0 ? (
            <span className="badge bad">
              {counts.openDunningCases} {t.openDunning}
            </span>
          ) : null}
        </p>
      </section>
      <SectionTabs
        label={t.sections}
        tabs={tabs}
        current={section}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
      >
        {section === 'contracts' ? <ContractsSection customerId={customer.id} /> : null}
        {section === 'services' ? <ServicesSection customerId={customer.id} /> : null}
        {section === 'invoices' ? <InvoicesSection customerId={customer.id} sellers={sellers} /> : null}
        {section === 'tickets' ? <TicketsSection customerId={customer.id} /> : null}
        {section === 'equipment' ? <EquipmentSection customerId={customer.id} /> : null}
        {section === 'letters' ? <LettersSection customerId={customer.id} /> : null}
        {section === 'contacts' ? <ContactsSection customer={customer} /> : null}
        {section === 'timeline' ? <TimelineSection customerId={customer.id} /> : null}
      </SectionTabs>
    </>
  );
}

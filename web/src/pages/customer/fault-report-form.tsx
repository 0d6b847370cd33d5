import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { useTexts } from '../../i18n/language.tsx';
import type { FaultTicket, NetworkService } from './portal-types.ts';

/*
 * Reporting a fault from a portal: the service at fault, its kind, and every item vn:6.4.9 asks a
 * report to hold. The customer portal posts to /portal/faults, the provider portal to /faults (its
 * own services only); a missing item comes back from the API naming the field.
 */

const texts = {
  nl: {
    heading: 'Storing melden',
    intro: 'Vul alles in wat vn:6.4.9 vraagt; u kunt dag en nacht melden (vn:6.4.11).',
    service: 'Dienst met de storing',
    choose: 'Kies een dienst',
    kind: 'Soort storing',
    fiberBreak: 'Glasvezelbreuk (geen licht)',
    other: 'Overige storing',
    reporterName: 'Naam melder',
    customerName: 'Naam klant',
    contactPerson: 'Contactpersoon',
    contactPhone: 'Telefoon contactpersoon',
    description: 'Omschrijving van de storing',
    phoneOfficeHours: 'Telefoon tijdens kantooruren',
    phoneOutsideOfficeHours: 'Telefoon buiten kantooruren',
    endPointA: 'Eindpunt A (adres)',
    endPointB: 'Eindpunt B (adres)',
    submit: 'Storing melden',
    sending: 'Bezig met melden…',
    reported: 'Storing gemeld met nummer',
    noServices: 'Er zijn geen diensten om een storing op te melden.',
  },
  en: {
    heading: 'Report a fault',
    intro: 'Fill in everything vn:6.4.9 asks for; you can report day and night (vn:6.4.11).',
    service: 'Service at fault',
    choose: 'Choose a service',
    kind: 'Kind of fault',
    fiberBreak: 'Fiber break (no light)',
    other: 'Other fault',
    reporterName: 'Reporter’s name',
    customerName: 'Customer name',
    contactPerson: 'Contact person',
    contactPhone: 'Contact person’s phone',
    description: 'Description of the fault',
    phoneOfficeHours: 'Phone during office hours',
    phoneOutsideOfficeHours: 'Phone outside office hours',
    endPointA: 'End point A (address)',
    endPointB: 'End point B (address)',
    submit: 'Report the fault',
    sending: 'Reporting…',
    reported: 'Fault reported with number',
    noServices: 'There are no services to report a fault on.',
  },
};

const REPORT_FIELDS = [
  'reporterName',
  'customerName',
  'contactPerson',
  'contactPhone',
  'phoneOfficeHours',
  'phoneOutsideOfficeHours',
  'endPointA',
  'endPointB',
] as const;

type ReportField = (typeof REPORT_FIELDS)[number] | 'description';

export function FaultReportForm({
  url,
  services,
  initial = {},
  onReported,
}: {
  url: string;
  services: readonly NetworkService[];
  initial?: Partial<Record<ReportField, string>>;
  onReported: (ticket: FaultTicket) => void;
}) {
  const t = useTexts(texts);
  const [serviceId, setServiceId] = useState('');
  const [kind, setKind] = useState<'fiber-break' | 'other'>('other');
  const [report, setReport] = useState<Record<ReportField, string>>(() => ({
    reporterName: '',
    customerName: '',
    contactPerson: '',
    contactPhone: '',
    description: '',
    phoneOfficeHours: '',
    phoneOutsideOfficeHours: '',
    endPointA: '',
    endPointB: '',
    ...initial,
  }));
  const [error, setError] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const [reported, setReported] = useState<FaultTicket>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setError(undefined);
    try {
      const ticket = await api.post<FaultTicket>(url, { serviceId, kind, report });
      setReported(ticket);
      setReport((r) => ({ ...r, description: '' }));
      onReported(ticket);
    } catch (failure) {
      setError(failure);
    } finally {
      setSending(false);
    }
  };

  const field = (name: ReportField) => (
    <label key={name}>
      {t[name]}
      <input
        value={report[name]}
        required
        type={name.toLowerCase().includes('phone') ? 'tel' : 'text'}
        onChange={(e) => setReport((r) => ({ ...r, [name]: e.target.value }))}
      />
    </label>
  );

  return (
    <section className="card" aria-labelledby="fault-report-heading">
      <h2 id="fault-report-heading">{t.heading}</h2>
      <p className="muted">{t.intro}</p>
      {services.length === 0 ? <p>{t.noServices}</p> : null}
      <form className="stack" onSubmit={submit}>
        <label>
          {t.service}
          <select value={serviceId} required onChange={(e) => setServiceId(e.target.value)}>
            <option value="">{t.choose}</option>
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.id}
                {service.napId ? ` · ${service.napId}` : ''}
                {service.linkId ? ` · ${service.linkId}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.kind}
          <select value={kind} onChange={(e) => setKind(e.target.value as 'fiber-break' | 'other')}>
            <option value="other">{t.other}</option>
            <option value="fiber-break">{t.fiberBreak}</option>
          </select>
        </label>
        <label>
          {t.description}
          <textarea
            value={report.description}
            required
            rows={3}
            onChange={(e) => setReport((r) => ({ ...r, description: e.target.value }))}
          />
        </label>
        {REPORT_FIELDS.map(field)}
        <ProblemBanner error={error} />
        {reported ? (
          <p className="notice" role="status">
            {t.reported} <strong>{reported.id}</strong>
          </p>
        ) : null}
        <div>
          <button type="submit" disabled={sending}>
            {sending ? t.sending : t.submit}
          </button>
        </div>
      </form>
    </section>
  );
}

import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';
import type { FaultReport, FaultTicket } from './fault-types.ts';

/*
 * Report a fault, at any hour (vn:6.4.11): every item vn:6.4.9 asks for, the service (or the link)
 * it is on, and for a fiber break the broken cable when the link runs over two. The API refuses a
 * report missing any item, naming each; the banner shows them.
 */

const ITEMS: readonly (keyof FaultReport)[] = [
  'reporterName',
  'customerName',
  'contactPerson',
  'contactPhone',
  'phoneOfficeHours',
  'phoneOutsideOfficeHours',
  'endPointA',
  'endPointB',
  'description',
];

const CHANNELS = ['phone', 'email', 'back-office'] as const;

const texts = {
  nl: {
    title: 'Storing melden',
    rule: 'vn:6.4.9: een melding bevat al deze gegevens',
    serviceId: 'Dienst (bijv. 12)',
    linkId: 'Of verbinding (zonder dienst)',
    kind: 'Soort',
    kinds: { 'fiber-break': 'Glasvezelbreuk', other: 'Overig' },
    cableId: 'Gebroken kabel (als de verbinding over twee kabels loopt)',
    definitiveRepair: 'Direct definitief herstel (+2 uur, vn:6.4.10)',
    channel: 'Via',
    channels: { phone: 'Telefoon', email: 'E-mail', 'back-office': 'Backoffice' },
    reportedAt: 'Eerste melding (leeg: nu)',
    items: {
      reporterName: 'Naam melder',
      customerName: 'Naam eindgebruiker',
      contactPerson: 'Contactpersoon tijdens de storing',
      contactPhone: 'Telefoon contactpersoon',
      phoneOfficeHours: 'Telefoon melder binnen kantoortijd',
      phoneOutsideOfficeHours: 'Telefoon melder buiten kantoortijd',
      endPointA: 'Locatie eindpunt A',
      endPointB: 'Locatie eindpunt B',
      description: 'Omschrijving',
    } satisfies Record<keyof FaultReport, string>,
    submit: 'Storing melden',
    busy: 'Bezig…',
  },
  en: {
    title: 'Report a fault',
    rule: 'vn:6.4.9: a report holds all of these',
    serviceId: 'Service (e.g. 12)',
    linkId: 'Or link (without a service)',
    kind: 'Kind',
    kinds: { 'fiber-break': 'Fiber break', other: 'Other' },
    cableId: 'Broken cable (when the link runs over two cables)',
    definitiveRepair: 'Direct definitive repair (+2 hours, vn:6.4.10)',
    channel: 'Through',
    channels: { phone: 'Phone', email: 'E-mail', 'back-office': 'Back office' },
    reportedAt: 'First report (empty: now)',
    items: {
      reporterName: "Reporter's name",
      customerName: "End user's name",
      contactPerson: 'Contact person during the fault',
      contactPhone: "Contact person's phone",
      phoneOfficeHours: "Reporter's phone in office hours",
      phoneOutsideOfficeHours: "Reporter's phone outside office hours",
      endPointA: 'Location of end point A',
      endPointB: 'Location of end point B',
      description: 'Description',
    } satisfies Record<keyof FaultReport, string>,
    submit: 'Report fault',
    busy: 'Working…',
  },
};

const empty = Object.fromEntries(ITEMS.map((item) => [item, ''])) as Record<keyof FaultReport, string>;

export function FaultReportForm({ onReported }: { readonly onReported: (ticket: FaultTicket) => void }) {
  const t = useTexts(texts);
  const [report, setReport] = useState(empty);
  const [serviceId, setServiceId] = useState('');
  const [linkId, setLinkId] = useState('');
  const [kind, setKind] = useState<'fiber-break' | 'other'>('fiber-break');
  const [cableId, setCableId] = useState('');
  const [definitiveRepair, setDefinitiveRepair] = useState(false);
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('phone');
  const [reportedAt, setReportedAt] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const ticket = await api.post<FaultTicket>('/faults', {
        ...(serviceId.trim() ? { serviceId: serviceId.trim() } : {}),
        ...(linkId.trim() ? { linkId: linkId.trim() } : {}),
        ...(cableId.trim() ? { cableId: cableId.trim() } : {}),
        kind,
        definitiveRepair,
        channel,
        // The browser's local time (Europe/Amsterdam at the operator) as an instant.
        ...(reportedAt ? { reportedAt: new Date(reportedAt).toISOString() } : {}),
        report,
      });
      setReport(empty);
      setServiceId('');
      setLinkId('');
      setCableId('');
      setReportedAt('');
      onReported(ticket);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="fault-report" onSubmit={submit} aria-labelledby="fault-report-title">
      <h2 id="fault-report-title">{t.title}</h2>
      <ProblemBanner error={error} />
      <div className="grid">
        <label>
          {t.serviceId}
          <input value={serviceId} onChange={(e) => setServiceId(e.target.value)} />
        </label>
        <label>
          {t.linkId}
          <input value={linkId} onChange={(e) => setLinkId(e.target.value)} />
        </label>
        <label>
          {t.kind}
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="fiber-break">{t.kinds['fiber-break']}</option>
            <option value="other">{t.kinds.other}</option>
          </select>
        </label>
        <label>
          {t.cableId}
          <input value={cableId} onChange={(e) => setCableId(e.target.value)} />
        </label>
        <label>
          {t.channel}
          <select value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t.channels[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.reportedAt}
          <input type="datetime-local" value={reportedAt} onChange={(e) => setReportedAt(e.target.value)} />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={definitiveRepair}
            onChange={(e) => setDefinitiveRepair(e.target.checked)}
          />
          {t.definitiveRepair}
        </label>
      </div>
      <fieldset>
        <legend>{t.rule}</legend>
        <div className="grid">
          {ITEMS.map((item) =>
            item === 'description' ? null : (
              <label key={item}>
                {t.items[item]}
                <input
                  value={report[item]}
                  type={item.toLowerCase().includes('phone') ? 'tel' : 'text'}
                  onChange={(e) => setReport({ ...report, [item]: e.target.value })}
                />
              </label>
            ),
          )}
        </div>
        <label>
          {t.items.description}
          <textarea
            rows={3}
            value={report.description}
            onChange={(e) => setReport({ ...report, description: e.target.value })}
          />
        </label>
      </fieldset>
      <p>
        <button type="submit" disabled={busy}>
          {busy ? t.busy : t.submit}
        </button>
      </p>
    </form>
  );
}

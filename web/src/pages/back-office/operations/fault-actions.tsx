import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';
import { faultLabels } from './fault-labels.ts';
import { CLOSURE_REASONS } from './fault-types.ts';
import type { ClosureReason, FaultDetail } from './fault-types.ts';

/*
 * What a NOC engineer does to a ticket, offered by its state: take it into work, wait on the
 * customer and resume, a note, the formal repair report (vn:6.4.10, it stops the clock), close with
 * a reason, reopen a repair that did not hold. The API refuses an impossible move (409), shown here.
 */

const texts = {
  nl: {
    ...faultLabels.nl,
    actions: 'Acties',
    start: 'In behandeling nemen',
    wait: 'Wachten op klant',
    resume: 'Hervatten',
    reopen: 'Heropenen',
    actionNote: 'Toelichting bij de actie (optioneel)',
    note: 'Notitie',
    addNote: 'Notitie toevoegen',
    repair: 'Herstelrapport (vn:6.4.10)',
    repairedAt: 'Hersteld om (leeg: nu)',
    repairNote: 'Wat is hersteld',
    reportRepair: 'Herstelrapport vastleggen',
    close: 'Sluiten',
    reasonLabel: 'Reden',
    hours: 'Te factureren uren (vn:6.4.8)',
    product: 'Uurproduct (id)',
    closeNote: 'Toelichting bij het sluiten',
    closeTicket: 'Melding sluiten',
  },
  en: {
    ...faultLabels.en,
    actions: 'Actions',
    start: 'Take into work',
    wait: 'Wait on the customer',
    resume: 'Resume',
    reopen: 'Reopen',
    actionNote: 'Note with the action (optional)',
    note: 'Note',
    addNote: 'Add note',
    repair: 'Repair report (vn:6.4.10)',
    repairedAt: 'Repaired at (empty: now)',
    repairNote: 'What was repaired',
    reportRepair: 'Record the repair report',
    close: 'Close',
    reasonLabel: 'Reason',
    hours: 'Chargeable hours (vn:6.4.8)',
    product: 'Hourly product (id)',
    closeNote: 'Note with the closure',
    closeTicket: 'Close ticket',
  },
};

type Move = 'start' | 'wait' | 'resume' | 'reopen';
const MOVES: Record<FaultDetail['state'], readonly Move[]> = {
  acknowledged: ['start'],
  'in-progress': ['wait'],
  'waiting-on-customer': ['resume'],
  resolved: ['reopen'],
  closed: [],
};

export function FaultActions({
  ticket,
  onChanged,
}: {
  readonly ticket: FaultDetail;
  readonly onChanged: (ticket: FaultDetail) => void;
}) {
  const t = useTexts(texts);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [actionNote, setActionNote] = useState('');
  const [note, setNote] = useState('');
  const [repairedAt, setRepairedAt] = useState('');
  const [repairNote, setRepairNote] = useState('');
  const [reason, setReason] = useState<ClosureReason>(
    ticket.repairReportedAt ? 'repaired' : 'not-reproducible',
  );
  const [hours, setHours] = useState('');
  const [productId, setProductId] = useState('');
  const [closeNote, setCloseNote] = useState('');

  const run = async (call: () => Promise<FaultDetail>, reset: () => void) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await call());
      reset();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const path = `/faults/${encodeURIComponent(ticket.id)}`;
  const open = ticket.state !== 'resolved' && ticket.state !== 'closed';
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);

  const move = (action: Move) =>
    run(
      () => api.post<FaultDetail>(`${path}/actions`, { action, note: optional(actionNote) }),
      () => setActionNote(''),
    );
  const addNote = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => api.post<FaultDetail>(`${path}/notes`, { note }),
      () => setNote(''),
    );
  };
  const reportRepair = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        api.post<FaultDetail>(`${path}/repair-report`, {
          ...(repairedAt ? { repairedAt: new Date(repairedAt).toISOString() } : {}),
          note: optional(repairNote),
        }),
      () => {
        setRepairedAt('');
        setRepairNote('');
        setReason('repaired');
      },
    );
  };
  const close = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        api.post<FaultDetail>(`${path}/close`, {
          reason,
          ...(reason === 'customer-caused' ? { chargeableHours: hours, hourlyProductId: productId } : {}),
          note: optional(closeNote),
        }),
      () => setCloseNote(''),
    );
  };

  if (ticket.state === 'closed') return null;
  return (
    <section className="card" aria-labelledby="fault-actions-title">
      <h2 id="fault-actions-title">{t.actions}</h2>
      <ProblemBanner error={error} />
      {MOVES[ticket.state].length > 0 ? (
        <div className="filters">
          <label>
            {t.actionNote}
            <input value={actionNote} onChange={(e) => setActionNote(e.target.value)} />
          </label>
          {MOVES[ticket.state].map((action) => (
            <button key={action} type="button" disabled={busy} onClick={() => void move(action)}>
              {t[action]}
            </button>
          ))}
        </div>
      ) : null}
      <form className="row" onSubmit={addNote}>
        <label>
          {t.note}
          <input value={note} required onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="secondary" disabled={busy}>
          {t.addNote}
        </button>
      </form>
      {open ? (
        <>
          <h3 id="fault-repair-title">{t.repair}</h3>
          <form className="row" onSubmit={reportRepair} aria-labelledby="fault-repair-title">
            <label>
              {t.repairedAt}
              <input
                type="datetime-local"
                value={repairedAt}
                onChange={(e) => setRepairedAt(e.target.value)}
              />
            </label>
            <label>
              {t.repairNote}
              <input value={repairNote} onChange={(e) => setRepairNote(e.target.value)} />
            </label>
            <button type="submit" disabled={busy}>
              {t.reportRepair}
            </button>
          </form>
        </>
      ) : null}
      <h3 id="fault-close-title">{t.close}</h3>
      <form className="row" onSubmit={close} aria-labelledby="fault-close-title">
        <label>
          {t.reasonLabel}
          <select value={reason} onChange={(e) => setReason(e.target.value as ClosureReason)}>
            {CLOSURE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t.reason[r]}
              </option>
            ))}
          </select>
        </label>
        {reason === 'customer-caused' ? (
          <>
            <label>
              {t.hours}
              <input inputMode="decimal" value={hours} required onChange={(e) => setHours(e.target.value)} />
            </label>
            <label>
              {t.product}
              <input value={productId} required onChange={(e) => setProductId(e.target.value)} />
            </label>
          </>
        ) : null}
        <label>
          {t.closeNote}
          <input value={closeNote} onChange={(e) => setCloseNote(e.target.value)} />
        </label>
        <button type="submit" className="danger" disabled={busy}>
          {t.closeTicket}
        </button>
      </form>
    </section>
  );
}

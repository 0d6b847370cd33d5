import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate, formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { OrderItem } from './sales-types.ts';
import { euros } from './sales-types.ts';

type Action = 'record-signed-form' | 'confirm' | 'start-execution' | 'accept' | 'activate' | 'refuse';
const ACTIONS: readonly Action[] = [
  'record-signed-form',
  'confirm',
  'start-execution',
  'accept',
  'activate',
  'refuse',
];

const texts = {
  nl: {
    order: 'Order',
    customer: 'Klant',
    quote: 'Offerte',
    description: 'Omschrijving',
    recurring: 'Periodiek excl. btw',
    total: 'Order incl. btw',
    term: 'Looptijd',
    months: 'maanden',
    received: 'Ontvangen',
    contract: 'Contract',
    on: 'Datum (leeg: vandaag)',
    reason: 'Reden van weigering',
    record: 'Wat gebeurde er?',
    done: (action: string) => `Vastgelegd: ${action}.`,
    formed: (id: string) => `Het contract ${id} is gevormd.`,
    facts: {
      signedFormOn: 'Getekend formulier',
      confirmedOn: 'Bevestigd',
      executionStartedOn: 'Uitvoering begonnen',
      acceptedOn: 'Aanvaard',
      activatedOn: 'Geactiveerd',
      refusedOn: 'Geweigerd',
    },
    actions: {
      'record-signed-form': 'Getekend formulier ontvangen',
      confirm: 'Bevestigen',
      'start-execution': 'Uitvoering begonnen',
      accept: 'Aanvaarden',
      activate: 'Activeren',
      refuse: 'Weigeren',
    },
  },
  en: {
    order: 'Order',
    customer: 'Customer',
    quote: 'Quote',
    description: 'Description',
    recurring: 'Recurring excl. VAT',
    total: 'Order incl. VAT',
    term: 'Term',
    months: 'months',
    received: 'Received',
    contract: 'Contract',
    on: 'Date (empty: today)',
    reason: 'Reason for refusal',
    record: 'What happened?',
    done: (action: string) => `Recorded: ${action}.`,
    formed: (id: string) => `Contract ${id} is formed.`,
    facts: {
      signedFormOn: 'Signed form',
      confirmedOn: 'Confirmed',
      executionStartedOn: 'Execution started',
      acceptedOn: 'Accepted',
      activatedOn: 'Activated',
      refusedOn: 'Refused',
    },
    actions: {
      'record-signed-form': 'Signed form received',
      confirm: 'Confirm',
      'start-execution': 'Execution started',
      accept: 'Accept',
      activate: 'Activate',
      refuse: 'Refuse',
    },
  },
};

/** One order's facts and what may be recorded on it; the terms decide (a 409 says what is allowed). */
export function OrderActions({ order, onChanged }: { order: OrderItem; onChanged: () => void }) {
  const t = useTexts(texts);
  const [on, setOn] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [outcome, setOutcome] = useState<{ action: Action; formed: string | null }>();
  const [busy, setBusy] = useState(false);

  const record = async (action: Action) => {
    setError(undefined);
    setOutcome(undefined);
    setBusy(true);
    try {
      const answer = await api.post<{ contractId: string | null }>(`/orders/${order.id}/${action}`, {
        ...(on ? { on } : {}),
        ...(action === 'refuse' && reason ? { reason } : {}),
      });
      setOutcome({ action, formed: answer.contractId && !order.contractId ? answer.contractId : null });
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const facts = Object.keys(t.facts) as (keyof typeof t.facts)[];
  const contractId = order.contractId ?? outcome?.formed ?? null;
  const open = order.status === 'open' && !outcome?.formed;
  return (
    <section className="card" aria-labelledby="order-detail">
      <h2 id="order-detail">
        {t.order} {order.id}
      </h2>
      <dl className="facts">
        <dt>{t.customer}</dt>
        <dd>
          <Link to={`/office/customers/${order.customerId}`}>{order.customerName}</Link>
        </dd>
        <dt>{t.quote}</dt>
        <dd>{order.quoteId ?? '—'}</dd>
        <dt>{t.description}</dt>
        <dd>{order.terms.description}</dd>
        <dt>{t.recurring}</dt>
        <dd>{formatMoney(euros(order.terms.recurringCents))}</dd>
        <dt>{t.total}</dt>
        <dd>{formatMoney(euros(order.terms.orderTotalInclVatCents))}</dd>
        <dt>{t.term}</dt>
        <dd>{order.terms.termMonths === null ? '—' : `${order.terms.termMonths} ${t.months}`}</dd>
        <dt>{t.received}</dt>
        <dd>{formatDate(order.receivedOn)}</dd>
        {facts
          .filter((fact) => order[fact])
          .map((fact) => (
            <div key={fact} style={{ display: 'contents' }}>
              <dt>{t.facts[fact]}</dt>
              <dd>{formatDate(order[fact])}</dd>
            </div>
          ))}
        <dt>{t.contract}</dt>
        <dd>{contractId ? <Link to={`/office/contracts/${contractId}`}>{contractId}</Link> : '—'}</dd>
      </dl>
      {outcome ? (
        <p className="notice" role="status">
          {t.done(t.actions[outcome.action])} {outcome.formed ? t.formed(outcome.formed) : ''}
        </p>
      ) : null}
      <ProblemBanner error={error} />
      {open ? (
        <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label={t.record}>
          <div className="sales-row">
            <label>
              {t.on}
              <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
            </label>
            <label>
              {t.reason}
              <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
          </div>
          <div className="sales-row">
            {ACTIONS.map((action) => (
              <button
                key={action}
                type="button"
                className={action === 'refuse' ? 'danger' : 'secondary'}
                disabled={busy}
                onClick={() => void record(action)}
              >
                {t.actions[action]}
              </button>
            ))}
          </div>
        </form>
      ) : null}
    </section>
  );
}

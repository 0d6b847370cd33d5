import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate, formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import { euros } from './billing-types.ts';
import { CustomerPicker } from './customer-picker.tsx';

const texts = {
  nl: {
    title: 'Betaling toewijzen',
    invoice: 'Factuurnummer (optioneel)',
    assign: 'Toewijzen',
    cancel: 'Annuleren',
    busy: 'Bezig…',
    explain: 'De betaling wordt direct verdeeld over wat de klant open heeft (bit:11.4 of nl:6:43, nl:6:44).',
  },
  en: {
    title: 'Assign payment',
    invoice: 'Invoice number (optional)',
    assign: 'Assign',
    cancel: 'Cancel',
    busy: 'Working…',
    explain:
      "The payment is allocated at once over the customer's open claims (bit:11.4 or nl:6:43, nl:6:44).",
  },
};

export interface UnmatchedPayment {
  readonly id: string;
  readonly sellerId: string;
  readonly amountCents: number;
  readonly valueDate: string;
  readonly counterpartyName: string | null;
  readonly counterpartyIban: string | null;
  readonly endToEndId: string | null;
  readonly remittance: string;
  readonly statementId: string | null;
}

export interface AssignedPayment {
  readonly id: string;
  readonly customerId: string | null;
  readonly amountCents: number;
  readonly unallocatedCents: number;
  readonly allocations: readonly { readonly invoiceId: string | null; readonly amountCents: number }[];
}

/** Resolves an unmatched payment by hand: its customer, and the invoice it pays if known. */
export function AssignPaymentForm({
  payment,
  onAssigned,
  onCancel,
}: {
  payment: UnmatchedPayment;
  onAssigned: (assigned: AssignedPayment) => void;
  onCancel: () => void;
}) {
  const t = useTexts(texts);
  const [customerId, setCustomerId] = useState('');
  const [invoiceNumber, setInvoiceNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a row's button: keyboard focus moves to the form it opened.
  useEffect(() => heading.current?.focus(), []);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onAssigned(
        await api.post<AssignedPayment>(`/payments/${encodeURIComponent(payment.id)}/assign`, {
          customerId,
          ...(invoiceNumber.trim() ? { invoiceNumber: invoiceNumber.trim() } : {}),
        }),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="assign-payment">
      <h2 id="assign-payment" ref={heading} tabIndex={-1}>
        {t.title} {payment.id}: {formatMoney(euros(payment.amountCents))} ({formatDate(payment.valueDate)})
      </h2>
      <p className="muted">{payment.remittance}</p>
      <p className="muted">{t.explain}</p>
      <form className="row" onSubmit={submit}>
        <CustomerPicker value={customerId} onChange={setCustomerId} />
        <label>
          {t.invoice}
          <input value={invoiceNumber} maxLength={40} onChange={(e) => setInvoiceNumber(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !customerId}>
          {busy ? t.busy : t.assign}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </form>
      <ProblemBanner error={error} />
    </section>
  );
}

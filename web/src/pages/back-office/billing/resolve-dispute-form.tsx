import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { Invoice } from './billing-types.ts';
import { euros } from './billing-types.ts';

const texts = {
  nl: {
    title: 'Betwisting afhandelen',
    outcome: 'Uitkomst',
    credit: 'Klant krijgt gelijk: crediteren (creditnota)',
    uphold: 'Factuur handhaven: het bedrag blijft verschuldigd',
    reason: 'Toelichting',
    lines: 'Te crediteren regels (geen keuze: alle regels)',
    resolve: 'Afhandelen',
    cancel: 'Annuleren',
    busy: 'Bezig…',
    explain:
      'Zolang de betwisting open is, vallen herinneringen, rente en incassokosten over het betwiste deel stil (bit:9.5).',
  },
  en: {
    title: 'Resolve dispute',
    outcome: 'Outcome',
    credit: 'The customer is right: credit (credit note)',
    uphold: 'Uphold the invoice: the amount stays owed',
    reason: 'Reason',
    lines: 'Lines to credit (none chosen: every line)',
    resolve: 'Resolve',
    cancel: 'Cancel',
    busy: 'Working…',
    explain:
      'While the dispute is open, reminders, interest and collection costs on the disputed part wait (bit:9.5).',
  },
};

export interface DisputeItem {
  readonly id: string;
  readonly invoiceId: string;
  readonly invoiceNumber: string | null;
  readonly invoiceTotalCents: number;
  readonly sellerId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly amountCents: number;
  readonly reason: string;
  readonly openedOn: string;
  readonly state: string;
  readonly resolvedOn: string | null;
  readonly creditNoteId: string | null;
}

/** Ends a dispute: credit the disputed lines with a credit note, or uphold the invoice. */
export function ResolveDisputeForm({
  dispute,
  onResolved,
  onCancel,
}: {
  dispute: DisputeItem;
  onResolved: (resolved: { id: string; state: string; creditNoteId: string | null }) => void;
  onCancel: () => void;
}) {
  const t = useTexts(texts);
  const invoice = useApi(
    () => api.get<Invoice>(`/invoices/${encodeURIComponent(dispute.invoiceId)}`),
    [dispute.invoiceId],
  );
  const [outcome, setOutcome] = useState<'credit' | 'uphold'>('credit');
  const [reason, setReason] = useState('');
  const [lines, setLines] = useState<readonly number[]>([]);
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
      onResolved(
        await api.post(`/disputes/${encodeURIComponent(dispute.id)}/resolve`, {
          outcome,
          reason: reason.trim(),
          ...(outcome === 'credit' && lines.length ? { lines: [...lines].sort((a, b) => a - b) } : {}),
        }),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="resolve-dispute">
      <h2 id="resolve-dispute" ref={heading} tabIndex={-1}>
        {t.title} {dispute.id} ({dispute.invoiceNumber ?? dispute.invoiceId},{' '}
        {formatMoney(euros(dispute.amountCents))})
      </h2>
      <p className="muted">{t.explain}</p>
      <p>{dispute.reason}</p>
      <form className="stack" onSubmit={submit}>
        <fieldset>
          <legend>{t.outcome}</legend>
          <label className="check">
            <input
              type="radio"
              name="outcome"
              checked={outcome === 'credit'}
              onChange={() => setOutcome('credit')}
            />
            {t.credit}
          </label>
          <label className="check">
            <input
              type="radio"
              name="outcome"
              checked={outcome === 'uphold'}
              onChange={() => setOutcome('uphold')}
            />
            {t.uphold}
          </label>
        </fieldset>
        {outcome === 'credit' && invoice.data ? (
          <fieldset>
            <legend>{t.lines}</legend>
            {invoice.data.lines.map((line) => (
              <label key={line.position} className="check">
                <input
                  type="checkbox"
                  checked={lines.includes(line.position)}
                  onChange={(e) =>
                    setLines((now) =>
                      e.target.checked ? [...now, line.position] : now.filter((p) => p !== line.position),
                    )
                  }
                />
                {line.position}. {line.description} ({formatMoney(euros(line.netCents))})
              </label>
            ))}
          </fieldset>
        ) : null}
        <label>
          {t.reason}
          <textarea value={reason} required maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="row bill-run-actions">
          <button type="submit" disabled={busy || !reason.trim()}>
            {busy ? t.busy : t.resolve}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      </form>
      <ProblemBanner error={error ?? invoice.error} />
    </section>
  );
}

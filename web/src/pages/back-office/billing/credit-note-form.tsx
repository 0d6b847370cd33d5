import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { Invoice } from './billing-types.ts';
import { euros } from './billing-types.ts';

const texts = {
  nl: {
    title: 'Creditnota maken',
    reason: 'Reden (staat op de creditnota)',
    lines: 'Te crediteren regels',
    make: 'Creditnota uitreiken',
    busy: 'Bezig…',
    explain:
      'De creditnota noemt deze factuur, crediteert de gekozen regels tegen de tarieven van toen en wordt direct genummerd en uitgereikt (nl:vat). Een regel wordt één keer gecrediteerd.',
  },
  en: {
    title: 'Make a credit note',
    reason: 'Reason (printed on the credit note)',
    lines: 'Lines to credit',
    make: 'Issue credit note',
    busy: 'Working…',
    explain:
      'The credit note names this invoice, credits the chosen lines at the rates they were billed at, and is numbered and issued at once (nl:vat). A line is credited once.',
  },
};

/** Corrects an issued invoice with a credit note for the lines ticked (all by default). */
export function CreditNoteForm({
  invoice,
  onIssued,
}: {
  invoice: Invoice;
  onIssued: (credit: Invoice) => void;
}) {
  const t = useTexts(texts);
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<readonly number[]>(invoice.lines.map((l) => l.position));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const all = chosen.length === invoice.lines.length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const credit = await api.post<Invoice>(`/invoices/${encodeURIComponent(invoice.id)}/credit-notes`, {
        reason: reason.trim(),
        ...(all ? {} : { lines: [...chosen].sort((a, b) => a - b) }),
      });
      onIssued(credit);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="credit-note">
      <h2 id="credit-note">{t.title}</h2>
      <p className="muted">{t.explain}</p>
      <form className="stack" onSubmit={submit}>
        <label>
          {t.reason}
          <textarea value={reason} required maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </label>
        <fieldset>
          <legend>{t.lines}</legend>
          {invoice.lines.map((line) => (
            <label key={line.position} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(line.position)}
                onChange={(e) =>
                  setChosen((now) =>
                    e.target.checked ? [...now, line.position] : now.filter((p) => p !== line.position),
                  )
                }
              />
              {line.position}. {line.description} ({formatMoney(euros(line.netCents))})
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" disabled={busy || chosen.length === 0 || !reason.trim()}>
            {busy ? t.busy : t.make}
          </button>
        </div>
      </form>
      <ProblemBanner error={error} />
    </section>
  );
}

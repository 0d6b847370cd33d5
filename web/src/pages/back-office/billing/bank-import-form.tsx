import { Fragment, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';

const texts = {
  nl: {
    title: 'Bankafschrift importeren',
    file: 'CAMT.053-afschrift of CAMT.054-melding (XML)',
    import: 'Importeren',
    busy: 'Bezig met importeren…',
    explain:
      'Bijschrijvingen worden betalingen op hun valutadatum (bit:11.3), gekoppeld via betalingskenmerk, factuurnummer, end-to-end-id, IBAN of een uniek bedrag. De rest komt in de wachtrij hieronder. Hetzelfde bestand nog eens voegt niets toe.',
    result: 'Resultaat van de import',
    statement: 'Afschrift',
    kind: 'Soort',
    entries: 'Posten',
    matched: 'Gekoppeld',
    unmatched: 'Niet gekoppeld',
    duplicates: 'Al eerder ingelezen',
    returned: 'Stornering',
    skipped: 'Overgeslagen',
    again: 'Dit bestand was al geïmporteerd: er is niets toegevoegd.',
    chooseSeller: 'Kies eerst een verkoper.',
  },
  en: {
    title: 'Import a bank statement',
    file: 'CAMT.053 statement or CAMT.054 notification (XML)',
    import: 'Import',
    busy: 'Importing…',
    explain:
      'Credits become payments on their value date (bit:11.3), matched by payment reference, invoice number, end-to-end id, IBAN or a unique amount. The rest waits in the queue below. The same file again adds nothing.',
    result: 'Import result',
    statement: 'Statement',
    kind: 'Kind',
    entries: 'Entries',
    matched: 'Matched',
    unmatched: 'Unmatched',
    duplicates: 'Imported before',
    returned: 'Returned',
    skipped: 'Skipped',
    again: 'This file was imported before: nothing was added.',
    chooseSeller: 'Choose a seller first.',
  },
};

export interface BankImport {
  readonly statementId: string;
  readonly kind: string;
  readonly alreadyImported: boolean;
  readonly entries: number;
  readonly matched: number;
  readonly unmatched: number;
  readonly duplicates: number;
  readonly returned: number;
  readonly skipped: number;
}

/** Uploads a bank file for the seller and shows what became of its entries. */
export function BankImportForm({ sellerId, onImported }: { sellerId: string; onImported: () => void }) {
  const t = useTexts(texts);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<BankImport>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    if (!sellerId) {
      setError(new Error(t.chooseSeller));
      return;
    }
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const answer = await api.post<BankImport>(
        `/sellers/${encodeURIComponent(sellerId)}/bank-statements`,
        new Blob([await file.arrayBuffer()], { type: 'application/xml' }),
        { 'content-type': 'application/xml' },
      );
      setResult(answer);
      onImported();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const counts: [string, number][] = result
    ? [
        [t.entries, result.entries],
        [t.matched, result.matched],
        [t.unmatched, result.unmatched],
        [t.duplicates, result.duplicates],
        [t.returned, result.returned],
        [t.skipped, result.skipped],
      ]
    : [];
  return (
    <section className="card" aria-labelledby="bank-import">
      <h2 id="bank-import">{t.title}</h2>
      <p className="muted">{t.explain}</p>
      <form className="row" onSubmit={submit}>
        <label>
          {t.file}
          <input ref={input} type="file" accept=".xml,application/xml,text/xml" required />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? t.busy : t.import}
        </button>
      </form>
      <ProblemBanner error={error} />
      {result ? (
        <section aria-label={t.result} className="notice bank-result" role="status">
          <strong>
            {t.statement} {result.statementId} ({result.kind})
          </strong>
          {result.alreadyImported ? <p>{t.again}</p> : null}
          <dl className="facts">
            {counts.map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd className="num">{formatNumber(value)}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ) : null}
    </section>
  );
}

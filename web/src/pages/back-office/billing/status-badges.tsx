import { useTexts } from '../../../i18n/language.tsx';
import type { BillRun, InvoiceSummary, Settlement } from './billing-types.ts';

/* States as words with a badge: the word carries the meaning, the colour only repeats it. */

const texts = {
  nl: {
    drafting: 'Concepten maken',
    drafted: 'Concepten klaar',
    issuing: 'Bezig met uitreiken',
    issued: 'Uitgereikt',
    draft: 'Concept',
    invoice: 'Factuur',
    creditNote: 'Creditnota',
    paid: 'Betaald',
    partlyPaid: 'Deels betaald',
    open: 'Openstaand',
    credited: 'Gecrediteerd',
    notAClaim: 'Geen vordering',
    upheld: 'Gehandhaafd',
    disputeOpen: 'Betwist',
  },
  en: {
    drafting: 'Drafting',
    drafted: 'Drafted',
    issuing: 'Issuing',
    issued: 'Issued',
    draft: 'Draft',
    invoice: 'Invoice',
    creditNote: 'Credit note',
    paid: 'Paid',
    partlyPaid: 'Partly paid',
    open: 'Open',
    credited: 'Credited',
    notAClaim: 'Not a claim',
    upheld: 'Upheld',
    disputeOpen: 'Disputed',
  },
};

export function RunStateBadge({ state }: { state: BillRun['state'] }) {
  const t = useTexts(texts);
  const tone = state === 'issued' ? 'good' : state === 'drafted' ? 'warn' : 'muted';
  return <span className={`badge ${tone}`}>{t[state]}</span>;
}

export function InvoiceStateBadge({ invoice }: { invoice: Pick<InvoiceSummary, 'state' | 'kind'> }) {
  const t = useTexts(texts);
  if (invoice.state === 'draft') return <span className="badge warn">{t.draft}</span>;
  return <span className="badge good">{t.issued}</span>;
}

export function KindLabel({ kind }: { kind: InvoiceSummary['kind'] }) {
  const t = useTexts(texts);
  return <>{kind === 'credit-note' ? t.creditNote : t.invoice}</>;
}

export function SettlementBadge({ status }: { status: Settlement['status'] }) {
  const t = useTexts(texts);
  const [word, tone] = {
    draft: [t.draft, 'warn'],
    paid: [t.paid, 'good'],
    'partly-paid': [t.partlyPaid, 'warn'],
    open: [t.open, 'warn'],
    credited: [t.credited, 'muted'],
    'not-a-claim': [t.notAClaim, 'muted'],
  }[status];
  return <span className={`badge ${tone}`}>{word}</span>;
}

export function DisputeStateBadge({ state }: { state: string }) {
  const t = useTexts(texts);
  const [word, tone] =
    state === 'open'
      ? [t.disputeOpen, 'bad']
      : state === 'credited'
        ? [t.credited, 'muted']
        : [t.upheld, 'good'];
  return <span className={`badge ${tone}`}>{word}</span>;
}

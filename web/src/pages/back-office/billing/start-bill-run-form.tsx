import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { useSession } from '../../../api/session.tsx';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';
import type { BillRun } from './billing-types.ts';
import { SellerSelect } from './seller-select.tsx';

const texts = {
  nl: {
    title: 'Factuurrun starten',
    period: 'Kwartaal (JJJJ-Kn, bijv. 2027-Q1)',
    invoiceDate: 'Factuurdatum (leeg: eerste dag van het kwartaal)',
    start: 'Factuurrun starten',
    starting: 'Bezig…',
    explain:
      'Het kwartaal wordt vooruit gefactureerd (bit:11.1, vn:7.1.5). Een run per verkoper en kwartaal: bestaat hij al, dan opent hij.',
  },
  en: {
    title: 'Start a bill run',
    period: 'Quarter (YYYY-Qn, e.g. 2027-Q1)',
    invoiceDate: "Invoice date (empty: the quarter's first day)",
    start: 'Start bill run',
    starting: 'Working…',
    explain:
      'The quarter is billed in advance (bit:11.1, vn:7.1.5). One run per seller and quarter: if it exists, it opens.',
  },
};

/** The next calendar quarter after today, as YYYY-Qn. */
function nextQuarter(today = new Date()): string {
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  return quarter === 4 ? `${today.getFullYear() + 1}-Q1` : `${today.getFullYear()}-Q${quarter + 1}`;
}

export function StartBillRunForm({ onStarted }: { onStarted: (run: BillRun) => void }) {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const [period, setPeriod] = useState(nextQuarter);
  const [invoiceDate, setInvoiceDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const run = await api.post<BillRun>('/bill-runs', {
        sellerId,
        period: period.trim(),
        ...(invoiceDate ? { invoiceDate } : {}),
      });
      onStarted(run);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="start-bill-run">
      <h2 id="start-bill-run">{t.title}</h2>
      <p className="muted">{t.explain}</p>
      <form className="row" onSubmit={submit}>
        <SellerSelect value={sellerId} onChange={setSellerId} required />
        <label>
          {t.period}
          <input
            value={period}
            required
            pattern="\d{4}-[Qq][1-4]"
            onChange={(e) => setPeriod(e.target.value)}
          />
        </label>
        <label>
          {t.invoiceDate}
          <input type="date" value={invoiceDate} onChange={(e) => setInvoiceDate(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? t.starting : t.start}
        </button>
      </form>
      <ProblemBanner error={error} />
    </section>
  );
}

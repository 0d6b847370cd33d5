import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import type { Invoice, Settlement } from './billing/billing-types.ts';
import { euros } from './billing/billing-types.ts';
import { CreditNoteForm } from './billing/credit-note-form.tsx';
import { PdfPreview } from './billing/pdf-preview.tsx';
import { InvoiceStateBadge, SettlementBadge } from './billing/status-badges.tsx';

const texts = {
  nl: {
    invoice: 'Factuur',
    creditNote: 'Creditnota',
    draft: 'Conceptfactuur',
    loading: 'Laden…',
    facts: 'Gegevens',
    customer: 'Klant',
    seller: 'Verkoper',
    issuedOn: 'Factuurdatum',
    dueOn: 'Vervaldatum',
    period: 'Periode',
    reference: 'Betalingskenmerk',
    state: 'Status',
    corrects: 'Corrigeert',
    run: 'Factuurrun',
    settlement: 'Betaling',
    paid: 'Betaald',
    credited: 'Gecrediteerd',
    open: 'Openstaand',
    disputed: 'Betwist',
    payments: 'Betalingen op deze factuur',
    payment: 'Betaling',
    valueDate: 'Valutadatum',
    matchedBy: 'Gevonden via',
    amount: 'Bedrag',
    reversed: 'teruggeboekt',
    lines: 'Regels',
    description: 'Omschrijving',
    quantity: 'Aantal',
    unitPrice: 'Prijs per stuk',
    net: 'Netto',
    vatRate: 'Btw-tarief',
    totalNet: 'Totaal netto',
    vat: 'Btw',
    total: 'Totaal incl. btw',
    pdf: 'Voorbeeld (PDF)',
    pdfTitle: 'PDF van de factuur',
    ubl: 'E-factuur (UBL) downloaden',
    noUbl: 'Een concept heeft nog geen e-factuur: die komt bij het uitreiken.',
    rules: 'Regels uit de voorwaarden',
    draftNotOwed: 'Een concept is nog niet verschuldigd: het wordt een vordering bij het uitreiken.',
    creditNotOwed:
      'Een creditnota is geen vordering: ze verlaagt wat de klant op de gecorrigeerde factuur schuldig is.',
  },
  en: {
    invoice: 'Invoice',
    creditNote: 'Credit note',
    draft: 'Draft invoice',
    loading: 'Loading…',
    facts: 'Details',
    customer: 'Customer',
    seller: 'Seller',
    issuedOn: 'Invoice date',
    dueOn: 'Due date',
    period: 'Period',
    reference: 'Payment reference',
    state: 'State',
    corrects: 'Corrects',
    run: 'Bill run',
    settlement: 'Payment',
    paid: 'Paid',
    credited: 'Credited',
    open: 'Open',
    disputed: 'Disputed',
    payments: 'Payments on this invoice',
    payment: 'Payment',
    valueDate: 'Value date',
    matchedBy: 'Matched by',
    amount: 'Amount',
    reversed: 'reversed',
    lines: 'Lines',
    description: 'Description',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    net: 'Net',
    vatRate: 'VAT rate',
    totalNet: 'Total net',
    vat: 'VAT',
    total: 'Total incl. VAT',
    pdf: 'Preview (PDF)',
    pdfTitle: 'PDF of the invoice',
    ubl: 'Download the e-invoice (UBL)',
    noUbl: 'A draft has no e-invoice yet: it comes with issuing.',
    rules: 'Rules from the terms',
    draftNotOwed: 'A draft is not owed yet: it becomes a claim when issued.',
    creditNotOwed: 'A credit note is no claim: it lowers what the customer owes on the invoice it corrects.',
  },
};

/** An invoice or credit note: its details and lines, the PDF preview, the UBL file, payment, credit note. */
export function InvoicePage() {
  const t = useTexts(texts);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const path = `/invoices/${encodeURIComponent(id)}`;
  const invoice = useApi(() => api.get<Invoice>(path), [path]);
  const settlement = useApi(
    () => api.get<Settlement>(`/back-office/billing/invoices/${encodeURIComponent(id)}/settlement`),
    [id],
  );
  const i = invoice.data;
  if (!i)
    return (
      <>
        <h1>{t.invoice}</h1>
        {invoice.error ? <ProblemBanner error={invoice.error} /> : <p className="muted">{t.loading}</p>}
      </>
    );
  const title = i.state === 'draft' ? t.draft : i.kind === 'credit-note' ? t.creditNote : t.invoice;
  const s = settlement.data;
  return (
    <>
      <h1>
        {title} {i.number ?? i.id}
      </h1>
      <div className="grid billing-wide">
        <section className="card" aria-label={t.facts}>
          <dl className="facts">
            <dt>{t.customer}</dt>
            <dd>
              <Link to={`/office/customers/${i.customerId}`}>{i.customer.legalName}</Link>
            </dd>
            <dt>{t.seller}</dt>
            <dd>{i.seller.legalName}</dd>
            <dt>{t.state}</dt>
            <dd>
              <InvoiceStateBadge invoice={i} />
            </dd>
            <dt>{t.issuedOn}</dt>
            <dd>{formatDate(i.issuedOn)}</dd>
            <dt>{t.dueOn}</dt>
            <dd>{formatDate(i.dueOn)}</dd>
            <dt>{t.period}</dt>
            <dd>
              {formatDate(i.periodFrom)} – {formatDate(i.periodTo)}
            </dd>
            <dt>{t.reference}</dt>
            <dd>{i.paymentReference ?? '—'}</dd>
            {i.corrects ? (
              <>
                <dt>{t.corrects}</dt>
                <dd>
                  <Link to={`/office/invoices/${i.corrects.id}`}>{i.corrects.number ?? i.corrects.id}</Link>
                </dd>
              </>
            ) : null}
            {i.billRunId ? (
              <>
                <dt>{t.run}</dt>
                <dd>
                  <Link to={`/office/bill-runs/${i.billRunId}`}>{i.billRunId}</Link>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <section className="card" aria-labelledby="settlement">
          <h2 id="settlement">
            {t.settlement} {s ? <SettlementBadge status={s.status} /> : null}
          </h2>
          <ProblemBanner error={settlement.error} />
          {s && (s.status === 'draft' || s.status === 'not-a-claim') ? (
            <p className="muted">{s.status === 'draft' ? t.draftNotOwed : t.creditNotOwed}</p>
          ) : s ? (
            <dl className="facts">
              <dt>{t.total}</dt>
              <dd className="num">{formatMoney(euros(s.totalCents))}</dd>
              <dt>{t.paid}</dt>
              <dd className="num">{formatMoney(euros(s.paidCents))}</dd>
              <dt>{t.credited}</dt>
              <dd className="num">{formatMoney(euros(s.creditedCents))}</dd>
              <dt>{t.disputed}</dt>
              <dd className="num">{formatMoney(euros(s.disputedCents))}</dd>
              <dt>{t.open}</dt>
              <dd className={`num ${s.openCents > 0 ? 'warn' : 'good'}`}>
                {formatMoney(euros(s.openCents))}
              </dd>
            </dl>
          ) : null}
        </section>
      </div>

      <section className="card" aria-labelledby="lines">
        <h2 id="lines">{t.lines}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t.description}</th>
              <th scope="col">{t.period}</th>
              <th scope="col" className="num">
                {t.quantity}
              </th>
              <th scope="col" className="num">
                {t.unitPrice}
              </th>
              <th scope="col" className="num">
                {t.vatRate}
              </th>
              <th scope="col" className="num">
                {t.net}
              </th>
            </tr>
          </thead>
          <tbody>
            {i.lines.map((line) => (
              <tr key={line.position}>
                <td>{line.position}</td>
                <td>
                  {line.description}
                  {line.because.length ? <div className="rule">{line.because.join(' · ')}</div> : null}
                </td>
                <td>
                  {line.periodFrom ? `${formatDate(line.periodFrom)} – ${formatDate(line.periodTo)}` : '—'}
                </td>
                <td className="num">{line.quantity.replace('.', ',')}</td>
                <td className="num">{formatMoney(euros(Math.round(Number(line.unitPriceCents))))}</td>
                <td className="num">{line.vatPercent.replace('.', ',')}%</td>
                <td className="num">{formatMoney(euros(line.netCents))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={6}>
                {t.totalNet}
              </th>
              <td className="num">{formatMoney(euros(i.netCents))}</td>
            </tr>
            {i.vatSubtotals.map((v) => (
              <tr key={`${v.category}-${v.percent}`}>
                <th scope="row" colSpan={6}>
                  {t.vat} {v.percent.replace('.', ',')}% ({formatMoney(euros(v.taxableCents))})
                </th>
                <td className="num">{formatMoney(euros(v.vatCents))}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={6}>
                {t.total}
              </th>
              <td className="num">
                <strong>{formatMoney(euros(i.totalCents))}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
        {i.because.length ? (
          <p className="rule">
            {t.rules}: {i.because.join(' · ')}
          </p>
        ) : null}
      </section>

      {s && s.payments.length ? (
        <section className="card" aria-labelledby="payments">
          <h2 id="payments">{t.payments}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.payment}</th>
                <th scope="col">{t.valueDate}</th>
                <th scope="col">{t.matchedBy}</th>
                <th scope="col" className="num">
                  {t.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.payments.map((p, n) => (
                <tr key={`${p.paymentId}-${n}`}>
                  <td>
                    {p.paymentId} ({p.component})
                  </td>
                  <td>{formatDate(p.valueDate)}</td>
                  <td>{p.matchedBy ?? p.source}</td>
                  <td className="num">
                    {formatMoney(euros(p.amountCents))}
                    {p.reversedOn ? ` (${t.reversed} ${formatDate(p.reversedOn)})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section className="card" aria-labelledby="pdf">
        <h2 id="pdf">{t.pdf}</h2>
        {i.state === 'issued' ? (
          <p>
            <a href={`${path}/ubl`} download={`${i.number ?? i.id}.xml`}>
              {t.ubl}
            </a>
          </p>
        ) : (
          <p className="muted">{t.noUbl}</p>
        )}
        <PdfPreview url={`${path}/pdf`} title={`${t.pdfTitle} ${i.number ?? i.id}`} />
      </section>

      {i.state === 'issued' && i.kind === 'invoice' ? (
        <CreditNoteForm invoice={i} onIssued={(credit) => navigate(`/office/invoices/${credit.id}`)} />
      ) : null}
    </>
  );
}

import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate, formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import { centsText } from './customer-types.ts';

interface Statement {
  readonly asOf: string;
  readonly rows: readonly {
    readonly date: string;
    readonly kind: string;
    readonly reference: string;
    readonly description: string;
    readonly debitCents: number;
    readonly creditCents: number;
    readonly balanceCents: number;
  }[];
  readonly balanceCents: number;
  readonly accruedInterestCents: number;
  readonly disputedCents: number;
}

const texts = {
  nl: {
    title: 'Rekeningoverzicht',
    seller: 'Verkoper',
    none: 'Geen verkoper: deze klant heeft nog geen contracten, facturen of betalingen.',
    date: 'Datum',
    reference: 'Kenmerk',
    description: 'Omschrijving',
    debit: 'Debet',
    credit: 'Credit',
    balance: 'Saldo',
    total: 'Saldo per',
    interest: 'Opgelopen rente',
    disputed: 'Betwist',
    csv: 'Download CSV',
    pdf: 'Open PDF',
    empty: 'Nog niets op het overzicht.',
    loading: 'Laden…',
  },
  en: {
    title: 'Account statement',
    seller: 'Seller',
    none: 'No seller: this customer has no contracts, invoices or payments yet.',
    date: 'Date',
    reference: 'Reference',
    description: 'Description',
    debit: 'Debit',
    credit: 'Credit',
    balance: 'Balance',
    total: 'Balance on',
    interest: 'Accrued interest',
    disputed: 'Disputed',
    csv: 'Download CSV',
    pdf: 'Open PDF',
    empty: 'Nothing on the statement yet.',
    loading: 'Loading…',
  },
};

/** The account statement with one seller: every item with its running balance; CSV and PDF too. */
export function StatementSection({
  customerId,
  sellers,
}: {
  readonly customerId: string;
  readonly sellers: readonly { readonly id: string; readonly legalName: string }[];
}) {
  const t = useTexts(texts);
  const [sellerId, setSellerId] = useState(sellers[0]?.id ?? '');
  const path = `/sellers/${encodeURIComponent(sellerId)}/customers/${encodeURIComponent(customerId)}/statement`;
  const statement = useApi(
    () => (sellerId ? api.get<Statement>(path) : Promise.resolve(undefined)),
    [sellerId, customerId],
  );
  return (
    <section aria-labelledby="statement-title">
      <h2 id="statement-title">{t.title}</h2>
      {sellers.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <>
          <div className="statement-head">
            {sellers.length > 1 ? (
              <label>
                {t.seller}
                <select value={sellerId} onChange={(e) => setSellerId(e.target.value)}>
                  {sellers.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.legalName}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <span>
                {t.seller}: {sellers[0]!.legalName}
              </span>
            )}
            <a href={`${path}?format=csv`} download>
              {t.csv}
            </a>
            <a href={`${path}?format=pdf`} target="_blank" rel="noreferrer">
              {t.pdf}
            </a>
          </div>
          <ProblemBanner error={statement.error} />
          {statement.data ? (
            <>
              <dl className="facts">
                <dt>
                  {t.total} {formatDate(statement.data.asOf)}
                </dt>
                <dd className={statement.data.balanceCents > 0 ? 'warn' : undefined}>
                  {formatMoney(centsText(statement.data.balanceCents))}
                </dd>
                <dt>{t.interest}</dt>
                <dd>{formatMoney(centsText(statement.data.accruedInterestCents))}</dd>
                <dt>{t.disputed}</dt>
                <dd>{formatMoney(centsText(statement.data.disputedCents))}</dd>
              </dl>
              {statement.data.rows.length === 0 ? (
                <p className="muted">{t.empty}</p>
              ) : (
                <table>
                  <caption className="visually-hidden">{t.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.date}</th>
                      <th scope="col">{t.reference}</th>
                      <th scope="col">{t.description}</th>
                      <th scope="col" className="num">
                        {t.debit}
                      </th>
                      <th scope="col" className="num">
                        {t.credit}
                      </th>
                      <th scope="col" className="num">
                        {t.balance}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {statement.data.rows.map((row, index) => (
                      <tr key={`${row.reference}-${index}`}>
                        <td>{formatDate(row.date)}</td>
                        <td>{row.reference}</td>
                        <td>{row.description}</td>
                        <td className="num">
                          {row.debitCents ? formatMoney(centsText(row.debitCents)) : ''}
                        </td>
                        <td className="num">
                          {row.creditCents ? formatMoney(centsText(row.creditCents)) : ''}
                        </td>
                        <td className="num">{formatMoney(centsText(row.balanceCents))}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          ) : statement.loading ? (
            <p aria-busy="true">{t.loading}</p>
          ) : null}
        </>
      )}
    </section>
  );
}

import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import type { Column } from '../../components/data-table.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { AssignPaymentForm } from './billing/assign-payment-form.tsx';
import type { AssignedPayment, UnmatchedPayment } from './billing/assign-payment-form.tsx';
import { BankImportForm } from './billing/bank-import-form.tsx';
import type { Items } from './billing/billing-types.ts';
import { euros } from './billing/billing-types.ts';
import { SellerSelect } from './billing/seller-select.tsx';

const texts = {
  nl: {
    title: 'Bank',
    queue: 'Niet-gekoppelde betalingen',
    queueHint: 'Betalingen waarbij geen klant werd gevonden. Zoek op naam, IBAN of omschrijving.',
    valueDate: 'Valutadatum',
    amount: 'Bedrag',
    payer: 'Betaler',
    iban: 'IBAN',
    remittance: 'Omschrijving',
    seller: 'Verkoper',
    action: 'Actie',
    assign: 'Toewijzen',
    assigned: (id: string, customer: string, left: string) =>
      `Betaling ${id} is toegewezen aan ${customer} en verdeeld; ${left} blijft als tegoed staan.`,
  },
  en: {
    title: 'Bank',
    queue: 'Unmatched payments',
    queueHint: 'Payments no customer was found for. Search by name, IBAN or remittance.',
    valueDate: 'Value date',
    amount: 'Amount',
    payer: 'Payer',
    iban: 'IBAN',
    remittance: 'Remittance',
    seller: 'Seller',
    action: 'Action',
    assign: 'Assign',
    assigned: (id: string, customer: string, left: string) =>
      `Payment ${id} is assigned to ${customer} and allocated; ${left} stays as credit.`,
  },
};

/** Bank statements in, and the unmatched queue worked by hand. */
export function BankPage() {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const [round, setRound] = useState(0);
  const [chosen, setChosen] = useState<UnmatchedPayment>();
  const [done, setDone] = useState<AssignedPayment>();
  const columns: Column<UnmatchedPayment>[] = [
    { key: 'valueDate', header: t.valueDate, sort: 'valueDate', render: (p) => formatDate(p.valueDate) },
    {
      key: 'amount',
      header: t.amount,
      align: 'right',
      sort: 'amount',
      render: (p) => formatMoney(euros(p.amountCents)),
    },
    { key: 'payer', header: t.payer, render: (p) => p.counterpartyName ?? '—' },
    { key: 'iban', header: t.iban, render: (p) => p.counterpartyIban ?? '—' },
    { key: 'remittance', header: t.remittance, render: (p) => p.remittance || '—' },
    { key: 'seller', header: t.seller, render: (p) => p.sellerId },
    {
      key: 'action',
      header: t.action,
      render: (p) => (
        <button
          type="button"
          className="secondary"
          aria-label={`${t.assign} ${p.id}`}
          onClick={() => {
            setDone(undefined);
            setChosen(p);
          }}
        >
          {t.assign}
        </button>
      ),
    },
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <form className="row" onSubmit={(e) => e.preventDefault()}>
        <SellerSelect value={sellerId} onChange={setSellerId} allowAll={false} />
      </form>
      <BankImportForm sellerId={sellerId} onImported={() => setRound((n) => n + 1)} />
      {done ? (
        <p className="notice" role="status">
          {t.assigned(done.id, done.customerId ?? '—', formatMoney(euros(done.unallocatedCents)))}
        </p>
      ) : null}
      {chosen ? (
        <AssignPaymentForm
          key={chosen.id}
          payment={chosen}
          onCancel={() => setChosen(undefined)}
          onAssigned={(assigned) => {
            setChosen(undefined);
            setDone(assigned);
            setRound((n) => n + 1);
          }}
        />
      ) : null}
      <section className="card" aria-labelledby="unmatched">
        <h2 id="unmatched">{t.queue}</h2>
        <p className="muted">{t.queueHint}</p>
        <DataTable<UnmatchedPayment>
          label={t.queue}
          columns={columns}
          rowKey={(p) => p.id}
          deps={[sellerId, round]}
          load={({ limit, offset, search, sort, order }) =>
            api.get<Items<UnmatchedPayment>>('/back-office/collections/unmatched-payments', {
              sellerId: sellerId || undefined,
              search: search || undefined,
              sort,
              order: sort ? order : undefined,
              limit,
              offset,
            })
          }
        />
      </section>
    </>
  );
}

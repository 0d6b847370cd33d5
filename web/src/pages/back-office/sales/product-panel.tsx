import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate, formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { Product } from './sales-types.ts';
import { euros, parseEuros } from './sales-types.ts';

interface Scheduled {
  readonly changed: boolean;
  readonly told: readonly string[];
  readonly notice: { value: boolean; because: readonly string[] };
}

const texts = {
  nl: {
    product: 'Product',
    kind: 'Soort',
    unit: 'Per',
    today: 'Prijs vandaag',
    retired: 'Uit verkoop sinds',
    prices: 'Prijzen door de tijd',
    from: 'Vanaf',
    amount: 'Prijs excl. btw',
    announced: 'Aangekondigd op',
    change: 'Prijswijziging',
    newAmount: 'Nieuwe prijs excl. btw (€)',
    effectiveFrom: 'Ingangsdatum',
    noticeDays: 'Aankondigingstermijn (dagen)',
    schedule: 'Prijs plannen',
    scheduled: (n: number) => `Prijs gepland; ${n} klant(en) krijgen bericht.`,
    inTime: 'Op tijd aangekondigd',
    late: 'Te laat aangekondigd',
    retire: 'Uit verkoop nemen',
    retireOn: 'Uit verkoop per',
    reason: 'Reden',
    retiredDone: 'Het product is uit verkoop genomen.',
    notAmount: 'is geen bedrag',
    current: 'geldt nu',
    close: 'Sluiten',
  },
  en: {
    product: 'Product',
    kind: 'Kind',
    unit: 'Per',
    today: 'Price today',
    retired: 'Retired since',
    prices: 'Prices over time',
    from: 'From',
    amount: 'Price excl. VAT',
    announced: 'Announced on',
    change: 'Price change',
    newAmount: 'New price excl. VAT (€)',
    effectiveFrom: 'Effective from',
    noticeDays: 'Notice period (days)',
    schedule: 'Schedule price',
    scheduled: (n: number) => `Price scheduled; ${n} customer(s) are told.`,
    inTime: 'Announced in time',
    late: 'Announced too late',
    retire: 'Retire',
    retireOn: 'Retire from',
    reason: 'Reason',
    retiredDone: 'The product is retired.',
    notAmount: 'is not an amount',
    current: 'in force',
    close: 'Close',
  },
};

/** One product's price list over time, a dated price change (bit:5.2, vn:7.4) and retiring it (vn:2.2.3). */
export function ProductPanel({
  productId,
  onChanged,
  onClose,
}: {
  productId: string;
  onChanged: () => void;
  onClose: () => void;
}) {
  const t = useTexts(texts);
  const product = useApi(() => api.get<Product>(`/products/${productId}`), [productId]);
  const [amount, setAmount] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [noticeDays, setNoticeDays] = useState('30');
  const [retireOn, setRetireOn] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [scheduled, setScheduled] = useState<Scheduled>();
  const [retired, setRetired] = useState(false);

  const schedule = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setScheduled(undefined);
    const cents = parseEuros(amount);
    if (cents === undefined) {
      setError(
        new ApiError({
          type: 'about:blank',
          title: t.change,
          status: 400,
          detail: '',
          errors: [{ field: 'amountCents', problem: t.notAmount }],
        }),
      );
      return;
    }
    try {
      const answer = await api.post<Scheduled>(`/products/${productId}/prices`, {
        amountCents: cents,
        effectiveFrom,
        ...(noticeDays.trim() ? { minimumNoticeDays: Number(noticeDays) } : {}),
      });
      setScheduled(answer);
      product.reload();
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  };

  const retire = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api.post(`/products/${productId}/retire`, {
        ...(retireOn ? { on: retireOn } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      setRetired(true);
      product.reload();
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  };

  const p = product.data;
  const inForce = p ? p.prices.filter((price) => price.effectiveFrom <= p.asOf).at(-1) : undefined;
  return (
    <section className="card" aria-labelledby="product-detail">
      <div className="sales-row">
        <h2 id="product-detail">
          {t.product} {p ? `${p.code} — ${p.name}` : productId}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <ProblemBanner error={product.error} />
      {p ? (
        <>
          <dl className="facts">
            <dt>{t.kind}</dt>
            <dd>{p.kind}</dd>
            <dt>{t.unit}</dt>
            <dd>{p.unit}</dd>
            <dt>{t.today}</dt>
            <dd>
              {p.priceToday ? formatMoney(euros(p.priceToday.value)) : '—'}{' '}
              {p.priceToday ? <span className="rule">{p.priceToday.because.join(' ')}</span> : null}
            </dd>
            {p.retiredOn ? (
              <>
                <dt>{t.retired}</dt>
                <dd className="warn">{formatDate(p.retiredOn)}</dd>
              </>
            ) : null}
          </dl>
          <h3>{t.prices}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.from}</th>
                <th scope="col" className="num">
                  {t.amount}
                </th>
                <th scope="col">{t.announced}</th>
              </tr>
            </thead>
            <tbody>
              {p.prices.map((price) => (
                <tr key={price.effectiveFrom}>
                  <td>
                    {formatDate(price.effectiveFrom)}
                    {price === inForce ? <span className="badge good"> {t.current}</span> : null}
                  </td>
                  <td className="num">{formatMoney(euros(price.amountCents))}</td>
                  <td>{formatDate(price.announcedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ProblemBanner error={error} />
          {scheduled ? (
            <p className="notice" role="status">
              {t.scheduled(scheduled.told.length)}{' '}
              <span className={scheduled.notice.value ? 'good' : 'bad'}>
                {scheduled.notice.value ? `✓ ${t.inTime}` : `✗ ${t.late}`}
              </span>{' '}
              <span className="rule">{scheduled.notice.because.join(' ')}</span>
            </p>
          ) : null}
          {retired ? (
            <p className="notice" role="status">
              {t.retiredDone}
            </p>
          ) : null}
          {p.retiredOn ? null : (
            <>
              <h3 id="price-change">{t.change}</h3>
              <form className="row" onSubmit={schedule} aria-labelledby="price-change">
                <label>
                  {t.newAmount}
                  <input
                    inputMode="decimal"
                    value={amount}
                    onChange={(e) => setAmount(e.target.value)}
                    required
                  />
                </label>
                <label>
                  {t.effectiveFrom}
                  <input
                    type="date"
                    value={effectiveFrom}
                    onChange={(e) => setEffectiveFrom(e.target.value)}
                    required
                  />
                </label>
                <label>
                  {t.noticeDays}
                  <input
                    type="number"
                    min={0}
                    value={noticeDays}
                    onChange={(e) => setNoticeDays(e.target.value)}
                  />
                </label>
                <button type="submit">{t.schedule}</button>
              </form>
              <h3 id="retire-product">{t.retire}</h3>
              <form className="row" onSubmit={retire} aria-labelledby="retire-product">
                <label>
                  {t.retireOn}
                  <input type="date" value={retireOn} onChange={(e) => setRetireOn(e.target.value)} />
                </label>
                <label>
                  {t.reason}
                  <input value={reason} onChange={(e) => setReason(e.target.value)} />
                </label>
                <button type="submit" className="danger">
                  {t.retire}
                </button>
              </form>
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../api/session.tsx';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import { CustomerPicker } from './customer-picker.tsx';
import type { Items, OfferTerms, Product, QuoteItem } from './sales-types.ts';
import { euros, eurosInput, parseEuros } from './sales-types.ts';
import { SellerPicker } from './seller-picker.tsx';

const texts = {
  nl: {
    title: 'Nieuwe offerte',
    product: 'Product',
    noProduct: '— zonder product —',
    contractKind: 'Soort contract',
    service: 'Dienst',
    description: 'Omschrijving',
    termMonths: 'Looptijd (maanden)',
    recurring: 'Periodiek bedrag excl. btw (€)',
    oneTime: 'Eenmalig bedrag excl. btw (€)',
    total: 'Totaal van de order incl. btw (€)',
    binding: 'Bindend aanbod (anders vrijblijvend)',
    validUntil: 'Geldig tot',
    make: 'Offerte maken',
    notAmount: 'is geen bedrag',
    made: (id: string, total: string) => `Offerte ${id} gemaakt (${total} incl. btw).`,
    kinds: {
      'fixed-term': 'Bepaalde tijd',
      indefinite: 'Onbepaalde tijd',
      domain: 'Domeinnaam',
      'third-party': 'Derden',
    },
  },
  en: {
    title: 'New quote',
    product: 'Product',
    noProduct: '— no product —',
    contractKind: 'Contract kind',
    service: 'Service',
    description: 'Description',
    termMonths: 'Term (months)',
    recurring: 'Recurring amount excl. VAT (€)',
    oneTime: 'One-time amount excl. VAT (€)',
    total: 'Order total incl. VAT (€)',
    binding: 'Binding offer (else non-binding)',
    validUntil: 'Valid until',
    make: 'Make quote',
    notAmount: 'is not an amount',
    made: (id: string, total: string) => `Quote ${id} made (${total} incl. VAT).`,
    kinds: {
      'fixed-term': 'Fixed term',
      indefinite: 'Indefinite',
      domain: 'Domain name',
      'third-party': 'Third party',
    },
  },
};

const SERVICES: readonly OfferTerms['service'][] = [
  'access',
  'link',
  'colocation',
  'hosting',
  'domain',
  'other',
];
const KINDS: readonly OfferTerms['contractKind'][] = ['fixed-term', 'indefinite', 'domain', 'third-party'];
/** The product kinds a quote names as its service; any other kind is "other". */
const serviceOf = (kind: string): OfferTerms['service'] =>
  (SERVICES as readonly string[]).includes(kind) ? (kind as OfferTerms['service']) : 'other';

/** A quote for a customer from the seller's products (bit:2.1, vn:1.4.1: non-binding unless stated). */
export function NewQuoteForm({ onMade }: { onMade: (quote: QuoteItem | { id: string }) => void }) {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? 'bit');
  const [customerId, setCustomerId] = useState('');
  const [productId, setProductId] = useState('');
  const [contractKind, setContractKind] = useState<OfferTerms['contractKind']>('fixed-term');
  const [service, setService] = useState<OfferTerms['service']>('access');
  const [description, setDescription] = useState('');
  const [termMonths, setTermMonths] = useState('12');
  const [recurring, setRecurring] = useState('');
  const [oneTime, setOneTime] = useState('0,00');
  const [total, setTotal] = useState('');
  const [binding, setBinding] = useState(false);
  const [validUntil, setValidUntil] = useState('');
  const [error, setError] = useState<unknown>();
  const [made, setMade] = useState<string>();
  const [busy, setBusy] = useState(false);

  const products = useApi(
    () => api.get<Items<Product>>('/back-office/sales/products', { sellerId, retired: false, limit: 200 }),
    [sellerId],
  );

  const chooseProduct = (id: string) => {
    setProductId(id);
    const product = products.data?.items.find((p) => p.id === id);
    if (!product) return;
    setDescription(product.name);
    setService(serviceOf(product.kind));
    if (product.priceToday) setRecurring(eurosInput(product.priceToday.value));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setMade(undefined);
    const amounts = {
      recurring: parseEuros(recurring),
      oneTime: parseEuros(oneTime),
      total: parseEuros(total),
    };
    const wrong = Object.entries(amounts)
      .filter(([, cents]) => cents === undefined)
      .map(([field]) => ({ field: `terms.${field}`, problem: t.notAmount }));
    if (wrong.length > 0) {
      setError(new ApiError({ type: 'about:blank', title: t.make, status: 400, detail: '', errors: wrong }));
      return;
    }
    const terms: OfferTerms = {
      contractKind,
      service,
      description,
      termMonths: termMonths.trim() === '' ? null : Number(termMonths),
      paymentTermMonths: null,
      recurringCents: amounts.recurring!,
      oneTimeCents: amounts.oneTime!,
      orderTotalInclVatCents: amounts.total!,
      ...(productId ? { productId } : {}),
    };
    setBusy(true);
    try {
      const quote = await api.post<{ id: string; terms: OfferTerms }>('/quotes', {
        sellerId,
        customerId,
        terms,
        binding,
        ...(validUntil ? { validUntil } : {}),
      });
      setMade(t.made(quote.id, formatMoney(euros(quote.terms.orderTotalInclVatCents))));
      onMade(quote);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="new-quote">
      <h2 id="new-quote">{t.title}</h2>
      <form className="stack sales-wide" onSubmit={submit} aria-labelledby="new-quote">
        <div className="grid">
          <SellerPicker value={sellerId} onChange={setSellerId} limitedTo={user?.sellerId} />
          <CustomerPicker value={customerId} onChange={setCustomerId} />
          <label>
            {t.product}
            <select value={productId} onChange={(e) => chooseProduct(e.target.value)}>
              <option value="">{t.noProduct}</option>
              {products.data?.items.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.code} — {p.name}
                  {p.priceToday ? ` (${formatMoney(euros(p.priceToday.value))})` : ''}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.contractKind}
            <select
              value={contractKind}
              onChange={(e) => setContractKind(e.target.value as OfferTerms['contractKind'])}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.service}
            <select value={service} onChange={(e) => setService(e.target.value as OfferTerms['service'])}>
              {SERVICES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.description}
            <input value={description} onChange={(e) => setDescription(e.target.value)} required />
          </label>
          <label>
            {t.termMonths}
            <input
              type="number"
              min={1}
              max={1200}
              value={termMonths}
              onChange={(e) => setTermMonths(e.target.value)}
            />
          </label>
          <label>
            {t.recurring}
            <input
              inputMode="decimal"
              value={recurring}
              onChange={(e) => setRecurring(e.target.value)}
              required
            />
          </label>
          <label>
            {t.oneTime}
            <input
              inputMode="decimal"
              value={oneTime}
              onChange={(e) => setOneTime(e.target.value)}
              required
            />
          </label>
          <label>
            {t.total}
            <input inputMode="decimal" value={total} onChange={(e) => setTotal(e.target.value)} required />
          </label>
          <label>
            {t.validUntil}
            <input type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
          </label>
          <label className="check">
            <input type="checkbox" checked={binding} onChange={(e) => setBinding(e.target.checked)} />
            {t.binding}
          </label>
        </div>
        <ProblemBanner error={error} />
        {made ? (
          <p className="notice" role="status">
            {made}
          </p>
        ) : null}
        <div>
          <button type="submit" disabled={busy || !customerId}>
            {t.make}
          </button>
        </div>
      </form>
    </section>
  );
}

import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { contractDatesDue } from '../../back-office/use-cases/contract-dates-due.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { queryRows } from '../../platform/database/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { findShippedProfile } from '../../terms/index.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { staleContractDates, writeContractDates } from '../contract-dates-store.ts';
import { contractDates } from '../rules/contract-dates.ts';
import type { OfferTerms } from '../rules/offer-terms.ts';
import { createQuote } from './create-quote.ts';
import { listContracts } from './get-contract.ts';
import { giveNotice } from './give-notice.ts';
import { loadContract } from './load-contract.ts';
import { placeOrder } from './place-order.ts';
import { publishTermsVersion } from './publish-terms-version.ts';
import { recordOrderAction } from './record-order-action.ts';
import { refreshContractDates } from './refresh-contract-dates.ts';

const d = (text: string) => Temporal.PlainDate.from(text);
const fixedTerm: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'colocation',
  description: '1U colocation, Ede',
  termMonths: 3,
  paymentTermMonths: null,
  recurringCents: 30_000,
  oneTimeCents: 0,
  orderTotalInclVatCents: 36_300,
};
const indefinite: OfferTerms = {
  ...fixedTerm,
  contractKind: 'indefinite',
  description: 'VPS',
  termMonths: null,
};

/**
 * The home page's contract section as it was computed before the cache: every contract's timeline
 * through the contracts list, filtered and sorted in code. The cache must answer exactly this.
 */
async function sectionComputedInFull(db: Db, sellerId: string | undefined, today: Temporal.PlainDate) {
  const from = today.toString();
  const until = today.add({ days: 30 }).toString();
  const within = (date: string | null | undefined): date is string =>
    typeof date === 'string' && date >= from && date <= until;
  const items = [];
  for (const contract of await listContracts(db, today)) {
    if (sellerId !== undefined && contract.sellerId !== sellerId) continue;
    const { timeline } = contract;
    const item = (detail: string, date: string) => ({
      id: contract.id,
      sellerId: contract.sellerId,
      customerId: contract.customerId,
      customerName: null,
      date,
      amount: null,
      detail,
      reference: contract.terms.description,
    });
    if (timeline.status === 'ended') continue;
    if (within(timeline.noticeDeadline)) items.push(item('notice-deadline', timeline.noticeDeadline));
    if (timeline.status === 'running' && timeline.effectiveEnd === null && timeline.currentTerm) {
      const renewal = d(timeline.currentTerm.end).add({ days: 1 }).toString();
      if (within(renewal)) items.push(item('renewal', renewal));
    }
    if (timeline.status === 'ending' && within(timeline.effectiveEnd))
      items.push(item('effective-end', timeline.effectiveEnd));
  }
  items.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { count: items.length, items: items.slice(0, 5) };
}

interface CacheRow {
  computed_for: string | null;
  valid_until: string | null;
  generation: string | number;
}

describeEachStore('the contract_dates cache behind the home page', (database) => {
  const db = () => database().db;
  const on = (date: string): Context => ({
    db: db(),
    clock: fixedClock(d(date)),
    actor: { id: 'test', origin: 'test' },
  });
  const rowOf = async (contractId: string) =>
    (
      await queryRows<CacheRow>(
        db(),
        sql`SELECT computed_for::text, valid_until::text, generation FROM contract_dates WHERE contract_id = ${contractId}`,
      )
    )[0]!;
  /** A contract formed on `day` + 2 by confirmation (bit:2.3), or by acceptance on a signed form (vn:1.5.2). */
  const aContract = async (
    sellerId: 'bit' | 'vitrumnet',
    terms: OfferTerms,
    day: string,
    customerId = 'CD-1',
  ) => {
    const quote = await createQuote(on(day), { sellerId, customerId, terms });
    const order = await placeOrder(on(day), { quoteId: quote.id });
    const next = d(day).add({ days: 2 }).toString();
    if (sellerId === 'bit') {
      const { contract } = await recordOrderAction(on(next), { orderId: order.id, action: 'confirm' });
      return { contractId: contract!.id, orderId: order.id };
    }
    await recordOrderAction(on(next), { orderId: order.id, action: 'record-signed-form' });
    const { contract } = await recordOrderAction(on(next), { orderId: order.id, action: 'accept' });
    return { contractId: contract!.id, orderId: order.id };
  };

  let contracts: { contractId: string; orderId: string }[] = [];
  beforeAll(async () => {
    await seedCustomers(db(), ['CD-1', 'CD-2']);
    contracts = [
      await aContract('bit', fixedTerm, '2026-01-05'),
      await aContract('bit', fixedTerm, '2026-02-20', 'CD-2'),
      await aContract('bit', indefinite, '2026-01-12'),
      await aContract('vitrumnet', { ...fixedTerm, termMonths: 12 }, '2026-01-20', 'CD-2'),
      await aContract('vitrumnet', { ...fixedTerm, termMonths: 1 }, '2026-03-03'),
    ];
    await recordOrderAction(on('2026-02-01'), { orderId: contracts[0]!.orderId, action: 'activate' });
    await giveNotice(on('2026-03-10'), {
      contractId: contracts[1]!.contractId,
      by: 'customer',
      channel: 'email',
    });
  });

  it('adds a stale row with every new contract', async () => {
    const rows = await Promise.all(contracts.map(({ contractId }) => rowOf(contractId)));
    expect(rows.every((row) => row.computed_for === null)).toBe(true);
  });

  it('answers the home page exactly as the full computation, day after day, for all sellers and one', async () => {
    const days: Temporal.PlainDate[] = [];
    for (
      let day = d('2026-03-10');
      Temporal.PlainDate.compare(day, d('2027-08-01')) < 0;
      day = day.add({ days: 9 })
    )
      days.push(day);
    // From the day the last order fact was recorded: the rules refuse facts dated after the day
    // asked (a signed form not yet received), with or without the cache. The clock going back (a
    // rehearsal --as-of) recomputes too.
    days.push(d('2026-03-20'), d('2026-12-31'), d('2026-04-30'));
    for (const day of days) {
      for (const sellerId of [undefined, 'bit', 'vitrumnet']) {
        const expected = await sectionComputedInFull(db(), sellerId, day);
        expect(await contractDatesDue(db(), sellerId, day), `${day.toString()} ${sellerId}`).toEqual(
          expected,
        );
      }
    }
    expect(days.length).toBeGreaterThan(50);
  });

  it('recomputes a row lazily: nothing before its valid_until, that row on it', async () => {
    const today = d('2026-06-10');
    await refreshContractDates(db(), today);
    expect(await refreshContractDates(db(), today)).toEqual({ stale: 0, refreshed: 0, refused: [] });
    const { contractId } = contracts[0]!;
    const row = await rowOf(contractId);
    expect(row.computed_for).toBe('2026-06-10');
    const validUntil = d(row.valid_until!);
    expect(Temporal.PlainDate.compare(validUntil, today)).toBeGreaterThan(0);
    const others = await Promise.all(contracts.map((c) => rowOf(c.contractId)));
    const earliest = others
      .map((r) => r.valid_until)
      .filter((v) => v !== null)
      .sort()[0]!;
    const dayBefore = d(earliest).subtract({ days: 1 });
    if (Temporal.PlainDate.compare(dayBefore, today) > 0)
      expect(await refreshContractDates(db(), dayBefore)).toEqual({ stale: 0, refreshed: 0, refused: [] });
    const report = await refreshContractDates(db(), validUntil);
    expect(report.refreshed).toBeGreaterThanOrEqual(1);
    expect((await rowOf(contractId)).computed_for).toBe(validUntil.toString());
  });

  it('marks a row stale when an event is added, in the same transaction, and shows the ending after', async () => {
    const today = d('2026-07-01');
    await refreshContractDates(db(), today);
    const { contractId } = contracts[3]!;
    const before = await rowOf(contractId);
    expect(before.computed_for).not.toBeNull();
    await giveNotice(on('2026-07-01'), { contractId, by: 'customer', channel: 'post' });
    const after = await rowOf(contractId);
    expect(after.computed_for).toBeNull();
    expect(Number(after.generation)).toBe(Number(before.generation) + 1);
    expect(await contractDatesDue(db(), 'vitrumnet', today)).toEqual(
      await sectionComputedInFull(db(), 'vitrumnet', today),
    );
  });

  it('marks a row stale when an order fact is recorded after the contract formed', async () => {
    const { contractId, orderId } = contracts[4]!;
    await refreshContractDates(db(), d('2026-07-02'));
    expect((await rowOf(contractId)).computed_for).not.toBeNull();
    await recordOrderAction(on('2026-07-02'), { orderId, action: 'activate' });
    expect((await rowOf(contractId)).computed_for).toBeNull();
  });

  it('lets a refresh that read the facts before a change lose to it', async () => {
    const today = d('2026-07-03');
    await refreshContractDates(db(), today.subtract({ days: 1 }));
    const { contractId } = contracts[2]!;
    await db().execute(sql`UPDATE contract_dates SET computed_for = NULL WHERE contract_id = ${contractId}`);
    const [read] = await staleContractDates(db(), today.toString(), {
      sellerId: undefined,
      after: null,
      limit: 10,
    });
    expect(read?.contractId).toBe(contractId);
    const loaded = await loadContract(db(), contractId, today);
    const computed = contractDates(
      {
        ...loaded,
        order: loaded.facts.order,
        customerKind: loaded.facts.customerKind,
        terms: loaded.order.terms,
      },
      today,
    );
    // Meanwhile, another clerk records notice: the computed dates are out of date.
    await giveNotice(on('2026-07-03'), { contractId, by: 'seller', channel: 'post' });
    expect(await writeContractDates(db(), [{ ...read!, ...computed }])).toBe(0);
    expect((await rowOf(contractId)).computed_for).toBeNull();
    expect(await contractDatesDue(db(), 'bit', today)).toEqual(
      await sectionComputedInFull(db(), 'bit', today),
    );
  });

  it('walks the stale rows in batches, each once', async () => {
    await db().execute(sql`UPDATE contract_dates SET computed_for = NULL`);
    expect(await refreshContractDates(db(), d('2026-07-04'), { batch: 2 })).toEqual({
      stale: contracts.length,
      refreshed: contracts.length,
      refused: [],
    });
    expect(await refreshContractDates(db(), d('2026-07-04'), { batch: 2 })).toEqual({
      stale: 0,
      refreshed: 0,
      refused: [],
    });
  });

  it('fails as the timeline does on facts the rules refuse that day, or leaves them stale for the daily cycle', async () => {
    // vn:1.5.2: on 1 January the signed forms of the VitrumNet contracts had not arrived yet.
    const early = d('2026-01-01');
    await expect(refreshContractDates(db(), early)).rejects.toThrow(/signedForm/);
    const report = await refreshContractDates(db(), early, { skipRefused: true });
    expect(report.refused).toEqual([contracts[3]!.contractId, contracts[4]!.contractId]);
    const stale = await staleContractDates(db(), '2026-01-01', {
      sellerId: 'vitrumnet',
      after: null,
      limit: 10,
    });
    expect(stale.map((row) => row.contractId)).toEqual(report.refused);
  });

  it('marks every row stale when a terms version is published (vn:1.1.4), and answers under it after', async () => {
    const today = d('2026-08-01');
    await refreshContractDates(db(), today);
    const vitrumnet = findShippedProfile('vitrumnet-2.5-2018-04-15')!;
    const next = {
      ...vitrumnet,
      id: 'vitrumnet-2.6-2026-08-01',
      version: '2.6',
      publishedOn: '2026-08-01',
      contracts: {
        ...vitrumnet.contracts,
        fixedTerm: { ...vitrumnet.contracts.fixedTerm!, notice: { months: 3, days: 0 } },
      },
    };
    await publishTermsVersion(on('2026-08-01'), { document: next, supersedes: vitrumnet.id });
    const rows = await Promise.all(contracts.map(({ contractId }) => rowOf(contractId)));
    expect(rows.every((row) => row.computed_for === null)).toBe(true);
    for (const day of ['2026-08-01', '2026-09-01', '2026-09-15', '2026-12-20']) {
      expect(await contractDatesDue(db(), undefined, d(day))).toEqual(
        await sectionComputedInFull(db(), undefined, d(day)),
      );
    }
  });
});

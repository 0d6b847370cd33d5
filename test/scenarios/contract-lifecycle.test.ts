import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import {
  agreeDeviation,
  cancelContract,
  createQuote,
  dissolveContract,
  formDueContracts,
  getContract,
  giveNotice,
  placeOrder,
  recordOrderAction,
  sendNoticeOfDefault,
  terminateContract,
  transferContract,
} from '../../src/contracts/index.ts';
import type { OfferTerms } from '../../src/contracts/index.ts';
import { auditTrailOf } from '../../src/platform/audit/index.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Context } from '../../src/platform/context.ts';
import { ConflictError, InvalidInputError } from '../../src/shared/errors/index.ts';
import { describeEachStore } from '../support/stores.ts';
import { seedCustomers } from '../support/customers.ts';

// Each scenario moves the clock through the months, calling the use cases as the back office would.
const actor = { id: 'user:anna', origin: 'test' };
const colocation: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'colocation',
  description: '1U colocation, Ede',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 30_000,
  oneTimeCents: 15_000,
  orderTotalInclVatCents: 163_350,
};
const access: OfferTerms = {
  ...colocation,
  service: 'access',
  description: 'Access, Dordrecht',
  termMonths: 24,
};

describeEachStore('a contract from quote to effective end', (database) => {
  beforeAll(() => seedCustomers(database().db, ['CUST-1', 'CUST-2', 'CUST-3', 'CUST-4', 'CUST-5', 'CUST-6']));
  const on = (date: string): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from(date)),
    actor,
  });

  it('BIT: quote, order, the refusal window closes, delivery, notice in time, end of term (bit:2.1, bit:2.3, bit:12.1)', async () => {
    const quote = await createQuote(on('2026-01-02'), {
      profileId: 'bit-2016-10-25',
      customerId: 'CUST-1',
      terms: colocation,
    });
    expect(quote).toMatchObject({ binding: false, validUntil: '2026-02-01', customerKind: 'business' });
    const order = await placeOrder(on('2026-01-05'), { quoteId: quote.id });
    await expect(placeOrder(on('2026-01-06'), { quoteId: quote.id })).rejects.toThrow(/is ordered/);

    // Nobody refuses within 14 days: the daily cycle forms the contract on day 14.
    expect((await formDueContracts(on('2026-01-18'))).formed).toEqual([]);
    const [contractId] = (await formDueContracts(on('2026-01-19'))).formed;
    expect(contractId).toBeDefined();
    await expect(
      recordOrderAction(on('2026-01-20'), { orderId: order.id, action: 'refuse' }),
    ).rejects.toThrow(/the contract formed on 2026-01-19.*Allowed now: confirm, start-execution, activate/);
    await recordOrderAction(on('2026-02-01'), { orderId: order.id, action: 'activate' });

    const running = await getContract(database().db, contractId!, Temporal.PlainDate.from('2026-11-22'));
    expect(running.timeline).toMatchObject({
      status: 'running',
      formedOn: '2026-01-19',
      startsOn: '2026-02-01',
      noticeDeadline: '2026-12-31',
    });
    expect(running.actions.cancel).toMatch(/give notice instead/);

    await expect(cancelContract(on('2026-11-22'), { contractId: contractId! })).rejects.toThrow(
      ConflictError,
    );
    const ending = await giveNotice(on('2026-12-30'), {
      contractId: contractId!,
      by: 'customer',
      channel: 'email',
    });
    expect(ending).toMatchObject({ status: 'ending', effectiveEnd: '2027-01-31', endedBy: 'notice' });
    await expect(
      giveNotice(on('2027-01-02'), { contractId: contractId!, by: 'customer', channel: 'post' }),
    ).rejects.toThrow(/notice was given on 2026-12-30/);
    const ended = await getContract(database().db, contractId!, Temporal.PlainDate.from('2027-02-01'));
    expect(ended.timeline.status).toBe('ended');
    expect(Object.values(ended.actions).every((why) => why !== null)).toBe(true);
    const trail = await auditTrailOf(database().db, { type: 'contract', id: contractId! });
    expect(trail.map((event) => event.action)).toEqual(['contract.formed', 'contract.notice-given']);
  });

  it('BIT: a written deviation and a cancellation before delivery with the 15 % fee (bit:1.1, bit:4.1)', async () => {
    const order = await placeOrder(on('2026-03-02'), {
      profileId: 'bit-2016-10-25',
      customerId: 'CUST-2',
      terms: colocation,
    });
    const { contract } = await recordOrderAction(on('2026-03-03'), { orderId: order.id, action: 'confirm' });
    expect(contract).not.toBeNull();
    const deviated = await agreeDeviation(on('2026-03-04'), {
      contractId: contract!.id,
      parameter: 'contracts.fixedTerm.notice.months',
      value: 3,
      agreedBy: 'J. de Vries, letter of 2026-03-04',
    });
    expect(deviated.entries.some((entry) => entry.event === 'deviation-agreed')).toBe(true);
    await expect(
      agreeDeviation(on('2026-03-04'), {
        contractId: contract!.id,
        parameter: 'payment.termDays',
        value: -5,
        agreedBy: 'x',
      }),
    ).rejects.toThrow(InvalidInputError);
    const cancelled = await cancelContract(on('2026-03-10'), { contractId: contract!.id });
    expect(cancelled).toMatchObject({ status: 'ended', effectiveEnd: '2026-03-10', endedBy: 'cancelled' });
    const view = await getContract(database().db, contract!.id, Temporal.PlainDate.from('2026-03-10'));
    expect(view.events.find((event) => event.kind === 'cancelled')).toMatchObject({ feeCents: 24_503 });
  });

  it('VitrumNet: signed form, acceptance, renewal, transfer, notice under nl:tw7.2a (vn:1.5.2, vn:1.6.1, vn:1.9.1)', async () => {
    const order = await placeOrder(on('2025-01-02'), {
      profileId: 'vitrumnet-2.5-2018-04-15',
      customerId: 'CUST-3',
      terms: access,
    });
    await expect(
      recordOrderAction(on('2025-01-03'), { orderId: order.id, action: 'accept' }),
    ).rejects.toThrow(/signed form is needed first.*Allowed now: refuse, record-signed-form/);
    await recordOrderAction(on('2025-01-03'), { orderId: order.id, action: 'record-signed-form' });
    const { contract } = await recordOrderAction(on('2025-01-06'), { orderId: order.id, action: 'accept' });
    await recordOrderAction(on('2025-02-01'), { orderId: order.id, action: 'activate' });
    const id = contract!.id;

    await expect(
      transferContract(on('2026-05-01'), {
        contractId: id,
        toCustomerId: 'CUST-4',
      }),
    ).rejects.toThrow(/consent: is required/);
    await transferContract(on('2026-05-01'), {
      contractId: id,
      toCustomerId: 'CUST-4',
      consent: { by: 'VitrumNet sales', on: Temporal.PlainDate.from('2026-04-28') },
    });
    const view = await getContract(database().db, id, Temporal.PlainDate.from('2026-11-22'));
    expect(view.customerId).toBe('CUST-4');
    expect(view.timeline.noticeDeadline).toBe('2026-09-30');
    expect(view.actions['agree-deviation']).toMatch(/no clause for written deviations/);

    // After the first term (to 2027-01-31) renewed, an access customer may end on one month's notice.
    const ending = await giveNotice(on('2027-03-10'), { contractId: id, by: 'customer', channel: 'post' });
    expect(ending.effectiveEnd).toBe('2027-04-10');
    expect(ending.entries.at(-1)?.because).toEqual(expect.arrayContaining(['vn:1.6.1', 'nl:tw7.2a']));
  });

  it('VitrumNet: notice of default, dissolution after its term, remaining-term charge (vn:1.6.2, vn:1.6.4)', async () => {
    const order = await placeOrder(on('2026-01-05'), {
      profileId: 'vitrumnet-2.5-2018-04-15',
      customerId: 'CUST-5',
      terms: access,
    });
    await recordOrderAction(on('2026-01-05'), { orderId: order.id, action: 'record-signed-form' });
    const { contract } = await recordOrderAction(on('2026-02-01'), { orderId: order.id, action: 'activate' });
    const id = contract!.id;
    await expect(dissolveContract(on('2026-06-01'), { contractId: id })).rejects.toThrow(
      /send a notice of default/,
    );
    await sendNoticeOfDefault(on('2026-06-01'), {
      contractId: id,
      breach: 'invoice 2026-0042 unpaid',
      termDays: 14,
    });
    await expect(dissolveContract(on('2026-06-15'), { contractId: id })).rejects.toThrow(/until 2026-06-15/);
    const dissolved = await dissolveContract(on('2026-06-16'), { contractId: id });
    expect(dissolved).toMatchObject({ status: 'ended', effectiveEnd: '2026-06-16', endedBy: 'dissolved' });
    const view = await getContract(database().db, id, Temporal.PlainDate.from('2026-06-16'));
    const event = view.events.find((e) => e.kind === 'dissolved');
    expect(event).toMatchObject({ remainingTermChargeCents: expect.any(Number) });
    expect((event as { remainingTermChargeCents: number }).remainingTermChargeCents).toBeGreaterThan(
      5 * 30_000,
    );
    await expect(terminateContract(on('2026-06-20'), { contractId: id, ground: 'death' })).rejects.toThrow(
      /ended on 2026-06-16/,
    );
  });

  it('refuses a ground the terms do not list, naming the ones they do (vn:1.6.3)', async () => {
    const order = await placeOrder(on('2026-01-05'), {
      profileId: 'vitrumnet-2.5-2018-04-15',
      customerId: 'CUST-6',
      terms: access,
    });
    await recordOrderAction(on('2026-01-05'), { orderId: order.id, action: 'record-signed-form' });
    const { contract } = await recordOrderAction(on('2026-01-06'), { orderId: order.id, action: 'accept' });
    await expect(
      terminateContract(on('2026-03-01'), { contractId: contract!.id, ground: 'bored' }),
    ).rejects.toThrow(/ground: 'bored' is not a ground of vn:1\.6\.3; it knows customer-moves/);
    const moved = await terminateContract(on('2026-03-01'), {
      contractId: contract!.id,
      ground: 'customer-moves',
    });
    expect(moved).toMatchObject({ status: 'ended', endedBy: 'terminated' });
    const view = await getContract(database().db, contract!.id, Temporal.PlainDate.from('2026-03-01'));
    const terminated = view.events.find((event) => event.kind === 'terminated');
    // vn:1.6.4: moving is the customer's doing, so the rest of the 12-month term is due.
    expect(terminated).toMatchObject({ ground: 'customer-moves' });
    expect(
      (terminated as { remainingTermChargeCents: number | null }).remainingTermChargeCents,
    ).toBeGreaterThan(0);
  });

  it("charges no remaining term when the service is discontinued: not the customer's doing (vn:1.6.4)", async () => {
    const order = await placeOrder(on('2026-01-05'), {
      profileId: 'vitrumnet-2.5-2018-04-15',
      customerId: 'CUST-6',
      terms: access,
    });
    await recordOrderAction(on('2026-01-05'), { orderId: order.id, action: 'record-signed-form' });
    const { contract } = await recordOrderAction(on('2026-01-06'), { orderId: order.id, action: 'accept' });
    await terminateContract(on('2026-03-01'), { contractId: contract!.id, ground: 'service-discontinued' });
    const view = await getContract(database().db, contract!.id, Temporal.PlainDate.from('2026-03-01'));
    expect(view.events.find((event) => event.kind === 'terminated')).toMatchObject({
      ground: 'service-discontinued',
      remainingTermChargeCents: null,
    });
  });
});

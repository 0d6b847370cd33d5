import { beforeAll, describe, expect, it } from 'vitest';
import { cancelContract, giveNotice, placeOrder, recordOrderAction } from '../../contracts/index.ts';
import type { OfferTerms } from '../../contracts/index.ts';
import { listMessages } from '../../notifications/index.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { pricesOf } from '../store.ts';
import { addProduct } from './add-product.ts';
import { retireProduct } from './retire-product.ts';
import { schedulePrice } from './schedule-price.ts';
import { contextOn, date, refusedFields, seedContact, seedNetworkService } from './test-support.ts';

const colocation: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'colocation',
  description: '1U colocation, Ede',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 300_00,
  oneTimeCents: 0,
  orderTotalInclVatCents: 1452_00,
};

describeEachStore('schedulePrice (bit:5.2, vn:7.4.1–7.4.3)', (database) => {
  const on = (day: string) => contextOn(database().db, day);
  const product = (sellerId: string, code: string, kind: 'colocation' | 'link', firstCents?: number) =>
    addProduct(on('2026-01-02'), {
      sellerId,
      code,
      name: `Product ${code}`,
      kind,
      vatCategory: 'standard',
      ...(firstCents === undefined ? {} : { firstPrice: { amountCents: firstCents } }),
    });
  /** A BIT contract on `productId` for the customer, formed by the seller's confirmation (bit:2.3). */
  const contract = async (customerId: string, productId: string) => {
    const order = await placeOrder(on('2026-03-02'), {
      profileId: 'bit-2016-10-25',
      customerId,
      terms: { ...colocation, productId },
    });
    const { contract } = await recordOrderAction(on('2026-03-03'), { orderId: order.id, action: 'confirm' });
    return contract!.id;
  };
  const messagesAbout = async (productId: string) =>
    (await listMessages(database().db, { about: `product:${productId}` })).map((m) => ({
      customerId: m.customerId,
      recipient: m.recipient,
    }));

  beforeAll(() =>
    seedCustomers(database().db, ['CU-1', 'CU-2', 'CU-3', 'CU-4', 'CU-5', 'CU-6', 'CU-7', 'CU-8', 'CU-9']),
  );

  describe('telling the customers the change reaches', () => {
    let colo: string;
    beforeAll(async () => {
      colo = (await product('bit', 'COLO', 'colocation', 300_00)).id;
      const other = (await product('bit', 'OTHER', 'colocation', 300_00)).id;
      // CU-1 holds two contracts on it and has billing and primary contacts: one message, to billing.
      await contract('CU-1', colo);
      await contract('CU-1', colo);
      await seedContact(database().db, 'CU-1', ['primary'], 'owner@cu-1.example');
      await seedContact(database().db, 'CU-1', ['billing', 'technical'], 'invoices@cu-1.example');
      // CU-2's contract ended (bit:4.1): not told.
      await cancelContract(on('2026-03-10'), { contractId: await contract('CU-2', colo) });
      // CU-3's contract is on another product: not told.
      await contract('CU-3', other);
      // CU-4 has an open network service of it, and a commercial contact.
      await seedNetworkService(database().db, 'CU-4', colo, 'active');
      await seedContact(database().db, 'CU-4', ['technical'], 'noc@cu-4.example');
      await seedContact(database().db, 'CU-4', ['commercial'], 'sales@cu-4.example');
      // CU-5's service of it is closed: not told.
      await seedNetworkService(database().db, 'CU-5', colo, 'closed');
      // CU-7 has no contacts: its own address is used.
      await contract('CU-7', colo);
    });

    it('queues one price-change message per affected customer, with old and new price', async () => {
      const scheduled = await schedulePrice(on('2026-11-22'), {
        productId: colo,
        amountCents: 330_00,
        effectiveFrom: date('2027-01-01'),
      });
      expect(scheduled).toMatchObject({
        productId: colo,
        price: { effectiveFrom: '2027-01-01', amountCents: 330_00, announcedOn: '2026-11-22' },
        previousCents: 300_00,
        changed: true,
        told: ['CU-1', 'CU-4', 'CU-7'],
        notice: {
          value: true,
          because: ['bit:5.2'],
          figures: { noticeDays: 40, minimumNoticeDays: 0, latestAnnouncement: '2026-12-31' },
        },
      });
      expect(await messagesAbout(colo)).toEqual([
        { customerId: 'CU-1', recipient: 'invoices@cu-1.example' },
        { customerId: 'CU-4', recipient: 'sales@cu-4.example' },
        { customerId: 'CU-7', recipient: 'cu-7@customer.example' },
      ]);
      const [message] = await listMessages(database().db, { customerId: 'CU-1', about: `product:${colo}` });
      expect(scheduled.messageIds).toHaveLength(3);
      expect(scheduled.messageIds).toContain(message!.id);
      expect(message).toMatchObject({
        kind: 'price-change',
        channel: 'email',
        state: 'pending',
        because: ['bit:5.2'],
        subject: 'Price change for Product COLO (COLO) from 2027-01-01',
        payload: {
          kind: 'price-change',
          productId: colo,
          previousCents: 300_00,
          amountCents: 330_00,
          effectiveFrom: '2027-01-01',
          inTime: true,
        },
      });
      expect(message!.body).toContain('Until then: € 300,00 per quarter, excl. VAT.');
      expect(message!.body).toContain('From 2027-01-01: € 330,00 per quarter, excl. VAT.');
      const trail = await auditTrailOf(database().db, { type: 'product', id: colo });
      expect(trail.at(-1)).toMatchObject({
        action: 'product.priceScheduled',
        details: { effectiveFrom: '2027-01-01', previousCents: 300_00, told: ['CU-1', 'CU-4', 'CU-7'] },
      });
    });

    it('tells the holder of a contract under notice of a change before its end, not after it', async () => {
      const ending = (await product('bit', 'ENDING', 'colocation', 200_00)).id;
      const contractId = await contract('CU-9', ending);
      const timeline = await giveNotice(on('2026-11-22'), { contractId, by: 'customer', channel: 'post' });
      expect(timeline).toMatchObject({ status: 'ending', effectiveEnd: '2027-03-02' });
      const beforeEnd = await schedulePrice(on('2026-11-22'), {
        productId: ending,
        amountCents: 210_00,
        effectiveFrom: date('2027-03-01'),
      });
      expect(beforeEnd.told).toEqual(['CU-9']);
      const afterEnd = await schedulePrice(on('2026-11-22'), {
        productId: ending,
        amountCents: 220_00,
        effectiveFrom: date('2027-03-03'),
      });
      expect(afterEnd).toMatchObject({ changed: true, told: [], messageIds: [] });
    });

    it('schedules a change with short notice, answering that it was not in time', async () => {
      const short = await schedulePrice(on('2026-11-22'), {
        productId: colo,
        amountCents: 320_00,
        effectiveFrom: date('2026-12-02'),
        minimumNoticeDays: 30,
      });
      expect(short.notice).toEqual({
        value: false,
        because: ['bit:5.2'],
        figures: {
          effectiveFrom: '2026-12-02',
          announcedOn: '2026-11-22',
          noticeDays: 10,
          minimumNoticeDays: 30,
          latestAnnouncement: '2026-11-02',
        },
      });
      expect(short.told).toEqual(['CU-1', 'CU-4', 'CU-7']);
      const [message] = await listMessages(database().db, {
        customerId: 'CU-4',
        about: `product:${colo}`,
      }).then((rows) => rows.filter((row) => row.payload.effectiveFrom === '2026-12-02'));
      expect(message?.payload.inTime).toBe(false);
    });

    it('tells nobody of a price that changes nothing', async () => {
      const before = (await messagesAbout(colo)).length;
      const repeat = await schedulePrice(on('2026-11-22'), {
        productId: colo,
        amountCents: 330_00,
        effectiveFrom: date('2027-07-01'),
      });
      expect(repeat).toMatchObject({ previousCents: 330_00, changed: false, told: [], messageIds: [] });
      expect(await messagesAbout(colo)).toHaveLength(before);
    });
  });

  it('cites VitrumNet’s own articles, and tells nobody of a first price', async () => {
    const link = (await product('vitrumnet', 'LINK', 'link')).id;
    await seedNetworkService(database().db, 'CU-8', link, 'active');
    const first = await schedulePrice(on('2026-11-22'), {
      productId: link,
      amountCents: 90_00,
      effectiveFrom: date('2026-11-22'),
    });
    expect(first).toMatchObject({ previousCents: null, changed: false, told: [] });
    const next = await schedulePrice(on('2026-11-22'), {
      productId: link,
      amountCents: 95_00,
      effectiveFrom: date('2027-01-01'),
    });
    expect(next).toMatchObject({ told: ['CU-8'], notice: { because: ['vn:7.4.1', 'vn:7.4.3'] } });
    const [message] = await listMessages(database().db, { about: `product:${link}` });
    expect(message).toMatchObject({ customerId: 'CU-8', because: ['vn:7.4.1', 'vn:7.4.3'] });
  });

  describe('refusals, writing nothing', () => {
    let productId: string;
    beforeAll(async () => {
      productId = (await product('bit', 'REFUSE', 'colocation', 100_00)).id;
      await contract('CU-6', productId);
    });
    const listed = async () => (await pricesOf(database().db, productId)).map((p) => p.effectiveFrom);

    it('refuses a price before today: prices are never changed backwards', async () => {
      expect(
        await refusedFields(
          schedulePrice(on('2026-11-22'), { productId, amountCents: 1, effectiveFrom: date('2026-11-21') }),
        ),
      ).toEqual(['effectiveFrom']);
    });

    it('names every bad field at once', async () => {
      expect(
        await refusedFields(
          schedulePrice(on('2026-11-22'), {
            productId,
            amountCents: -5,
            effectiveFrom: date('2027-01-01'),
            minimumNoticeDays: 1.5,
          }),
        ),
      ).toEqual(['amountCents', 'minimumNoticeDays']);
    });

    it('refuses a second price on a listed date as a conflict', async () => {
      await schedulePrice(on('2026-11-22'), {
        productId,
        amountCents: 110_00,
        effectiveFrom: date('2027-02-01'),
      });
      const again = schedulePrice(on('2026-11-22'), {
        productId,
        amountCents: 120_00,
        effectiveFrom: date('2027-02-01'),
      });
      await expect(again).rejects.toThrow(ConflictError);
      await expect(again).rejects.toThrow(/a price from 2027-02-01 is already listed \(110\.00\)/);
    });

    it('refuses a change of the price in force effective today, but not a repeat of it', async () => {
      const before = await listMessages(database().db, { customerId: 'CU-6' });
      const today = schedulePrice(on('2026-11-22'), {
        productId,
        amountCents: 105_00,
        effectiveFrom: date('2026-11-22'),
      });
      await expect(today).rejects.toThrow(ConflictError);
      await expect(today).rejects.toThrow(/schedule it from 2026-11-23 at the earliest/);
      expect(await listMessages(database().db, { customerId: 'CU-6' })).toEqual(before);
      expect(await listed()).not.toContain('2026-11-22');
      const repeat = await schedulePrice(on('2026-11-22'), {
        productId,
        amountCents: 100_00,
        effectiveFrom: date('2026-11-22'),
      });
      expect(repeat).toMatchObject({ changed: false, told: [] });
    });

    it('refuses a price from the day a product is retired on', async () => {
      await retireProduct(on('2026-11-22'), { productId, on: date('2027-06-01') });
      const retired = schedulePrice(on('2026-11-22'), {
        productId,
        amountCents: 130_00,
        effectiveFrom: date('2027-06-01'),
      });
      await expect(retired).rejects.toThrow(ConflictError);
      await expect(retired).rejects.toThrow(/is retired from 2027-06-01/);
      expect(await listed()).not.toContain('2027-06-01');
      const before = await schedulePrice(on('2026-11-22'), {
        productId,
        amountCents: 125_00,
        effectiveFrom: date('2027-05-01'),
      });
      expect(before.told).toEqual(['CU-6']);
    });

    it('refuses an unknown product', async () => {
      await expect(
        schedulePrice(on('2026-11-22'), {
          productId: 'P-999',
          amountCents: 1,
          effectiveFrom: date('2027-01-01'),
        }),
      ).rejects.toThrow(new NotFoundError('product', 'P-999'));
    });
  });
});

import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { getNetworkOrder } from './get-network-order.ts';
import { operatorContext, providerContext, seedNap } from './network-order-test-support.ts';
import { recordActivationPayment } from './record-activation-payment.ts';
import { recordNetworkOrderStep } from './record-network-order-step.ts';
import { submitNetworkOrder } from './submit-network-order.ts';
import { waiveActivationPayment } from './waive-activation-payment.ts';

const day = (text: string) => Temporal.PlainDate.from(text);

describeEachStore('the activation gate of network orders (vn:2.1.4, vn:2.2.6, vn:6.2.1)', (database) => {
  const db = () => database().db;
  const operator = () => operatorContext(db());
  let nap = '';
  beforeAll(async () => {
    await seedCustomers(db(), ['CU-PAY']);
    nap = await seedNap(db(), 'CU-PAY');
  });
  /** An access order of the operator's own, taken up to `released`. */
  const released = async () => {
    const { id: orderId } = await submitNetworkOrder(operator(), {
      kind: 'access',
      customerId: 'CU-PAY',
      napId: nap,
    });
    await recordNetworkOrderStep(operator(), { orderId, action: 'accept' });
    await recordNetworkOrderStep(operator(), { orderId, action: 'plan', plannedOn: day('2026-11-25') });
    await recordNetworkOrderStep(operator(), { orderId, action: 'program' });
    await recordNetworkOrderStep(operator(), { orderId, action: 'release' });
    return orderId;
  };

  it('records each payment once: the same day again changes nothing, another day is a conflict', async () => {
    const orderId = await released();
    const paid = await recordActivationPayment(operator(), {
      orderId,
      charge: 'first-invoice',
      paidOn: day('2026-11-21'),
    });
    expect(paid.activation).toMatchObject({
      cleared: false,
      missing: ['one-time-charges'],
      firstInvoicePaidOn: '2026-11-21',
    });
    const again = await recordActivationPayment(operator(), {
      orderId,
      charge: 'first-invoice',
      paidOn: day('2026-11-21'),
    });
    expect(again.events.filter((e) => e.kind === 'payment-recorded')).toHaveLength(1);
    await expect(
      recordActivationPayment(operator(), { orderId, charge: 'first-invoice', paidOn: day('2026-11-22') }),
    ).rejects.toThrow(/recorded as paid on 2026-11-21 already/);
    await expect(
      recordActivationPayment(operator(), { orderId, charge: 'one-time-charges', paidOn: day('2026-11-23') }),
    ).rejects.toThrow(/paidOn: 2026-11-23 is in the future/);
    await expect(
      recordActivationPayment(operator(), { orderId, charge: 'deposit' as never }),
    ).rejects.toThrow(/charge: must be one of first-invoice, one-time-charges/);
  });

  it('activates unpaid only under a waiver, recorded with who, when and why; the charges stay owed', async () => {
    const orderId = await released();
    await expect(waiveActivationPayment(operator(), { orderId, reason: ' ' })).rejects.toThrow(
      /reason: is required/,
    );
    const waived = await waiveActivationPayment(operator(), { orderId, reason: 'hospital, connect at once' });
    expect(waived.activation).toMatchObject({
      cleared: true,
      missing: ['first-invoice', 'one-time-charges'],
      waiver: { by: 'user:noc', on: '2026-11-22', reason: 'hospital, connect at once' },
    });
    await expect(waiveActivationPayment(operator(), { orderId, reason: 'again' })).rejects.toThrow(
      /was waived already, on 2026-11-22 by user:noc/,
    );
    const active = await recordNetworkOrderStep(operator(), { orderId, action: 'activate' });
    expect(active.state).toBe('active');
    expect(active.events.at(-1)).toMatchObject({
      kind: 'activate',
      payload: { unpaid: ['first-invoice', 'one-time-charges'], waived: true },
    });
    const audit = await auditTrailOf(db(), { type: 'network-order', id: orderId });
    expect(audit.find((e) => e.action === 'network-order.activation-waived')).toMatchObject({
      actor: 'user:noc',
      reason: 'hospital, connect at once',
    });
    // Paid later: still recorded.
    const paid = await recordActivationPayment(operator(), { orderId, charge: 'first-invoice' });
    expect(paid.activation.firstInvoicePaidOn).toBe('2026-11-22');
  });

  it('does not count a waiver or payment dated after the activation day', async () => {
    const orderId = await released();
    await recordActivationPayment(operator(), {
      orderId,
      charge: 'first-invoice',
      paidOn: day('2026-11-22'),
    });
    await recordActivationPayment(operator(), {
      orderId,
      charge: 'one-time-charges',
      paidOn: day('2026-11-22'),
    });
    await expect(
      recordNetworkOrderStep(operator(), { orderId, action: 'activate', on: day('2026-11-21') }),
    ).rejects.toThrow(/are unpaid on 2026-11-21/);
    const active = await recordNetworkOrderStep(operator(), { orderId, action: 'activate' });
    expect(active.activatedOn).toBe('2026-11-22');
  });

  it('refuses a waiver when nothing is unpaid, or the order is over; and payments on a cancelled order', async () => {
    const orderId = await released();
    await recordActivationPayment(operator(), { orderId, charge: 'first-invoice' });
    await recordActivationPayment(operator(), { orderId, charge: 'one-time-charges' });
    await expect(waiveActivationPayment(operator(), { orderId, reason: 'x' })).rejects.toThrow(
      /nothing to waive/,
    );
    const cancelled = await released();
    await recordNetworkOrderStep(operator(), {
      orderId: cancelled,
      action: 'cancel',
      reason: 'customer withdrew',
    });
    await expect(waiveActivationPayment(operator(), { orderId: cancelled, reason: 'x' })).rejects.toThrow(
      /is cancelled: there is no activation left to waive/,
    );
    await expect(
      recordActivationPayment(operator(), { orderId: cancelled, charge: 'first-invoice' }),
    ).rejects.toThrow(/is cancelled: there is no activation to pay for/);
  });

  it('leaves payments and waivers to the operator', async () => {
    const orderId = await released();
    const provider = providerContext(db(), 'TP-1');
    await expect(waiveActivationPayment(provider, { orderId, reason: 'please' })).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(
      recordActivationPayment(provider, { orderId, charge: 'first-invoice' }),
    ).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(
      waiveActivationPayment(operator(), { orderId: 'NO-99999', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect((await getNetworkOrder(operator(), orderId)).activation.waiver).toBeNull();
  });
});

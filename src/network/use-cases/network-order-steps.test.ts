import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { listMessages } from '../../notifications/index.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { listProvisioningJobs } from '../store/provisioning-jobs.ts';
import { getNetworkOrder } from './get-network-order.ts';
import { getNetworkService } from './get-network-service.ts';
import {
  operatorContext,
  providerContext,
  seedNap,
  seedProduct,
  seedProvider,
  signedFormOf,
} from './network-order-test-support.ts';
import { recordActivationPayment } from './record-activation-payment.ts';
import { recordNetworkOrderStep } from './record-network-order-step.ts';
import type { RecordNetworkOrderStep } from './record-network-order-step.ts';
import { submitNetworkOrder } from './submit-network-order.ts';

const day = (text: string) => Temporal.PlainDate.from(text);

describeEachStore('the steps of a network order', (database) => {
  const db = () => database().db;
  let provider = '';
  let product = '';
  let nap = '';
  beforeAll(async () => {
    await seedCustomers(db(), ['CU-STEP']);
    provider = await seedProvider(db(), 'Stepping Stone');
    product = await seedProduct(db(), provider);
    nap = await seedNap(db(), 'CU-STEP');
  });
  const submit = async () =>
    (
      await submitNetworkOrder(providerContext(db(), provider), {
        kind: 'third-party-service',
        customerId: 'CU-STEP',
        productId: product,
        napId: nap,
        signedForm: signedFormOf(),
      })
    ).id;
  const step = (input: RecordNetworkOrderStep, context: Context = operatorContext(db())) =>
    recordNetworkOrderStep(context, input);

  it('walks submitted → accepted → planned → programmed → released → active, telling provider and end user (vn:2.3.3)', async () => {
    const orderId = await submit();
    expect((await step({ orderId, action: 'accept' })).tmf622State).toBe('inProgress');

    const planned = await step({ orderId, action: 'plan', plannedOn: day('2026-12-01') });
    expect(planned).toMatchObject({
      state: 'planned',
      plannedOn: '2026-12-01',
      allowedActions: ['plan', 'program', 'cancel'],
    });
    const replanned = await step({ orderId, action: 'plan', plannedOn: day('2026-12-08') });
    expect(replanned.plannedOn).toBe('2026-12-08');
    expect(replanned.events.at(-1)).toMatchObject({
      kind: 'plan',
      payload: { plannedOn: '2026-12-08', previousPlannedOn: '2026-12-01' },
    });
    const planMessages = await listMessages(db(), { about: `network-order:${orderId}` });
    const planned2 = planMessages.filter((m) => m.kind === 'order-planned');
    // Provider by e-mail and webhook, end user by e-mail; twice, for the plan and the re-plan.
    expect(planned2.map((m) => m.channel).sort()).toEqual([
      'email',
      'email',
      'email',
      'email',
      'webhook',
      'webhook',
    ]);
    const toEndUser = planned2.find(
      (m) => m.providerId === null && m.body.includes('moved from 2026-12-01'),
    )!;
    expect(toEndUser.recipient).toBe('cu-step@customer.example');
    expect(toEndUser.body).toMatch(/planned for 2026-12-08 .*vn:2\.3\.3/);
    expect(toEndUser.body).toMatch(/helpdesk of Stepping Stone \(0318 648 688\)/);
    expect(toEndUser.because).toEqual(['vn:2.3.3', 'vn:6.1']);

    const programmed = await step({ orderId, action: 'program' });
    expect(programmed.serviceId).toMatch(/^S-\d+$/);
    const serviceId = programmed.serviceId!;
    expect(await getNetworkService(operatorContext(db()), serviceId)).toMatchObject({
      orderId,
      state: 'programmed',
      providerId: provider,
      napId: nap,
      openedOn: null,
    });
    const [job] = await listProvisioningJobs(db(), { subject: `service:${serviceId}` });
    expect(job).toMatchObject({
      action: 'service.open',
      state: 'pending',
      payload: { orderId, napId: nap, productId: product },
    });

    const released = await step({ orderId, action: 'release' });
    expect(released).toMatchObject({ state: 'released', releasedOn: '2026-11-22' });
    const releaseMessages = (await listMessages(db(), { about: `network-order:${orderId}` })).filter(
      (m) => m.kind === 'service-released',
    );
    expect(releaseMessages.map((m) => `${m.channel}:${m.providerId ?? 'end-user'}`).sort()).toEqual(
      [`email:${provider}`, 'email:end-user', `webhook:${provider}`].sort(),
    );
    // Released is not in use yet: the right of use waits for payment (vn:2.1.4).
    expect((await getNetworkService(operatorContext(db()), serviceId)).state).toBe('programmed');

    await expect(step({ orderId, action: 'activate' })).rejects.toThrow(
      /cannot activate network order NO-\d+: the first invoice and the one-time charges are unpaid on 2026-11-22 \(vn:2\.1\.4, vn:2\.2\.6, vn:6\.2\.1\)/,
    );
    await recordActivationPayment(operatorContext(db()), {
      orderId,
      charge: 'first-invoice',
      paidOn: day('2026-11-20'),
    });
    await expect(step({ orderId, action: 'activate' })).rejects.toThrow(/the one-time charges is unpaid/);
    await recordActivationPayment(operatorContext(db()), { orderId, charge: 'one-time-charges' });
    const active = await step({ orderId, action: 'activate' });
    expect(active).toMatchObject({
      state: 'active',
      tmf622State: 'completed',
      activatedOn: '2026-11-22',
      allowedActions: [],
    });
    expect(await getNetworkService(operatorContext(db()), serviceId)).toMatchObject({
      state: 'active',
      openedOn: '2026-11-22',
    });

    expect(active.events.map((e) => e.kind)).toEqual([
      'submit',
      'accept',
      'plan',
      'plan',
      'program',
      'release',
      'payment-recorded',
      'payment-recorded',
      'activate',
    ]);
    const audit = await auditTrailOf(db(), { type: 'network-order', id: orderId });
    expect(audit.map((e) => e.action)).toEqual([
      'network-order.submitted',
      'network-order.accepted',
      'network-order.planned',
      'network-order.planned',
      'network-order.programmed',
      'network-order.released',
      'network-order.payment-recorded',
      'network-order.payment-recorded',
      'network-order.activated',
    ]);
  });

  it('refuses a step the state does not allow, naming what is allowed, and changes nothing', async () => {
    const orderId = await submit();
    await expect(step({ orderId, action: 'program' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(
        /cannot program network order NO-\d+: it is submitted\. Allowed now: accept, reject, cancel/,
      ),
    });
    await expect(step({ orderId, action: 'plan', plannedOn: day('2026-12-01') })).rejects.toThrow(
      /Allowed now: accept, reject, cancel/,
    );
    const order = await getNetworkOrder(operatorContext(db()), orderId);
    expect(order.state).toBe('submitted');
    expect(order.events).toHaveLength(1);
  });

  it('rejects with a reason only, tells the provider why, and closes the order', async () => {
    const orderId = await submit();
    await expect(step({ orderId, action: 'reject', reason: '  ' })).rejects.toThrow(/reason: is required/);
    const rejected = await step({ orderId, action: 'reject', reason: 'the form is signed by someone else' });
    expect(rejected).toMatchObject({
      state: 'rejected',
      tmf622State: 'rejected',
      rejectionReason: 'the form is signed by someone else',
    });
    const [mail] = (await listMessages(db(), { about: `network-order:${orderId}` })).filter(
      (m) => m.kind === 'order-rejected',
    );
    expect(mail!.body).toMatch(/the form is signed by someone else/);
    await expect(step({ orderId, action: 'cancel', reason: 'x' })).rejects.toThrow(
      /nothing \(rejected is final\)/,
    );
    const [audit] = (await auditTrailOf(db(), { type: 'network-order', id: orderId })).slice(-1);
    expect(audit).toMatchObject({
      action: 'network-order.rejected',
      reason: 'the form is signed by someone else',
    });
  });

  it('refuses a planned date before today', async () => {
    const orderId = await submit();
    await step({ orderId, action: 'accept' });
    await expect(step({ orderId, action: 'plan', plannedOn: day('2026-11-21') })).rejects.toThrow(
      /plannedOn: 2026-11-21 is before today \(2026-11-22\)/,
    );
    await expect(step({ orderId, action: 'accept', reason: 'why not' })).rejects.toThrow(
      /reason: is not taken by accept/,
    );
  });

  it('cancels a programmed order, closing its service on the network again; the provider may cancel its own', async () => {
    const orderId = await submit();
    await step({ orderId, action: 'accept' });
    await step({ orderId, action: 'plan', plannedOn: day('2026-12-01') });
    const { serviceId } = await step({ orderId, action: 'program' });
    const cancelled = await step(
      { orderId, action: 'cancel', reason: 'the end user moved' },
      providerContext(db(), provider),
    );
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelledOn: '2026-11-22', allowedActions: [] });
    expect(await getNetworkService(operatorContext(db()), serviceId!)).toMatchObject({
      state: 'closed',
      closedOn: '2026-11-22',
    });
    const jobs = await listProvisioningJobs(db(), { subject: `service:${serviceId}` });
    // One fixed clock: both jobs carry the same instant, so compare them as a set.
    expect(jobs.map((j) => j.action).sort()).toEqual(['service.close', 'service.open']);
    const messages = (await listMessages(db(), { about: `network-order:${orderId}` })).filter(
      (m) => m.kind === 'order-cancelled',
    );
    // The provider cancelled it itself; the end user had a planned date, so hears it no longer stands.
    expect(messages.map((m) => m.providerId)).toEqual([null]);
    await expect(step({ orderId, action: 'cancel', reason: '' })).rejects.toThrow(/reason: is required/);
  });

  it("lets a provider take no operator step, and answers another provider's order as not found", async () => {
    const orderId = await submit();
    await expect(step({ orderId, action: 'accept' }, providerContext(db(), provider))).rejects.toMatchObject({
      code: 'not-allowed',
    });
    const stranger = await seedProvider(db(), 'Stranger');
    await expect(
      step({ orderId, action: 'cancel', reason: 'mine now' }, providerContext(db(), stranger)),
    ).rejects.toMatchObject({ code: 'not-found', message: `network order '${orderId}' does not exist` });
    await expect(getNetworkOrder(providerContext(db(), stranger), orderId)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(step({ orderId: 'NO-99999', action: 'accept' })).rejects.toThrow(
      /network order 'NO-99999' does not exist/,
    );
  });
});

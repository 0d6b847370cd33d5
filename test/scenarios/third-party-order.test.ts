import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import { addProduct } from '../../src/catalog/index.ts';
import { giveNotice, placeOrder, recordOrderAction } from '../../src/contracts/index.ts';
import type { OfferTerms } from '../../src/contracts/index.ts';
import { createCustomer } from '../../src/customers/index.ts';
import { listMessages } from '../../src/notifications/index.ts';
import { pendingCharges } from '../../src/billing/schema.ts';
import { addCable } from '../../src/network/use-cases/add-cable.ts';
import { addNap } from '../../src/network/use-cases/add-nap.ts';
import { addPremises } from '../../src/network/use-cases/add-premises.ts';
import { changeNapState } from '../../src/network/use-cases/change-nap-state.ts';
import { closeEndedContracts } from '../../src/network/use-cases/close-ended-contracts.ts';
import { installCpe } from '../../src/network/use-cases/install-cpe.ts';
import { recordCpeReturn } from '../../src/network/use-cases/record-cpe-return.ts';
import { registerCpe } from '../../src/network/use-cases/register-cpe.ts';
import { remindCpeReturns } from '../../src/network/use-cases/remind-cpe-returns.ts';
import { settleDeposit } from '../../src/network/use-cases/settle-deposit.ts';
import { submitNetworkOrder } from '../../src/network/use-cases/submit-network-order.ts';
import { acceptNetworkOrder } from '../../src/network/use-cases/accept-network-order.ts';
import { planNetworkOrder } from '../../src/network/use-cases/plan-network-order.ts';
import { programNetworkOrder } from '../../src/network/use-cases/program-network-order.ts';
import { releaseNetworkOrder } from '../../src/network/use-cases/release-network-order.ts';
import { activateNetworkOrder } from '../../src/network/use-cases/activate-network-order.ts';
import { recordActivationPayment } from '../../src/network/use-cases/record-activation-payment.ts';
import { getNetworkService } from '../../src/network/use-cases/get-network-service.ts';
import { listProvisioningJobs } from '../../src/network/store/provisioning-jobs.ts';
import { admitProvider } from '../../src/providers/index.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Actor } from '../../src/platform/actor.ts';
import type { Context } from '../../src/platform/context.ts';
import { describeEachStore } from '../support/stores.ts';

const day = (text: string) => Temporal.PlainDate.from(text);
const noc: Actor = { id: 'user:noor', origin: 'test' };

// VitrumNet access for the end user: 24 months, a removal charge on ending (vn:1.6.8).
const access: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'access',
  description: 'Access, Dordrecht',
  termMonths: 24,
  paymentTermMonths: null,
  recurringCents: 4_500,
  oneTimeCents: 25_000,
  orderTotalInclVatCents: 30_250,
  removalCents: 12_500,
};

describeEachStore(
  'a third-party order from submission to active, and the ending with a deposit refund',
  (database) => {
    const as = (date: string, actor: Actor = noc): Context => ({
      db: database().db,
      clock: fixedClock(day(date)),
      actor,
    });

    /** An order accepted, planned, programmed, released, paid and activated on one day: its service. */
    async function deliver(orderId: string, date: string): Promise<string> {
      await acceptNetworkOrder(as(date), { orderId });
      await planNetworkOrder(as(date), { orderId, plannedOn: day(date) });
      await programNetworkOrder(as(date), { orderId });
      await releaseNetworkOrder(as(date), { orderId });
      await recordActivationPayment(as(date), { orderId, charge: 'first-invoice' });
      await recordActivationPayment(as(date), { orderId, charge: 'one-time-charges' });
      const active = await activateNetworkOrder(as(date), { orderId });
      return active.serviceId!;
    }

    it('runs vn:2.3.3 end to end with its messages and provisioning jobs, then vn:1.6.5, vn:1.6.8 and vn:7.2 at the end', async () => {
      // The end user, its contacts, and its VitrumNet access contract (vn:1.5.2: signed form, accepted).
      const endUser = await createCustomer(as('2026-01-05'), {
        kind: 'business',
        legalName: 'Bakkerij De Korenaar B.V.',
        kvkNumber: '24345678',
        email: 'administratie@korenaar.example',
        billingAddress: { street: 'Voorstraat', houseNumber: '12', postcode: '3311 ER', city: 'Dordrecht' },
        contacts: [
          {
            name: 'Els de Wit',
            roles: ['primary', 'technical', 'fault'],
            email: 'els@korenaar.example',
            phoneOfficeHours: '078 613 2200',
            phoneOutsideOfficeHours: '06 12345678',
          },
        ],
      });
      const order = await placeOrder(as('2026-01-05'), {
        sellerId: 'vitrumnet',
        customerId: endUser.id,
        terms: access,
      });
      await recordOrderAction(as('2026-01-05'), { orderId: order.id, action: 'record-signed-form' });
      const { contract } = await recordOrderAction(as('2026-01-06'), { orderId: order.id, action: 'accept' });
      await recordOrderAction(as('2026-02-01'), { orderId: order.id, action: 'activate' });
      const contractId = contract!.id;

      // The premises connected: a NAP on a 48-fiber cable, and a lent switch against a deposit (vn:2.4, vn:2.1.8).
      const premises = await addPremises(as('2026-01-20'), {
        address: { street: 'Voorstraat', houseNumber: '12', postcode: '3311 ER', city: 'Dordrecht' },
        customerId: endUser.id,
      });
      await addCable(as('2026-01-20'), { id: 'DDR-VOORSTRAAT-01', fiberCount: 48 });
      const nap = await addNap(as('2026-01-20'), {
        premisesId: premises.id,
        cableId: 'DDR-VOORSTRAAT-01',
        fiber: 7,
      });
      await changeNapState(as('2026-01-28'), { napId: nap.id, state: 'active' });
      const device = await registerCpe(as('2026-01-20'), {
        serialNumber: 'SW-2026-0042',
        model: 'Zyxel XGS1250',
        ports: 12,
        sticker: 'VN-004211',
      });
      const installed = await installCpe(as('2026-01-28'), {
        cpeId: device.id,
        customerId: endUser.id,
        contractId,
        premisesId: premises.id,
        ownership: 'lent',
        depositCents: 15_000,
      });
      expect(installed.riskPassesOn.value).toBe('2026-01-28');

      // The operator's own access order for the contract follows the same path (vn:2.4).
      const accessOrder = await submitNetworkOrder(as('2026-01-20'), {
        kind: 'access',
        customerId: endUser.id,
        napId: nap.id,
        contractId,
      });
      const accessServiceId = await deliver(accessOrder.id, '2026-01-28');

      // A provider admitted with its service in VitrumNet's catalog (vn:3.1).
      const { provider } = await admitProvider(as('2026-01-02'), {
        name: 'Glasnet Diensten B.V.',
        email: 'orders@glasnet.example',
        helpdeskPhone: '085 123 4567',
        webhookUrl: 'https://hooks.glasnet.example/vezel',
      });
      const internet = await addProduct(as('2026-01-02'), {
        sellerId: 'vitrumnet',
        code: 'GLASNET-1000',
        name: 'Glasnet internet 1 Gbit/s',
        kind: 'third-party-service',
        vatCategory: 'standard',
        providerId: provider.id,
        firstPrice: { amountCents: 0 },
      });

      // The provider orders for its end user, with the operator's form signed by the end user (vn:2.3.3).
      const providerActor: Actor = { id: `provider:${provider.id}`, origin: 'test', providerId: provider.id };
      const submitted = await submitNetworkOrder(as('2026-02-02', providerActor), {
        kind: 'third-party-service',
        customerId: endUser.id,
        productId: internet.id,
        napId: nap.id,
        requestedOn: day('2026-02-20'),
        signedForm: {
          fileName: 'aanvraagformulier-korenaar.pdf',
          sha256: 'a'.repeat(64),
          signedOn: day('2026-02-01'),
          signedBy: 'Els de Wit',
        },
      });
      expect(submitted).toMatchObject({ state: 'submitted', tmf622State: 'acknowledged' });
      const orderId = submitted.id;

      await acceptNetworkOrder(as('2026-02-03'), { orderId });
      await planNetworkOrder(as('2026-02-03'), { orderId, plannedOn: day('2026-02-20') });
      const programmed = await programNetworkOrder(as('2026-02-19'), { orderId });
      expect(programmed.state).toBe('programmed');
      await releaseNetworkOrder(as('2026-02-20'), { orderId });

      // vn:2.1.4, vn:6.2.1: no right of use before the first invoice and the one-time charges are paid.
      await expect(activateNetworkOrder(as('2026-02-20'), { orderId })).rejects.toThrow(/first invoice/);
      await recordActivationPayment(as('2026-02-24'), { orderId, charge: 'first-invoice' });
      await recordActivationPayment(as('2026-02-24'), { orderId, charge: 'one-time-charges' });
      const active = await activateNetworkOrder(as('2026-02-24'), { orderId });
      expect(active).toMatchObject({ state: 'active', tmf622State: 'completed' });
      const serviceId = active.serviceId!;
      expect(await getNetworkService(as('2026-02-24'), serviceId)).toMatchObject({
        state: 'active',
        openedOn: '2026-02-24',
        providerId: provider.id,
      });

      // The planned date and the release went to provider (e-mail and signed webhook) and end user.
      const orderMessages = await listMessages(database().db, { about: `network-order:${orderId}` });
      const told = (kind: string) =>
        orderMessages
          .filter((m) => m.kind === kind)
          .map((m) => `${m.channel}:${m.recipient}`)
          .sort();
      for (const kind of ['order-planned', 'service-released']) {
        expect(told(kind)).toEqual([
          'email:els@korenaar.example',
          'email:orders@glasnet.example',
          'webhook:https://hooks.glasnet.example/vezel',
        ]);
      }
      const opened = await listProvisioningJobs(database().db, { subject: `service:${serviceId}` });
      expect(opened.map((job) => job.action)).toEqual(['service.open']);

      // Notice in time: the contract ends at its term end; the next day's cycle closes it on the network.
      const ending = await giveNotice(as('2027-06-01'), { contractId, by: 'customer', channel: 'email' });
      expect(ending.effectiveEnd).toBe('2028-01-31');
      expect(await closeEndedContracts(as('2028-01-30'))).toEqual([]);
      const [closed] = await closeEndedContracts(as('2028-02-01'));
      expect(closed).toMatchObject({
        contractId,
        endedOn: '2028-01-31',
        closedServices: expect.arrayContaining([accessServiceId, serviceId]),
        cpeReturnsDue: [{ cpeId: device.id, dueOn: '2028-02-07' }],
      });
      expect(await closeEndedContracts(as('2028-02-02'))).toEqual([]);
      const jobs = await listProvisioningJobs(database().db, { subject: `service:${serviceId}` });
      expect(jobs.map((job) => job.action)).toEqual(['service.open', 'service.close']);
      const closing = await listMessages(database().db, { about: `network-order:${orderId}` });
      const serviceClosed = closing.filter((m) => m.kind === 'service-closed');
      // vn:2.3.2: the provider's service was opened on the end user's access, and closes with it.
      expect(serviceClosed.map((m) => [m.channel, m.because])).toEqual([
        ['email', ['vn:2.3.2']],
        ['webhook', ['vn:2.3.2']],
      ]);
      const charges = await database().db.select().from(pendingCharges).orderBy(pendingCharges.raisedOn);
      // The one-time charges when the order was accepted (vn:7.3.1), then the removal (vn:1.6.8).
      expect(charges.map((c) => c.because)).toEqual([['vn:7.1.3', 'vn:7.3.1'], ['vn:1.6.8']]);
      expect(charges[1]).toMatchObject({
        id: closed!.removalChargeId,
        customerId: endUser.id,
        amountCents: 12_500,
      });

      // Not back by the deadline: one reminder the day after, not two.
      expect(await remindCpeReturns(as('2028-02-07'))).toEqual([]);
      expect(await remindCpeReturns(as('2028-02-08'))).toMatchObject([{ cpeId: device.id, reminder: 1 }]);
      expect(await remindCpeReturns(as('2028-02-08'))).toEqual([]);

      // Returned with a quarter of its value damaged; an open claim of € 50 set off against the deposit.
      await recordCpeReturn(as('2028-02-10'), {
        cpeId: device.id,
        damageShare: '0.25',
        sticker: 'VN-004211',
      });
      const settlement = await settleDeposit(as('2028-02-10'), { cpeId: device.id, openClaimsCents: 5_000 });
      expect(settlement).toMatchObject({
        refundCents: 6_250,
        forfeited: '37.50',
        setOff: '50.00',
        refund: '62.50',
      });
      expect(settlement.because).toEqual(['vn:7.2.2', 'vn:7.2.3', 'vn:7.2.4']);
      await expect(settleDeposit(as('2028-02-11'), { cpeId: device.id })).rejects.toThrow(
        /was settled on 2028-02-10/,
      );

      const kinds = (await listMessages(database().db, { customerId: endUser.id })).map((m) => m.kind);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'order-planned',
          'service-released',
          'cpe-return-due',
          'cpe-return-reminder',
          'deposit-settled',
        ]),
      );
    });
  },
);

import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { getNetworkOrder, listNetworkOrders } from './get-network-order.ts';
import { getNetworkService, listNetworkServices } from './get-network-service.ts';
import {
  operatorContext,
  providerContext,
  seedNap,
  seedProduct,
  seedProvider,
  signedFormOf,
} from './network-order-test-support.ts';
import { recordNetworkOrderStep } from './record-network-order-step.ts';
import { submitNetworkOrder } from './submit-network-order.ts';

describeEachStore("a provider sees only its own orders and its end users' services", (database) => {
  const db = () => database().db;
  const ids = { a: '', b: '', orderA: '', orderB: '', own: '', serviceA: '', serviceB: '', serviceOwn: '' };
  beforeAll(async () => {
    await seedCustomers(db(), ['CU-SHARED']);
    const nap = await seedNap(db(), 'CU-SHARED');
    ids.a = await seedProvider(db(), 'Scope A');
    ids.b = await seedProvider(db(), 'Scope B');
    const programmed = async (
      context: ReturnType<typeof operatorContext>,
      input: Parameters<typeof submitNetworkOrder>[1],
    ) => {
      const { id } = await submitNetworkOrder(context, input);
      const operator = operatorContext(db());
      await recordNetworkOrderStep(operator, { orderId: id, action: 'accept' });
      await recordNetworkOrderStep(operator, {
        orderId: id,
        action: 'plan',
        plannedOn: operator.clock.today(),
      });
      const { serviceId } = await recordNetworkOrderStep(operator, { orderId: id, action: 'program' });
      return { id, serviceId: serviceId! };
    };
    const order = async (provider: string) =>
      programmed(providerContext(db(), provider), {
        kind: 'third-party-service',
        customerId: 'CU-SHARED',
        productId: await seedProduct(db(), provider),
        napId: nap,
        signedForm: signedFormOf(),
      });
    ({ id: ids.orderA, serviceId: ids.serviceA } = await order(ids.a));
    ({ id: ids.orderB, serviceId: ids.serviceB } = await order(ids.b));
    ({ id: ids.own, serviceId: ids.serviceOwn } = await programmed(operatorContext(db()), {
      kind: 'access',
      customerId: 'CU-SHARED',
      napId: nap,
    }));
  });

  it('lists its own orders and services only, even for an end user others serve too', async () => {
    const asA = providerContext(db(), ids.a);
    expect((await listNetworkOrders(asA)).map((o) => o.id)).toEqual([ids.orderA]);
    expect(
      (await listNetworkOrders(asA, { customerId: 'CU-SHARED', providerId: ids.b })).map((o) => o.id),
    ).toEqual([]);
    expect((await listNetworkServices(asA, { customerId: 'CU-SHARED' })).map((s) => s.id)).toEqual([
      ids.serviceA,
    ]);
    const all = (await listNetworkOrders(operatorContext(db()), { customerId: 'CU-SHARED' })).map(
      (o) => o.id,
    );
    expect(all).toEqual(expect.arrayContaining([ids.orderA, ids.orderB, ids.own]));
  });

  it("answers another provider's or the operator's order and service exactly like a missing one", async () => {
    const asA = providerContext(db(), ids.a);
    for (const id of [ids.orderB, ids.own, 'NO-99999'])
      await expect(getNetworkOrder(asA, id)).rejects.toThrow(`network order '${id}' does not exist`);
    for (const id of [ids.serviceB, ids.serviceOwn, 'S-99999'])
      await expect(getNetworkService(asA, id)).rejects.toThrow(`network service '${id}' does not exist`);
    for (const orderId of [ids.orderB, ids.own])
      await expect(
        recordNetworkOrderStep(asA, { orderId, action: 'cancel', reason: 'not mine' }),
      ).rejects.toThrow(`network order '${orderId}' does not exist`);
    expect((await getNetworkOrder(asA, ids.orderA)).id).toBe(ids.orderA);
    expect((await getNetworkService(asA, ids.serviceA)).orderId).toBe(ids.orderA);
  });
});

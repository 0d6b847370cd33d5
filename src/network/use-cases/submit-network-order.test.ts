import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { suspendProvider } from '../../providers/index.ts';
import { listNetworkOrders } from './get-network-order.ts';
import { recordNetworkOrderStep } from './record-network-order-step.ts';
import {
  operatorContext,
  providerContext,
  seedNap,
  seedProduct,
  seedProvider,
  signedFormOf,
} from './network-order-test-support.ts';
import { submitNetworkOrder } from './submit-network-order.ts';

describeEachStore('submitting network orders', (database) => {
  const db = () => database().db;
  let tpA = '';
  let tpB = '';
  let productA = '';
  let productB = '';
  let retired = '';
  let nap = '';
  let otherNap = '';
  let plannedNap = '';
  beforeAll(async () => {
    await seedCustomers(db(), ['CU-END', 'CU-OTHER']);
    tpA = await seedProvider(db(), 'Provider A');
    tpB = await seedProvider(db(), 'Provider B');
    productA = await seedProduct(db(), tpA);
    productB = await seedProduct(db(), tpB);
    retired = await seedProduct(db(), tpA, '2026-11-01');
    nap = await seedNap(db(), 'CU-END');
    otherNap = await seedNap(db(), 'CU-OTHER');
    plannedNap = await seedNap(db(), 'CU-END', 'planned');
  });
  const order = (changes: Record<string, unknown> = {}) => ({
    kind: 'third-party-service' as const,
    customerId: 'CU-END',
    productId: productA,
    napId: nap,
    signedForm: signedFormOf(),
    ...changes,
  });

  it("takes a provider's order with the end user's signed form (vn:2.3.3), as submitted, with its event and audit", async () => {
    const submitted = await submitNetworkOrder(providerContext(db(), tpA), {
      ...order(),
      requestedOn: Temporal.PlainDate.from('2026-12-01'),
    });
    expect(submitted).toMatchObject({
      id: expect.stringMatching(/^NO-\d+$/),
      kind: 'third-party-service',
      providerId: tpA,
      customerId: 'CU-END',
      productId: productA,
      napId: nap,
      state: 'submitted',
      tmf622State: 'acknowledged',
      requestedOn: '2026-12-01',
      signedForm: { fileName: 'aanvraagformulier.pdf', signedOn: '2026-11-20', signedBy: 'J. de Vries' },
      allowedActions: ['cancel'],
      serviceId: null,
      activation: { cleared: false, missing: ['first-invoice', 'one-time-charges'] },
    });
    expect(submitted.events).toEqual([
      expect.objectContaining({ kind: 'submit', state: 'submitted', by: `provider:${tpA}/TK-x` }),
    ]);
    const [audit] = await auditTrailOf(db(), { type: 'network-order', id: submitted.id });
    expect(audit).toMatchObject({ action: 'network-order.submitted', actor: `provider:${tpA}/TK-x` });
    const forOperator = await listNetworkOrders(operatorContext(db()), { customerId: 'CU-END' });
    expect(forOperator.find((o) => o.id === submitted.id)?.allowedActions).toEqual([
      'accept',
      'reject',
      'cancel',
    ]);
  });

  it('refuses an order without the signed form, or with a form nobody signed, naming signedForm', async () => {
    await expect(
      submitNetworkOrder(providerContext(db(), tpA), order({ signedForm: undefined })),
    ).rejects.toMatchObject({
      problems: [
        { field: 'signedForm', problem: expect.stringMatching(/signed by the end user \(vn:2\.3\.3\)/) },
      ],
    });
    const unsigned = { fileName: 'form.pdf', sha256: 'b'.repeat(64) };
    await expect(
      submitNetworkOrder(providerContext(db(), tpA), order({ signedForm: unsigned })),
    ).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ field: 'signedForm.signedBy' }),
        expect.objectContaining({ field: 'signedForm.signedOn' }),
      ],
    });
    await expect(
      submitNetworkOrder(
        providerContext(db(), tpA),
        order({
          signedForm: { ...signedFormOf(), sha256: 'nope', signedOn: Temporal.PlainDate.from('2026-12-01') },
        }),
      ),
    ).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ field: 'signedForm.sha256' }),
        expect.objectContaining({
          field: 'signedForm.signedOn',
          problem: expect.stringMatching(/in the future/),
        }),
      ],
    });
  });

  it("refuses another provider's product, a retired one and one that does not exist, alike (vn:3.1)", async () => {
    await expect(
      submitNetworkOrder(providerContext(db(), tpA), order({ productId: productB })),
    ).rejects.toThrow(
      new RegExp(`productId: '${productB}' is not a service admitted for provider ${tpA} \\(vn:3\\.1\\)`),
    );
    await expect(
      submitNetworkOrder(providerContext(db(), tpA), order({ productId: 'P-99999' })),
    ).rejects.toThrow(/productId: 'P-99999' is not a service admitted for provider/);
    await expect(
      submitNetworkOrder(providerContext(db(), tpA), order({ productId: retired })),
    ).rejects.toThrow(/was retired on 2026-11-01 and is no longer sold \(vn:2\.2\.3\)/);
  });

  it("refuses a NAP that is not the end user's or not active, and an unknown customer, naming each field", async () => {
    await expect(
      submitNetworkOrder(providerContext(db(), tpA), order({ customerId: 'CU-NONE', napId: otherNap })),
    ).rejects.toMatchObject({
      problems: [
        { field: 'customerId', problem: "no customer 'CU-NONE'" },
        expect.objectContaining({ field: 'napId' }),
      ],
    });
    await expect(submitNetworkOrder(providerContext(db(), tpA), order({ napId: otherNap }))).rejects.toThrow(
      new RegExp(`napId: no termination point '${otherNap}' at a premises of customer CU-END`),
    );
    await expect(
      submitNetworkOrder(providerContext(db(), tpA), order({ napId: plannedNap })),
    ).rejects.toThrow(/is planned; a third-party-service order needs it active/);
  });

  it("keeps a provider to third-party services of its own, without the operator's fields", async () => {
    await expect(
      submitNetworkOrder(
        providerContext(db(), tpA),
        order({ kind: 'access', providerId: tpB, contractId: 'C-1' }),
      ),
    ).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({ field: 'kind' }),
        expect.objectContaining({ field: 'providerId' }),
        expect.objectContaining({ field: 'contractId' }),
      ]),
    });
  });

  it("takes the operator's order for a provider, and refuses one for a suspended provider", async () => {
    const placed = await submitNetworkOrder(operatorContext(db()), {
      ...order(),
      providerId: tpB,
      productId: productB,
    });
    expect(placed).toMatchObject({ providerId: tpB, state: 'submitted' });
    await expect(submitNetworkOrder(operatorContext(db()), order())).rejects.toThrow(
      /providerId: is required/,
    );
    const late = await seedProvider(db(), 'Late Provider');
    const product = await seedProduct(db(), late);
    await suspendProvider(operatorContext(db()), { providerId: late, reason: 'unpaid' });
    await expect(
      submitNetworkOrder(operatorContext(db()), { ...order(), providerId: late, productId: product }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/is suspended/) });
  });

  it("takes the operator's own access, switch and link orders (vn:2.4) without a provider or form", async () => {
    const access = await submitNetworkOrder(operatorContext(db()), {
      kind: 'access',
      customerId: 'CU-END',
      napId: plannedNap,
    });
    expect(access).toMatchObject({ kind: 'access', providerId: null, signedForm: null, spec: {} });
    const cpe = await submitNetworkOrder(operatorContext(db()), {
      kind: 'cpe-installation',
      customerId: 'CU-END',
      napId: nap,
      spec: { model: 'Zyxel XGS1250' },
    });
    expect(cpe.spec).toEqual({ model: 'Zyxel XGS1250' });
    const link = await submitNetworkOrder(operatorContext(db()), {
      kind: 'link',
      customerId: 'CU-END',
      spec: { aNapId: nap, z: { handoff: 'AMS-IX port 12' }, bandwidthMbps: 1000 },
    });
    expect(link).toMatchObject({
      napId: nap,
      spec: { aNapId: nap, z: { handoff: 'AMS-IX port 12' }, bandwidthMbps: 1000 },
    });
    await expect(
      submitNetworkOrder(operatorContext(db()), {
        kind: 'access',
        customerId: 'CU-END',
        napId: nap,
        providerId: tpA,
      }),
    ).rejects.toThrow(/providerId: the operator's own access order has no provider/);
  });

  it('names every problem of a link spec, and of a product of a provider on an own order', async () => {
    await expect(
      submitNetworkOrder(operatorContext(db()), {
        kind: 'link',
        customerId: 'CU-END',
        spec: { aNapId: '', z: { napId: 'x', handoff: 'y' }, bandwidthMbps: 0, vlan: 4095, colour: 'red' },
      }),
    ).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({ field: 'spec.colour' }),
        expect.objectContaining({ field: 'spec.aNapId' }),
        expect.objectContaining({ field: 'spec.z' }),
        expect.objectContaining({ field: 'spec.bandwidthMbps' }),
        expect.objectContaining({ field: 'spec.vlan' }),
      ]),
    });
    await expect(
      submitNetworkOrder(operatorContext(db()), {
        kind: 'access',
        customerId: 'CU-END',
        napId: nap,
        productId: productA,
      }),
    ).rejects.toThrow(/productId: no product .* of the operator's own/);
    await expect(
      submitNetworkOrder(operatorContext(db()), {
        kind: 'link',
        customerId: 'CU-END',
        spec: { aNapId: otherNap, z: { napId: 'NAP-99999' }, bandwidthMbps: 100 },
      }),
    ).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ field: 'spec.aNapId' }),
        expect.objectContaining({ field: 'spec.z.napId' }),
      ],
    });
  });

  it('takes the same signed form for the same service once, while that order is open', async () => {
    const form = signedFormOf();
    const first = await submitNetworkOrder(providerContext(db(), tpA), order({ signedForm: form }));
    const again = await submitNetworkOrder(providerContext(db(), tpA), order({ signedForm: form }));
    expect(again.id).toBe(first.id);
    expect(await auditTrailOf(db(), { type: 'network-order', id: first.id })).toHaveLength(1);
    await recordNetworkOrderStep(operatorContext(db()), {
      orderId: first.id,
      action: 'reject',
      reason: 'wrong NAP',
    });
    const anew = await submitNetworkOrder(providerContext(db(), tpA), order({ signedForm: form }));
    expect(anew.id).not.toBe(first.id);
  });

  it('refuses a requested date before today', async () => {
    await expect(
      submitNetworkOrder(providerContext(db(), tpA), {
        ...order(),
        requestedOn: Temporal.PlainDate.from('2026-11-21'),
      }),
    ).rejects.toThrow(/requestedOn: 2026-11-21 is before today/);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { formHash, seedNap, seedProduct } from '../../network/use-cases/network-order-test-support.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('network orders over HTTP', (database) => {
  let server: HttpServer;
  let token = '';
  let providerId = '';
  let product = '';
  let nap = '';
  beforeAll(async () => {
    server = await httpServerOn(database());
    await seedCustomers(database().db, ['CU-HTTP']);
    nap = await seedNap(database().db, 'CU-HTTP');
    const admitted = await post('/providers', {
      name: 'Http Fiber',
      email: 'o@http.example',
      helpdeskEmail: 'h@http.example',
    });
    providerId = admitted.json().provider.id;
    token = (await post(`/providers/${providerId}/tokens`, { name: 'orders' })).json().secret;
    product = await seedProduct(database().db, providerId);
  });
  afterAll(() => server.close());
  function post(url: string, payload?: unknown, bearer?: string) {
    return server.inject({
      method: 'POST',
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    });
  }
  let forms = 1000;
  const form = () => ({
    fileName: 'form.pdf',
    sha256: formHash(++forms),
    signedOn: '2026-11-21',
    signedBy: 'A. Klant',
  });
  const submit = (body: Record<string, unknown> = {}) =>
    post(
      '/network-orders',
      {
        kind: 'third-party-service',
        customerId: 'CU-HTTP',
        productId: product,
        napId: nap,
        signedForm: form(),
        ...body,
      },
      token,
    );

  it("takes a provider's order to active through the API, with TMF622 states and its history", async () => {
    const submitted = await submit({ requestedOn: '2026-12-01' });
    expect(submitted.statusCode).toBe(201);
    const id = submitted.json().id;
    expect(submitted.json()).toMatchObject({ state: 'submitted', tmf622State: 'acknowledged', providerId });
    expect((await post(`/network-orders/${id}/accept`)).json().tmf622State).toBe('inProgress');
    const planned = await post(`/network-orders/${id}/plan`, { plannedOn: '2026-12-01' });
    expect(planned.json()).toMatchObject({ state: 'planned', plannedOn: '2026-12-01' });
    const programmed = await post(`/network-orders/${id}/program`, {});
    const serviceId = programmed.json().serviceId;
    expect((await post(`/network-orders/${id}/release`)).json().state).toBe('released');
    const gated = await post(`/network-orders/${id}/activate`);
    expect(gated.statusCode).toBe(409);
    expect(gated.json().detail).toMatch(/the first invoice and the one-time charges are unpaid/);
    expect(
      (await post(`/network-orders/${id}/payments`, { charge: 'first-invoice', paidOn: '2026-11-22' }))
        .statusCode,
    ).toBe(200);
    const waived = await post(`/network-orders/${id}/waiver`, {
      reason: 'paid by bank transfer, not yet booked',
    });
    expect(waived.json().activation).toMatchObject({ cleared: true, missing: ['one-time-charges'] });
    const active = await post(`/network-orders/${id}/activate`, { on: '2026-11-22' });
    expect(active.json()).toMatchObject({
      state: 'active',
      tmf622State: 'completed',
      activatedOn: '2026-11-22',
    });

    const seen = await server.inject({
      url: `/network-orders/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(seen.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'submit',
      'accept',
      'plan',
      'program',
      'release',
      'payment-recorded',
      'activation-waived',
      'activate',
    ]);
    const service = await server.inject({
      url: `/network-services/${serviceId}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(service.json()).toMatchObject({ state: 'active', openedOn: '2026-11-22', orderId: id });
    const services = await server.inject({
      url: '/network-services?customerId=CU-HTTP',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(services.json().map((s: { id: string }) => s.id)).toEqual([serviceId]);
  });

  it('answers a step the state does not allow with 409 naming what is allowed, and bad input with 400', async () => {
    const id = (await submit()).json().id;
    const early = await post(`/network-orders/${id}/release`);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toMatch(/Allowed now: accept, reject, cancel/);
    const noReason = await post(`/network-orders/${id}/reject`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await post(`/network-orders/${id}/teleport`)).statusCode).toBe(400);
    const unsigned = await submit({ signedForm: { fileName: 'form.pdf', sha256: 'd'.repeat(64) } });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'signedForm.signedBy',
      'signedForm.signedOn',
    ]);
    const missing = await submit({ signedForm: undefined });
    expect(missing.json().errors).toEqual([
      expect.objectContaining({ field: 'signedForm', problem: expect.stringMatching(/vn:2\.3\.3/) }),
    ]);
    expect((await post('/network-orders/NO-99999/accept')).statusCode).toBe(404);
  });

  it('answers a retried submission with the order it made the first time', async () => {
    const signedForm = form();
    const first = await submit({ signedForm });
    const retried = await submit({ signedForm });
    expect(retried.json().id).toBe(first.json().id);
    expect(retried.json().events).toHaveLength(1);
    expect((await submit()).json().id).not.toBe(first.json().id);
  });

  it('lets the provider cancel its own order, and filters the list by state', async () => {
    const id = (await submit()).json().id;
    const cancelled = await post(`/network-orders/${id}/cancel`, { reason: 'end user withdrew' }, token);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', tmf622State: 'cancelled' });
    const list = await server.inject({
      url: '/network-orders?state=cancelled',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(list.json().map((o: { id: string }) => o.id)).toEqual([id]);
    expect(list.json()[0]).not.toHaveProperty('events');
  });
});

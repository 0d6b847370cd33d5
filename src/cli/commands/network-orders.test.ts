import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { runCli } from '../../../test/support/run-cli.ts';
import {
  formHash,
  seedNap,
  seedProduct,
  seedProvider,
} from '../../network/use-cases/network-order-test-support.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';

describe('vezel network-orders', { timeout: 120_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-network-orders-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  let orderFile = '';
  let order: Record<string, unknown> = {};
  /** The order as a file, on another signed form each time. */
  const anOrderFile = () => {
    fs.writeFileSync(
      orderFile,
      JSON.stringify({
        ...order,
        signedForm: { ...(order.signedForm as object), sha256: formHash(++forms) },
      }),
    );
    return orderFile;
  };
  let forms = 3000;

  beforeAll(async () => {
    // The store as the inventory and the catalog left it: an end user with a NAP, a provider's service.
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      await seedCustomers(store.db, ['CU-CLI']);
      const nap = await seedNap(store.db, 'CU-CLI');
      const provider = await seedProvider(store.db, 'Cli Provider');
      const product = await seedProduct(store.db, provider);
      orderFile = path.join(folder, 'order.json');
      order = {
        kind: 'third-party-service',
        providerId: provider,
        customerId: 'CU-CLI',
        productId: product,
        napId: nap,
        signedForm: { fileName: 'form.pdf', signedOn: '2026-01-05', signedBy: 'C. Li' },
      };
    } finally {
      await store.close();
    }
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('submits from a file and takes the order through its steps, gated until waived', async () => {
    const submitted = await runCli(['network-orders', 'submit', anOrderFile(), '--json'], env);
    expect(submitted.status).toBe(0);
    const id = JSON.parse(submitted.stdout).id as string;
    for (const args of [
      ['accept', id],
      ['plan', id, '2099-01-04'],
      ['program', id],
      ['release', id],
    ]) {
      const step = await runCli(['network-orders', ...args], env);
      expect(step.status, `${args[0]}: ${step.stderr}`).toBe(0);
    }
    const gated = await runCli(['network-orders', 'activate', id], env);
    expect(gated.status).toBe(1);
    expect(gated.stderr).toMatch(/the first invoice and the one-time charges are unpaid/);
    const waived = await runCli(['network-orders', 'waive', id, '--reason', 'school opening'], env);
    expect(waived.stdout).toMatch(/waived on .* \(school opening\)/);
    const active = await runCli(['network-orders', 'activate', id], env);
    expect(active.stdout).toMatch(`${id} is active (completed).`);
    const shown = await runCli(['network-orders', 'show', id], env);
    expect(shown.stdout).toMatch(/third-party-service .* active \(completed\)/);
    expect(shown.stdout).toMatch(/activation-waived/);
    const listed = await runCli(['network-orders', 'list', '--state', 'active', '--json'], env);
    expect(JSON.parse(listed.stdout).map((o: { id: string }) => o.id)).toEqual([id]);
  });

  it('answers a refused step with the allowed ones, and a missing reason as usage', async () => {
    const id = JSON.parse(
      (await runCli(['network-orders', 'submit', anOrderFile(), '--json'], env)).stdout,
    ).id;
    const early = await runCli(['network-orders', 'release', id], env);
    expect(early.status).toBe(1);
    expect(early.stderr).toMatch(/Allowed now: accept, reject, cancel/);
    const noReason = await runCli(['network-orders', 'reject', id], env);
    expect(noReason.status).toBe(2);
    const paid = await runCli(['network-orders', 'record-payment', id, '--charge', 'first-invoice'], env);
    expect(paid.stdout).toMatch(/waiting for one-time-charges/);
  });
});

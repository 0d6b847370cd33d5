import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { runCli } from '../../../test/support/run-cli.ts';
import {
  seedCable,
  seedNapOn,
  seedPlacedService,
} from '../../operations/use-cases/maintenance-test-support.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';

// The CLI runs on the system clock: the windows lie far ahead, so "not in the past" holds.
const startsAt = '2099-06-01T23:00:00+02:00';
const endsAt = '2099-06-02T03:00:00+02:00';

describe('vezel maintenance plan|list|show|cancel', { timeout: 90_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-maintenance-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data'), VEZEL_OUTBOX: path.join(folder, 'mail') };
  let cable = '';
  let serviceId = '';

  beforeAll(async () => {
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      await seedCustomers(store.db, ['CU-MW1']);
      cable = await seedCable(store.db);
      const nap = await seedNapOn(store.db, cable, 'CU-MW1');
      serviceId = await seedPlacedService(store.db, { customerId: 'CU-MW1', napId: nap });
    } finally {
      await store.close();
    }
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('plans a window on a cable, lists and shows it, and cancels it', async () => {
    const planned = await runCli(
      [
        'maintenance',
        'plan',
        '--seller',
        'vitrumnet',
        '--scope',
        'cable',
        '--scope-id',
        cable,
        '--starts-at',
        startsAt,
        '--ends-at',
        endsAt,
        '--description',
        'New splice closure',
      ],
      env,
    );
    expect(planned.stderr).toBe('');
    expect(planned.status).toBe(0);
    const lines = planned.stdout.trimEnd().split('\n');
    const id = /^Planned (MW-\d+) /.exec(lines[0]!)?.[1];
    expect(lines).toEqual([
      `Planned ${id} cable ${cable} from ${startsAt} to ${endsAt} (vn:2.1.3)`,
      `  ${serviceId} of CU-MW1 (active)`,
      'Notified 1 customer(s) and 0 provider(s).',
    ]);

    const listed = await runCli(['maintenance', 'list', '--scope-id', cable, '--json'], env);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id, startsAtLocal: startsAt })]);
    const shown = await runCli(['maintenance', 'show', id!], env);
    expect(shown.stdout).toContain(`  ${serviceId} of CU-MW1 (active)`);

    const cancelled = await runCli(['maintenance', 'cancel', id!, '--reason', 'postponed', '--json'], env);
    expect(cancelled.status).toBe(0);
    expect(JSON.parse(cancelled.stdout)).toMatchObject({ id, notified: { customers: 1, providers: 0 } });
    const again = await runCli(['maintenance', 'cancel', id!], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already cancelled/);
    expect((await runCli(['maintenance', 'list', '--scope-id', cable], env)).stdout).toBe(
      'No maintenance windows.\n',
    );
  });

  it('exits 2 naming the field of a window that ends before it starts', async () => {
    const result = await runCli(
      [
        'maintenance',
        'plan',
        '--seller',
        'vitrumnet',
        '--scope',
        'cable',
        '--scope-id',
        cable,
        '--starts-at',
        endsAt,
        '--ends-at',
        startsAt,
        '--description',
        'Backwards',
      ],
      env,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/endsAt: must be after startsAt/);
  });
});

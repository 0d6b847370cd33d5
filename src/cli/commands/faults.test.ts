import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.ts';
import { aReport, seedFaultNetwork } from '../../operations/use-cases/fault-test-support.ts';
import type { FaultNetwork } from '../../operations/use-cases/fault-test-support.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';

// The CLI runs on the system clock: reports are dated now unless told.
describe('vezel faults', { timeout: 120_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-faults-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data'), VEZEL_OUTBOX: path.join(folder, 'mail') };
  const vezel = (...args: string[]) => runCli(['faults', ...args], env);
  let network: FaultNetwork;

  beforeAll(async () => {
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      network = await seedFaultNetwork(store.db, { fiberCount: 48 });
    } finally {
      await store.close();
    }
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('refuses a report missing vn:6.4.9 items, naming each', async () => {
    const refused = await vezel(
      'report',
      '--service',
      network.serviceId,
      '--kind',
      'other',
      '--reporter-name',
      'Noor',
    );
    expect(refused.status).toBe(2);
    for (const field of ['customerName', 'contactPerson', 'contactPhone', 'endPointB'])
      expect(refused.stderr).toContain(`report.${field}`);
    expect(refused.stderr).toContain('vn:6.4.9');
  });

  it('reports from a file, lists, shows, works, repairs and closes a ticket', async () => {
    const file = path.join(folder, 'fault.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ serviceId: network.serviceId, kind: 'fiber-break', report: aReport }),
    );
    const reported = await vezel('report', '--file', file, '--channel', 'phone', '--json');
    expect(reported.stderr).toBe('');
    const ticket = JSON.parse(reported.stdout) as {
      id: string;
      channel: string;
      slaStatus: string;
      sla: { fiberCount: number };
    };
    expect(ticket).toMatchObject({ channel: 'phone', slaStatus: 'running', sla: { fiberCount: 48 } });

    const listed = await vezel('list', '--customer', network.customerId, '--open');
    expect(listed.stdout).toMatch(
      new RegExp(`^${ticket.id}  acknowledged  fiber-break on ${network.serviceId}`, 'm'),
    );

    const started = await vezel('start', ticket.id, '--note', 'Crew sent');
    expect(started.status).toBe(0);
    expect(started.stdout).toContain('state-changed → in-progress');
    expect((await vezel('note', ticket.id, 'Splice found')).stdout).toContain('Splice found');
    const wrong = await vezel('resume', ticket.id);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/'in-progress' cannot be resumed/);

    const repaired = await vezel('repair-report', ticket.id);
    expect(repaired.stdout).toMatch(/^Repair reported /m);
    const closed = await vezel('close', ticket.id, '--reason', 'repaired');
    expect(closed.stdout).toMatch(/^Closed .*: repaired\.$/m);
    const shown = await vezel('show', ticket.id, '--json');
    const detail = JSON.parse(shown.stdout) as {
      state: string;
      slaStatus: string;
      history: { kind: string }[];
    };
    expect([detail.state, detail.slaStatus]).toEqual(['closed', 'met']);
    expect(detail.history.map((e) => e.kind)).toEqual([
      'reported',
      'state-changed',
      'note',
      'repair-reported',
      'closed',
    ]);
  });

  it('watches the clocks', async () => {
    const watched = await vezel('watch');
    expect(watched.status).toBe(0);
    expect(watched.stdout).toMatch(/^SLA watch at .*: nothing new\.$/m);
  });
});

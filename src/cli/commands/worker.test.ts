import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { afterAll, describe, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { repositoryRoot, runCli, vezelBin } from '../../../test/support/run-cli.ts';
import { openFreshDatabase, testServerUrl } from '../../../test/support/stores.ts';
import type { FreshDatabase } from '../../../test/support/stores.ts';
import {
  createSubscription,
  draftBillRun,
  getBillRun,
  issueBillRun,
  listBillRuns,
  listInvoices,
  startBillRun,
} from '../../billing/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import { migrateDatabase, openPglite, queryRows } from '../../platform/database/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { listScheduledRuns } from '../../platform/scheduler/index.ts';

const testActor = { id: 'test', origin: 'test' };
const cycleJobs = [
  'form-due-contracts',
  'close-ended-contracts',
  'remind-cpe-returns',
  'bill-runs',
  'dunning',
  'refresh-contract-dates',
  'forget-idempotency-keys',
];
const on = (db: Db, day: string) => ({
  db,
  clock: fixedClock(Temporal.PlainDate.from(day)),
  actor: testActor,
});

describe('vezel worker --once on the embedded store', { timeout: 120_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-worker-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data'), VEZEL_LOG_LEVEL: 'info' };
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("runs the quarter's first day once: the bill run issued, a second pass doing nothing", async () => {
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      await seedCustomers(store.db, ['CU-W1']);
      await createSubscription(on(store.db, '2027-03-01'), {
        sellerId: 'bit',
        customerId: 'CU-W1',
        description: 'Colocatie 1U',
        priceCents: 12_000,
        startsOn: Temporal.PlainDate.from('2027-04-01'),
      });
    } finally {
      await store.close();
    }
    const first = await runCli(['worker', '--once', '--as-of', '2027-04-01'], env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const lines = first.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line.msg === 'job done').map((line) => line.job)).toEqual(cycleJobs);
    expect(lines.find((line) => line.job === 'bill-runs' && line.msg === 'job done')).toMatchObject({
      level: 'info',
      day: '2027-04-01',
      result: {
        period: '2027-Q2',
        billed: expect.arrayContaining([
          expect.objectContaining({ sellerId: 'bit', state: 'issued', issued: 1 }),
        ]),
      },
    });
    expect(lines.at(-1)).toMatchObject({ msg: 'worker stopped' });

    const second = await runCli(['worker', '--once', '--as-of', '2027-04-01'], env);
    expect(second.status).toBe(0);
    expect(second.stdout).not.toMatch(/"job (started|done)"/);

    const check = await openPglite(env.VEZEL_DATA);
    try {
      const runs = await listScheduledRuns(check.db, { day: '2027-04-01' });
      expect(runs.map((run) => [run.job, run.state, run.attempts]).sort()).toEqual(
        cycleJobs.map((job) => [job, 'done', 1]).sort(),
      );
      const { invoices } = await listInvoices(check.db, { sellerId: 'bit' });
      expect(invoices.map((invoice) => invoice.number)).toEqual(['BIT-000001']);
    } finally {
      await check.close();
    }

    const bad = await runCli(['worker', '--once', '--interval', '0'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/'0' is not a whole number of 1 or more/);
  });
});

describe.skipIf(!testServerUrl)(
  'three vezel workers on one PostgreSQL, one killed in the bill run and one in the dunning run',
  { timeout: 300_000 },
  () => {
    let fresh: FreshDatabase | undefined;
    const workers: ChildProcess[] = [];
    const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-worker-outbox-'));
    afterAll(async () => {
      for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
      await fresh?.dispose();
      fs.rmSync(outbox, { recursive: true, force: true });
    });
    const customers = Array.from({ length: 300 }, (_, i) => `CU-W${String(i + 1).padStart(3, '0')}`);

    it('issues every invoice once with consecutive numbers, sends every reminder once, completes the day', async () => {
      fresh = await openFreshDatabase('postgres');
      await migrateDatabase(fresh.database);
      const { db } = fresh.database;
      await seedCustomers(db, customers);
      for (const customerId of customers)
        await createSubscription(on(db, '2026-12-01'), {
          sellerId: 'vitrumnet',
          customerId,
          description: 'Link 1 Gbit/s',
          priceCents: 3_000,
          startsOn: Temporal.PlainDate.from('2027-01-01'),
        });
      // 2027-Q1 billed and never paid: on 2027-04-01 the dunning run reminds all 300.
      const q1 = await startBillRun(on(db, '2027-01-01'), { sellerId: 'vitrumnet', period: '2027-Q1' });
      await draftBillRun(on(db, '2027-01-01'), q1.id);
      await issueBillRun(on(db, '2027-01-01'), q1.id);

      const env = { DATABASE_URL: fresh.url, VEZEL_OUTBOX: outbox, VEZEL_LOG_LEVEL: 'info' };
      const args = [
        'worker',
        '--as-of',
        '2027-04-01',
        '--interval',
        '1',
        '--lease',
        '3',
        '--chunk-size',
        '5',
      ];
      const output = new Map<number, string>();
      for (let i = 0; i < 3; i++) {
        const child = spawn(process.execPath, [vezelBin, ...args], {
          cwd: repositoryRoot,
          env: { ...process.env, ...env },
        });
        output.set(child.pid!, '');
        child.stdout!.on('data', (chunk: Buffer) =>
          output.set(child.pid!, output.get(child.pid!) + chunk.toString()),
        );
        child.stderr!.on('data', (chunk: Buffer) =>
          output.set(child.pid!, output.get(child.pid!) + chunk.toString()),
        );
        workers.push(child);
      }

      const killed = {
        'bill-runs': await killHolderWhen(db, workers, 'bill-runs', async () => {
          const run = (await listBillRuns(db, { sellerId: 'vitrumnet' })).find((r) => r.period === '2027-Q2');
          return run !== undefined && partly(run.progress.issued, run.progress.chunks);
        }),
        dunning: await killHolderWhen(db, workers, 'dunning', async () => {
          const [row] = await queryRows<{ n: string }>(db, sql`SELECT count(*) AS n FROM dunning_letters`);
          return partly(Number(row!.n), customers.length);
        }),
      };
      for (const [job, pid] of Object.entries(killed))
        if (pid === undefined)
          console.warn(`the ${job} job ended before its worker was killed: checked all the same`);

      await waitFor(async () => {
        const runs = await listScheduledRuns(db, { day: '2027-04-01' });
        return runs.length === cycleJobs.length && runs.every((run) => run.state === 'done');
      }, 180_000).catch((error: unknown) => {
        throw new Error(`${String(error)}; the workers said:\n${[...output.values()].join('\n')}`);
      });
      const alive = workers.filter((worker) => worker.exitCode === null && worker.signalCode === null);
      expect(alive.length).toBe(3 - Object.values(killed).filter((pid) => pid !== undefined).length);
      const exits = await Promise.all(
        alive.map(
          (worker) =>
            new Promise<number | null>((resolve) => {
              worker.once('exit', (code) => resolve(code));
              worker.kill('SIGTERM');
            }),
        ),
      );
      expect(exits.every((code) => code === 0)).toBe(true);

      // Each job ran to done; a killed worker's job was taken over (a second attempt).
      const runs = await listScheduledRuns(db, { day: '2027-04-01' });
      for (const job of cycleJobs) {
        const run = runs.find((r) => r.job === job)!;
        expect(run.state, job).toBe('done');
        expect(run.attempts, job).toBe(killed[job as keyof typeof killed] === undefined ? 1 : 2);
      }

      // Every invoice issued once: 300 in each quarter, numbers consecutive without gap or duplicate.
      const q2 = (await listBillRuns(db, { sellerId: 'vitrumnet' })).find((r) => r.period === '2027-Q2')!;
      expect(await getBillRun(db, q2.id)).toMatchObject({
        state: 'issued',
        customers: 300,
        progress: { chunks: 60, drafted: 60, issued: 60 },
        invoices: { drafts: 0, issued: 300, totalCents: 300 * 3_630 },
      });
      const { invoices } = await listInvoices(db, { billRunId: q2.id, limit: 500 });
      expect(invoices.map((invoice) => invoice.customerId).sort()).toEqual(customers);
      const numbers = await queryRows<{ number: string }>(
        db,
        sql`SELECT number FROM invoices WHERE seller_id = 'vitrumnet' AND state = 'issued' ORDER BY number`,
      );
      expect(numbers.map((row) => row.number)).toEqual(
        Array.from({ length: 600 }, (_, i) => `VN-${String(i + 1).padStart(6, '0')}`),
      );

      // Every reminder once: one letter per customer, one message per letter.
      const letters = await queryRows<{ customer_id: string; step: string; n: string }>(
        db,
        sql`SELECT c.customer_id, l.step, count(*) AS n FROM dunning_letters l
             JOIN dunning_cases c ON c.id = l.case_id GROUP BY c.customer_id, l.step ORDER BY c.customer_id`,
      );
      expect(letters.map((row) => [row.customer_id, row.step, Number(row.n)])).toEqual(
        customers.map((customerId) => [customerId, 'reminder', 1]),
      );
      const messages = await queryRows<{ about: string; n: string }>(
        db,
        sql`SELECT about, count(*) AS n FROM messages WHERE kind = 'dunning-reminder' GROUP BY about`,
      );
      expect(messages).toHaveLength(300);
      expect(messages.every((row) => Number(row.n) === 1)).toBe(true);
    });
  },
);

const partly = (done: number, of: number) => done > 0 && done < of;

/**
 * SIGKILLs the worker holding `job` (its pid is in `claimed_by`) once `midway` holds; answers the
 * pid, or undefined when the job was done before.
 */
async function killHolderWhen(
  db: Db,
  workers: readonly ChildProcess[],
  job: string,
  midway: () => Promise<boolean>,
): Promise<number | undefined> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const [run] = await listScheduledRuns(db, { job, day: '2027-04-01' });
    if (run?.state === 'done') return undefined;
    if (run?.state === 'running' && (await midway())) {
      const pid = Number(run.claimedBy.split(':').at(-1));
      const holder = workers.find((worker) => worker.pid === pid);
      if (holder && holder.exitCode === null) {
        holder.kill('SIGKILL');
        await new Promise((resolve) => holder.once('exit', resolve));
        return pid;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${job} was neither done nor running mid-way within 120 s`);
}

async function waitFor(done: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

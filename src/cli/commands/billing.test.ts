import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { repositoryRoot, runCli, vezelBin } from '../../../test/support/run-cli.ts';
import { openFreshDatabase, testServerUrl } from '../../../test/support/stores.ts';
import type { FreshDatabase } from '../../../test/support/stores.ts';
import { createSubscription, getBillRun, listBillRuns, listInvoices } from '../../billing/index.ts';
import type { BillRunView } from '../../billing/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import { migrateDatabase, openPglite, queryRows } from '../../platform/database/index.ts';
import type { Db } from '../../platform/database/index.ts';

describe('vezel subscriptions, billing and invoices', { timeout: 300_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-billing-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  const file = (name: string) => path.join(folder, name);
  let invoiceId = '';
  let subscriptionId = '';

  beforeAll(async () => {
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      await seedCustomers(store.db, ['CU-C1']);
    } finally {
      await store.close();
    }
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('bills a subscription in a run that is reviewed, then issued, and writes its PDF and UBL', async () => {
    const added = await runCli(
      [
        ...['subscriptions', 'add', '--seller', 'bit', '--customer', 'CU-C1', '--starts-on', '2027-01-01'],
        ...['--price', '€ 120,00', '--description', 'Colocatie 1U', '--json'],
      ],
      env,
    );
    expect(added.status).toBe(0);
    subscriptionId = JSON.parse(added.stdout).id;
    expect(JSON.parse(added.stdout)).toMatchObject({ priceCents: 12_000, cadence: 'quarter' });

    const drafted = await runCli(['billing', 'run', 'bit', '2027-Q1', '--chunk-size', '1'], env);
    expect(drafted.status).toBe(0);
    const runId = /^Bill run (BR-\d+): bit 2027-Q1 .*: drafted$/m.exec(drafted.stdout)?.[1] ?? '';
    expect(drafted.stdout).toMatch(/customers {2}1 in 1 chunk\(s\): 1 drafted, 0 issued/);
    expect(drafted.stdout).toMatch(/1 draft\(s\), 0 issued; total € 145,20 incl\. VAT/);
    expect(drafted.stdout).toContain(`vezel invoices list --run ${runId}`);
    expect(drafted.stdout).toContain(`vezel billing issue ${runId}`);
    const review = await runCli(['invoices', 'list', '--run', runId], env);
    expect(review.stdout).toMatch(/^(INV-\d+)\s+\(draft\)\s+invoice\s+draft\s+CU-C1 .*€ 145,20$/m);
    invoiceId = /^(INV-\d+)/.exec(review.stdout)![1]!;

    const issued = await runCli(['billing', 'issue', runId, '--json'], env);
    expect(JSON.parse(issued.stdout)).toMatchObject({ state: 'issued', invoices: { issued: 1 } });
    const shown = await runCli(['invoices', 'show', invoiceId], env);
    expect(shown.stdout).toMatch(/^Invoice BIT-000001 \(INV-\d+\), issued 2027-01-01$/m);
    expect(shown.stdout).toMatch(
      /^1 {2}Colocatie 1U {2}2027-01-01 – 2027-03-31 +1 +€ 120,00 +€ 120,00 +S 21%$/m,
    );
    expect(shown.stdout).toMatch(/^ {2}S 21% on € 120,00: € 25,20$/m);
    expect(shown.stdout).toMatch(/^Total +€ 145,20$/m);
    expect(shown.stdout).toMatch(/^Due +2027-01-15 \(14 days after the invoice date\)$/m);

    expect((await runCli(['invoices', 'pdf', invoiceId, '--out', file('i.pdf')], env)).status).toBe(0);
    expect(fs.readFileSync(file('i.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const ubl = await runCli(['invoices', 'ubl', invoiceId, '--out', file('i.xml')], env);
    expect(ubl.stdout).toMatch(/^Wrote BIT-000001 to /);
    expect(fs.readFileSync(file('i.xml'), 'utf8')).toContain('<cbc:ID>BIT-000001</cbc:ID>');
  });

  it('credits a line once, ends a subscription, and names a bad period with status 2', async () => {
    const credited = await runCli(
      ['invoices', 'credit', invoiceId, '--reason', 'Outage', '--lines', '1'],
      env,
    );
    expect(credited.status).toBe(0);
    expect(credited.stdout).toMatch(
      /^Issued credit note BITC-000001 \(INV-\d+\) for BIT-000001: 1 line\(s\)\.$/m,
    );
    const again = await runCli(['invoices', 'credit', invoiceId, '--reason', 'Outage'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/was credited already/);

    const ended = await runCli(['subscriptions', 'end', subscriptionId, '--ends-on', '2027-02-14'], env);
    expect(ended.stdout).toMatch(
      /Billed through 2027-03-31: the next bill run credits the days after the end/,
    );

    const quarter = await runCli(['billing', 'run', 'bit', '2027-Q5'], env);
    expect(quarter.status).toBe(2);
    expect(quarter.stderr).toMatch(/^vezel: period: '2027-Q5' names quarter 5/);
  });
});

describe.skipIf(!testServerUrl)(
  'vezel billing run on PostgreSQL, killed mid-way',
  { timeout: 300_000 },
  () => {
    let fresh: FreshDatabase | undefined;
    afterAll(() => fresh?.dispose());
    const customers = Array.from({ length: 300 }, (_, i) => `CU-K${String(i + 1).padStart(3, '0')}`);
    const command = ['billing', 'run', 'vitrumnet', '2027-Q1', '--chunk-size', '5', '--issue'];

    it('resumes without loss: every customer billed once, numbers consecutive, the run issued', async () => {
      fresh = await openFreshDatabase('postgres');
      await migrateDatabase(fresh.database);
      const { db } = fresh.database;
      await seedCustomers(db, customers);
      const context = { db, clock: fixedClock(Temporal.PlainDate.from('2026-12-01')), actor: testActor };
      for (const customerId of customers)
        await createSubscription(context, {
          sellerId: 'vitrumnet',
          customerId,
          description: 'Link 1 Gbit/s',
          priceCents: 3_000,
          startsOn: Temporal.PlainDate.from('2027-01-01'),
        });
      const env = { DATABASE_URL: fresh.url };

      // Killed while drafting, then again while issuing: a chunk's work is one transaction.
      for (const step of ['drafted', 'issued'] as const) {
        const killedAt = await killMidWay(db, command, env, step);
        if (killedAt === undefined)
          console.warn(
            `the process finished before it was killed while ${step}: the rest is checked all the same`,
          );
        await noOtherSessions(db);
      }
      const resumed = await runCli([...command, '--json'], env);
      expect(resumed.stderr).toBe('');
      expect(resumed.status).toBe(0);
      const [{ id }] = (await listBillRuns(db, { sellerId: 'vitrumnet' })) as [BillRunView];
      const run = await getBillRun(db, id);
      expect(JSON.parse(resumed.stdout)).toEqual(JSON.parse(JSON.stringify(run)));
      expect(run).toMatchObject({
        state: 'issued',
        customers: 300,
        progress: { chunks: 60, drafted: 60, issued: 60 },
        // 300 × € 30,00 + 21% VAT: nothing billed twice, nothing lost.
        invoices: { drafts: 0, issued: 300, totalCents: 300 * 3_630 },
      });
      const { invoices, total } = await listInvoices(db, { billRunId: run.id, limit: 500 });
      expect(total).toBe(300);
      expect(invoices.map((i) => i.customerId).sort()).toEqual(customers);
      const numbers = invoices.map((i) => i.number!).sort();
      expect(numbers).toEqual(customers.map((_, i) => `VN-${String(i + 1).padStart(6, '0')}`));
    });
  },
);

const testActor = { id: 'test', origin: 'test' };

/**
 * Starts `vezel …` and SIGKILLs it once some but not all chunks are `step`. Answers the progress it
 * was killed at; undefined when the process finished first.
 */
async function killMidWay(
  db: Db,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  step: 'drafted' | 'issued',
): Promise<BillRunView['progress'] | undefined> {
  const child = spawn(process.execPath, [vezelBin, ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, VEZEL_LOG_LEVEL: 'silent', ...env },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let killedAt: BillRunView['progress'] | undefined;
  while (child.exitCode === null && child.signalCode === null) {
    const [run] = await listBillRuns(db, { sellerId: 'vitrumnet' });
    if (run && partly(run.progress[step], run.progress.chunks)) {
      child.kill('SIGKILL');
      killedAt = run.progress;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await exited;
  return killedAt;
}

const partly = (done: number, of: number) => done > 0 && done < of;

/** Waits until the killed process's server session is gone, so its chunk's lock is released. */
async function noOtherSessions(db: Db): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const [row] = await queryRows<{ n: string }>(
      db,
      sql`SELECT count(*) AS n FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
    );
    if (Number(row!.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { httpServerOn } from '../../../test/support/app.ts';
import { fixedClock } from '../clock.ts';
import type { Context } from '../context.ts';
import { listScheduledRuns } from './list-scheduled-runs.ts';
import type { DailyJob } from './run-claimed-job.ts';
import { runDailyCycle } from './run-daily-cycle.ts';
import { schedulerActor } from './scheduler-actor.ts';
import { claimRun, markDone, markFailed, renewLease } from './store.ts';

const t0 = Temporal.Instant.from('2027-01-01T06:00:00Z');
const at = (seconds: number) => t0.add({ seconds }).toString();
const terms = (worker: string, now: number, lease = 60) => ({
  worker,
  now: at(now),
  leaseUntil: at(now + lease),
  maxAttempts: 3,
});

describeEachStore('claiming a scheduled run', (database) => {
  it('gives one (job, day) to one of two claimers at once', async () => {
    const { db } = database();
    const claims = await Promise.all([
      claimRun(db, 'race', '2027-01-01', terms('A', 0)),
      claimRun(db, 'race', '2027-01-01', terms('B', 0)),
    ]);
    const winners = claims.filter((claim) => claim !== undefined);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ state: 'running', attempts: 1 });
    // The same job on another day is a claim of its own.
    expect(await claimRun(db, 'race', '2027-01-02', terms('B', 0))).toMatchObject({ claimedBy: 'B' });
  });

  it('lets another worker take over a running claim only once its lease ran out', async () => {
    const { db } = database();
    await claimRun(db, 'lease', '2027-01-01', terms('A', 0, 30));
    expect(await claimRun(db, 'lease', '2027-01-01', terms('B', 29))).toBeUndefined();
    // A renews at 20 s: its lease now runs to 80 s.
    const a = { job: 'lease', day: '2027-01-01', worker: 'A', attempt: 1 };
    expect(await renewLease(db, a, at(80))).toBe(true);
    expect(await claimRun(db, 'lease', '2027-01-01', terms('B', 79))).toBeUndefined();
    // A dies: B takes over after the lease.
    const taken = await claimRun(db, 'lease', '2027-01-01', terms('B', 80));
    expect(taken).toMatchObject({ state: 'running', attempts: 2, claimedBy: 'B' });
    // A, back from a long pause, no longer holds it: it can neither renew nor record it done.
    expect(await renewLease(db, a, at(200))).toBe(false);
    expect(await markDone(db, a, at(90), { by: 'A' })).toBe(false);
    const b = { job: 'lease', day: '2027-01-01', worker: 'B', attempt: 2 };
    expect(await markDone(db, b, at(95), { by: 'B' })).toBe(true);
    const [run] = await listScheduledRuns(db, { job: 'lease' });
    expect(run).toMatchObject({ state: 'done', attempts: 2, claimedBy: 'B', result: { by: 'B' } });
    expect(run!.leaseUntil).toBeNull();
    expect(run!.finishedAt).toBe(at(95));
  });

  it('never runs a done day again, however late', async () => {
    const { db } = database();
    await claimRun(db, 'once', '2027-01-01', terms('A', 0));
    await markDone(db, { job: 'once', day: '2027-01-01', worker: 'A', attempt: 1 }, at(1), {});
    expect(await claimRun(db, 'once', '2027-01-01', terms('B', 86_400))).toBeUndefined();
    expect(await claimRun(db, 'once', '2027-01-01', terms('A', 86_400))).toBeUndefined();
  });

  it('retries a failed run from its retry time, and gives it up after its last attempt', async () => {
    const { db } = database();
    for (let attempt = 1; attempt <= 3; attempt++) {
      const now = attempt * 100;
      const claim = await claimRun(db, 'flaky', '2027-01-01', terms('A', now));
      expect(claim).toMatchObject({ attempts: attempt });
      const mine = { job: 'flaky', day: '2027-01-01', worker: 'A', attempt };
      expect(await markFailed(db, mine, at(now + 1), 'boom', at(now + 50))).toBe(true);
      expect(await claimRun(db, 'flaky', '2027-01-01', terms('A', now + 49))).toBeUndefined();
    }
    expect(await claimRun(db, 'flaky', '2027-01-01', terms('A', 10_000))).toBeUndefined();
    expect(await listScheduledRuns(db, { job: 'flaky' })).toMatchObject([
      { state: 'failed', attempts: 3, lastError: 'boom' },
    ]);
  });
});

describeEachStore('the daily cycle', (database) => {
  const context = (): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from('2027-04-01')),
    actor: schedulerActor,
  });
  const quiet = { info: () => {}, warn: () => {}, error: () => {} };
  const settings = (worker: string, wallClock = () => Temporal.Now.instant()) => ({
    worker,
    leaseSeconds: 60,
    maxAttempts: 2,
    retrySeconds: 60,
    wallClock,
    log: quiet,
    stopping: () => false,
    waitForOthers: true,
    pollMs: 10,
  });
  const day = Temporal.PlainDate.from('2027-04-01');

  it('runs its jobs in order, once a day, however many workers pass', async () => {
    const calls: string[] = [];
    const job = (key: string): DailyJob => ({
      key: `ordered-${key}`,
      run: async (_context, on) => {
        calls.push(`${key}@${on.toString()}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { key };
      },
    });
    const jobs = [job('a'), job('b'), job('c')];
    const passes = await Promise.all(
      ['W1', 'W2', 'W3'].map((worker) => runDailyCycle(context(), day, jobs, settings(worker))),
    );
    expect(calls).toEqual(['a@2027-04-01', 'b@2027-04-01', 'c@2027-04-01']);
    expect(passes.every((pass) => pass.complete)).toBe(true);
    expect(passes.flatMap((pass) => pass.ran.map((r) => r.job)).sort()).toEqual([
      'ordered-a',
      'ordered-b',
      'ordered-c',
    ]);
    const again = await runDailyCycle(context(), day, jobs, settings('W4'));
    expect(again).toEqual({ day: '2027-04-01', complete: true, ran: [], givenUp: [] });
    expect(calls).toHaveLength(3);
  });

  it('holds the later jobs back while an earlier one fails, and goes on once it is given up', async () => {
    const calls: string[] = [];
    const jobs: DailyJob[] = [
      {
        key: 'failing-first',
        run: async () => {
          calls.push('first');
          throw new Error('the bank is down');
        },
      },
      { key: 'failing-second', run: async () => (calls.push('second'), {}) },
    ];
    let now = Temporal.Now.instant();
    const first = await runDailyCycle(
      context(),
      day,
      jobs,
      settings('W1', () => now),
    );
    expect(first).toMatchObject({ complete: false, ran: [{ job: 'failing-first', outcome: 'failed' }] });
    expect(calls).toEqual(['first']);
    // Before the retry time nothing runs; after it the last attempt fails and the cycle goes on.
    expect(
      (
        await runDailyCycle(
          context(),
          day,
          jobs,
          settings('W2', () => now),
        )
      ).ran,
    ).toEqual([]);
    now = now.add({ seconds: 61 });
    const second = await runDailyCycle(
      context(),
      day,
      jobs,
      settings('W2', () => now),
    );
    expect(second).toMatchObject({ complete: true, givenUp: ['failing-first'] });
    expect(calls).toEqual(['first', 'first', 'second']);
    const [failed] = await listScheduledRuns(database().db, { job: 'failing-first' });
    expect(failed).toMatchObject({ state: 'failed', attempts: 2, lastError: 'the bank is down' });
  });

  it('stops between jobs when asked to', async () => {
    let stop = false;
    const jobs: DailyJob[] = [
      { key: 'stop-a', run: async () => ((stop = true), {}) },
      { key: 'stop-b', run: async () => ({}) },
    ];
    const pass = await runDailyCycle(context(), day, jobs, { ...settings('W1'), stopping: () => stop });
    expect(pass).toMatchObject({ complete: false, ran: [{ job: 'stop-a', outcome: 'done' }] });
    expect(await listScheduledRuns(database().db, { job: 'stop-b' })).toEqual([]);
  });

  it('leaves a job another worker holds for the next pass when not told to wait', async () => {
    const now = Temporal.Now.instant();
    await claimRun(database().db, 'held-a', '2027-04-01', {
      worker: 'X',
      now: now.toString(),
      leaseUntil: now.add({ seconds: 60 }).toString(),
      maxAttempts: 2,
    });
    const calls: string[] = [];
    const jobs: DailyJob[] = [
      { key: 'held-a', run: async () => (calls.push('a'), {}) },
      { key: 'held-b', run: async () => (calls.push('b'), {}) },
    ];
    const pass = await runDailyCycle(context(), day, jobs, { ...settings('W1'), waitForOthers: false });
    expect(pass).toEqual({ day: '2027-04-01', complete: false, ran: [], givenUp: [] });
    // Once X's lease has run out, the next pass takes the job over and goes on.
    const later = await runDailyCycle(context(), day, jobs, {
      ...settings('W1', () => now.add({ seconds: 61 })),
      waitForOthers: false,
    });
    expect(later).toMatchObject({ complete: true, ran: [{ job: 'held-a' }, { job: 'held-b' }] });
    expect(calls).toEqual(['a', 'b']);
  });

  it('lists the runs over HTTP, filtered, and names a bad filter', async () => {
    const server = await httpServerOn(database());
    try {
      const listed = await server.inject({ method: 'GET', url: '/scheduler/runs?job=ordered-a' });
      expect(listed.statusCode).toBe(200);
      expect(listed.json()).toMatchObject([
        { job: 'ordered-a', day: '2027-04-01', state: 'done', attempts: 1, result: { key: 'a' } },
      ]);
      const bad = await server.inject({ method: 'GET', url: '/scheduler/runs?state=lost&limit=0' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toMatch(/state/);
      expect(bad.body).toMatch(/limit/);
    } finally {
      await server.close();
    }
  });
});

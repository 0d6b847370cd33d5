import { Temporal } from 'temporal-polyfill';
import { ConflictError } from '../shared/errors/index.ts';
import type { Db } from '../platform/database/index.ts';
import {
  DEFAULT_LEASE_SECONDS,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_SECONDS,
  dailyCycle,
  runDailyCycle,
  schedulerActor,
} from '../platform/scheduler/index.ts';
import type { DailyJob } from '../platform/scheduler/index.ts';
import { demoEpisodes } from './episodes/index.ts';
import { demoCast } from './rules/demo-cast.ts';
import { demoRandom } from './rules/demo-random.ts';
import { demoDay } from './demo-world.ts';
import type { DemoDay, DemoWorld } from './demo-world.ts';
import { makeDemoStaff } from './demo-users.ts';
import type { DemoUser } from './demo-users.ts';
import { storeIsEmpty } from './store-is-empty.ts';

export interface DemoOptions {
  /** The demo's last day: its history is the year up to and including it (the real today at start). */
  readonly today: Temporal.PlainDate;
  /** About 300 unless said (tests and benchmarks take fewer or more). */
  readonly customers?: number;
  readonly seed?: number;
  /** Called after each day: days done of all. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface DemoReport {
  readonly first: string;
  readonly last: string;
  readonly customers: number;
  readonly users: readonly DemoUser[];
}

export const DEMO_CUSTOMERS = 300;
const DEMO_SEED = 20_161_025;

/**
 * Loads the demo operator into an empty store: a year of history made the way real work is made,
 * by the use cases and the daily cycle with the clock moved day by day; never by writing rows. The
 * first day is the first of the month a year before `today`, so four quarterly bill runs fall in it.
 */
export async function loadDemo(db: Db, options: DemoOptions): Promise<DemoReport> {
  if (!(await storeIsEmpty(db)))
    throw new ConflictError(
      'the store already holds customers or users: the demo loads into an empty store only',
    );
  const last = options.today;
  const first = last.subtract({ years: 1 }).with({ day: 1 });
  const seed = options.seed ?? DEMO_SEED;
  const cast = demoCast(demoRandom(seed), options.customers ?? DEMO_CUSTOMERS);
  const setUp = demoDay({ db, first }, first).as({ id: 'demo', origin: 'demo' }, '08:00');
  const staff = await makeDemoStaff(setUp);
  const world: DemoWorld = {
    db,
    first,
    last,
    cast,
    customerIds: new Map(),
    contracts: [],
    products: new Map(),
    staff: staff.actors,
  };
  const episodes = demoEpisodes(seed);
  const users = [...staff.users];
  const total = first.until(last).days + 1;
  const jobs = dailyCycle();
  for (let day = first, done = 0; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
    const today = demoDay(world, day);
    // The worker's pass early in the morning, then the day's work.
    await workersPass(today, jobs);
    for (const episode of episodes) await episode.run(today, world);
    options.onProgress?.(++done, total);
  }
  for (const episode of episodes) users.push(...((await episode.finish?.(world)) ?? []));
  return { first: first.toString(), last: last.toString(), customers: world.customerIds.size, users };
}

/** The daily cycle as `vezel worker` runs it, at 06:00; a job that fails stops the demo, saying why. */
async function workersPass(today: DemoDay, jobs: readonly DailyJob[]): Promise<void> {
  const failures: unknown[] = [];
  const context = today.as(schedulerActor, '06:00');
  const pass = await runDailyCycle(context, today.day, jobs, {
    worker: 'demo',
    leaseSeconds: DEFAULT_LEASE_SECONDS,
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
    retrySeconds: DEFAULT_RETRY_SECONDS,
    wallClock: () => context.clock.now(),
    log: { info: () => {}, warn: () => {}, error: (fields) => failures.push(fields) },
    stopping: () => false,
    waitForOthers: true,
  });
  if (!pass.complete)
    throw new Error(`the demo's daily cycle of ${today.day} did not complete: ${JSON.stringify(failures)}`);
}

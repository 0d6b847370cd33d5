import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { contractDatesDue } from '../src/back-office/use-cases/contract-dates-due.ts';
import { listContracts } from '../src/contracts/index.ts';
import type { Db, StoreKind } from '../src/platform/database/index.ts';
import { queryRows } from '../src/platform/database/index.ts';
import { defineOneShotBenchmark } from './benchmark.ts';
import { benchStores, openFreshStore } from './support/fresh-store.ts';
import { generateHttpLoadData } from './support/http-load-data.ts';

/*
 * The home page's "notices and renewals" section (contractDatesDue) over N contracts (the HTTP load's:
 * VitrumNet, 12-month terms renewing for 12, started through 2025), against its floor: a bare indexed
 * SELECT of the section's first rows from contract_dates. Measured cold (every contract_dates row
 * stale, as after the migration), warm (all fresh: the same day again), and on the next day (only the
 * rows whose valid_until came). Up to OLD_WAY_LIMIT contracts it also times the section as it was
 * computed before the cache (every contract's timeline).
 *
 * VEZEL_BENCH_SCALE=0.02       a fiftieth of the contracts (500 on PGlite, 5,000 on PostgreSQL)
 * VEZEL_BENCH_STORES=postgres  only these stores (PostgreSQL needs VEZEL_BENCH_DATABASE_URL or
 *                              VEZEL_TEST_DATABASE_URL)
 */

const CONTRACTS: Record<StoreKind, number> = { postgres: 250_000, pglite: 25_000 };
const OLD_WAY_LIMIT = 2_000;
const WARM_RUNS = 20;
const TODAY = Temporal.PlainDate.from('2027-01-15');

export default defineOneShotBenchmark({
  name: 'home page: notices and renewals over N contracts (contract_dates) against an indexed SELECT',
  once: async () => {
    const scale = Number(process.env.VEZEL_BENCH_SCALE ?? '1');
    if (!(scale > 0)) throw new Error(`VEZEL_BENCH_SCALE must be a positive number, not ${String(scale)}`);
    for (const kind of benchStores()) {
      const contracts = Math.max(1, Math.round(CONTRACTS[kind] * scale));
      const store = await openFreshStore(kind);
      try {
        await generateHttpLoadData(store.database.db, contracts);
        await measure(kind, store.database.db, contracts);
      } finally {
        await store.dispose();
      }
    }
  },
});

async function measure(kind: StoreKind, db: Db, contracts: number): Promise<void> {
  const cold = await timed(() => contractDatesDue(db, undefined, TODAY));
  const warm = await median(() => contractDatesDue(db, undefined, TODAY));
  const until = TODAY.add({ days: 30 }).toString();
  const floor = await median(() =>
    queryRows(
      db,
      sql`SELECT contract_id, notice_deadline FROM contract_dates
           WHERE notice_deadline BETWEEN ${TODAY.toString()}::date AND ${until}::date
           ORDER BY notice_deadline, contract_id LIMIT 5`,
    ),
  );
  const nextDay = await timed(() => contractDatesDue(db, undefined, TODAY.add({ days: 1 })));
  const [{ stale } = { stale: 0 }] = await queryRows<{ stale: number }>(
    db,
    sql`SELECT count(*)::int AS stale FROM contract_dates WHERE computed_for = ${TODAY.add({ days: 1 }).toString()}::date`,
  );
  const section = cold.value;
  console.log(
    `  ${kind}: ${contracts.toLocaleString('en')} contracts, ${section.count} dates due on ${TODAY.toString()}`,
  );
  console.log(
    `    floor       ${ms(floor)}  indexed SELECT of the first notice deadlines (median of ${WARM_RUNS})`,
  );
  console.log(`    warm        ${ms(warm)}  ${ratio(warm / floor)}× the floor (median of ${WARM_RUNS})`);
  console.log(`    next day    ${ms(nextDay.ms)}  ${stale.toLocaleString('en')} rows recomputed`);
  console.log(
    `    cold        ${ms(cold.ms)}  every row computed (${(cold.ms / contracts).toFixed(3)} ms a contract)`,
  );
  if (contracts <= OLD_WAY_LIMIT) {
    const before = await timed(() => listContracts(db, TODAY));
    console.log(
      `    before      ${ms(before.ms)}  every timeline through the contracts list, as before the cache`,
    );
  }
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) times.push((await timed(run)).ms);
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function ms(value: number): string {
  return `${value.toFixed(value >= 100 ? 0 : 2)} ms`.padStart(10);
}

function ratio(value: number): string {
  return value >= 10 ? value.toFixed(0) : value.toFixed(1);
}

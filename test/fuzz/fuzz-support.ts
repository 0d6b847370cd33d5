import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import type { Db } from '../../src/platform/database/index.ts';
import { InvalidInputError } from '../../src/shared/errors/index.ts';

/* For the fuzz tests: refusals, memory and the rows a refused file must not have added. */

/** Seeds of the property runs: a failure prints its seed and path, and reruns the same way. */
export const FUZZ_SEED = 20_261_203;

export const MB = 1024 * 1024;

/**
 * The InvalidInputError `run` throws, checked to name only `fields` (and to be short enough to
 * show); any other outcome — a result, another error — fails the test.
 */
export async function refusalOf(
  run: () => unknown,
  fields: readonly string[] | ((field: string) => boolean),
): Promise<InvalidInputError> {
  let outcome: unknown;
  try {
    await run();
  } catch (error) {
    outcome = error;
  }
  if (!(outcome instanceof InvalidInputError))
    throw new Error(
      `expected an InvalidInputError, got ${outcome === undefined ? 'a result' : String(outcome)}`,
    );
  const named = typeof fields === 'function' ? fields : (field: string) => fields.includes(field);
  for (const problem of outcome.problems) expect(named(problem.field), problem.field).toBe(true);
  expect(outcome.message.length).toBeLessThan(20_000);
  return outcome;
}

/**
 * What `run` costs: the growth of the resident set (MB) over what it was before, sampled every
 * 10 ms while `run` awaits (a synchronous `run` is measured at its end, which for V8 is close to
 * its peak: the heap is not given back that soon), and the time it took (ms).
 */
export async function costOf<T>(run: () => T | Promise<T>): Promise<{ value: T; rssMb: number; ms: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 10);
  const started = performance.now();
  try {
    const value = await run();
    sample();
    return { value, rssMb: (peak - before) / MB, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

/** Like `costOf`, for a run that must be refused. */
export async function refusalCostOf(
  run: () => unknown,
  fields: readonly string[] | ((field: string) => boolean),
): Promise<{ error: InvalidInputError; rssMb: number; ms: number }> {
  const { value, rssMb, ms } = await costOf(() => refusalOf(run, fields));
  return { error: value, rssMb, ms };
}

/** Rows per table: compared before and after a refused file, they must not have changed. */
export async function rowCounts<K extends string>(
  db: Db,
  tables: Readonly<Record<K, PgTable>>,
): Promise<Record<K, number>> {
  const counts = {} as Record<K, number>;
  for (const [name, table] of Object.entries(tables) as [K, PgTable][]) {
    const [row] = await db.select({ n: count() }).from(table);
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}

/**
 * A benchmark measures its cases against a floor: the cheapest way to do the same amount of work
 * that we could not go below (a plain loop, the library call our code wraps). The runner prints each
 * figure and its ratio to the floor measured in the same run, so a slow machine shifts both alike.
 */
export interface BenchCase {
  readonly name: string;
  /** How many operations one call of `run` performs, to report the time per operation. */
  readonly operations: number;
  readonly run: () => unknown;
}

export interface Benchmark {
  readonly name: string;
  readonly floor: BenchCase;
  readonly cases: readonly BenchCase[];
}

export function defineBenchmark(benchmark: Benchmark): Benchmark {
  return benchmark;
}

/**
 * A benchmark too big to repeat (a bill run of a quarter of a million customers): it runs once, times
 * itself and its floor in the same run, and prints its own figures.
 */
export interface OneShotBenchmark {
  readonly name: string;
  readonly once: () => Promise<void>;
}

export function defineOneShotBenchmark(benchmark: OneShotBenchmark): OneShotBenchmark {
  return benchmark;
}

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import type { BenchCase, Benchmark, OneShotBenchmark } from './benchmark.ts';

// `npm run bench [name…]`: every bench/*.bench.ts, or those whose file name contains a given word.
const folder = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((word) => file.includes(word)))
  .sort();

for (const file of files) {
  const benchmark = (
    (await import(pathToFileURL(path.join(folder, file)).href)) as { default: Benchmark | OneShotBenchmark }
  ).default;
  if ('once' in benchmark) {
    console.log(`\n${benchmark.name}`);
    await benchmark.once();
  } else await measure(benchmark);
}

async function measure(benchmark: Benchmark): Promise<void> {
  const bench = new Bench({ time: 500, warmupTime: 100 });
  const all = [benchmark.floor, ...benchmark.cases];
  for (const entry of all) bench.add(entry.name, entry.run);
  await bench.run();
  const perOperation = (entry: BenchCase): number => {
    const result = bench.getTask(entry.name)?.result;
    if (!result || !('period' in result)) throw new Error(`${entry.name} did not complete`);
    return (result.period * 1e6) / entry.operations; // ms per call → ns per operation
  };
  const floor = perOperation(benchmark.floor);
  console.log(`\n${benchmark.name}`);
  console.log(`  floor  ${format(floor)}  ${benchmark.floor.name}`);
  for (const entry of benchmark.cases) {
    const time = perOperation(entry);
    console.log(`  ${ratio(time / floor).padStart(5)}× ${format(time)}  ${entry.name}`);
  }
}

function format(nanoseconds: number): string {
  const text =
    nanoseconds >= 1e6
      ? `${(nanoseconds / 1e6).toFixed(2)} ms`
      : nanoseconds >= 1e3
        ? `${(nanoseconds / 1e3).toFixed(2)} µs`
        : `${nanoseconds.toFixed(0)} ns`;
  return `${text.padStart(10)}/op`;
}

function ratio(value: number): string {
  return value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toPrecision(2);
}

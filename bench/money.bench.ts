import { formatEuro, lineNetAmount, parseAmount, vatBreakdown } from '../src/shared/money/index.ts';
import { defineBenchmark } from './benchmark.ts';

// An invoice of 1,000 lines in three VAT groups: the size of a large colocation customer's quarter.
const lines = Array.from({ length: 1000 }, (_, i) => ({
  netCents: 1_000 + ((i * 7919) % 250_000),
  category: i % 10 === 0 ? ('Z' as const) : ('S' as const),
  percent: i % 10 === 0 ? '0' : i % 3 === 0 ? '9' : '21',
}));
const texts = lines.map(
  (line) => `${Math.trunc(line.netCents / 100)}.${String(line.netCents % 100).padStart(2, '0')}`,
);

export default defineBenchmark({
  name: 'money (1,000 amounts per call)',
  floor: {
    name: 'summing 1,000 integers: the least a total can cost',
    operations: lines.length,
    run: () => lines.reduce((sum, line) => sum + line.netCents, 0),
  },
  cases: [
    {
      name: 'vatBreakdown of a 1,000-line invoice (nl:vat, nl:peppol)',
      operations: lines.length,
      run: () => vatBreakdown(lines),
    },
    {
      name: 'lineNetAmount 1.5 × € 12.3456 (Peppol line rounding)',
      operations: lines.length,
      run: () => lines.map(() => lineNetAmount('1.5', { euros: '12.3456' })),
    },
    {
      name: 'parseAmount "1234.56"',
      operations: texts.length,
      run: () => texts.map((text) => parseAmount(text)),
    },
    {
      name: 'formatEuro → "€ 1.234,56"',
      operations: lines.length,
      run: () => lines.map((line) => formatEuro(line.netCents)),
    },
  ],
});

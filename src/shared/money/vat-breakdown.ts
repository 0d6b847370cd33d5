import { explain, type Explanation } from '../explanation/index.ts';
import { assertCents, sumCents, type Cents } from './cents.ts';
import { formatDecimal, normalizeDecimal, toDecimal, type DecimalInput } from './decimal.ts';
import { MoneyError, quote } from './money-error.ts';
import { percentOf } from './multiply.ts';
import { isVatCategory, type VatCategory } from './vat-category.ts';

/*
 * The VAT breakdown of an invoice per Peppol BIS 3 (rules `nl:vat`, `nl:peppol`): lines are grouped
 * by VAT category and rate (BG-23), the taxable amount of a group (BT-116) is the sum of its line net
 * amounts (BR-S-08 and its twins for the other categories; pass document-level allowances and
 * charges as lines of their own, negative for an allowance), and the VAT of a group (BT-117) is that
 * sum times the rate, rounded to the cent (BR-CO-17), half away from zero. VAT is NOT rounded per line and then added: on many small lines
 * that would drift by cents from what the buyer's validator recomputes.
 */

export interface VatLine {
  /** The line net amount (BT-131), already rounded to the cent; negative for a discount line. */
  readonly netCents: Cents;
  readonly category: VatCategory;
  /** Percentage, e.g. "21"; 0 for every category but S. */
  readonly percent: DecimalInput;
}

export interface VatSubtotal {
  readonly category: VatCategory;
  /** Percentage as decimal text without trailing zeros ("21", "9", "0"). */
  readonly percent: string;
  readonly taxableCents: Cents;
  readonly vatCents: Cents;
}

export interface VatBreakdown {
  /** One per category and rate, in the order they first appear on the invoice. */
  readonly subtotals: readonly VatSubtotal[];
  readonly totalNetCents: Cents;
  readonly totalVatCents: Cents;
  readonly totalGrossCents: Cents;
}

export function vatBreakdown(lines: readonly VatLine[]): Explanation<VatBreakdown> {
  const groups = new Map<string, { category: VatCategory; percent: string; nets: Cents[] }>();
  lines.forEach((line, i) => {
    const { category, percent } = checkLine(line, `lines[${i}]`);
    const key = `${category} ${percent}`;
    const group = groups.get(key) ?? { category, percent, nets: [] };
    group.nets.push(line.netCents);
    groups.set(key, group);
  });
  const subtotals: VatSubtotal[] = [...groups.values()].map(({ category, percent, nets }) => {
    const taxableCents = sumCents(nets, 'taxableCents');
    return { category, percent, taxableCents, vatCents: percentOf(taxableCents, percent, 'vatCents') };
  });
  const totalNetCents = sumCents(
    subtotals.map((s) => s.taxableCents),
    'totalNetCents',
  );
  const totalVatCents = sumCents(
    subtotals.map((s) => s.vatCents),
    'totalVatCents',
  );
  const totalGrossCents = sumCents([totalNetCents, totalVatCents], 'totalGrossCents');
  return explain({ subtotals, totalNetCents, totalVatCents, totalGrossCents }, ['nl:vat', 'nl:peppol'], {
    rounding: 'VAT per category and rate on the sum of the line net amounts, half away from zero (BR-CO-17)',
    lines: lines.length,
    subtotals: subtotals.map((s) => ({ ...s })),
    totalNetCents,
    totalVatCents,
    totalGrossCents,
  });
}

/** Checks one line; S needs a positive rate, every other category a rate of 0 (BR-Z-, BR-AE-, BR-K-… rules). */
function checkLine(line: VatLine, field: string): { category: VatCategory; percent: string } {
  assertCents(line.netCents, `${field}.netCents`);
  if (!isVatCategory(line.category)) {
    throw new MoneyError(
      `${field}.category`,
      `${quote(line.category)} is not a VAT category (S, Z, E, AE, K, G, O)`,
    );
  }
  const percent = normalizeDecimal(toDecimal(line.percent, `${field}.percent`));
  if (percent.units < 0n) throw new MoneyError(`${field}.percent`, 'is negative');
  if (line.category === 'S' && percent.units === 0n) {
    throw new MoneyError(`${field}.percent`, 'is 0, but category S (standard rate) needs a rate above 0');
  }
  if (line.category !== 'S' && percent.units !== 0n) {
    throw new MoneyError(
      `${field}.percent`,
      `is ${formatDecimal(percent)}, but category ${line.category} has a rate of 0`,
    );
  }
  return { category: line.category, percent: formatDecimal(percent) };
}

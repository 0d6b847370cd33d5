import { isPlainDateText } from '../../shared/calendar/index.ts';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { VAT_CATEGORIES, isCents, vatBreakdown, vatTreatment } from '../../shared/money/index.ts';
import type { Cents, VatCategory, VatCustomer, VatRateKind } from '../../shared/money/index.ts';
import type { VatSubtotalRow } from './invoice-parties.ts';

/*
 * An invoice's VAT and totals for a Dutch seller (nl:vat, nl:peppol): each line's treatment
 * (rate on its own supply date, reverse charge for a business elsewhere in the EU), then VAT per
 * category and rate on the sum of the lines, never per line (BR-CO-17).
 */

export interface PricedLine {
  readonly netCents: Cents;
  readonly vatRate: VatRateKind;
  /** YYYY-MM-DD: the rate in force that day applies, so an old period keeps its rate. */
  readonly supplyDate: string;
}

export interface InvoiceAmounts {
  /** One per input line, same order. */
  readonly lines: readonly { readonly vatCategory: VatCategory; readonly vatPercent: string }[];
  readonly vatSubtotals: readonly VatSubtotalRow[];
  readonly netCents: Cents;
  readonly vatCents: Cents;
  readonly totalCents: Cents;
  readonly reverseCharge: boolean;
  /** The mentions the law asks for (e.g. REVERSE_CHARGE_NOTE), each once. */
  readonly notes: readonly string[];
  readonly because: readonly RuleId[];
}

/** VATEX reason texts (BT-120) beside the codes (BT-121) of the categories that need one (BR-AE-10 …). */
const EXEMPTION_REASONS: Readonly<Record<string, string>> = {
  'VATEX-EU-AE': 'Reverse charge',
  'VATEX-EU-IC': 'Intra-Community supply',
  'VATEX-EU-G': 'Export outside the EU',
  'VATEX-EU-O': 'Not subject to VAT',
};

const RATES: readonly VatRateKind[] = ['standard', 'reduced', 'zero'];

export function invoiceAmounts(
  lines: readonly PricedLine[],
  customer: VatCustomer,
  invoiceDate: string,
): InvoiceAmounts {
  checkLines(lines, invoiceDate);
  // The customer is checked on the invoice date too, so an invoice without lines refuses a bad customer alike.
  const customerCheck = treatment(customer, 'standard', invoiceDate, 'invoiceDate');
  // One customer, so a line's treatment depends on its rate and supply date only: lines sharing both
  // (an invoice's fees all start the run's quarter) share one.
  const known = new Map<string, ReturnType<typeof treatment>>();
  const treatments = lines.map((line, i) => {
    const key = `${line.vatRate} ${line.supplyDate}`;
    const found =
      known.get(key) ?? treatment(customer, line.vatRate, line.supplyDate, `lines[${i}].supplyDate`);
    known.set(key, found);
    return found;
  });
  const breakdown = vatBreakdown(
    lines.map((line, i) => {
      const { category, percent } = treatments[i]!.value;
      return { netCents: line.netCents, category, percent };
    }),
  );
  const values = treatments.map((t) => t.value);
  const because: RuleId[] = [
    ...customerCheck.because,
    ...treatments.flatMap((t) => t.because),
    ...breakdown.because,
  ];
  return {
    lines: values.map((t) => ({ vatCategory: t.category, vatPercent: t.percent })),
    vatSubtotals: breakdown.value.subtotals.map((subtotal) => ({
      ...subtotal,
      ...exemptionOf(subtotal.category),
    })),
    netCents: breakdown.value.totalNetCents,
    vatCents: breakdown.value.totalVatCents,
    totalCents: breakdown.value.totalGrossCents,
    reverseCharge: values.some((t) => t.reverseCharge),
    notes: [...new Set(values.flatMap((t) => (t.note === undefined ? [] : [t.note])))],
    because: [...new Set(because)],
  };
}

/** vatTreatment names a bad date `date`; here the field the caller passed is named instead. */
function treatment(customer: VatCustomer, rate: VatRateKind, date: string, field: string) {
  try {
    return vatTreatment({ sellerCountry: 'NL', customer, productRate: rate }, date);
  } catch (error) {
    if (error instanceof RangeError && 'field' in error && error.field === 'date' && 'problem' in error) {
      throw new InvalidInputError(field, String(error.problem));
    }
    throw error;
  }
}

function exemptionOf(category: VatCategory): Pick<VatSubtotalRow, 'exemptionReasonCode' | 'exemptionReason'> {
  const code = VAT_CATEGORIES[category].exemptionReasonCode;
  if (code === undefined) return {};
  const reason = EXEMPTION_REASONS[code];
  return reason === undefined
    ? { exemptionReasonCode: code }
    : { exemptionReasonCode: code, exemptionReason: reason };
}

function checkLines(lines: readonly PricedLine[], invoiceDate: string): void {
  const problems: FieldProblem[] = [];
  if (!isPlainDateText(invoiceDate)) {
    problems.push({ field: 'invoiceDate', problem: `${quote(invoiceDate)} is not a YYYY-MM-DD date` });
  }
  lines.forEach((line, i) => {
    if (!isCents(line.netCents)) {
      problems.push({
        field: `lines[${i}].netCents`,
        problem: `${quote(line.netCents)} is not a whole number of cents`,
      });
    }
    if (!RATES.includes(line.vatRate)) {
      problems.push({
        field: `lines[${i}].vatRate`,
        problem: `${quote(line.vatRate)} is not one of ${RATES.join(', ')}`,
      });
    }
    if (!isPlainDateText(line.supplyDate)) {
      problems.push({
        field: `lines[${i}].supplyDate`,
        problem: `${quote(line.supplyDate)} is not a YYYY-MM-DD date`,
      });
    }
  });
  if (problems.length > 0) throw new InvalidInputError(problems);
}

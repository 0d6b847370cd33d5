export type { Cents } from './cents.ts';
export {
  MAX_CENTS,
  MIN_CENTS,
  isCents,
  assertCents,
  centsFromBigInt,
  addCents,
  subtractCents,
  sumCents,
  negate,
} from './cents.ts';
export type { Decimal, DecimalInput } from './decimal.ts';
export {
  parseDecimal,
  toDecimal,
  formatDecimal,
  normalizeDecimal,
  compareDecimal,
  roundHalfAwayFromZero,
} from './decimal.ts';
export { MoneyError } from './money-error.ts';
export type { UnitPrice } from './multiply.ts';
export { multiplyCents, percentOf, lineNetAmount } from './multiply.ts';
export { allocateProportionally } from './allocate.ts';
export { parseAmount } from './parse-amount.ts';
export type { EuroFormatOptions } from './format-amount.ts';
export { formatAmount, formatEuro } from './format-amount.ts';
export type { VatCategory, VatCategoryInfo } from './vat-category.ts';
export { VAT_CATEGORIES, isVatCategory } from './vat-category.ts';
export { EU_MEMBER_STATES, isEuMemberState } from './eu-member-states.ts';
export type { VatRateKind, VatRateRow } from './vat-rates.ts';
export { NL_VAT_RATES, NL_VAT_RATES_CHECKED, vatRateOn } from './vat-rates.ts';
export type { VatCustomer, VatTreatmentInput, VatTreatment } from './vat-treatment.ts';
export { vatTreatment, REVERSE_CHARGE_NOTE } from './vat-treatment.ts';
export type { VatLine, VatSubtotal, VatBreakdown } from './vat-breakdown.ts';
export { vatBreakdown } from './vat-breakdown.ts';

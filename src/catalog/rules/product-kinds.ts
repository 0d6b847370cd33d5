import type { PeriodKind } from '../../shared/calendar/index.ts';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import type { ServiceKind } from '../../contracts/rules/index.ts';

/** What a catalog product can be; the kind decides how, when and per what it is charged. */
export const PRODUCT_KINDS = [
  'access',
  'link',
  'third-party-service',
  'colocation',
  'hosting',
  'domain',
  'hourly-service',
  'one-time-charge',
  'deposit',
  'usage-traffic',
  'usage-power',
  'usage-bandwidth-95',
] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/**
 * - `recurring`: a fixed fee per billing period, in advance (bit:11.1, bit:11.2, vn:7.1.3);
 * - `one-time`: billed when the order is accepted, never refunded at VitrumNet (vn:7.1.3, vn:7.3.1);
 * - `usage`: measured, rated per quarter and billed in arrears (vn:7.1.4);
 * - `hourly`: billed from recorded time entries at the hourly rate (bit:5.1);
 * - `deposit`: due when the application is accepted, refunded after the contract ends (vn:7.2.1–7.2.4).
 */
export const CHARGE_KINDS = ['recurring', 'one-time', 'usage', 'hourly', 'deposit'] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];

/** `period` is the billing period itself: the price is per quarter, or per year for domains. */
export type ProductUnit = 'period' | 'hour' | 'GB' | 'kWh' | 'Mbps' | 'each';

export interface Cadence {
  readonly period: PeriodKind;
  readonly timing: 'in-advance' | 'in-arrears';
}

export interface ProductKindInfo {
  readonly kind: ProductKind;
  readonly charged: ChargeKind;
  readonly unit: ProductUnit;
  /**
   * The calendar period billed, as both shipped profiles set it; `null` for what is billed once.
   * A profile may set another period: `billingCadence` (billing-cadence.ts) reads the profile's.
   */
  readonly cadence: Cadence | null;
  /**
   * The contracts' service kind (notice, nl:tw7.2a). `null` where the product is no service of its
   * own: usage, hours, one-time charges and deposits fall under the contract of the service they
   * belong to. Third-party services are `other`: the contract follows the third party (vn:1.5.1).
   */
  readonly serviceKind: ServiceKind | null;
  readonly rules: readonly RuleId[];
}

const quarterInAdvance: Cadence = { period: 'quarter', timing: 'in-advance' };
const quarterInArrears: Cadence = { period: 'quarter', timing: 'in-arrears' };

type Row = Omit<ProductKindInfo, 'kind'>;

const subscription = (serviceKind: ServiceKind, rules: readonly RuleId[]): Row => ({
  charged: 'recurring',
  unit: 'period',
  cadence: quarterInAdvance,
  serviceKind,
  rules,
});

const usage = (unit: ProductUnit): Row => ({
  charged: 'usage',
  unit,
  cadence: quarterInArrears,
  serviceKind: null,
  rules: ['vn:7.1.4'],
});

const once = (charged: ChargeKind, unit: ProductUnit, rules: readonly RuleId[]): Row => ({
  charged,
  unit,
  cadence: null,
  serviceKind: null,
  rules,
});

const KINDS: Readonly<Record<ProductKind, Row>> = {
  // bit:11.1 "access, hosting, colocation and related internet services": quarterly in advance;
  // vn:7.1.3 a fixed fee in advance, vn:7.1.5 by (quarterly) invoice.
  access: subscription('access', ['bit:11.1', 'vn:7.1.3', 'vn:7.1.5']),
  link: subscription('link', ['bit:11.1', 'vn:7.1.3', 'vn:7.1.5']),
  'third-party-service': subscription('other', ['vn:3.1', 'vn:7.1.3', 'vn:7.1.5']),
  colocation: subscription('colocation', ['bit:11.1']),
  hosting: subscription('hosting', ['bit:11.1']),
  // bit:11.2: per calendar year in advance.
  domain: { ...subscription('domain', ['bit:11.2']), cadence: { period: 'year', timing: 'in-advance' } },
  'hourly-service': once('hourly', 'hour', ['bit:5.1']),
  'one-time-charge': once('one-time', 'each', ['vn:7.1.3', 'vn:7.3.1']),
  deposit: once('deposit', 'each', ['vn:7.2.1']),
  'usage-traffic': usage('GB'),
  'usage-power': usage('kWh'),
  // The 95th percentile of the quarter's bandwidth samples, per Mbps; the measuring is billing's.
  'usage-bandwidth-95': usage('Mbps'),
};

export function isProductKind(value: unknown): value is ProductKind {
  return typeof value === 'string' && (PRODUCT_KINDS as readonly string[]).includes(value);
}

export function productKindOf(kind: ProductKind): ProductKindInfo {
  if (!isProductKind(kind)) {
    throw new InvalidInputError(
      'kind',
      `${quote(kind)} is not a product kind; one of ${PRODUCT_KINDS.join(', ')}`,
    );
  }
  return { kind, ...KINDS[kind] };
}

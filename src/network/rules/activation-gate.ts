import { Temporal } from 'temporal-polyfill';
import { parsePlainDate } from '../../shared/calendar/index.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation, RuleId } from '../../shared/explanation/index.ts';

/*
 * vn:2.1.4 (access), vn:2.2.6 (links): the right of use starts only once the customer has paid;
 * vn:6.2.1: the operator performs only when all fees due are paid. Adopted reading (CLAUSES.md): the
 * service is activated only when the first invoice and the one-time charges are paid. The operator
 * may start anyway (6.2.1 lets it, keeping the right to suspend); that is a waiver, recorded with who
 * gave it, when and why.
 */

export const ACTIVATION_RULES: readonly RuleId[] = ['vn:2.1.4', 'vn:2.2.6', 'vn:6.2.1'];

export const ACTIVATION_CHARGES = ['first-invoice', 'one-time-charges'] as const;
export type ActivationCharge = (typeof ACTIVATION_CHARGES)[number];

export interface ActivationWaiver {
  /** Who waived it: the user's id. */
  readonly by: string;
  /** The day it was waived (YYYY-MM-DD). */
  readonly on: string;
  readonly reason: string;
}

export interface ActivationFacts {
  /** The day the first invoice was paid in full (YYYY-MM-DD), or null. */
  readonly firstInvoicePaidOn: string | null;
  /** The day the one-time (connection, installation) charges were paid in full, or null. */
  readonly oneTimeChargesPaidOn: string | null;
  readonly waiver: ActivationWaiver | null;
}

export type ActivationGateFigures = {
  readonly on: string;
  readonly firstInvoicePaidOn: string | null;
  readonly oneTimeChargesPaidOn: string | null;
  /** What is unpaid on the day; still owed even when a waiver lets the service start. */
  readonly missing: ActivationCharge[];
  /** The waiver in force on the day, if any. */
  readonly waiver: { readonly by: string; readonly on: string; readonly reason: string } | null;
};

/**
 * Whether the right of use may start on `on`. A payment or a waiver dated after `on` does not count
 * yet, so the answer for an earlier day (`--as-of`) is the one that was true then.
 */
export function activationCleared(
  facts: ActivationFacts,
  on: Temporal.PlainDate,
): Explanation<boolean, ActivationGateFigures> {
  const read = readFacts(facts);
  const byThen = (day: Temporal.PlainDate | null) => day !== null && Temporal.PlainDate.compare(day, on) <= 0;
  const missing = ACTIVATION_CHARGES.filter((charge) => !byThen(read.paidOn[charge]));
  const waiver = facts.waiver !== null && byThen(read.waivedOn) ? facts.waiver : null;
  return explain(missing.length === 0 || waiver !== null, ACTIVATION_RULES, {
    on: on.toString(),
    firstInvoicePaidOn: facts.firstInvoicePaidOn,
    oneTimeChargesPaidOn: facts.oneTimeChargesPaidOn,
    missing,
    waiver: waiver && { by: waiver.by, on: waiver.on, reason: waiver.reason },
  });
}

/** Throws a ConflictError naming what is unpaid when the order may not be activated on `on`. */
export function assertActivationCleared(
  facts: ActivationFacts,
  on: Temporal.PlainDate,
  orderId: string,
): void {
  const gate = activationCleared(facts, on);
  if (gate.value) return;
  const unpaid = gate.figures.missing.map((charge) => CHARGE_NAMES[charge]).join(' and ');
  throw new ConflictError(
    `cannot activate network order ${orderId}: ${unpaid} ${gate.figures.missing.length > 1 ? 'are' : 'is'} unpaid on ${on.toString()} (${ACTIVATION_RULES.join(', ')}); record the payment or a waiver first`,
  );
}

const CHARGE_NAMES: Record<ActivationCharge, string> = {
  'first-invoice': 'the first invoice',
  'one-time-charges': 'the one-time charges',
};

function readFacts(facts: ActivationFacts) {
  const problems: FieldProblem[] = [];
  const day = (field: string, text: string | null): Temporal.PlainDate | null => {
    if (text === null) return null;
    try {
      return parsePlainDate(text);
    } catch (error) {
      problems.push({ field, problem: (error as Error).message });
      return null;
    }
  };
  const paidOn: Record<ActivationCharge, Temporal.PlainDate | null> = {
    'first-invoice': day('firstInvoicePaidOn', facts.firstInvoicePaidOn),
    'one-time-charges': day('oneTimeChargesPaidOn', facts.oneTimeChargesPaidOn),
  };
  const { waiver } = facts;
  const waivedOn = waiver === null ? null : day('waiver.on', waiver.on);
  if (waiver !== null) {
    if (!filled(waiver.by)) problems.push({ field: 'waiver.by', problem: 'is required: who waived it' });
    if (!filled(waiver.reason)) problems.push({ field: 'waiver.reason', problem: 'is required: say why' });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return { paidOn, waivedOn };
}

const filled = (text: unknown): boolean => typeof text === 'string' && text.trim() !== '';

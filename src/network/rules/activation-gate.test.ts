import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import { activationCleared, assertActivationCleared } from './activation-gate.ts';
import type { ActivationFacts } from './activation-gate.ts';

const on = Temporal.PlainDate.from('2026-11-22');
const unpaid: ActivationFacts = { firstInvoicePaidOn: null, oneTimeChargesPaidOn: null, waiver: null };
const paid: ActivationFacts = {
  ...unpaid,
  firstInvoicePaidOn: '2026-11-10',
  oneTimeChargesPaidOn: '2026-11-12',
};
const waiver = { by: 'user:anna', on: '2026-11-20', reason: 'hospital, connect first' };

describe('activation gate (vn:2.1.4, vn:2.2.6, vn:6.2.1)', () => {
  it('clears once the first invoice and the one-time charges are paid', () => {
    expect(activationCleared(paid, on)).toEqual({
      value: true,
      because: ['vn:2.1.4', 'vn:2.2.6', 'vn:6.2.1'],
      figures: {
        on: '2026-11-22',
        firstInvoicePaidOn: '2026-11-10',
        oneTimeChargesPaidOn: '2026-11-12',
        missing: [],
        waiver: null,
      },
    });
  });

  it.each([
    [unpaid, ['first-invoice', 'one-time-charges']],
    [{ ...paid, firstInvoicePaidOn: null }, ['first-invoice']],
    [{ ...paid, oneTimeChargesPaidOn: null }, ['one-time-charges']],
  ])('holds back and says what is missing: %j', (facts, missing) => {
    const gate = activationCleared(facts, on);
    expect(gate.value).toBe(false);
    expect(gate.figures.missing).toEqual(missing);
  });

  it('does not count a payment made after the day asked about', () => {
    const gate = activationCleared({ ...paid, oneTimeChargesPaidOn: '2026-11-23' }, on);
    expect(gate.value).toBe(false);
    expect(gate.figures.missing).toEqual(['one-time-charges']);
    expect(activationCleared(paid, Temporal.PlainDate.from('2026-11-12')).value).toBe(true);
  });

  it('clears on a waiver, still showing what is unpaid and who waived it', () => {
    const gate = activationCleared({ ...unpaid, waiver }, on);
    expect(gate.value).toBe(true);
    expect(gate.figures.missing).toEqual(['first-invoice', 'one-time-charges']);
    expect(gate.figures.waiver).toEqual(waiver);
  });

  it('does not count a waiver given after the day asked about', () => {
    const gate = activationCleared({ ...unpaid, waiver }, Temporal.PlainDate.from('2026-11-19'));
    expect(gate.value).toBe(false);
    expect(gate.figures.waiver).toBeNull();
  });

  it('refuses a waiver without who or why, and bad dates, naming every field', () => {
    const facts = {
      firstInvoicePaidOn: '2026-02-30',
      oneTimeChargesPaidOn: null,
      waiver: { by: ' ', on: 'today', reason: '' },
    };
    try {
      activationCleared(facts, on);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual([
        'firstInvoicePaidOn',
        'waiver.on',
        'waiver.by',
        'waiver.reason',
      ]);
    }
  });
});

describe('assertActivationCleared', () => {
  it('passes a cleared order', () => {
    expect(() => assertActivationCleared(paid, on, 'NO-1')).not.toThrow();
    expect(() => assertActivationCleared({ ...unpaid, waiver }, on, 'NO-1')).not.toThrow();
  });

  it('names everything unpaid', () => {
    expect(() => assertActivationCleared(unpaid, on, 'NO-4')).toThrow(ConflictError);
    expect(() => assertActivationCleared(unpaid, on, 'NO-4')).toThrow(
      'cannot activate network order NO-4: the first invoice and the one-time charges are unpaid on 2026-11-22 (vn:2.1.4, vn:2.2.6, vn:6.2.1); record the payment or a waiver first',
    );
    expect(() => assertActivationCleared({ ...paid, firstInvoicePaidOn: null }, on, 'NO-4')).toThrow(
      /: the first invoice is unpaid on 2026-11-22/,
    );
  });
});

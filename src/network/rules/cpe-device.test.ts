import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import {
  CPE_OWNERSHIPS,
  CPE_STATES,
  CPE_TRANSITIONS,
  cpeOwner,
  nextCpeState,
  riskPassesOn,
} from './cpe-device.ts';
import type { CpeDeviceFacts, CpeState } from './cpe-device.ts';

const day = (text: string) => Temporal.PlainDate.from(text);

describe('switch ownership (vn:2.1.8)', () => {
  it.each(['lent', 'rented'] as const)(
    'a %s switch stays the operator’s and comes back at the end',
    (ownership) => {
      expect(cpeOwner(ownership)).toEqual({
        value: 'operator',
        because: ['vn:2.1.8', 'vn:1.6.5'],
        figures: { ownership, returnOnEnd: true },
      });
    },
  );

  it('a sold switch passes to the customer', () => {
    expect(cpeOwner('sold')).toEqual({
      value: 'customer',
      because: ['vn:2.1.8'],
      figures: { ownership: 'sold', returnOnEnd: false },
    });
  });
});

describe('switch states', () => {
  const lent = (state: CpeState): CpeDeviceFacts => ({ id: 'CPE-1', state, ownership: 'lent' });

  it('runs in-stock → installed → return-due → returned → in-stock', () => {
    let device = lent('in-stock');
    for (const to of ['installed', 'return-due', 'returned', 'in-stock'] as const) {
      device = { ...device, state: nextCpeState(device, to) };
    }
    expect(device.state).toBe('in-stock');
  });

  it('keeps a lost switch lost', () => {
    expect(() => nextCpeState(lent('lost'), 'returned')).toThrow(
      'cannot move switch CPE-1 from lost to returned: a lost switch stays lost. Allowed now: nothing',
    );
  });

  it('says where a switch may go instead', () => {
    expect(() => nextCpeState(lent('in-stock'), 'returned')).toThrow(
      'cannot move switch CPE-1 from in-stock to returned: in-stock does not lead to returned. Allowed now: installed, lost',
    );
  });

  it('installs only a switch whose ownership is known', () => {
    expect(() => nextCpeState({ id: 'CPE-2', state: 'in-stock', ownership: null }, 'installed')).toThrow(
      /lent, rented or sold \(vn:2\.1\.8\)\. Allowed now: lost$/,
    );
  });

  it('never asks a sold switch back', () => {
    const sold: CpeDeviceFacts = { id: 'CPE-3', state: 'installed', ownership: 'sold' };
    expect(() => nextCpeState(sold, 'return-due')).toThrow(ConflictError);
    expect(nextCpeState(sold, 'lost')).toBe('lost');
  });

  it('moves exactly along the table for a lent or rented switch', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CPE_STATES),
        fc.constantFrom(...CPE_STATES),
        fc.constantFrom('lent', 'rented'),
        (from, to, ownership) => {
          const allowed = CPE_TRANSITIONS[from].includes(to);
          const device = { id: 'CPE-9', state: from, ownership } as const;
          if (allowed) expect(nextCpeState(device, to)).toBe(to);
          else expect(() => nextCpeState(device, to)).toThrow(ConflictError);
        },
      ),
    );
  });

  it('knows three kinds of ownership', () => {
    expect(CPE_OWNERSHIPS).toEqual(['lent', 'rented', 'sold']);
  });
});

describe('risk of loss (vn:2.1.12)', () => {
  it('passes at installation', () => {
    expect(riskPassesOn(day('2026-03-04'))).toEqual({
      value: day('2026-03-04'),
      because: ['vn:2.1.12'],
      figures: { installedOn: '2026-03-04', deliveredOn: null, passedAt: 'installation' },
    });
  });

  it('passes at delivery when that came first, or without installation', () => {
    expect(riskPassesOn(day('2026-03-04'), day('2026-03-01')).figures.passedAt).toBe('delivery');
    expect(riskPassesOn(null, day('2026-03-01')).value).toEqual(day('2026-03-01'));
    expect(riskPassesOn(day('2026-03-04'), day('2026-03-04')).figures.passedAt).toBe('installation');
  });

  it('has not passed before the switch was handed over', () => {
    expect(() => riskPassesOn(null)).toThrow(InvalidInputError);
  });
});

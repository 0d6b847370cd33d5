import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import {
  NETWORK_ORDER_ACTIONS,
  NETWORK_ORDER_STATES,
  NETWORK_ORDER_TRANSITIONS,
  TMF622_STATES,
  allowedOrderActions,
  isFinalOrderState,
  nextOrderState,
  partiesTold,
  plannedDate,
  rejectionReason,
  tmf622State,
} from './network-order-states.ts';
import type { NetworkOrderAction, NetworkOrderState } from './network-order-states.ts';

const run = (actions: readonly NetworkOrderAction[]) =>
  actions.reduce<NetworkOrderState>((state, action) => nextOrderState(state, action, 'NO-1'), 'submitted');

describe('network order workflow (vn:2.3.3, vn:2.4)', () => {
  it('runs submitted → accepted → planned → programmed → released → active', () => {
    expect(run(['accept', 'plan', 'program', 'release', 'activate'])).toBe('active');
  });

  it('re-plans a planned order and stays planned', () => {
    expect(run(['accept', 'plan', 'plan', 'plan'])).toBe('planned');
  });

  it('rejects only a submitted order', () => {
    expect(run(['reject'])).toBe('rejected');
    expect(() => run(['accept', 'reject'])).toThrow(ConflictError);
  });

  it.each(['submitted', 'accepted', 'planned', 'programmed', 'released'] as const)(
    'cancels a %s order',
    (state) => {
      expect(nextOrderState(state, 'cancel', 'NO-1')).toBe('cancelled');
    },
  );

  it.each(['active', 'rejected', 'cancelled'] as const)('allows nothing once %s', (state) => {
    expect(allowedOrderActions(state)).toEqual([]);
    expect(isFinalOrderState(state)).toBe(true);
    expect(() => nextOrderState(state, 'cancel', 'NO-7')).toThrow(
      `cannot cancel network order NO-7: it is ${state}. Allowed now: nothing (${state} is final)`,
    );
  });

  it('says which actions are allowed when one is not', () => {
    expect(() => nextOrderState('accepted', 'release', 'NO-3')).toThrow(
      'cannot release network order NO-3: it is accepted. Allowed now: plan, cancel',
    );
  });

  it('lists the allowed actions in workflow order', () => {
    expect(allowedOrderActions('submitted')).toEqual(['accept', 'reject', 'cancel']);
    expect(allowedOrderActions('planned')).toEqual(['plan', 'program', 'cancel']);
  });

  it('never leaves a final state and agrees with allowedOrderActions, whatever is tried', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NETWORK_ORDER_ACTIONS), { maxLength: 12 }), (actions) => {
        let state: NetworkOrderState = 'submitted';
        for (const action of actions) {
          const allowed = allowedOrderActions(state).includes(action);
          if (!allowed) {
            expect(() => nextOrderState(state, action, 'NO-1')).toThrow(ConflictError);
            continue;
          }
          const next = nextOrderState(state, action, 'NO-1');
          expect(isFinalOrderState(state)).toBe(false);
          if (action === 'cancel') expect(next).toBe('cancelled');
          state = next;
        }
      }),
    );
  });

  it('reaches every state from submitted', () => {
    const seen = new Set<NetworkOrderState>(['submitted']);
    const queue: NetworkOrderState[] = ['submitted'];
    for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
      for (const next of Object.values(NETWORK_ORDER_TRANSITIONS[state])) {
        if (!seen.has(next)) queue.push(next);
        seen.add(next);
      }
    }
    expect([...seen].sort()).toEqual([...NETWORK_ORDER_STATES].sort());
  });
});

describe('TMF622 ProductOrder state', () => {
  it.each([
    ['submitted', 'acknowledged'],
    ['accepted', 'inProgress'],
    ['planned', 'inProgress'],
    ['programmed', 'inProgress'],
    ['released', 'inProgress'],
    ['active', 'completed'],
    ['rejected', 'rejected'],
    ['cancelled', 'cancelled'],
  ] as const)('%s is %s', (state, tmf) => {
    expect(tmf622State(state)).toBe(tmf);
    expect(TMF622_STATES).toContain(tmf);
  });
});

describe('who is told (vn:2.3.3)', () => {
  it('tells provider and end user the planned date and the release of a third-party order', () => {
    expect(partiesTold('plan', { thirdParty: true })).toEqual(['provider', 'end-user']);
    expect(partiesTold('release', { thirdParty: true })).toEqual(['provider', 'end-user']);
  });

  it('tells only the end user of an own order, and nobody of the other steps', () => {
    expect(partiesTold('plan', { thirdParty: false })).toEqual(['end-user']);
    expect(partiesTold('program', { thirdParty: true })).toEqual([]);
  });
});

describe('step details', () => {
  it('wants a reason to reject, trimmed', () => {
    expect(rejectionReason('  no NAP at the address ')).toBe('no NAP at the address');
    expect(() => rejectionReason('   ')).toThrow(InvalidInputError);
    expect(() => rejectionReason('x'.repeat(501))).toThrow(/longer than 500/);
  });

  it('plans on or after the day of planning', () => {
    const on = Temporal.PlainDate.from('2026-11-22');
    expect(plannedDate(on, on).toString()).toBe('2026-11-22');
    expect(plannedDate(Temporal.PlainDate.from('2027-01-05'), on).toString()).toBe('2027-01-05');
    expect(() => plannedDate(Temporal.PlainDate.from('2026-11-21'), on)).toThrow(
      'plannedOn: 2026-11-21 is before today (2026-11-22)',
    );
  });
});

import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../shared/errors/index.ts';
import { FAULT_CLOSURE_REASONS, FAULT_TICKET_STATES } from '../schema.ts';
import type { FaultTicketState } from '../schema.ts';
import {
  chargeableHoursOf,
  closureProblem,
  FAULT_ACTIONS,
  nextState,
  slaAlertDue,
  slaStatus,
} from './fault-ticket-states.ts';
import type { FaultAction } from './fault-ticket-states.ts';

const allowed: Record<string, FaultTicketState> = {
  'acknowledged start': 'in-progress',
  'in-progress wait': 'waiting-on-customer',
  'waiting-on-customer resume': 'in-progress',
  'acknowledged resolve': 'resolved',
  'in-progress resolve': 'resolved',
  'waiting-on-customer resolve': 'resolved',
  'resolved reopen': 'in-progress',
  'acknowledged close': 'closed',
  'in-progress close': 'closed',
  'waiting-on-customer close': 'closed',
  'resolved close': 'closed',
};

describe('nextState', () => {
  const moves = FAULT_TICKET_STATES.flatMap((state) =>
    FAULT_ACTIONS.map((action) => [state, action] as const),
  );

  it.each(moves)('from %s, %s goes where the lifecycle says or is refused naming both', (state, action) => {
    const to = allowed[`${state} ${action}`];
    if (to !== undefined) {
      expect(nextState(state, action)).toBe(to);
    } else {
      expect(() => nextState(state, action)).toThrow(ConflictError);
      expect(() => nextState(state, action)).toThrow(new RegExp(`'${state}'.*'${action}'`));
    }
  });

  it('a closed ticket goes nowhere', () => {
    fc.assert(
      fc.property(fc.constantFrom<FaultAction>(...FAULT_ACTIONS), (action) => {
        expect(() => nextState('closed', action)).toThrow(ConflictError);
      }),
    );
  });
});

describe('closureProblem', () => {
  const open = {
    state: 'in-progress' as const,
    repairReportedAt: null,
    maintenanceWindowId: null,
    providerId: null,
  };

  it('asks a repair report for repaired and customer-caused (vn:6.4.10)', () => {
    expect(closureProblem(open, 'repaired')).toMatch(/repair report/);
    expect(closureProblem(open, 'customer-caused')).toMatch(/vn:6.4.10/);
    const reported = { ...open, state: 'resolved' as const, repairReportedAt: '2027-01-01T10:00:00Z' };
    expect(closureProblem(reported, 'repaired')).toBeNull();
    expect(closureProblem(reported, 'customer-caused')).toBeNull();
  });

  it('asks a window for maintenance and a provider for routed-to-provider', () => {
    expect(closureProblem(open, 'maintenance')).toMatch(/vn:2.1.3/);
    expect(closureProblem({ ...open, maintenanceWindowId: 'MW-1' }, 'maintenance')).toBeNull();
    expect(closureProblem(open, 'routed-to-provider')).toMatch(/vn:6.4.3/);
    expect(closureProblem({ ...open, providerId: 'PRV-1' }, 'routed-to-provider')).toBeNull();
  });

  it('closes a not reproducible or modified link without a repair (vn:6.4.1, vn:6.4.4)', () => {
    expect(closureProblem(open, 'not-reproducible')).toBeNull();
    expect(closureProblem(open, 'customer-modified')).toBeNull();
  });

  it('never closes a closed ticket again', () => {
    for (const reason of FAULT_CLOSURE_REASONS)
      expect(
        closureProblem(
          { ...open, state: 'closed', repairReportedAt: 'x', maintenanceWindowId: 'x', providerId: 'x' },
          reason,
        ),
      ).toMatch(/closed already/);
  });
});

describe('chargeableHoursOf (vn:6.4.8)', () => {
  it('reads hours as decimal text', () => {
    expect(chargeableHoursOf(1.5)).toBe('1.50');
    expect(chargeableHoursOf('2')).toBe('2.00');
    expect(chargeableHoursOf(0.25)).toBe('0.25');
  });

  it.each([0, -1, 'two', 1.255, null, undefined, Number.NaN])('refuses %s', (value) => {
    expect(() => chargeableHoursOf(value)).toThrow(/chargeableHours/);
  });
});

describe('slaStatus (vn:6.4.10)', () => {
  const maximumBy = '2027-03-28T13:30:00Z';
  const at = (iso: string) => Temporal.Instant.from(iso);
  const running = { maximumBy, repairReportedAt: null, breachedAt: null, closedAt: null };

  it('is none without a clock', () => {
    expect(slaStatus({ ...running, maximumBy: null }, at('2027-03-28T00:00:00Z'))).toBe('none');
  });

  it('runs until two hours before the maximum, warns from then, and is breached only after it', () => {
    expect(slaStatus(running, at('2027-03-28T11:29:59.999Z'))).toBe('running');
    expect(slaStatus(running, at('2027-03-28T11:30:00Z'))).toBe('warning');
    expect(slaStatus(running, at('2027-03-28T13:30:00Z'))).toBe('warning');
    expect(slaStatus(running, at('2027-03-28T13:30:00.001Z'))).toBe('breached');
  });

  it('takes the warning lead as a parameter', () => {
    expect(slaStatus(running, at('2027-03-28T10:30:00Z'), 3)).toBe('warning');
    expect(slaStatus(running, at('2027-03-28T10:29:00Z'), 3)).toBe('running');
  });

  it('is met by a repair reported at the maximum itself and missed by one after it', () => {
    const late = at('2027-03-30T00:00:00Z');
    expect(slaStatus({ ...running, repairReportedAt: maximumBy }, late)).toBe('met');
    expect(slaStatus({ ...running, repairReportedAt: '2027-03-28T13:30:01Z' }, late)).toBe('missed');
  });

  it('stays breached once recorded, and a closure without repair is none or missed', () => {
    expect(slaStatus({ ...running, breachedAt: '2027-03-28T14:00:00Z' }, at('2027-03-28T00:00:00Z'))).toBe(
      'breached',
    );
    const closedAt = '2027-03-28T12:00:00Z';
    expect(slaStatus({ ...running, closedAt }, at('2027-03-29T00:00:00Z'))).toBe('none');
    expect(slaStatus({ ...running, closedAt, breachedAt: closedAt }, at('2027-03-29T00:00:00Z'))).toBe(
      'missed',
    );
  });

  it('never goes back from warning to running as time passes (property)', () => {
    const order = ['running', 'warning', 'breached'];
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (a, step) => {
          const first = slaStatus(running, at(maximumBy).add({ seconds: a }));
          const later = slaStatus(running, at(maximumBy).add({ seconds: a + step }));
          expect(order.indexOf(later)).toBeGreaterThanOrEqual(order.indexOf(first));
        },
      ),
    );
  });
});

describe('slaAlertDue', () => {
  const facts = {
    state: 'in-progress' as const,
    maximumBy: '2027-03-28T13:30:00Z',
    repairReportedAt: null,
    breachedAt: null,
    closedAt: null,
    warnedAt: null,
  };
  const at = (iso: string) => Temporal.Instant.from(iso);

  it('raises nothing before the warning, a warning from it, a breach after the maximum', () => {
    expect(slaAlertDue(facts, at('2027-03-28T11:29:00Z'))).toBeNull();
    expect(slaAlertDue(facts, at('2027-03-28T11:30:00Z'))).toBe('warning');
    expect(
      slaAlertDue({ ...facts, warnedAt: '2027-03-28T11:30:00Z' }, at('2027-03-28T12:00:00Z')),
    ).toBeNull();
    expect(slaAlertDue({ ...facts, warnedAt: '2027-03-28T11:30:00Z' }, at('2027-03-28T13:30:01Z'))).toBe(
      'breach',
    );
  });

  it('raises each once, and nothing for a repaired, resolved or clockless ticket', () => {
    const late = at('2027-03-29T00:00:00Z');
    expect(slaAlertDue({ ...facts, breachedAt: '2027-03-28T14:00:00Z' }, late)).toBeNull();
    expect(slaAlertDue({ ...facts, repairReportedAt: '2027-03-28T14:00:00Z' }, late)).toBeNull();
    expect(slaAlertDue({ ...facts, state: 'resolved' }, late)).toBeNull();
    expect(slaAlertDue({ ...facts, maximumBy: null }, late)).toBeNull();
    expect(slaAlertDue(facts, late)).toBe('breach');
  });
});

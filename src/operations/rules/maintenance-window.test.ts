import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { PlacedService } from './maintenance-window.ts';
import {
  MAINTENANCE_MAX_HOURS,
  affectedBy,
  maintenanceAudience,
  maintenanceRules,
  maintenanceWindowProblems,
} from './maintenance-window.ts';

const t = (text: string) => Temporal.Instant.from(text);
const now = t('2027-03-20T09:00:00Z');

describe('a maintenance window being planned', () => {
  it('is fine when it starts now or later, ends after it starts and lasts at most a week', () => {
    expect(maintenanceWindowProblems({ startsAt: now, endsAt: now.add({ hours: 1 }), now })).toEqual([]);
    expect(
      maintenanceWindowProblems({ startsAt: now, endsAt: now.add({ hours: MAINTENANCE_MAX_HOURS }), now }),
    ).toEqual([]);
  });

  it('names startsAt in the past and endsAt not after startsAt, both at once', () => {
    const problems = maintenanceWindowProblems({
      startsAt: now.subtract({ minutes: 1 }),
      endsAt: now.subtract({ minutes: 1 }),
      now,
    });
    expect(problems.map((p) => p.field)).toEqual(['startsAt', 'endsAt']);
  });

  it('names endsAt past seven days', () => {
    const problems = maintenanceWindowProblems({
      startsAt: now,
      endsAt: now.add({ hours: MAINTENANCE_MAX_HOURS, seconds: 1 }),
      now,
    });
    expect(problems).toEqual([{ field: 'endsAt', problem: expect.stringContaining('168 hours') as string }]);
  });

  it('accepts exactly the windows that end after they start, within a week, from now on', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -10, max: 200 }),
        (start, hours) => {
          const startsAt = now.add({ minutes: start });
          const endsAt = startsAt.add({ hours });
          const ok = start >= 0 && hours > 0 && hours <= MAINTENANCE_MAX_HOURS;
          expect(maintenanceWindowProblems({ startsAt, endsAt, now }).length === 0).toBe(ok);
        },
      ),
    );
  });

  it('cites vn:2.1.3 for the network and vn:2.2.5 for a link', () => {
    expect(maintenanceRules('nap')).toEqual(['vn:2.1.3']);
    expect(maintenanceRules('cable')).toEqual(['vn:2.1.3']);
    expect(maintenanceRules('link')).toEqual(['vn:2.2.5']);
  });
});

describe('the services a window affects', () => {
  const service = (id: string, fields: Partial<PlacedService>): PlacedService => ({
    id,
    customerId: 'C-1',
    providerId: null,
    state: 'active',
    napId: null,
    linkId: null,
    linkNapIds: [],
    ...fields,
  });
  const services = [
    service('S-1', { napId: 'NAP-1' }),
    service('S-2', { napId: 'NAP-1', state: 'suspended', customerId: 'C-2', providerId: 'PR-1' }),
    service('S-3', { napId: 'NAP-1', state: 'closed' }),
    service('S-4', { napId: 'NAP-1', state: 'programmed' }),
    service('S-5', { linkId: 'L-1', linkNapIds: ['NAP-9', 'NAP-1'], customerId: 'C-2', providerId: 'PR-1' }),
    service('S-6', { napId: 'NAP-2' }),
  ];

  it('on a NAP: its active and suspended services and those on links ending there', () => {
    expect(affectedBy({ scope: 'nap', napIds: ['NAP-1'] }, services).map((s) => s.id)).toEqual([
      'S-1',
      'S-2',
      'S-5',
    ]);
    expect(affectedBy({ scope: 'cable', napIds: [] }, services)).toEqual([]);
  });

  it('on a link: the services it carries', () => {
    expect(affectedBy({ scope: 'link', linkId: 'L-1' }, services).map((s) => s.id)).toEqual(['S-5']);
  });

  it('tells each customer once and each provider once, with their services', () => {
    const affected = affectedBy({ scope: 'cable', napIds: ['NAP-1', 'NAP-2'] }, services);
    expect(maintenanceAudience(affected)).toEqual({
      customers: [
        { customerId: 'C-1', serviceIds: ['S-1', 'S-6'] },
        { customerId: 'C-2', serviceIds: ['S-2', 'S-5'] },
      ],
      providers: [{ providerId: 'PR-1', serviceIds: ['S-2', 'S-5'] }],
    });
  });
});

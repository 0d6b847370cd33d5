import { describe, expect, it } from 'vitest';
import { explainSla } from '../../explain/index.ts';
import { shippedProfiles } from '../../terms/index.ts';
import { explainTestClient } from './explain-test-client.ts';

describe('GET /explain/sla', () => {
  const { ok, refused } = explainTestClient();

  it('vn:6.4.10: answers the deadlines across the fall-back change, as the CLI answers them', async () => {
    const answer = await ok('/explain/sla?fibers=96&reported=2027-10-30T22:00:00Z');
    expect(answer).toMatchObject({
      reported: '2027-10-31T00:00:00+02:00',
      averageBy: '2027-10-31T11:00:00+01:00',
      maximumBy: '2027-10-31T17:00:00+01:00',
      averageHours: 12,
      maximumHours: 18,
      because: ['vn:6.4.10'],
      profile: 'vitrumnet-2.5-2018-04-15',
    });
    expect(answer).toEqual(explainSla({ fibers: 96, reported: '2027-10-30T22:00:00Z' }, shippedProfiles()));
  });

  it('adds the definitive-repair hours', async () => {
    const answer = await ok('/explain/sla?fibers=192&reported=2027-05-12T10:00:00Z&definitiveRepair=true');
    expect(answer).toMatchObject({
      averageHours: 22,
      maximumHours: 28,
      maximumBy: '2027-05-13T16:00:00+02:00',
    });
  });

  it.each([
    ['fibers=36&reported=2027-05-12T10:00:00Z', ['fibers']],
    ['fibers=12&reported=2027-05-12T10:00', ['reported']],
    ['fibers=12&reported=2027-05-12T10:00:00Z&profile=bit-2016-10-25', ['profile']],
    ['fibers=12&reported=soon&profile=nope', ['profile', 'reported']],
  ])('refuses %s naming %j', async (query, fields) => {
    const problem = await refused(`/explain/sla?${query}`);
    expect(problem.errors.map((error) => error.field)).toEqual(fields);
  });
});

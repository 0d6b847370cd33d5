import { describe, expect, it } from 'vitest';
import { explainTermination } from '../../explain/index.ts';
import { shippedProfiles } from '../../terms/index.ts';
import { explainTestClient } from './explain-test-client.ts';

const bit = 'profile=bit-2016-10-25';
const vn = 'profile=vitrumnet-2.5-2018-04-15';

describe('GET /explain/termination', () => {
  const { ok, refused } = explainTestClient();

  const ask = (query: string) => ok(`/explain/termination?${query}`);

  it.each([
    [`${bit}&kind=indefinite&start=2025-06-01&notice=2026-02-28`, '2026-03-31', '2026-03-31', '2026-02-28'],
    [`${bit}&kind=indefinite&start=2025-06-01&notice=2026-03-01`, '2026-06-30', '2026-03-31', '2026-02-28'],
    [`${bit}&kind=domain&start=2019-04-01&notice=2026-11-30`, '2026-12-31', '2026-12-31', '2026-11-30'],
    [`${bit}&kind=domain&start=2019-04-01&notice=2026-12-01`, '2027-12-31', '2026-12-31', '2026-11-30'],
    [
      `${bit}&kind=fixed-term&start=2026-01-01&termMonths=12&notice=2026-11-30`,
      '2026-12-31',
      '2026-12-31',
      '2026-11-30',
    ],
    [
      `${bit}&kind=fixed-term&start=2026-01-01&termMonths=12&notice=2026-12-01`,
      '2027-12-31',
      '2026-12-31',
      '2026-11-30',
    ],
    [
      `${vn}&kind=fixed-term&start=2025-01-01&termMonths=24&notice=2026-08-31`,
      '2026-12-31',
      '2026-12-31',
      '2026-08-31',
    ],
    [
      `${vn}&kind=fixed-term&start=2025-01-01&termMonths=24&notice=2026-09-01`,
      '2027-12-31',
      '2026-12-31',
      '2026-08-31',
    ],
    [
      `${vn}&kind=third-party&start=2026-01-01&paymentTermMonths=3&notice=2026-03-10`,
      '2026-09-30',
      '2026-03-31',
      '2025-11-30',
    ],
  ])('%s → %s', async (query, effectiveDate, currentTermEnd, noticeDeadline) => {
    expect(await ask(query)).toMatchObject({
      effectiveDate,
      currentTermEnd,
      noticeDeadline,
      protection: null,
    });
  });

  it('answers exactly what the CLI answers, every figure included', async () => {
    const question = {
      profile: 'vitrumnet-2.5-2018-04-15',
      kind: 'fixed-term',
      start: '2025-01-01',
      termMonths: 24,
      service: 'access',
      notice: '2027-03-10',
    };
    const answer = await ask(new URLSearchParams({ ...question, termMonths: '24' }).toString());
    expect(answer).toEqual(explainTermination(question, shippedProfiles()));
    expect(answer).toMatchObject({
      effectiveDate: '2027-04-10',
      because: ['vn:1.5.1', 'vn:1.6.1', 'nl:tw7.2a'],
      protection: 'nl:tw7.2a',
      protectedEnd: '2027-04-10',
      contractualEnd: '2027-12-31',
      customer: 'business',
    });
  });

  it('nl:6:236j for a consumer after renewal', async () => {
    const answer = await ask(
      `${bit}&kind=fixed-term&start=2026-01-01&termMonths=12&customer=consumer&service=hosting&notice=2027-03-10`,
    );
    expect(answer).toMatchObject({
      effectiveDate: '2027-04-10',
      because: ['bit:12.1', 'nl:6:236j'],
      protection: 'nl:6:236j',
    });
  });

  it.each([
    ['profile=nope&kind=indefinite&start=2025-01-01&notice=2026-03-01', ['profile']],
    [`${vn}&kind=indefinite&start=2025-01-01&notice=2026-03-01`, ['kind']],
    [`${bit}&kind=third-party&start=2025-01-01&notice=2026-03-01`, ['kind']],
    [`${bit}&kind=weekly&start=2025-01-01&notice=2026-03-01`, ['kind']],
    [`${bit}&kind=indefinite&start=2026-02-30&notice=2026-03-01`, ['start']],
    [`${bit}&kind=indefinite&start=2025-01-01`, ['notice']],
    [`${bit}&kind=indefinite&start=2025-01-01&notice=2024-03-01`, ['notice']],
    [`${bit}&kind=fixed-term&start=2025-01-01&notice=2026-03-01`, ['termMonths']],
    [`${bit}&kind=fixed-term&start=2025-01-01&termMonths=-1&notice=2026-03-01`, ['termMonths']],
    [`${bit}&kind=fixed-term&start=2025-01-01&termMonths=twelve&notice=2026-03-01`, ['termMonths']],
    [`${bit}&kind=fixed-term&start=2025-01-01&termMonths=1.5&notice=2026-03-01`, ['termMonths']],
    [
      `${bit}&kind=fixed-term&start=2025-01-01&termMonths=12&paymentTermMonths=1&notice=2026-03-01`,
      ['paymentTermMonths'],
    ],
    [`${bit}&kind=indefinite&start=2025-01-01&termMonths=12&notice=2026-03-01`, ['termMonths']],
    [`${bit}&kind=indefinite&start=2025-01-01&notice=2026-03-01&customer=alien`, ['customer']],
    [`${bit}&kind=indefinite&start=2025-01-01&notice=2026-03-01&service=water`, ['service']],
    [`${bit}&kind=indefinite&start=2025-01-01&notice=2026-03-01&colour=blue`, ['colour']],
  ])('refuses %s naming %j', async (query, fields) => {
    const problem = await refused(`/explain/termination?${query}`);
    expect(problem.errors.map((error) => error.field)).toEqual(fields);
    expect(problem.detail).toContain(`${fields[0]}: `);
  });

  it('names the kinds the profile knows', async () => {
    const problem = await refused(
      `/explain/termination?${vn}&kind=indefinite&start=2025-01-01&notice=2026-03-01`,
    );
    expect(problem.errors[0]?.problem).toMatch(/it knows fixed-term, third-party$/);
  });
});

import { describe, expect, it } from 'vitest';
import { explainInterest } from '../../explain/index.ts';
import { explainTestClient } from './explain-test-client.ts';

describe('GET /explain/interest', () => {
  const { ok, refused } = explainTestClient();

  it('nl:6:119a: answers exactly what the CLI answers, with the periods and the compounding', async () => {
    const question = { kind: 'commercial', principal: '€ 10.000,00', due: '2023-03-15', until: '2025-03-20' };
    const answer = await ok(`/explain/interest?${new URLSearchParams(question).toString()}`);
    expect(answer).toEqual(explainInterest(question));
    // The figures are worked by hand in statutory-interest.test.ts.
    expect(answer).toMatchObject({
      interest: '2540.26',
      because: ['nl:6:119a'],
      principal: '10000.00',
      defaultFrom: '2023-03-16',
      compounded: [
        { on: '2024-03-16', added: '1169.59' },
        { on: '2025-03-16', added: '1351.55' },
      ],
    });
    expect(answer.periods[0]).toEqual({
      from: '2023-03-16',
      through: '2023-06-30',
      days: 107,
      percent: '10.50',
      principal: '10000.00',
      interest: '307.81',
    });
    expect(Object.keys(answer).slice(0, 2)).toEqual(['interest', 'because']);
  });

  it.each([
    ['kind=b2b&principal=100&due=2025-01-31&until=2025-03-01', ['kind']],
    ['kind=commercial&principal=-1&due=2025-01-31&until=2025-03-01', ['principal']],
    ['kind=commercial&principal=lots&due=2025-01-31&until=2025-03-01', ['principal']],
    ['kind=commercial&principal=100&due=2025-02-30&until=2025-03-01', ['due']],
    ['kind=non-commercial&principal=100&due=2009-06-30&until=2010-03-01', ['due']],
    ['kind=commercial&principal=100&due=2025-01-31', ['until']],
  ])('refuses %s naming %j', async (query, fields) => {
    const problem = await refused(`/explain/interest?${query}`);
    expect(problem.errors.map((error) => error.field)).toEqual(fields);
  });
});

import { describe, expect, it } from 'vitest';
import { explainCollectionCosts } from '../../explain/index.ts';
import { explainTestClient } from './explain-test-client.ts';

describe('GET /explain/collection-costs', () => {
  const { ok, refused } = explainTestClient();

  it('nl:bik: 15% of 1234.56 is 185.18, as the CLI answers it', async () => {
    const answer = await ok('/explain/collection-costs?principal=1234.56');
    expect(answer).toMatchObject({
      amount: '185.18',
      because: ['nl:bik'],
      customer: 'business',
      method: 'bik',
      brackets: [{ from: '0.00', upTo: '2500.00', rate: '15%', base: '1234.56', amount: '185.184' }],
      profile: null,
    });
    expect(answer).toEqual(explainCollectionCosts({ principal: '1234.56' }, new Map()));
  });

  it("applies a profile's actual costs for a business, capped (vn:7.1.6)", async () => {
    const query = 'principal=100&profile=vitrumnet-2.5-2018-04-15&actualCosts=9000';
    expect(await ok(`/explain/collection-costs?${query}`)).toMatchObject({
      amount: '6775.00',
      because: ['vn:7.1.6'],
      method: 'actual',
      capped: true,
    });
    expect(await ok(`/explain/collection-costs?${query}&consumer=true`)).toMatchObject({
      amount: '40.00',
      because: ['vn:7.1.6', 'nl:bik'],
      limit: 'minimum',
    });
  });

  it.each([
    ['principal=-5', ['principal']],
    ['principal=lots&profile=nope', ['profile', 'principal']],
    ['principal=100&profile=vitrumnet-2.5-2018-04-15', ['actualCosts']],
  ])('refuses %s naming %j', async (query, fields) => {
    const problem = await refused(`/explain/collection-costs?${query}`);
    expect(problem.errors.map((error) => error.field)).toEqual(fields);
  });
});

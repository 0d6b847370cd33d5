import { describe, expect, it } from 'vitest';
import { explainDepositRefund } from '../../explain/index.ts';
import { explainTestClient } from './explain-test-client.ts';

describe('GET /explain/… for the network rules', () => {
  const { ok, refused, inject } = explainTestClient();

  describe('deposit-refund', () => {
    it('vn:7.2.2–7.2.4: 150.00 less 20% damage less 45.50 open claims is 74.50', async () => {
      const answer = await ok('/explain/deposit-refund?deposit=150&damageShare=0.2&openClaims=45.50');
      expect(answer).toEqual({
        refund: '74.50',
        because: ['vn:7.2.2', 'vn:7.2.3', 'vn:7.2.4'],
        deposit: '150.00',
        damageShare: '0.2',
        forfeited: '30.00',
        afterDamage: '120.00',
        openClaims: '45.50',
        setOff: '45.50',
        claimsLeft: '0.00',
      });
    });

    it('answers exactly what the CLI answers, also for Dutch amounts', async () => {
      const question = { deposit: '€ 100,00', damageShare: '0.5', openClaims: '€ 80,00' };
      const answer = await ok(`/explain/deposit-refund?${new URLSearchParams(question).toString()}`);
      expect(answer).toEqual(explainDepositRefund(question));
      expect(answer).toMatchObject({ refund: '0.00', setOff: '50.00', claimsLeft: '30.00' });
    });

    it.each([
      ['deposit=-1&damageShare=0&openClaims=0', ['deposit']],
      ['deposit=100&damageShare=1.5&openClaims=0', ['damageShare']],
      ['deposit=100&damageShare=half&openClaims=0', ['damageShare']],
      ['deposit=100&damageShare=0&openClaims=1.234', ['openClaims']],
      ['deposit=lots&damageShare=2&openClaims=-3', ['deposit', 'damageShare', 'openClaims']],
      ['deposit=100&damageShare=0', ['openClaims']],
      ['deposit=100&damageShare=0&openClaims=0&profile=x', ['profile']],
    ])('refuses %s naming %j', async (query, fields) => {
      const problem = await refused(`/explain/deposit-refund?${query}`);
      expect(problem.errors.map((error) => error.field)).toEqual(fields);
    });
  });

  it('lists the route under explain in the OpenAPI document, with closed query and answer schemas', async () => {
    const spec = (await inject('/openapi.json')).json();
    const get = spec.paths['/explain/deposit-refund']?.get;
    expect(get.tags).toEqual(['explain']);
    expect(get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      'deposit',
      'damageShare',
      'openClaims',
    ]);
    expect(get.responses['200'].content['application/json'].schema.additionalProperties).toBe(false);
  });
});

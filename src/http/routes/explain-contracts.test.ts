import { describe, expect, it } from 'vitest';
import { explainCancellationFee, explainComplaintDeadline, explainFormation } from '../../explain/index.ts';
import { shippedProfiles } from '../../terms/index.ts';
import { explainTestClient } from './explain-test-client.ts';

const bit = 'profile=bit-2016-10-25';
const vn = 'profile=vitrumnet-2.5-2018-04-15';

// GET /explain/termination has its own file, explain-termination-route.test.ts.
describe('GET /explain/… for the contract rules', () => {
  const { ok, refused, inject } = explainTestClient();

  describe('formation', () => {
    it.each([
      [
        `${bit}&orderReceived=2026-03-02`,
        { formed: true, formationDate: '2026-03-16', refusalDeadline: '2026-03-16' },
      ],
      [
        `${bit}&orderReceived=2026-03-02&executionStarted=2026-03-04`,
        { formationDate: '2026-03-04', formedBy: 'execution-start' },
      ],
      [
        `${bit}&orderReceived=2026-03-02&refused=2026-03-10`,
        { formed: false, formationDate: null, refusal: 'in-time' },
      ],
      [
        `${bit}&orderReceived=2026-03-02&refused=2026-03-17`,
        { formed: true, formationDate: '2026-03-16', refusal: 'too-late' },
      ],
      [
        `${vn}&orderReceived=2026-03-02&accepted=2026-03-09&signedForm=true`,
        { formationDate: '2026-03-09', refusalDeadline: null },
      ],
      [
        `${vn}&orderReceived=2026-03-02&activated=2026-04-01`,
        { formationDate: '2026-04-01', formedBy: 'activation' },
      ],
      [`${vn}&orderReceived=2026-03-02&signedForm=true`, { formed: false, formationDate: null }],
    ])('%s', async (query, expected) => {
      const answer = await ok(`/explain/formation?${query}`);
      expect(answer).toMatchObject(expected);
    });

    it('answers exactly what the CLI answers', async () => {
      const answer = await ok(`/explain/formation?${bit}&orderReceived=2026-03-02&confirmed=2026-03-05`);
      expect(answer).toEqual(
        explainFormation(
          { profile: 'bit-2016-10-25', orderReceived: '2026-03-02', confirmed: '2026-03-05' },
          shippedProfiles(),
        ),
      );
    });

    it.each([
      [`${vn}&orderReceived=2026-03-02&accepted=2026-03-09`, ['signedForm']],
      [`${bit}&orderReceived=2026-03-02&accepted=2026-03-09&signedForm=true`, ['accepted', 'signedForm']],
      [`${vn}&orderReceived=2026-03-02&confirmed=2026-03-03`, ['confirmed']],
      [`${bit}&orderReceived=2026-03-02&refused=2026-03-01`, ['refused']],
      [`${bit}&orderReceived=2026-02-30`, ['orderReceived']],
      [`${bit}`, ['orderReceived']],
      ['profile=nope&orderReceived=2026-03-02', ['profile']],
      [`${vn}&orderReceived=2026-03-02&signedForm=maybe`, ['signedForm']],
    ])('refuses %s naming %j', async (query, fields) => {
      const problem = await refused(`/explain/formation?${query}`);
      expect(problem.errors.map((error) => error.field)).toEqual(fields);
    });
  });

  describe('cancellation-fee', () => {
    it.each(['1210.00', '1210', '€ 1.210,00'])('bit:4.1: 15%% of %s is 181.50', async (amount) => {
      const answer = await ok(
        `/explain/cancellation-fee?${bit}&orderTotalInclVat=${encodeURIComponent(amount)}`,
      );
      expect(answer).toEqual(
        explainCancellationFee({ profile: 'bit-2016-10-25', orderTotalInclVat: amount }, shippedProfiles()),
      );
      expect(answer).toMatchObject({ fee: '181.50', because: ['bit:4.1'], orderTotalInclVat: '1210.00' });
    });

    it.each([
      [`${vn}&orderTotalInclVat=1210`, 'profile'],
      [`${bit}&orderTotalInclVat=-5`, 'orderTotalInclVat'],
      [`${bit}&orderTotalInclVat=lots`, 'orderTotalInclVat'],
      [`${bit}&orderTotalInclVat=1.234`, 'orderTotalInclVat'],
      [`${bit}`, 'orderTotalInclVat'],
      ['profile=nope&orderTotalInclVat=1', 'profile'],
    ])('refuses %s naming %s', async (query, field) => {
      const problem = await refused(`/explain/cancellation-fee?${query}`);
      expect(problem.errors.map((error) => error.field)).toEqual([field]);
    });
  });

  describe('complaint-deadline', () => {
    it('bit:9.1: 3 working days after a delivery, stepping over King’s Day', async () => {
      const answer = await ok(`/explain/complaint-deadline?${bit}&kind=delivery&date=2026-04-24`);
      expect(answer).toEqual(
        explainComplaintDeadline(
          { profile: 'bit-2016-10-25', kind: 'delivery', date: '2026-04-24' },
          shippedProfiles(),
        ),
      );
      expect(answer).toMatchObject({
        deadline: '2026-04-30',
        skipped: [{ date: '2026-04-27', reason: 'Koningsdag' }],
      });
      expect(answer.because).toEqual(expect.arrayContaining(['bit:9.1', 'nl:workdays']));
    });

    it('bit:9.2: 14 working days after the invoice date', async () => {
      const answer = await ok(`/explain/complaint-deadline?${bit}&kind=invoice&date=2026-12-18`);
      expect(answer).toMatchObject({ deadline: '2027-01-11', workingDays: 14 });
    });

    it.each([
      [`${vn}&kind=invoice&date=2026-01-05`, 'profile'],
      [`${bit}&kind=quality&date=2026-01-05`, 'kind'],
      [`${bit}&kind=invoice&date=2026-02-29`, 'date'],
      [`${bit}&kind=invoice&date=2999-12-30`, 'date'],
      [`${bit}&kind=invoice`, 'date'],
    ])('refuses %s naming %s', async (query, field) => {
      const problem = await refused(`/explain/complaint-deadline?${query}`);
      expect(problem.errors.map((error) => error.field)).toEqual([field]);
    });
  });

  it('lists the four routes in the OpenAPI document, with closed query and answer schemas', async () => {
    const spec = (await inject('/openapi.json')).json();
    for (const name of ['formation', 'termination', 'cancellation-fee', 'complaint-deadline']) {
      const get = spec.paths[`/explain/${name}`]?.get;
      expect(get, name).toBeDefined();
      expect(get.parameters.some((parameter: { name: string }) => parameter.name === 'profile')).toBe(true);
      expect(get.responses['200'].content['application/json'].schema.additionalProperties).toBe(false);
    }
  });
});

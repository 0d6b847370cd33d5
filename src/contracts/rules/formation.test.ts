import { describe, expect, it } from 'vitest';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { formation } from './formation.ts';
import type { FormationFacts } from './formation.ts';
import { bitId, date, fieldsOf, problemsOf, shipped, vnId } from './test-support.ts';

const bit = shipped(bitId);
const vn = shipped(vnId);
const received = date('2026-03-02');

function formedOn(profile: TermsProfile, facts: Partial<FormationFacts>) {
  const answer = formation(profile, { orderReceived: received, ...facts });
  return {
    formed: answer.value.formed,
    formationDate: answer.value.formationDate?.toString() ?? null,
    refusalDeadline: answer.value.refusalDeadline?.toString() ?? null,
    formedBy: answer.figures.formedBy,
    refusal: answer.figures.refusal,
    because: answer.because,
  };
}

describe('formation by refusal window (bit:2.3)', () => {
  it('forms the contract 14 days after the order when nothing else happens', () => {
    expect(formedOn(bit, {})).toEqual({
      formed: true,
      formationDate: '2026-03-16',
      refusalDeadline: '2026-03-16',
      formedBy: 'refusal-window',
      refusal: 'none',
      because: ['bit:2.3'],
    });
  });

  it.each([
    [{ confirmed: date('2026-03-05') }, '2026-03-05', 'written-confirmation'],
    [{ executionStarted: date('2026-03-04') }, '2026-03-04', 'execution-start'],
    [
      { confirmed: date('2026-03-05'), executionStarted: date('2026-03-04') },
      '2026-03-04',
      'execution-start',
    ],
    [{ confirmed: date('2026-03-02') }, '2026-03-02', 'written-confirmation'],
    [{ confirmed: date('2026-03-16') }, '2026-03-16', 'written-confirmation'],
    [{ confirmed: date('2026-03-20') }, '2026-03-16', 'refusal-window'],
  ])('forms it earlier on a written confirmation or the start of execution: %j', (facts, on, by) => {
    const answer = formedOn(bit, facts);
    expect(answer).toMatchObject({
      formed: true,
      formationDate: on,
      formedBy: by,
      refusalDeadline: '2026-03-16',
    });
  });

  it.each(['2026-03-02', '2026-03-10', '2026-03-16'])(
    'a refusal on %s, within the 14 days, means no contract',
    (refused) => {
      expect(formedOn(bit, { refused: date(refused) })).toMatchObject({
        formed: false,
        formationDate: null,
        refusalDeadline: '2026-03-16',
        formedBy: null,
        refusal: 'in-time',
      });
    },
  );

  it('a refusal after the deadline is too late: the contract formed on the deadline', () => {
    expect(formedOn(bit, { refused: date('2026-03-17') })).toMatchObject({
      formed: true,
      formationDate: '2026-03-16',
      refusal: 'too-late',
    });
  });

  it.each([
    [{ confirmed: date('2026-03-05'), refused: date('2026-03-10') }, '2026-03-05'],
    [{ confirmed: date('2026-03-05'), refused: date('2026-03-05') }, '2026-03-05'],
    [{ executionStarted: date('2026-03-03'), refused: date('2026-03-04') }, '2026-03-03'],
  ])('a refusal after (or on the day of) a confirmation or start is too late: %j', (facts, on) => {
    expect(formedOn(bit, facts)).toMatchObject({ formed: true, formationDate: on, refusal: 'too-late' });
  });

  it('a refusal before a later confirmation still prevents the contract', () => {
    expect(formedOn(bit, { refused: date('2026-03-04'), confirmed: date('2026-03-05') })).toMatchObject({
      formed: false,
      refusal: 'in-time',
    });
  });

  it('counts the window across a month end and a leap day', () => {
    const answer = formation(bit, { orderReceived: date('2028-02-20') });
    expect(answer.value.refusalDeadline?.toString()).toBe('2028-03-05');
  });

  it.each([
    [{ confirmed: date('2026-03-01') }, 'confirmed'],
    [{ executionStarted: date('2026-02-28') }, 'executionStarted'],
    [{ refused: date('2026-03-01') }, 'refused'],
  ])('refuses an event before the order was received: %j', (facts, field) => {
    expect(fieldsOf(() => formation(bit, { orderReceived: received, ...facts }))).toEqual([field]);
  });

  it('refuses the signed-acceptance facts, naming each', () => {
    const facts = {
      orderReceived: received,
      accepted: date('2026-03-03'),
      activated: date('2026-03-04'),
      signedForm: true,
    };
    expect(fieldsOf(() => formation(bit, facts))).toEqual(['accepted', 'activated', 'signedForm']);
  });

  it('refuses a confirmation that does not form the contract under a profile without it', () => {
    const strict: TermsProfile = {
      ...bit,
      formation: { ...bit.formation, formedEarlierBy: ['execution-start'] } as TermsProfile['formation'],
    };
    expect(
      fieldsOf(() => formation(strict, { orderReceived: received, confirmed: date('2026-03-05') })),
    ).toEqual(['confirmed']);
  });
});

describe('formation by signed acceptance (vn:1.5.2, vn:1.5.4)', () => {
  it('forms the contract when a signed form is accepted', () => {
    expect(formedOn(vn, { signedForm: true, accepted: date('2026-03-09') })).toEqual({
      formed: true,
      formationDate: '2026-03-09',
      refusalDeadline: null,
      formedBy: 'acceptance',
      refusal: null,
      because: ['vn:1.5.2', 'vn:1.5.4'],
    });
  });

  it('refuses an acceptance without the signed form, naming the missing form', () => {
    const [problem, ...more] = problemsOf(() =>
      formation(vn, { orderReceived: received, accepted: date('2026-03-09') }),
    );
    expect(more).toEqual([]);
    expect(problem?.field).toBe('signedForm');
    expect(problem?.problem).toMatch(/signed form.*vn:1\.5\.2/);
  });

  it('counts activation without written acceptance as acceptance, without a signed form', () => {
    expect(formedOn(vn, { activated: date('2026-04-01') })).toMatchObject({
      formed: true,
      formationDate: '2026-04-01',
      formedBy: 'activation',
    });
  });

  it.each([
    ['2026-03-09', '2026-04-01', '2026-03-09', 'acceptance'],
    ['2026-04-02', '2026-04-01', '2026-04-01', 'activation'],
  ])('accepted %s, activated %s: formed on %s by %s', (accepted, activated, on, by) => {
    const answer = formedOn(vn, { signedForm: true, accepted: date(accepted), activated: date(activated) });
    expect(answer).toMatchObject({ formed: true, formationDate: on, formedBy: by });
  });

  it('has no contract yet while the form only lies there', () => {
    expect(formedOn(vn, { signedForm: true })).toMatchObject({
      formed: false,
      formationDate: null,
      refusalDeadline: null,
    });
  });

  it('refuses the refusal-window facts and events before the order', () => {
    const facts = {
      orderReceived: received,
      confirmed: date('2026-03-05'),
      refused: date('2026-03-06'),
      activated: date('2026-03-01'),
    };
    expect(fieldsOf(() => formation(vn, facts))).toEqual(['confirmed', 'refused', 'activated']);
  });

  it('follows the profile: no signed form needed, activation not counted', () => {
    const lenient: TermsProfile = {
      ...vn,
      formation: {
        kind: 'signed-acceptance',
        requiresSignedForm: false,
        activationCountsAsAcceptance: false,
        rules: ['op:1'],
      },
    };
    expect(formation(lenient, { orderReceived: received, accepted: date('2026-03-03') }).value.formed).toBe(
      true,
    );
    expect(
      fieldsOf(() => formation(lenient, { orderReceived: received, activated: date('2026-03-03') })),
    ).toEqual(['activated']);
  });
});

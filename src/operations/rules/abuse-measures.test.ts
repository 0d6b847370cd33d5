import { describe, expect, it } from 'vitest';
import { findShippedProfile } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { ABUSE_CATEGORIES } from '../schema.ts';
import { ABUSE_CATEGORY_LABELS, abuseCategory } from './abuse-categories.ts';
import {
  abuseEscalation,
  abuseMeasure,
  allowedAbuseMeasures,
  checkAbuseCaseAction,
} from './abuse-measures.ts';

function profileOf(id: string): TermsProfile {
  const profile = findShippedProfile(id);
  if (!profile) throw new Error(`no shipped profile ${id}`);
  return profile;
}

const bit = profileOf('bit-2016-10-25');
const vn = profileOf('vitrumnet-2.5-2018-04-15');

describe('abuse categories (vn:4.1.2)', () => {
  it('labels each of a–j', () => {
    for (const category of ABUSE_CATEGORIES)
      expect(ABUSE_CATEGORY_LABELS[category].length).toBeGreaterThan(3);
    expect(abuseCategory('d')).toEqual({
      category: 'd',
      label: 'spam: unsolicited advertising or other messages',
      because: ['vn:4.1.2'],
    });
  });
});

describe('abuse measures by the seller terms', () => {
  it('VitrumNet may block, filter or suspend, and billing continues (vn:4.1.4, vn:4.1.5)', () => {
    expect(allowedAbuseMeasures(vn)).toEqual(['block', 'filter', 'suspend']);
    const block = abuseMeasure(vn, 'block');
    expect(block.value).toBe('block');
    expect(block.because).toContain('vn:4.1.5');
    expect(block.figures).toEqual({ billingContinues: true });
  });

  it('BIT may only suspend; a block is refused naming measure', () => {
    expect(allowedAbuseMeasures(bit)).toEqual(['suspend']);
    expect(() => abuseMeasure(bit, 'block')).toThrow(
      /measure.*'block' is not a measure of bit-2016-10-25.*suspend/s,
    );
    expect(() => abuseMeasure(vn, 'terminate')).toThrow(/measure/);
  });

  it('escalates VitrumNet to dissolution (vn:4.1.6 via vn:1.6.2) and BIT to termination (bit:12.4)', () => {
    expect(abuseEscalation(vn)).toMatchObject({ value: { kind: 'dissolve' }, figures: { refund: false } });
    expect(abuseEscalation(vn).because).toEqual(['vn:4.1.6', 'vn:1.6.2']);
    expect(abuseEscalation(bit)).toMatchObject({
      value: { kind: 'terminate', ground: 'abuse-policy-breach' },
    });
    expect(abuseEscalation(bit).because).toContain('bit:12.4');
  });

  it('refuses to escalate under terms that do not end a contract for abuse', () => {
    const mild = { ...vn, abuse: { ...vn.abuse, measures: ['block' as const] } };
    expect(() => abuseEscalation(mild)).toThrow(/does not end a contract for abuse/);
  });

  it('allows actions by the state of the case', () => {
    expect(() => checkAbuseCaseAction('AB-1', 'complied', 'measure')).not.toThrow();
    expect(() => checkAbuseCaseAction('AB-1', 'open', 'lift')).toThrow(/AB-1 is open/);
    expect(() => checkAbuseCaseAction('AB-1', 'escalated', 'measure')).toThrow(/escalated/);
    expect(() => checkAbuseCaseAction('AB-1', 'measured', 'escalate')).not.toThrow();
    expect(() => checkAbuseCaseAction('AB-1', 'complied', 'escalate')).toThrow();
  });
});

import { Temporal } from 'temporal-polyfill';
import { findShippedProfile } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { termination } from './termination.ts';
import type { NoticeFacts } from './termination.ts';

/*
 * For the tests beside these rules only: the rules are tested on the shipped profiles, so the tests
 * also check the terms as the profiles state them.
 */

export const bitId = 'bit-2016-10-25';
export const vnId = 'vitrumnet-2.5-2018-04-15';

export function shipped(id: typeof bitId | typeof vnId): TermsProfile {
  const profile = findShippedProfile(id);
  if (!profile) throw new Error(`the shipped profile ${id} is missing`);
  return profile;
}

export const date = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);

export { fieldsOf, problemsOf } from '../../../test/support/field-problems.ts';

export type Given = Partial<Omit<NoticeFacts, 'start' | 'noticeDate'>> & { start: string; notice: string };

/** termination() on text dates, defaulting to a business fixed-term contract for service `other`. */
export function ending(profile: TermsProfile, { start, notice, ...rest }: Given) {
  const facts: NoticeFacts = {
    kind: 'fixed-term',
    customer: 'business',
    service: 'other',
    ...rest,
    start: date(start),
    noticeDate: date(notice),
  };
  const { value, because, figures } = termination(profile, facts);
  if (figures.effectiveDate !== value.toString()) throw new Error('the figures disagree with the value');
  return { ...figures, because };
}

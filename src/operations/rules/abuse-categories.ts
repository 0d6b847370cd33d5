import type { RuleId } from '../../shared/explanation/index.ts';

/** vn:4.1.2 a–j (the same letters as the `abuse_cases.category` column). */
export type AbuseCategory = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';

/**
 * vn:4.1.2 a–j: the uses the fair use policy forbids, each with a short English label read from the
 * Dutch text. An abuse case names one of them; BIT's AUP / Abuse Policy (bit:1.4) is not part of
 * its terms, so a BIT case uses the same list as the common vocabulary.
 */
export const ABUSE_CATEGORY_LABELS: Readonly<Record<AbuseCategory, string>> = {
  a: 'breach of the terms of the seller or of third parties',
  b: 'breach of the law or other regulations',
  c: 'infringing the rights of third parties, such as intellectual property or privacy',
  d: 'spam: unsolicited advertising or other messages',
  e: 'storing, distributing or receiving (child) pornography',
  f: 'sexual harassment, discrimination or otherwise harassing people',
  g: 'distributing obscene, offensive or tormenting material',
  h: 'threats',
  i: 'storing or spreading viruses, worms or other destructive activity',
  j: 'hacking: entering accounts, systems or networks without permission',
};

/** The category's label with the rule it comes from. */
export function abuseCategory(category: AbuseCategory): {
  readonly category: AbuseCategory;
  readonly label: string;
  readonly because: readonly RuleId[];
} {
  return { category, label: ABUSE_CATEGORY_LABELS[category], because: ['vn:4.1.2'] }; // vn:4.1.2
}

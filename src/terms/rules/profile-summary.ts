import { moneyLines, operationsLines } from './profile-summary-sections.ts';
import { line, noticeText, parts, percent, plural, renewalText } from './summary-words.ts';
import type { TermsProfile } from './terms-profile-schema.ts';

/*
 * `vezel terms show` without --json: one line per parameter group, in words, each ending with the
 * rule ids it implements, so a clerk can read a profile without knowing its JSON.
 */

const formedBy = {
  'written-confirmation': 'written confirmation',
  'execution-start': 'start of execution',
} as const;

export function describeProfile(profile: TermsProfile): string[] {
  const heading = `${profile.id}: ${profile.seller}, ${profile.title}, version ${profile.version}`;
  return [
    `${heading} (published ${profile.publishedOn})`,
    `source: ${profile.source}; its own rule ids start with "${profile.rulePrefix}:"`,
    ...[...contractLines(profile), ...moneyLines(profile), ...operationsLines(profile)].map(
      (text) => `  ${text}`,
    ),
  ];
}

function contractLines(p: TermsProfile): string[] {
  const { quotes, formation, cancellation, renewalProtection: protection, earlyTermination: early } = p;
  const protectedWho = [
    protection.consumers ? 'consumers' : '',
    protection.telecomServices.length > 0 ? `end users of ${protection.telecomServices.join(', ')}` : '',
  ];
  return [
    line('customers', `${p.customers.defaultKind} by default`, p.customers.rules),
    line(
      'deviations',
      p.deviations && (p.deviations.writtenOnly ? 'only when agreed in writing' : 'as agreed'),
      p.deviations?.rules,
    ),
    line(
      'quotes',
      `${quotes.bindingByDefault ? 'binding' : 'non-binding'} unless stated, valid ${plural(quotes.validityDays, 'day')}`,
      quotes.rules,
    ),
    line(
      'formation',
      formation.kind === 'refusal-window'
        ? `${plural(formation.refusalWindowDays, 'day')} after the order unless refused` +
            (formation.formedEarlierBy.length > 0
              ? `; earlier on ${formation.formedEarlierBy.map((by) => formedBy[by]).join(' or ')}`
              : '')
        : parts(
            `when the seller accepts ${formation.requiresSignedForm ? 'a signed form' : 'the order'}`,
            formation.activationCountsAsAcceptance && 'activation counts as acceptance',
          ),
      formation.rules,
    ),
    line(
      'cancellation',
      cancellation &&
        `${percent(cancellation.feeRate)} of the order total incl. VAT` +
          (cancellation.needsSellerConsent ? ", only with the seller's consent" : ''),
      cancellation?.rules,
    ),
    ...contractKindLines(p.contracts),
    line(
      'renewal protection',
      `after a tacit renewal, ends ${noticeText(protection.notice)} after notice for ${protectedWho.filter(Boolean).join(' and ') || 'nobody'}`,
      protection.rules,
    ),
    line(
      'early termination',
      early &&
        parts(
          early.remainingTermCharge ? 'fees for the remaining term due at once' : 'no remaining-term charge',
          early.removalCharge && 'removal costs charged',
        ),
      early?.rules,
    ),
    line('immediate termination on', p.immediateTermination.grounds.join(', '), p.immediateTermination.rules),
    line(
      'dissolution',
      p.dissolution.afterNoticeOfDefault
        ? 'after a notice of default with a reasonable term'
        : 'without a notice of default',
      p.dissolution.rules,
    ),
    line(
      'transfer',
      p.transfer &&
        (p.transfer.customerNeedsWrittenConsent ? "customer needs the seller's written consent" : 'free'),
      p.transfer?.rules,
    ),
    line(
      'terms changes',
      p.termsChanges &&
        `apply unless the customer objects within ${plural(p.termsChanges.objectionDays, 'day')}`,
      p.termsChanges?.rules,
    ),
  ];
}

function contractKindLines(contracts: TermsProfile['contracts']): string[] {
  const { fixedTerm, indefinite, domain, thirdParty } = contracts;
  const termEnd = (contract: NonNullable<typeof fixedTerm>) =>
    `${renewalText(contract.renewal)}; notice ${noticeText(contract.notice)} before the term end`;
  const periodEnd = (contract: NonNullable<typeof indefinite>) =>
    `end at the end of a calendar ${contract.endsAt}; notice ${noticeText(contract.notice)}`;
  return [
    line('fixed-term contracts', fixedTerm && termEnd(fixedTerm), fixedTerm?.rules),
    line('indefinite contracts', indefinite && periodEnd(indefinite), indefinite?.rules),
    line('domain contracts', domain && periodEnd(domain), domain?.rules),
    line('third-party contracts', thirdParty && termEnd(thirdParty), thirdParty?.rules),
  ];
}

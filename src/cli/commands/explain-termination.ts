import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import { CONTRACT_KINDS, CUSTOMER_KINDS, SERVICE_KINDS } from '../../contracts/rules/index.ts';
import { explainTermination } from '../../explain/index.ts';
import type { TerminationAnswer } from '../../explain/index.ts';
import { dateArgument, jsonOption, wholeNumberArgument } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { asOptions, headline, noticeInWords, plural, profileOption, profilesFor } from './explain-options.ts';

interface TerminationOptions {
  profile: string;
  kind: string;
  start: Temporal.PlainDate;
  termMonths?: number;
  paymentTermMonths?: number;
  customer?: string;
  service?: string;
  notice: Temporal.PlainDate;
  json?: boolean;
}

/** `vezel explain termination`: the day a contract ends after notice. */
export function terminationCommand(): Command {
  return new Command('termination')
    .description(
      'the day a contract ends after notice (bit:12.1–12.3; vn:1.5.1, vn:1.6.1; nl:6:236j, nl:tw7.2a)',
    )
    .addOption(profileOption())
    .addOption(
      new Option('--kind <kind>', 'the kind of contract').choices(CONTRACT_KINDS).makeOptionMandatory(),
    )
    .addOption(
      new Option('--start <date>', 'the first day of the contract (YYYY-MM-DD)')
        .argParser(dateArgument)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--term-months <n>', 'the agreed (minimum) term; required for fixed-term').argParser(
        wholeNumberArgument,
      ),
    )
    .addOption(
      new Option(
        '--payment-term-months <n>',
        'third-party: the payment term, which is also the renewal (max 12; default 1, vn:1.5.1)',
      ).argParser(wholeNumberArgument),
    )
    .addOption(
      new Option('--customer <kind>', "the customer; default: the profile's default (business)").choices(
        CUSTOMER_KINDS,
      ),
    )
    .addOption(
      new Option('--service <kind>', 'the service; decides nl:tw7.2a (default: other)').choices(
        SERVICE_KINDS,
      ),
    )
    .addOption(
      new Option('--notice <date>', 'the day notice was given (YYYY-MM-DD)')
        .argParser(dateArgument)
        .makeOptionMandatory(),
    )
    .addOption(jsonOption())
    .addHelpText(
      'after',
      [
        '',
        'The effective date is the first term end (fixed-term, third-party), quarter end (indefinite) or',
        'year end (domain) at least the notice after the notice date. Notice given after the first term',
        'ended (after the first tacit renewal) by a consumer (nl:6:236j) or for a service the profile',
        'lists as telecom (nl:tw7.2a) ends the contract on notice date + 1 month, if that is earlier.',
        '',
        'Example: vezel explain termination --profile vitrumnet-2.5-2018-04-15 --kind fixed-term \\',
        '           --start 2025-01-01 --term-months 24 --notice 2026-08-31',
      ].join('\n'),
    )
    .action(async (options: TerminationOptions) => {
      const profiles = await profilesFor(options.profile);
      const answer = asOptions(() =>
        explainTermination(
          {
            profile: options.profile,
            kind: options.kind,
            start: options.start.toString(),
            termMonths: options.termMonths,
            paymentTermMonths: options.paymentTermMonths,
            customer: options.customer,
            service: options.service,
            notice: options.notice.toString(),
          },
          profiles,
        ),
      );
      if (options.json) return printJson(answer);
      printLines(describeTermination(answer));
    });
}

export function describeTermination(answer: TerminationAnswer): string[] {
  const period = answer.endsAt === 'term-end' ? 'term' : answer.endsAt;
  const lines = [
    headline(answer.effectiveDate, answer.because),
    `notice given on ${answer.noticeDate} with ${noticeInWords(answer.notice)}' notice: the contract can end on ${answer.earliestEnd} at the earliest`,
    `the ${period} current on ${answer.noticeDate} ends on ${answer.currentTermEnd}; notice for that end was due by ${answer.noticeDeadline}`,
  ];
  if (answer.firstTermEnd !== null) {
    const renewals =
      answer.renewalMonths === null
        ? 'no renewal'
        : `then renewals of ${plural(answer.renewalMonths, 'month')}`;
    lines.push(
      `first term: ${plural(answer.firstTermMonths ?? 0, 'month')} from ${answer.start} to ${answer.firstTermEnd}; ${renewals}`,
    );
  }
  lines.push(`contractual end: ${answer.contractualEnd}`);
  if (answer.protection !== null && answer.protectedEnd !== null) {
    const compared =
      answer.effectiveDate === answer.protectedEnd && answer.protectedEnd !== answer.contractualEnd
        ? 'earlier than the contractual end'
        : 'not earlier than the contractual end';
    lines.push(
      `notice after the tacit renewal: ${answer.protection} lets this ${answer.customer} customer (service: ${answer.service}) end on notice date + the statutory notice, ${answer.protectedEnd}, ${compared}`,
    );
  }
  return lines;
}

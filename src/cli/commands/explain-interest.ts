import { Command, Option } from 'commander';
import { INTEREST_KINDS } from '../../collections/rules/interest-rates.ts';
import { explainInterest } from '../../explain/index.ts';
import type { InterestAnswer } from '../../explain/index.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { asOptions, headline, plural } from './explain-options.ts';

/** `vezel explain interest`: statutory interest on an amount paid late. */
export function interestCommand(): Command {
  // Read by the explain question, which names the option when a value is wrong.
  const required = (flags: string, description: string) =>
    new Option(flags, description).makeOptionMandatory();
  return new Command('interest')
    .description('statutory interest on an amount paid late (bit:11.6; nl:6:119, nl:6:119a)')
    .addOption(
      required(
        '--kind <kind>',
        'commercial (business customer, 6:119a) or non-commercial (consumer, 6:119)',
      ).choices(INTEREST_KINDS),
    )
    .addOption(required('--principal <amount>', 'the amount due: 1234.56 or "€ 1.234,56"'))
    .addOption(required('--due <date>', 'the due date (YYYY-MM-DD); interest runs from the day after'))
    .addOption(required('--until <date>', 'the day of payment (YYYY-MM-DD), the last day interest runs'))
    .addOption(jsonOption())
    .action((options: { kind: string; principal: string; due: string; until: string; json?: boolean }) => {
      const { kind, principal, due, until } = options;
      const answer = asOptions(() => explainInterest({ kind, principal, due, until }));
      if (options.json) return printJson(answer);
      printLines(describeInterest(answer));
    });
}

const RATE_NAMES = {
  commercial: 'wettelijke handelsrente, art. 6:119a BW',
  'non-commercial': 'wettelijke rente, art. 6:119 BW',
} as const;

export function describeInterest(answer: InterestAnswer): string[] {
  const lines: [key: string, order: number, line: string][] = [
    ...answer.periods.map((p): [string, number, string] => [
      p.from,
      1,
      `  ${p.from} … ${p.through}  ${plural(p.days, 'day')} × ${p.percent} % on ${p.principal} = ${p.interest}`,
    ]),
    // nl:6:119 lid 2: shown before the first period it raises the principal of.
    ...answer.compounded.map((c): [string, number, string] => [
      c.on,
      0,
      `  ${c.on}  the year's interest ${c.added} added to the principal`,
    ]),
  ];
  lines.sort(([a, x], [b, y]) => a.localeCompare(b) || x - y);
  return [
    headline(`interest ${answer.interest}`, answer.because),
    `${RATE_NAMES[answer.kind]} on ${answer.principal} due ${answer.due}: ${
      answer.until > answer.due
        ? `interest from ${answer.defaultFrom} up to and including ${answer.until}`
        : `no interest up to ${answer.until}, which is not after the due date`
    }`,
    ...lines.map(([, , line]) => line),
    ...(answer.periods.length > 0
      ? ['each period: principal × rate × days / 365, rounded half away from zero to the cent']
      : []),
  ];
}

import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import { explainFormation } from '../../explain/index.ts';
import type { FormationAnswer } from '../../explain/index.ts';
import { dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { asOptions, headline, profileOption, profilesFor } from './explain-options.ts';

interface FormationOptions {
  profile: string;
  orderReceived: Temporal.PlainDate;
  confirmed?: Temporal.PlainDate;
  executionStarted?: Temporal.PlainDate;
  refused?: Temporal.PlainDate;
  accepted?: Temporal.PlainDate;
  activated?: Temporal.PlainDate;
  signedForm?: boolean;
  json?: boolean;
}

const dateOption = (flags: string, description: string) =>
  new Option(flags, description).argParser(dateArgument);

/** `vezel explain formation`: whether and when an order became a contract. */
export function formationCommand(): Command {
  return new Command('formation')
    .description('whether and when an order became a contract (bit:2.3; vn:1.5.2, vn:1.5.4)')
    .addOption(profileOption())
    .addOption(
      dateOption(
        '--order-received <date>',
        'the day the order (or the application) was received (YYYY-MM-DD)',
      ).makeOptionMandatory(),
    )
    .addOption(
      dateOption('--confirmed <date>', 'refusal window: the seller confirmed the contract in writing'),
    )
    .addOption(
      dateOption('--execution-started <date>', 'refusal window: the seller started executing the order'),
    )
    .addOption(dateOption('--refused <date>', 'refusal window: the seller said it does not accept the order'))
    .addOption(dateOption('--accepted <date>', 'signed acceptance: the seller accepted the application'))
    .addOption(
      dateOption('--activated <date>', 'signed acceptance: the seller delivered or activated the service'),
    )
    .addOption(new Option('--signed-form', 'signed acceptance: a completed, signed form was received'))
    .addOption(jsonOption())
    .addHelpText(
      'after',
      [
        '',
        'Dates are YYYY-MM-DD. Which options apply depends on how the profile forms contracts:',
        '  refusal window (bit-2016-10-25, bit:2.3): formed 14 days after the order, or earlier on',
        '    --confirmed or --execution-started; a --refused on or before the 14th day (and before any',
        '    confirmation or start) means no contract, a later one is too late.',
        '  signed acceptance (vitrumnet-2.5-2018-04-15, vn:1.5.2, vn:1.5.4): formed on --accepted, which',
        '    needs --signed-form, or on --activated (activation counts as acceptance), whichever is first.',
        'Options of the other kind are refused.',
        '',
        'Example: vezel explain formation --profile bit-2016-10-25 --order-received 2026-03-02 --confirmed 2026-03-05',
      ].join('\n'),
    )
    .action(async (options: FormationOptions) => {
      const day = (date: Temporal.PlainDate | undefined) => date?.toString();
      const profiles = await profilesFor(options.profile);
      const answer = asOptions(() =>
        explainFormation(
          {
            profile: options.profile,
            orderReceived: options.orderReceived.toString(),
            confirmed: day(options.confirmed),
            executionStarted: day(options.executionStarted),
            refused: day(options.refused),
            accepted: day(options.accepted),
            activated: day(options.activated),
            signedForm: options.signedForm,
          },
          profiles,
        ),
      );
      if (options.json) return printJson(answer);
      printLines(describeFormation(answer));
    });
}

const formedByWords = {
  'refusal-window': 'the refusal window passed without a refusal',
  'written-confirmation': 'the seller confirmed it in writing',
  'execution-start': 'the seller started executing the order',
  acceptance: 'the seller accepted the signed form',
  activation: 'the service was activated without written acceptance, which counts as acceptance',
} as const;

export function describeFormation(answer: FormationAnswer): string[] {
  const lines = [
    headline(answer.formed ? `formed on ${String(answer.formationDate)}` : 'not formed', answer.because),
    `order received on ${answer.orderReceived}`,
  ];
  if (answer.refusalDeadline) lines.push(`refusal deadline: ${answer.refusalDeadline}`);
  if (answer.formedBy) lines.push(`formed because ${formedByWords[answer.formedBy]}`);
  if (answer.refusal === 'in-time') lines.push('refused in time: no contract came into being');
  if (answer.refusal === 'too-late') lines.push('the refusal came too late: the contract had already formed');
  if (!answer.formed && answer.refusal === null) lines.push('not yet accepted or activated');
  return lines;
}

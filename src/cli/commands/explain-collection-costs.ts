import { Command, Option } from 'commander';
import { explainCollectionCosts } from '../../explain/index.ts';
import type { CollectionCostsAnswer, KnownProfiles } from '../../explain/index.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { asOptions, headline, profilesFor } from './explain-options.ts';

/** `vezel explain collection-costs`: the extrajudicial collection costs of one reminder (nl:bik). */
export function collectionCostsCommand(): Command {
  return new Command('collection-costs')
    .description('the collection costs on the principal of one reminder (nl:bik; bit:11.7, vn:7.1.6)')
    .addOption(
      // Read by the explain question (money's parseAmount), which names the option when it is wrong.
      new Option(
        '--principal <amount>',
        'the principal over all claims in the reminder: 1234.56 or "€ 1.234,56"',
      ).makeOptionMandatory(),
    )
    .addOption(new Option('--consumer', 'the customer is a consumer: the scale is binding (art. 6:96 BW)'))
    .addOption(new Option('--profile <id>', "the seller's terms profile; default: the BIK scale alone"))
    .addOption(
      new Option('--actual-costs <amount>', 'what collecting cost, where a business pays the actual costs'),
    )
    .addOption(jsonOption())
    .action(
      async (options: {
        principal: string;
        consumer?: boolean;
        profile?: string;
        actualCosts?: string;
        json?: boolean;
      }) => {
        const profiles: KnownProfiles = options.profile ? await profilesFor(options.profile) : new Map();
        const answer = asOptions(() =>
          explainCollectionCosts(
            {
              principal: options.principal,
              consumer: options.consumer === true,
              ...(options.profile === undefined ? {} : { profile: options.profile }),
              ...(options.actualCosts === undefined ? {} : { actualCosts: options.actualCosts }),
            },
            profiles,
          ),
        );
        if (options.json) return printJson(answer);
        printLines(describeCollectionCosts(answer));
      },
    );
}

export function describeCollectionCosts(answer: CollectionCostsAnswer): string[] {
  return [
    headline(answer.amount, answer.because),
    `${answer.basis}; principal ${answer.principal}`,
    ...(answer.method === 'bik' ? scaleLines(answer) : actualLines(answer)),
  ];
}

function scaleLines(answer: CollectionCostsAnswer): string[] {
  if (answer.limit === 'no-principal') return ['no principal, no collection costs'];
  return [
    ...answer.brackets.map(
      (b) =>
        `  ${b.rate.padStart(4)} of ${b.base} (${b.upTo === null ? `above ${b.from}` : `${b.from} to ${b.upTo}`}) = ${b.amount}`,
    ),
    `sum ${String(answer.scaleTotal)}: ${String(answer.rounding)}`,
    ...(answer.limit === 'minimum' ? [`raised to the minimum of ${String(answer.minimum)}`] : []),
    ...(answer.limit === 'maximum' ? [`lowered to the maximum of ${String(answer.maximum)}`] : []),
    `(${String(answer.source)})`,
  ];
}

function actualLines(answer: CollectionCostsAnswer): string[] {
  const cap =
    answer.cap === null ? 'no cap' : `capped at ${answer.cap}${answer.capped ? ', which applies' : ''}`;
  return [`actual costs ${String(answer.actualCosts)}, ${cap}`];
}

import { Command } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import { explainWorkdays } from '../../explain/index.ts';
import type { Figure } from '../../shared/explanation/index.ts';
import { asOfOption, clockFor, dateArgument, jsonOption, wholeNumberArgument } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { cancellationFeeCommand } from './explain-cancellation-fee.ts';
import { collectionCostsCommand } from './explain-collection-costs.ts';
import { complaintDeadlineCommand } from './explain-complaint-deadline.ts';
import { depositRefundCommand } from './explain-deposit-refund.ts';
import { formationCommand } from './explain-formation.ts';
import { interestCommand } from './explain-interest.ts';
import { terminationCommand } from './explain-termination.ts';
import { slaExplainCommand } from './explain-sla.ts';

/** `vezel explain …`: a rule applied to the figures given, with the rule ids that produced the answer. */
export function explainCommand(): Command {
  return new Command('explain')
    .description('apply one rule to the figures you give and show why, with its rule ids')
    .addCommand(workdaysCommand())
    .addCommand(formationCommand())
    .addCommand(terminationCommand())
    .addCommand(cancellationFeeCommand())
    .addCommand(complaintDeadlineCommand())
    .addCommand(depositRefundCommand())
    .addCommand(collectionCostsCommand())
    .addCommand(interestCommand())
    .addCommand(slaExplainCommand());
}

function workdaysCommand(): Command {
  return new Command('workdays')
    .description('the N-th Dutch working day after a date (nl:workdays, Algemene termijnenwet art. 3)')
    .option('--from <date>', 'the date to count from (YYYY-MM-DD); default: today', dateArgument)
    .requiredOption('--add <n>', 'how many working days to add', wholeNumberArgument)
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action(
      (options: { from?: Temporal.PlainDate; add: number; asOf?: Temporal.PlainDate; json?: boolean }) => {
        const from = options.from ?? clockFor(options.asOf).today();
        const answer = explainWorkdays({ from: from.toString(), add: options.add });
        if (options.json) return printJson(answer);
        printLines(describeWorkdays(answer));
      },
    );
}

function describeWorkdays(answer: Record<string, Figure>): string[] {
  const skipped = (answer.skipped ?? []) as { date: string; reason: string }[];
  return [
    `${String(answer.date)}  (${(answer.because as string[]).join(', ')})`,
    `${String(answer.add)} working days after ${String(answer.from)}`,
    `weekend days stepped over: ${String(answer.weekendDays)}`,
    ...(skipped.length > 0
      ? ['holidays stepped over:', ...skipped.map((day) => `  ${day.date}  ${day.reason}`)]
      : []),
  ];
}

import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import { COMPLAINT_KINDS } from '../../contracts/rules/index.ts';
import { explainComplaintDeadline } from '../../explain/index.ts';
import type { ComplaintDeadlineAnswer } from '../../explain/index.ts';
import { dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { asOptions, headline, plural, profileOption, profilesFor } from './explain-options.ts';

/** `vezel explain complaint-deadline`: the last day a written complaint is in time. */
export function complaintDeadlineCommand(): Command {
  return new Command('complaint-deadline')
    .description('the last day a written complaint is in time (bit:9.1, bit:9.2, in nl:workdays)')
    .addOption(profileOption())
    .addOption(
      new Option('--kind <kind>', 'a complaint about a delivery or an invoice')
        .choices(COMPLAINT_KINDS)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--date <date>', 'the delivery date or the invoice date (YYYY-MM-DD)')
        .argParser(dateArgument)
        .makeOptionMandatory(),
    )
    .addOption(jsonOption())
    .action(async (options: { profile: string; kind: string; date: Temporal.PlainDate; json?: boolean }) => {
      const profiles = await profilesFor(options.profile);
      const answer = asOptions(() =>
        explainComplaintDeadline(
          {
            profile: options.profile,
            kind: options.kind,
            date: options.date.toString(),
          },
          profiles,
        ),
      );
      if (options.json) return printJson(answer);
      printLines(describeComplaintDeadline(answer));
    });
}

export function describeComplaintDeadline(answer: ComplaintDeadlineAnswer): string[] {
  const what = answer.kind === 'delivery' ? 'the delivery on' : 'the invoice dated';
  return [
    headline(answer.deadline, answer.because),
    `${plural(answer.workingDays, 'working day')} after ${what} ${answer.date}; a complaint received later is out of time`,
    `weekend days stepped over: ${answer.weekendDays}`,
    ...(answer.skipped.length > 0
      ? ['holidays stepped over:', ...answer.skipped.map((day) => `  ${day.date}  ${day.reason}`)]
      : []),
  ];
}

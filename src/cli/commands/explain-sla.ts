import { Command, Option } from 'commander';
import { DEFAULT_SLA_PROFILE, explainSla } from '../../explain/index.ts';
import type { SlaAnswer } from '../../explain/index.ts';
import { jsonOption, wholeNumberArgument } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { asOptions, headline, plural, profilesFor } from './explain-options.ts';

interface SlaOptions {
  fibers: number;
  reported: string;
  definitiveRepair?: boolean;
  profile?: string;
  json?: boolean;
}

/** `vezel explain sla`: the repair deadlines of a physical fiber break (vn:6.4.10). */
export function slaExplainCommand(): Command {
  return new Command('sla')
    .description('the average and maximum repair deadlines of a fiber break (vn:6.4.10)')
    .addOption(
      new Option('--fibers <n>', 'the fiber count of the broken cable: 12, 24, 48, 96, 144 or 192')
        .argParser(wholeNumberArgument)
        .makeOptionMandatory(),
    )
    .addOption(
      // Read by the explain question, which names the option when the instant is wrong.
      new Option(
        '--reported <instant>',
        'the first report, an ISO instant with offset or Z: 2027-03-28T00:30:00+01:00',
      ).makeOptionMandatory(),
    )
    .addOption(new Option('--definitive-repair', 'a direct definitive repair: adds 2 hours (vn:6.4.10)'))
    .addOption(new Option('--profile <id>', `the terms profile; default: ${DEFAULT_SLA_PROFILE}`))
    .addOption(jsonOption())
    .addHelpText(
      'after',
      [
        '',
        'The clock counts elapsed hours from the first report, day and night (vn:6.4.11): across a',
        'daylight-saving change the deadlines are shown in Europe/Amsterdam with their own offset.',
        '',
        'Example: vezel explain sla --fibers 48 --reported 2027-03-28T00:30:00+01:00 --definitive-repair',
      ].join('\n'),
    )
    .action(async (options: SlaOptions) => {
      const profiles = await profilesFor(options.profile ?? DEFAULT_SLA_PROFILE);
      const answer = asOptions(() =>
        explainSla(
          {
            fibers: options.fibers,
            reported: options.reported,
            definitiveRepair: options.definitiveRepair === true,
            profile: options.profile,
          },
          profiles,
        ),
      );
      if (options.json) return printJson(answer);
      printLines(describeSla(answer));
    });
}

export function describeSla(answer: SlaAnswer): string[] {
  const repair = answer.definitiveRepair ? ', direct definitive repair' : '';
  return [
    headline(`averageBy ${answer.averageBy}`, answer.because),
    `maximumBy ${answer.maximumBy}`,
    `${plural(answer.fiberCount, 'fiber')}${repair}: average ${plural(answer.averageHours, 'hour')}, maximum ${plural(answer.maximumHours, 'hour')} from the first report`,
    `reported ${answer.reported}; elapsed hours, day and night (${answer.profile})`,
  ];
}

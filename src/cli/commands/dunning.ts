import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { DunningCaseView, DunningRunReport } from '../../collections/index.ts';
import { cliActor } from '../../platform/actor.ts';
import { formatEuro } from '../../shared/money/index.ts';
import { dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withProgressBar } from '../progress-bar.ts';
import { withApp } from '../with-app.ts';

/** `vezel dunning …`: the ladder of reminders, costs, suspension and dissolution. */
export function dunningCommand(): Command {
  return new Command('dunning')
    .description("the dunning ladder of the terms: run it for a day, see a customer's cases, a letter as PDF")
    .addCommand(runCommand())
    .addCommand(casesCommand())
    .addCommand(letterCommand());
}

function runCommand(): Command {
  return new Command('run')
    .description("take today's step of the ladder for every late payer of a seller (once, however often run)")
    .requiredOption('--seller <id>', 'the seller id, e.g. bit')
    .addOption(
      new Option('--as-of <date>', 'the day to run for (YYYY-MM-DD); default today').argParser(dateArgument),
    )
    .addOption(jsonOption())
    .action((options: { seller: string; asOf?: Temporal.PlainDate; json?: boolean }) =>
      withApp(options.asOf, async (app) => {
        const { runDunning } = await import('../../collections/index.ts');
        const context = { db: app.database.db, clock: app.clock, actor: cliActor() };
        const report = await withProgressBar('dunning {bar} {value}/{total} customers', (onProgress) =>
          runDunning(context, { sellerId: options.seller, asOf: app.clock.today(), onProgress }),
        );
        if (options.json) return printJson(report);
        printLines(describeRun(report));
      }),
    );
}

function casesCommand(): Command {
  return new Command('cases')
    .description("a customer's dunning cases and their letters")
    .requiredOption('--customer <id>', 'the customer id, e.g. CU-1')
    .addOption(jsonOption())
    .action((options: { customer: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listDunningCases } = await import('../../collections/index.ts');
        const cases = await listDunningCases(app.database, options.customer);
        if (options.json) return printJson(cases);
        printLines(
          cases.length === 0 ? [`${options.customer} has no dunning cases.`] : cases.flatMap(describeCase),
        );
      }),
    );
}

function letterCommand(): Command {
  return new Command('letter')
    .description('one dunning letter as it was sent; with --pdf written as PDF')
    .argument('<letter>', 'the letter id, e.g. DL-3')
    .option('--pdf <file>', 'write the letter as PDF to this file')
    .addOption(jsonOption())
    .action((id: string, options: { pdf?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getDunningLetter, renderDunningLetterPdf } = await import('../../collections/index.ts');
        if (options.pdf) {
          await writeFile(options.pdf, await renderDunningLetterPdf(app.database, id));
          return printLines([`Wrote ${id} to ${options.pdf}.`]);
        }
        const letter = await getDunningLetter(app.database, id);
        if (options.json) return printJson(letter);
        printLines([
          `${letter.id}  ${letter.step}  sent ${letter.sentOn}  ${formatEuro(letter.totalCents)}` +
            (letter.payBy ? `  pay by ${letter.payBy}` : ''),
          `because ${letter.because.join(', ')}`,
        ]);
      }),
    );
}

function describeRun(report: DunningRunReport): string[] {
  return [
    `Dunning for ${report.sellerId} on ${report.asOf}: ${report.reviewed} customers reviewed, ` +
      `${report.steps.length} steps taken, ${report.closed.length} cases closed.`,
    ...report.steps.map(
      (step) =>
        `  ${step.customerId}  ${step.step.padEnd(19)} ${step.letterId}  ${formatEuro(step.totalCents)}` +
        step.contracts
          .map((c) => `  ${c.contractId} ${c.refused ? `not ${c.action}: ${c.refused}` : c.action}`)
          .join(''),
    ),
    ...report.closed.map(
      (closed) =>
        `  ${closed.customerId}  closed ${closed.caseId}` +
        (closed.resumedServices.length > 0 ? `, services resumed: ${closed.resumedServices.join(', ')}` : ''),
    ),
  ];
}

function describeCase(dunningCase: DunningCaseView): string[] {
  const state = dunningCase.closedOn ? `closed ${dunningCase.closedOn}` : 'open';
  return [
    `${dunningCase.id}  ${dunningCase.sellerId}  opened ${dunningCase.openedOn}  ${state}` +
      (dunningCase.suspendedOn ? `  suspended ${dunningCase.suspendedOn}` : '') +
      (dunningCase.dissolvedOn ? `  dissolved ${dunningCase.dissolvedOn}` : ''),
    ...dunningCase.letters.map(
      (letter) =>
        `  ${letter.sentOn}  ${letter.id.padEnd(6)} ${letter.step.padEnd(19)} ${formatEuro(letter.totalCents)}`,
    ),
  ];
}

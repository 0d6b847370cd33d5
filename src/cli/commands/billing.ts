import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { App } from '../../app.ts';
import type { BillRunView } from '../../billing/index.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { formatEuro } from '../../shared/money/index.ts';
import { dateArgument, jsonOption, wholeNumberArgument } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';
import { withRunProgress } from './bill-run-progress.ts';

/** `vezel billing …`: bill runs, a seller's quarter billed in advance (bit:11.1, vn:7.1.5). */
export function billingCommand(): Command {
  return new Command('billing')
    .description("bill runs: a seller's quarter drafted and issued chunk by chunk: run, issue, show, list")
    .addCommand(runCommand())
    .addCommand(issueCommand())
    .addCommand(showCommand())
    .addCommand(listCommand());
}

function runCommand(): Command {
  return new Command('run')
    .description(
      "start (or find) a seller's bill run for a quarter and draft it to the end; again resumes an interrupted run",
    )
    .argument('<seller>', 'the seller id, e.g. bit or vitrumnet')
    .argument('<period>', 'the calendar quarter billed in advance, e.g. 2027-Q1')
    .addOption(
      new Option('--invoice-date <date>', "the invoice date; default the quarter's first day").argParser(
        dateArgument,
      ),
    )
    .addOption(
      new Option('--chunk-size <n>', 'customers per transaction; default 500').argParser(wholeNumberArgument),
    )
    .option('--issue', 'issue the drafts too: numbers, dates, due dates (final)')
    .addOption(jsonOption())
    .action(
      (
        sellerId: string,
        period: string,
        options: { invoiceDate?: Temporal.PlainDate; chunkSize?: number; issue?: boolean; json?: boolean },
      ) =>
        withApp(undefined, async (app) => {
          const { draftBillRun, issueBillRun, startBillRun } = await import('../../billing/index.ts');
          const context = contextOf(app);
          const started = await startBillRun(context, {
            sellerId,
            period,
            ...(options.invoiceDate ? { invoiceDate: options.invoiceDate } : {}),
            ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }),
          });
          let run = await withRunProgress('Drafting', (onProgress) =>
            draftBillRun(context, started.id, { onProgress }),
          );
          if (options.issue)
            run = await withRunProgress('Issuing', (onProgress) =>
              issueBillRun(context, run.id, { onProgress }),
            );
          if (options.json) return printJson(run);
          printLines([...runSummary(run), ...nextSteps(run)]);
        }),
    );
}

function issueCommand(): Command {
  return new Command('issue')
    .description('issue a drafted run to the end: consecutive numbers, invoice and due dates (final, nl:vat)')
    .argument('<run>', 'the bill run id, e.g. BR-1')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { issueBillRun } = await import('../../billing/index.ts');
        const run = await withRunProgress('Issuing', (onProgress) =>
          issueBillRun(contextOf(app), id, { onProgress }),
        );
        if (options.json) return printJson(run);
        printLines([...runSummary(run), ...nextSteps(run)]);
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one bill run: its state, chunks drafted and issued, its invoices and total')
    .argument('<run>', 'the bill run id, e.g. BR-1')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getBillRun } = await import('../../billing/index.ts');
        const run = await getBillRun(app.database.db, id);
        if (options.json) return printJson(run);
        printLines([...runSummary(run), ...nextSteps(run)]);
      }),
    );
}

function listCommand(): Command {
  return new Command('list')
    .description('bill runs, newest quarter first')
    .option('--seller <id>', "only this seller's runs")
    .addOption(jsonOption())
    .action((options: { seller?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listBillRuns } = await import('../../billing/index.ts');
        const runs = await listBillRuns(app.database.db, options.seller ? { sellerId: options.seller } : {});
        if (options.json) return printJson(runs);
        if (runs.length === 0) return printLines(['No bill runs yet.']);
        printLines(runs.map(runLine));
      }),
    );
}

function contextOf(app: App): Context {
  return { db: app.database.db, clock: app.clock, actor: cliActor() };
}

function runLine(run: BillRunView): string {
  const { drafts, issued, totalCents } = run.invoices;
  return (
    `${run.id.padEnd(7)} ${run.sellerId.padEnd(10)} ${run.period}  ${run.state.padEnd(8)} ` +
    `${run.customers} customer(s), ${drafts} draft(s), ${issued} issued, ${formatEuro(totalCents)}`
  );
}

function runSummary(run: BillRunView): string[] {
  const { chunks, drafted, issued } = run.progress;
  return [
    `Bill run ${run.id}: ${run.sellerId} ${run.period} (${run.periodFrom} – ${run.periodTo}), ` +
      `invoice date ${run.invoiceDate}: ${run.state}`,
    `  customers  ${run.customers} in ${chunks} chunk(s): ${drafted} drafted, ${issued} issued`,
    `  invoices   ${run.invoices.drafts} draft(s), ${run.invoices.issued} issued; ` +
      `total ${formatEuro(run.invoices.totalCents)} incl. VAT (credit notes subtracted)`,
    `  started    ${run.createdAt} by ${run.createdBy}`,
  ];
}

/** What the clerk does next, by the state the run is in. */
function nextSteps(run: BillRunView): string[] {
  switch (run.state) {
    case 'drafting':
      return [
        'Other workers still hold chunks of this run; `vezel billing run` again takes over what they leave.',
      ];
    case 'drafted':
      return [
        `Review the drafts:  vezel invoices list --run ${run.id}`,
        `Issue them:         vezel billing issue ${run.id}`,
      ];
    case 'issuing':
      return [`Issuing is not finished: vezel billing issue ${run.id}`];
    case 'issued':
      return [`The invoices:      vezel invoices list --run ${run.id}`];
  }
}

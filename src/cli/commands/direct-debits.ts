import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { App } from '../../app.ts';
import type {
  BankFileSummary,
  DirectDebitBatchView,
  MandateView,
  RefundBatchView,
} from '../../collections/index.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { formatEuro } from '../../shared/money/index.ts';
import { asOfOption, dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

/** `vezel mandates …`: the customers' SEPA direct-debit mandates. */
export function mandatesCommand(): Command {
  return new Command('mandates')
    .description("SEPA direct-debit mandates: register a signed one, revoke one, list a customer's")
    .addCommand(addCommand())
    .addCommand(revokeCommand())
    .addCommand(listCommand());
}

/** `vezel direct-debits …`: the pain.008 files of collections. */
export function directDebitsCommand(): Command {
  return new Command('direct-debits')
    .description('SEPA direct debits: make the pain.008 file of what is due on a collection date')
    .addCommand(directDebitBatchCommand());
}

/** `vezel refunds …`: the pain.001 files of refunds. */
export function refundsCommand(): Command {
  return new Command('refunds')
    .description('refunds by SEPA credit transfer: make the pain.001 file of the settled switch deposits')
    .addCommand(refundBatchCommand());
}

interface AddOptions {
  id: string;
  seller: string;
  customer: string;
  scheme: 'CORE' | 'B2B';
  iban: string;
  debtorName: string;
  signedOn: Temporal.PlainDate;
  asOf?: Temporal.PlainDate;
  json?: boolean;
}

function addCommand(): Command {
  return new Command('add')
    .description('register a signed mandate (CORE, or B2B for a business)')
    .requiredOption('--id <reference>', 'the mandate reference the customer signed, e.g. BIT-M-0001')
    .requiredOption('--seller <id>', 'the seller collecting, e.g. bit')
    .requiredOption('--customer <id>', 'the customer, e.g. CU-1')
    .addOption(new Option('--scheme <scheme>', 'the SEPA scheme').choices(['CORE', 'B2B']).default('CORE'))
    .requiredOption('--iban <iban>', 'the account debited')
    .requiredOption('--debtor-name <name>', 'the account holder')
    .addOption(
      new Option('--signed-on <date>', 'the signature date (YYYY-MM-DD)')
        .argParser(dateArgument)
        .makeOptionMandatory(),
    )
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((options: AddOptions) =>
      withApp(options.asOf, async (app) => {
        const { registerMandate } = await import('../../collections/index.ts');
        const mandate = await registerMandate(contextOf(app), {
          id: options.id,
          sellerId: options.seller,
          customerId: options.customer,
          scheme: options.scheme,
          iban: options.iban,
          debtorName: options.debtorName,
          signedOn: options.signedOn,
        });
        if (options.json) return printJson(mandate);
        printLines([`Registered mandate ${mandate.id}.`, mandateLine(mandate)]);
      }),
    );
}

function revokeCommand(): Command {
  return new Command('revoke')
    .description('revoke a mandate: nothing is collected under it from that day')
    .argument('<mandate>', 'the mandate reference')
    .addOption(new Option('--on <date>', 'the day it was revoked; default today').argParser(dateArgument))
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((id: string, options: { on?: Temporal.PlainDate; asOf?: Temporal.PlainDate; json?: boolean }) =>
      withApp(options.asOf, async (app) => {
        const { revokeMandate } = await import('../../collections/index.ts');
        const mandate = await revokeMandate(contextOf(app), { mandateId: id, on: options.on });
        if (options.json) return printJson(mandate);
        printLines([`Revoked mandate ${mandate.id} on ${mandate.revokedOn ?? ''}.`]);
      }),
    );
}

function listCommand(): Command {
  return new Command('list')
    .description("a customer's mandates, the latest signed first")
    .requiredOption('--customer <id>', 'the customer, e.g. CU-1')
    .addOption(jsonOption())
    .action((options: { customer: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listMandates } = await import('../../collections/index.ts');
        const mandates = await listMandates(app.database, options.customer);
        if (options.json) return printJson(mandates);
        printLines(
          mandates.length === 0 ? [`${options.customer} has no mandates.`] : mandates.map(mandateLine),
        );
      }),
    );
}

interface DirectDebitBatchOptions {
  seller: string;
  date: Temporal.PlainDate;
  creditorId?: string;
  out?: string;
  asOf?: Temporal.PlainDate;
  json?: boolean;
}

function directDebitBatchCommand(): Command {
  return new Command('batch')
    .description(
      'collect every open invoice under a mandate in force that is not being collected yet (FRST, then RCUR); ' +
        'run again for the same day it collects nothing twice',
    )
    .requiredOption('--seller <id>', 'the seller collecting, e.g. bit')
    .addOption(
      new Option('--date <date>', 'the collection date: at least 1 inter-bank business day after today')
        .argParser(dateArgument)
        .makeOptionMandatory(),
    )
    .option(
      '--creditor-id <id>',
      "the SEPA creditor identifier, e.g. NL69ZZZ123456780000; default the seller's own (sellers update)",
    )
    .option('--out <file>', 'write the pain.008 XML to this file')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((options: DirectDebitBatchOptions) =>
      withApp(options.asOf, async (app) => {
        const { createDirectDebitBatch, getBankFile } = await import('../../collections/index.ts');
        const batch = await createDirectDebitBatch(contextOf(app), {
          sellerId: options.seller,
          collectionDate: options.date,
          creditorId: options.creditorId,
        });
        if (options.out && batch.file)
          await writeFile(options.out, (await getBankFile(app.database, batch.file.id)).xml);
        if (options.json) return printJson(batch);
        printLines(directDebitText(batch, options.out));
      }),
    );
}

function refundBatchCommand(): Command {
  return new Command('batch')
    .description(
      'refund every settled switch deposit not refunded yet (vn:7.2.2), each once, and the credit left on accounts',
    )
    .requiredOption('--seller <id>', 'the seller paying, e.g. vitrumnet')
    .addOption(new Option('--date <date>', 'the execution date; default today').argParser(dateArgument))
    .option('--out <file>', 'write the pain.001 XML to this file')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((options: Omit<DirectDebitBatchOptions, 'date' | 'creditorId'> & { date?: Temporal.PlainDate }) =>
      withApp(options.asOf, async (app) => {
        const { createRefundBatch, getBankFile } = await import('../../collections/index.ts');
        const batch = await createRefundBatch(contextOf(app), {
          sellerId: options.seller,
          executionDate: options.date,
        });
        if (options.out && batch.file)
          await writeFile(options.out, (await getBankFile(app.database, batch.file.id)).xml);
        if (options.json) return printJson(batch);
        printLines(refundText(batch, options.out));
      }),
    );
}

function contextOf(app: App): Context {
  return { db: app.database.db, clock: app.clock, actor: cliActor() };
}

function mandateLine(m: MandateView): string {
  const state = m.revokedOn === null ? 'active' : `revoked ${m.revokedOn}`;
  return (
    `${m.id.padEnd(20)} ${m.sellerId.padEnd(10)} ${m.customerId.padEnd(8)} ${m.scheme.padEnd(4)} ${m.iban}  ` +
    `signed ${m.signedOn}  ${state}` +
    (m.firstCollectedOn === null ? '' : `  first collected ${m.firstCollectedOn}`)
  );
}

function fileLine(file: BankFileSummary, out: string | undefined): string {
  return (
    `${file.kind} file ${file.id}: ${file.transactions} transactions, ${formatEuro(file.totalCents)}, on ${file.executionDate}` +
    (out ? `; written to ${out}` : `; get it with GET /bank-files/${file.id}`)
  );
}

function directDebitText(batch: DirectDebitBatchView, out: string | undefined): string[] {
  const skipped = batch.skipped.map((s) => `  skipped ${s.mandateId} (${s.customerId}): ${s.reason}`);
  if (!batch.file)
    return [`Nothing to collect for ${batch.sellerId} on ${batch.collectionDate}.`, ...skipped];
  return [
    fileLine(batch.file, out),
    ...batch.collections.map(
      (c) =>
        `  ${c.endToEndId.padEnd(14)} ${c.sequenceType} ${c.scheme.padEnd(4)} ${c.mandateId.padEnd(20)} ` +
        `${c.invoiceNumber.padEnd(16)} ${formatEuro(c.amountCents).padStart(12)}`,
    ),
    ...skipped,
  ];
}

function refundText(batch: RefundBatchView, out: string | undefined): string[] {
  const skipped = batch.skipped.map((s) => `  skipped ${s.refundOf} (${s.customerId}): ${s.reason}`);
  if (!batch.file) return [`No refunds due for ${batch.sellerId}.`, ...skipped];
  return [
    fileLine(batch.file, out),
    ...batch.refunds.map(
      (r) =>
        `  ${r.endToEndId.padEnd(14)} ${r.refundOf.padEnd(18)} ${r.creditorIban.padEnd(22)} ` +
        `${formatEuro(r.amountCents).padStart(12)}`,
    ),
    ...skipped,
  ];
}

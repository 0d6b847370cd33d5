import fs from 'node:fs';
import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { App } from '../../app.ts';
import type { BankImportReport, PaymentView } from '../../collections/index.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { formatEuro, parseAmount } from '../../shared/money/index.ts';
import { dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

/** `vezel payments …`: money in by hand, the unmatched queue, and one payment with its allocations. */
export function paymentsCommand(): Command {
  return new Command('payments')
    .description('payments in: record one by hand, the unmatched queue, show one, assign one to its customer')
    .addCommand(recordCommand())
    .addCommand(unmatchedCommand())
    .addCommand(showCommand())
    .addCommand(assignCommand());
}

/** `vezel bank …`: the seller's bank files. */
export function bankCommand(): Command {
  return new Command('bank')
    .description("bank files: import a seller's CAMT.053 statement or CAMT.054 notification")
    .addCommand(importCommand());
}

interface RecordOptions {
  seller: string;
  customer: string;
  amount: string;
  valueDate: Temporal.PlainDate;
  invoice?: string;
  note?: string;
  json?: boolean;
}

function recordCommand(): Command {
  return new Command('record')
    .description(
      'record a payment seen outside the bank files; it is allocated at once (bit:11.4, nl:6:43-44)',
    )
    .requiredOption('--seller <id>', 'the seller paid, e.g. bit')
    .requiredOption('--customer <id>', 'the customer who paid, e.g. CU-1')
    .requiredOption('--amount <euros>', 'the amount paid, e.g. 363.00 or "€ 363,00"')
    .addOption(
      new Option('--value-date <date>', 'the value date: the payment date (bit:11.3)')
        .argParser(dateArgument)
        .makeOptionMandatory(),
    )
    .option('--invoice <number>', 'the invoice the customer named, e.g. BIT-000001')
    .option('--note <text>', 'what the customer wrote with it')
    .addOption(jsonOption())
    .action((options: RecordOptions) => {
      const amountCents = positiveAmount(options.amount);
      return withApp(undefined, async (app) => {
        const { recordPayment } = await import('../../collections/index.ts');
        const payment = await recordPayment(contextOf(app), {
          sellerId: options.seller,
          customerId: options.customer,
          amountCents,
          valueDate: options.valueDate,
          ...(options.invoice ? { invoiceNumber: options.invoice } : {}),
          ...(options.note ? { note: options.note } : {}),
        });
        if (options.json) return printJson(payment);
        printLines([`Recorded ${payment.id}.`, ...paymentText(payment)]);
      });
    });
}

function unmatchedCommand(): Command {
  return new Command('unmatched')
    .description('the unmatched queue: bank payments no customer was found for, oldest first')
    .option('--seller <id>', "only this seller's")
    .addOption(jsonOption())
    .action((options: { seller?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listUnmatchedPayments } = await import('../../collections/index.ts');
        const payments = await listUnmatchedPayments(app.database, options.seller);
        if (options.json) return printJson(payments);
        if (payments.length === 0) return printLines(['No unmatched payments.']);
        printLines([
          ...payments.map(unmatchedLine),
          `${payments.length} unmatched; resolve one with: vezel payments assign <payment> --customer <id>`,
        ]);
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one payment: where it came from, what it paid, and the credit it left')
    .argument('<payment>', 'the payment id, e.g. PAY-1')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getPayment } = await import('../../collections/index.ts');
        const payment = await getPayment(app.database, id);
        if (options.json) return printJson(payment);
        printLines(paymentText(payment));
      }),
    );
}

function assignCommand(): Command {
  return new Command('assign')
    .description('resolve an unmatched payment: name its customer (and invoice); it is allocated at once')
    .argument('<payment>', 'the payment id, e.g. PAY-7')
    .requiredOption('--customer <id>', 'the customer who paid, e.g. CU-1')
    .option('--invoice <number>', 'the invoice it was meant for, e.g. BIT-000001')
    .addOption(jsonOption())
    .action((id: string, options: { customer: string; invoice?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { assignPayment } = await import('../../collections/index.ts');
        const payment = await assignPayment(contextOf(app), {
          paymentId: id,
          customerId: options.customer,
          ...(options.invoice ? { invoiceNumber: options.invoice } : {}),
        });
        if (options.json) return printJson(payment);
        printLines([`Assigned ${payment.id} to ${payment.customerId ?? '?'}.`, ...paymentText(payment)]);
      }),
    );
}

function importCommand(): Command {
  return new Command('import')
    .description(
      'import a CAMT.053 statement or CAMT.054 notification: credits matched and allocated, returns undone; ' +
        'the same file twice adds nothing',
    )
    .argument('<file>', 'the XML file from the bank')
    .requiredOption('--seller <id>', 'the seller whose account it is, e.g. bit')
    .addOption(jsonOption())
    .action((file: string, options: { seller: string; json?: boolean }) => {
      const content = readBankFile(file);
      return withApp(undefined, async (app) => {
        const { importBankStatement } = await import('../../collections/index.ts');
        const report = await importBankStatement(contextOf(app), { sellerId: options.seller, file: content });
        if (options.json) return printJson(report);
        printLines(importText(report, options.seller));
      });
    });
}

function contextOf(app: App): Context {
  return { db: app.database.db, clock: app.clock, actor: cliActor() };
}

/** Money in is above zero: a refund is not a payment. */
function positiveAmount(text: string): number {
  const cents = parseAmount(text, 'amount');
  if (cents <= 0) throw new InvalidInputError('amount', `'${text}' is not above 0`);
  return cents;
}

/** The largest bank file taken, as over HTTP: checked before reading, so a huge file costs nothing. */
const MAX_BANK_FILE_BYTES = 50 * 1024 * 1024;

function readBankFile(file: string): Buffer {
  try {
    const { size } = fs.statSync(file);
    if (size > MAX_BANK_FILE_BYTES)
      throw new InvalidInputError(
        'file',
        `'${file}' is ${size} bytes; a bank file may be at most ${MAX_BANK_FILE_BYTES} bytes (50 MiB)`,
      );
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(
      'file',
      `cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

function paymentText(p: PaymentView): string[] {
  const returned =
    p.returnedOn === null ? [] : [`  Returned     ${p.returnedOn} (${p.returnReason ?? 'reversal'})`];
  const from = [p.counterpartyName, p.counterpartyIban].filter(Boolean).join(', ');
  return [
    `Payment ${p.id}: ${formatEuro(p.amountCents)} to ${p.sellerId}, value date ${p.valueDate} (${p.source})`,
    `  Customer     ${p.customerId ?? 'unknown: in the unmatched queue'}` +
      (p.matchedBy === null ? '' : ` (matched by ${p.matchedBy})`),
    ...(from === '' ? [] : [`  From         ${from}`]),
    ...(p.remittance === '' ? [] : [`  Remittance   ${p.remittance}`]),
    ...(p.namedInvoiceId === null ? [] : [`  Invoice      ${p.namedInvoiceId} (named)`]),
    ...(p.statementId === null ? [] : [`  Statement    ${p.statementId}`]),
    ...returned,
    ...(p.allocations.length === 0 ? ['  Allocated    nothing'] : ['  Allocated']),
    ...p.allocations.map(
      (a) =>
        `    ${a.allocatedOn}  ${(a.invoiceId ?? a.costClaimId ?? '').padEnd(10)} ${a.component.padEnd(9)} ` +
        `${formatEuro(a.amountCents).padStart(12)}` +
        (a.reversedOn === null ? '' : `  reversed ${a.reversedOn}`) +
        (a.because.length === 0 ? '' : `  (${a.because.join(', ')})`),
    ),
    `  Credit left  ${formatEuro(p.unallocatedCents)}`,
  ];
}

function unmatchedLine(p: PaymentView): string {
  const from = p.counterpartyIban ?? p.counterpartyName ?? '';
  return (
    `${p.id.padEnd(8)} ${p.sellerId.padEnd(10)} ${p.valueDate}  ${formatEuro(p.amountCents).padStart(12)}  ` +
    `${from.padEnd(18)} ${p.remittance}`
  ).trimEnd();
}

function importText(report: BankImportReport, sellerId: string): string[] {
  if (report.alreadyImported)
    return [
      `${report.kind} file already imported as ${report.statementId} (${report.entries} entries): nothing added.`,
    ];
  return [
    `Imported ${report.kind} ${report.statementId}: ${report.entries} entries.`,
    `  matched     ${report.matched}`,
    `  unmatched   ${report.unmatched}` +
      (report.unmatched > 0 ? `  (resolve them: vezel payments unmatched --seller ${sellerId})` : ''),
    `  duplicates  ${report.duplicates}`,
    `  returned    ${report.returned}`,
    `  skipped     ${report.skipped}`,
  ];
}

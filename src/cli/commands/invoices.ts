import fs from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { ListInvoices } from '../../billing/index.ts';
import { cliActor } from '../../platform/actor.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { asOfOption, jsonOption, wholeNumberArgument } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';
import { invoiceLine, invoiceText } from './invoice-text.ts';

/** `vezel invoices …`: invoices and credit notes, as text, PDF and UBL, and their correction. */
export function invoicesCommand(): Command {
  return new Command('invoices')
    .description('invoices and credit notes: list, show, pdf, ubl, credit')
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(fileCommand('pdf'))
    .addCommand(fileCommand('ubl'))
    .addCommand(creditCommand());
}

interface ListOptions {
  seller?: string;
  customer?: string;
  run?: string;
  state?: 'draft' | 'issued';
  kind?: 'invoice' | 'credit-note';
  limit?: number;
  offset?: number;
  json?: boolean;
}

function listCommand(): Command {
  return new Command('list')
    .description('invoices and credit notes, newest first, a page at a time')
    .option('--seller <id>', "only this seller's")
    .option('--customer <id>', "only this customer's")
    .option('--run <id>', "only this bill run's, e.g. to review its drafts")
    .addOption(new Option('--state <state>', 'only drafts or only issued ones').choices(['draft', 'issued']))
    .addOption(
      new Option('--kind <kind>', 'only invoices or credit notes').choices(['invoice', 'credit-note']),
    )
    .addOption(new Option('--limit <n>', 'per page (1 to 500); default 50').argParser(wholeNumberArgument))
    .addOption(new Option('--offset <n>', 'how many to skip').argParser(wholeNumberArgument))
    .addOption(jsonOption())
    .action((options: ListOptions) =>
      withApp(undefined, async (app) => {
        const { listInvoices } = await import('../../billing/index.ts');
        const filter: ListInvoices = {
          ...(options.seller ? { sellerId: options.seller } : {}),
          ...(options.customer ? { customerId: options.customer } : {}),
          ...(options.run ? { billRunId: options.run } : {}),
          ...(options.state ? { state: options.state } : {}),
          ...(options.kind ? { kind: options.kind } : {}),
          ...(options.limit === undefined ? {} : { limit: options.limit }),
          ...(options.offset === undefined ? {} : { offset: options.offset }),
        };
        const page = await listInvoices(app.database.db, filter);
        if (options.json) return printJson(page);
        const offset = options.offset ?? 0;
        const shown = page.invoices.length;
        printLines([
          ...page.invoices.map(invoiceLine),
          shown === 0
            ? `No invoices (${page.total} in all).`
            : `${offset + 1}–${offset + shown} of ${page.total} invoice(s)` +
              (offset + shown < page.total ? `; the next with --offset ${offset + shown}` : ''),
        ]);
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one invoice or credit note: header, lines, VAT per rate, totals and due date')
    .argument('<invoice>', 'the invoice id, e.g. INV-1')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getInvoice } = await import('../../billing/index.ts');
        const invoice = await getInvoice(app.database.db, id);
        if (options.json) return printJson(invoice);
        printLines(invoiceText(invoice));
      }),
    );
}

function fileCommand(format: 'pdf' | 'ubl'): Command {
  const what =
    format === 'pdf'
      ? 'the invoice as the customer reads it, an A4 PDF (a draft is marked as one)'
      : 'the e-invoice, UBL 2.1 per Peppol BIS Billing 3.0 (nl:peppol); issued invoices only';
  return new Command(format)
    .description(`write ${what}`)
    .argument('<invoice>', 'the invoice id, e.g. INV-1')
    .requiredOption('--out <file>', `the file to write, e.g. invoice.${format === 'pdf' ? 'pdf' : 'xml'}`)
    .action((id: string, options: { out: string }) =>
      withApp(undefined, async (app) => {
        const { getInvoice } = await import('../../billing/index.ts');
        const { renderInvoicePdf, renderInvoiceUbl } = await import('../../documents/index.ts');
        const invoice = await getInvoice(app.database.db, id);
        if (format === 'ubl' && invoice.state !== 'issued')
          throw new ConflictError(
            `${invoice.id} is a draft: an e-invoice needs the number it gets when issued`,
          );
        const content = format === 'pdf' ? await renderInvoicePdf(invoice) : renderInvoiceUbl(invoice);
        fs.writeFileSync(options.out, content);
        printLines([`Wrote ${invoice.number ?? `draft ${invoice.id}`} to ${options.out}.`]);
      }),
    );
}

function creditCommand(): Command {
  return new Command('credit')
    .description('correct an issued invoice with a credit note, numbered and issued at once (nl:vat)')
    .argument('<invoice>', 'the invoice id, e.g. INV-1')
    .requiredOption('--reason <text>', 'why, printed on the credit note')
    .addOption(
      new Option('--lines <positions>', 'the line positions to credit, e.g. 1,3; default all').argParser(
        linePositions,
      ),
    )
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action(
      (
        id: string,
        options: { reason: string; lines?: number[]; asOf?: Temporal.PlainDate; json?: boolean },
      ) =>
        withApp(options.asOf, async (app) => {
          const { issueCreditNote } = await import('../../billing/index.ts');
          const credit = await issueCreditNote(
            { db: app.database.db, clock: app.clock, actor: cliActor() },
            { invoiceId: id, reason: options.reason, ...(options.lines ? { lines: options.lines } : {}) },
          );
          if (options.json) return printJson(credit);
          printLines([
            `Issued credit note ${credit.number ?? credit.id} (${credit.id}) for ` +
              `${credit.corrects?.number ?? id}: ${credit.lines.length} line(s).`,
            ...invoiceText(credit),
          ]);
        }),
    );
}

function linePositions(value: string): number[] {
  if (!/^\s*\d+\s*(,\s*\d+\s*)*$/.test(value))
    throw new InvalidArgumentError(`'${value}' is not a list of line positions, e.g. 1,3`);
  return [...new Set(value.split(',').map((n) => Number(n.trim())))];
}

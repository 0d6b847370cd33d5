import { Command, InvalidArgumentError, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { App } from '../../app.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { formatEuro, parseAmount } from '../../shared/money/index.ts';
import { dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

const CHANNELS = ['letter', 'email', 'portal', 'phone'];

/** `vezel complaints …`: complaints about a delivery or an invoice, in time or not (bit:9.1–9.3). */
export function complaintsCommand(): Command {
  return new Command('complaints')
    .description(
      'complaints about a delivery or an invoice: record one, with the part of an invoice disputed',
    )
    .addCommand(recordCommand());
}

/** `vezel disputes …`: a disputed part of an invoice, credited or upheld (bit:9.5). */
export function disputesCommand(): Command {
  return new Command('disputes')
    .description('disputed parts of invoices: resolve one by a credit note or by upholding the invoice')
    .addCommand(resolveCommand());
}

interface RecordOptions {
  seller: string;
  customer: string;
  about: 'delivery' | 'invoice';
  invoice?: string;
  deliveredOn?: Temporal.PlainDate;
  receivedOn?: Temporal.PlainDate;
  channel: (typeof CHANNELS)[number];
  description: string;
  disputed?: string;
  json?: boolean;
}

function recordCommand(): Command {
  return new Command('record')
    .description(
      'record a complaint with its date and channel; its deadline is bit:9.1 (delivery) or bit:9.2 (invoice) ' +
        'in working days, a later one is out of time (bit:9.3)',
    )
    .requiredOption('--seller <id>', 'the seller complained to, e.g. bit')
    .requiredOption('--customer <id>', 'the customer who complains, e.g. CU-1')
    .addOption(
      new Option('--about <what>', 'a delivery or an invoice')
        .choices(['delivery', 'invoice'])
        .makeOptionMandatory(),
    )
    .option('--invoice <number>', 'with --about invoice: the invoice, e.g. BIT-000001')
    .addOption(
      new Option('--delivered-on <date>', 'with --about delivery: the day of the delivery').argParser(
        dateArgument,
      ),
    )
    .addOption(
      new Option('--received-on <date>', 'the day it came in; default today').argParser(dateArgument),
    )
    .addOption(new Option('--channel <channel>', 'how it came in').choices(CHANNELS).makeOptionMandatory())
    .requiredOption('--description <text>', 'what the customer complains about')
    .option('--disputed <euros>', 'with --about invoice: the part (incl. VAT) disputed, e.g. 181.50')
    .addOption(jsonOption())
    .action((options: RecordOptions) => {
      const disputedCents =
        options.disputed === undefined ? undefined : parseAmount(options.disputed, 'disputed');
      return withApp(undefined, async (app) => {
        const { recordComplaint } = await import('../../collections/index.ts');
        const { complaint, dispute } = await recordComplaint(contextOf(app), {
          sellerId: options.seller,
          customerId: options.customer,
          about: options.about,
          receivedOn: options.receivedOn ?? app.clock.today(),
          channel: options.channel as 'letter' | 'email' | 'portal' | 'phone',
          description: options.description,
          ...(options.invoice ? { invoiceNumber: options.invoice } : {}),
          ...(options.deliveredOn ? { deliveredOn: options.deliveredOn } : {}),
          ...(disputedCents === undefined ? {} : { disputedCents }),
        });
        if (options.json) return printJson({ complaint, dispute });
        const deadline =
          complaint.deadline === null ? 'no deadline in the terms' : `deadline ${complaint.deadline}`;
        printLines([
          `Recorded complaint ${complaint.id} about ${complaint.about === 'invoice' ? 'an invoice' : 'a delivery'}, ` +
            `received ${complaint.receivedOn} by ${complaint.channel}: ` +
            `${complaint.inTime ? 'in time' : 'OUT OF TIME'} (${deadline}` +
            `${complaint.because.length === 0 ? '' : `, ${complaint.because.join(', ')}`}).`,
          ...(dispute === null
            ? []
            : [
                `Dispute ${dispute.id}: ${formatEuro(dispute.amountCents)} of the invoice is out of reminders, ` +
                  `interest and collection costs while open (bit:9.5).`,
                `Resolve it with: vezel disputes resolve ${dispute.id} --outcome credit|uphold --reason <text>`,
              ]),
        ]);
      });
    });
}

interface ResolveOptions {
  outcome: 'credit' | 'uphold';
  reason: string;
  lines?: number[];
  on?: Temporal.PlainDate;
  json?: boolean;
}

function resolveCommand(): Command {
  return new Command('resolve')
    .description(
      'end a dispute: credit the disputed lines with a credit note, or uphold the invoice (it bears interest again)',
    )
    .argument('<dispute>', 'the dispute id, e.g. DSP-1')
    .addOption(
      new Option('--outcome <outcome>', 'credit: the customer was right; uphold: it is owed after all')
        .choices(['credit', 'uphold'])
        .makeOptionMandatory(),
    )
    .requiredOption('--reason <text>', 'why; printed on the credit note')
    .addOption(
      new Option(
        '--lines <positions>',
        'with credit: the invoice lines to credit, e.g. 1,2; default all',
      ).argParser(linePositions),
    )
    .addOption(new Option('--on <date>', 'the day it is resolved; default today').argParser(dateArgument))
    .addOption(jsonOption())
    .action((id: string, options: ResolveOptions) =>
      // The credit note is issued on the day of resolution: the clock stands on it.
      withApp(options.on, async (app) => {
        const { resolveDispute } = await import('../../collections/index.ts');
        const dispute = await resolveDispute(contextOf(app), {
          disputeId: id,
          outcome: options.outcome,
          reason: options.reason,
          on: app.clock.today(),
          ...(options.lines ? { lines: options.lines } : {}),
        });
        if (options.json) return printJson(dispute);
        printLines([
          dispute.state === 'credited'
            ? `Dispute ${dispute.id} credited on ${dispute.resolvedOn ?? '?'}: credit note ${dispute.creditNoteId ?? '?'}.`
            : `Dispute ${dispute.id} upheld on ${dispute.resolvedOn ?? '?'}: ${formatEuro(dispute.amountCents)} is ` +
              'owed again and bears interest from that day.',
        ]);
      }),
    );
}

function contextOf(app: App): Context {
  return { db: app.database.db, clock: app.clock, actor: cliActor() };
}

function linePositions(value: string): number[] {
  if (!/^\s*\d+\s*(,\s*\d+\s*)*$/.test(value))
    throw new InvalidArgumentError(`'${value}' is not a list of line positions, e.g. 1,3`);
  return [...new Set(value.split(',').map((n) => Number(n.trim())))];
}

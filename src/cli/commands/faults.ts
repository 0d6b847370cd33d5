import { Command, Option } from 'commander';
import type { App } from '../../app.ts';
import type { FaultTicketDetail, FaultTicketView, SlaWatchRun } from '../../operations/index.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { asRecord } from '../../shared/errors/index.ts';
import { jsonOption, wholeNumberArgument } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { readJsonFile } from '../read-json-file.ts';
import { withApp } from '../with-app.ts';

const KINDS = ['fiber-break', 'other'];
const CHANNELS = ['api', 'back-office', 'customer-portal', 'phone', 'email'];
const STATES = ['acknowledged', 'in-progress', 'waiting-on-customer', 'resolved', 'closed'];
const REASONS = [
  'repaired',
  'not-reproducible',
  'customer-modified',
  'customer-caused',
  'maintenance',
  'routed-to-provider',
];

/** The vn:6.4.9 items, as options: `--reporter-name` → `reporterName`. */
const REPORT_OPTIONS = [
  ['reporter-name', 'reporterName', 'who reports the fault'],
  ['customer-name', 'customerName', "the end user's name"],
  ['contact-person', 'contactPerson', 'the contact person during the fault'],
  ['contact-phone', 'contactPhone', "the contact person's phone number"],
  ['description', 'description', 'what is wrong'],
  ['phone-office-hours', 'phoneOfficeHours', "the reporter's phone number in office hours"],
  [
    'phone-outside-office-hours',
    'phoneOutsideOfficeHours',
    "the reporter's phone number outside office hours",
  ],
  ['end-point-a', 'endPointA', "the location of the link's first end point"],
  ['end-point-b', 'endPointB', "the location of the link's other end point"],
] as const;

/** `vezel faults …`: fault tickets and their SLA clocks (vn:6.4). */
export function faultsCommand(): Command {
  return new Command('faults')
    .description(
      'fault tickets (vn:6.4): report, follow, repair, close, and watch the SLA clocks (vn:6.4.10)',
    )
    .addCommand(reportCommand())
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(moveCommand('start', 'start work on a ticket (acknowledged → in-progress)'))
    .addCommand(moveCommand('wait', 'wait on the customer (in-progress → waiting-on-customer)'))
    .addCommand(moveCommand('resume', 'resume work (waiting-on-customer → in-progress)'))
    .addCommand(
      moveCommand('reopen', 'reopen a resolved ticket whose repair did not hold; the clock runs on'),
    )
    .addCommand(noteCommand())
    .addCommand(repairReportCommand())
    .addCommand(closeCommand())
    .addCommand(watchCommand());
}

type ReportOptions = Record<string, string | boolean | undefined> & { file?: string; json?: boolean };

function reportCommand(): Command {
  const command = new Command('report')
    .description(
      'report a fault, at any hour (vn:6.4.11): from --file (the JSON of POST /faults) and/or options; a report ' +
        'missing any vn:6.4.9 item is refused naming each',
    )
    .option('--file <json>', 'the report as JSON: serviceId or linkId, kind, report {…}, …')
    .option('--service <id>', 'the service at fault, e.g. S-3')
    .option('--link <id>', 'or the link at fault, e.g. L-2')
    .option('--seller <id>', "default: the seller of the service's contract")
    .option('--customer <id>', "default: the service's customer")
    .addOption(new Option('--kind <kind>', 'a physical fiber break runs the SLA clock').choices(KINDS))
    .option('--cable <id>', "a fiber break's broken cable; default the one cable of the service's NAPs")
    .option('--definitive-repair', 'a direct definitive repair: +2 hours on both repair times (vn:6.4.10)')
    .addOption(new Option('--channel <channel>', 'how it came in; default back-office').choices(CHANNELS))
    .option('--reported-at <instant>', 'the first report, e.g. 2027-03-28T00:30:00+01:00; default now');
  for (const [flag, , what] of REPORT_OPTIONS) command.option(`--${flag} <text>`, what);
  return command.addOption(jsonOption()).action((options: ReportOptions) =>
    withApp(undefined, async (app) => {
      const { reportFault } = await import('../../operations/index.ts');
      const input = reportInput(options);
      const ticket = await reportFault(contextOf(app), input as never);
      if (options.json) return printJson(ticket);
      printLines(ticketLines(ticket));
    }),
  );
}

function reportInput(options: ReportOptions): Record<string, unknown> {
  const file =
    options.file === undefined ? {} : asRecord(readJsonFile(options.file), 'file', 'a JSON object');
  const fileReport = file.report === undefined ? {} : asRecord(file.report, 'report', 'an object');
  const report: Record<string, unknown> = { ...fileReport };
  for (const [, field] of REPORT_OPTIONS) {
    const key = field as string;
    if (options[key] !== undefined) report[key] = options[key];
  }
  const given = (key: string, value: unknown) => (value === undefined ? {} : { [key]: value });
  return {
    channel: 'back-office',
    ...file,
    ...given('serviceId', options.service),
    ...given('linkId', options.link),
    ...given('sellerId', options.seller),
    ...given('customerId', options.customer),
    ...given('kind', options.kind),
    ...given('cableId', options.cable),
    ...given('definitiveRepair', options.definitiveRepair),
    ...given('channel', options.channel),
    ...given('reportedAt', options.reportedAt),
    report,
  };
}

interface ListOptions {
  state?: string;
  customer?: string;
  seller?: string;
  open?: boolean;
  limit?: number;
  offset?: number;
  json?: boolean;
}

function listCommand(): Command {
  return new Command('list')
    .description('fault tickets, newest first')
    .addOption(new Option('--state <state>').choices(STATES))
    .option('--customer <id>')
    .option('--seller <id>')
    .option('--open', 'only tickets not resolved or closed')
    .addOption(new Option('--limit <n>', 'at most this many (default 50)').argParser(wholeNumberArgument))
    .addOption(new Option('--offset <n>', 'skip this many').argParser(wholeNumberArgument))
    .addOption(jsonOption())
    .action((options: ListOptions) =>
      withApp(undefined, async (app) => {
        const { listFaultTicketViews } = await import('../../operations/index.ts');
        const page = await listFaultTicketViews(contextOf(app), {
          ...(options.state ? { state: options.state } : {}),
          ...(options.customer ? { customerId: options.customer } : {}),
          ...(options.seller ? { sellerId: options.seller } : {}),
          ...(options.open ? { openOnly: true } : {}),
          ...(options.limit !== undefined ? { limit: options.limit } : {}),
          ...(options.offset !== undefined ? { offset: options.offset } : {}),
        });
        if (options.json) return printJson(page);
        if (page.tickets.length === 0) return printLines(['No fault tickets.']);
        printLines(page.tickets.map(summaryLine));
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one fault ticket with its SLA clock and history')
    .argument('<ticket>', 'e.g. FLT-1')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getFaultTicket } = await import('../../operations/index.ts');
        printDetail(await getFaultTicket(contextOf(app), id), options.json);
      }),
    );
}

function moveCommand(action: 'start' | 'wait' | 'resume' | 'reopen', description: string): Command {
  return new Command(action)
    .description(description)
    .argument('<ticket>', 'e.g. FLT-1')
    .option('--note <text>', 'why, on the history')
    .addOption(jsonOption())
    .action((id: string, options: { note?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { changeFaultTicket } = await import('../../operations/index.ts');
        const ticket = await changeFaultTicket(contextOf(app), {
          ticketId: id,
          action,
          ...given('note', options.note),
        });
        printDetail(ticket, options.json);
      }),
    );
}

function noteCommand(): Command {
  return new Command('note')
    .description("add a note to a ticket's history")
    .argument('<ticket>', 'e.g. FLT-1')
    .argument('<text>', 'the note')
    .addOption(jsonOption())
    .action((id: string, text: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { changeFaultTicket } = await import('../../operations/index.ts');
        printDetail(
          await changeFaultTicket(contextOf(app), { ticketId: id, action: 'note', note: text }),
          options.json,
        );
      }),
    );
}

function repairReportCommand(): Command {
  return new Command('repair-report')
    .description('record the formal repair report: resolves the ticket and stops its clock (vn:6.4.10)')
    .argument('<ticket>', 'e.g. FLT-1')
    .option('--at <instant>', 'when the repair was reported; default now')
    .option('--note <text>')
    .addOption(jsonOption())
    .action((id: string, options: { at?: string; note?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { reportRepair } = await import('../../operations/index.ts');
        const ticket = await reportRepair(contextOf(app), {
          ticketId: id,
          ...given('repairedAt', options.at),
          ...given('note', options.note),
        });
        printDetail(ticket, options.json);
      }),
    );
}

function closeCommand(): Command {
  return new Command('close')
    .description(
      'close a ticket: repaired, not-reproducible (vn:6.4.1), customer-modified (vn:6.4.4), customer-caused ' +
        '(vn:6.4.8: its hours are charged on the next bill), maintenance, routed-to-provider (vn:6.4.3)',
    )
    .argument('<ticket>', 'e.g. FLT-1')
    .addOption(new Option('--reason <reason>').choices(REASONS).makeOptionMandatory())
    .option('--hours <hours>', 'customer-caused: the repair hours charged, e.g. 1.5')
    .option('--hourly-product <id>', "customer-caused: the seller's hourly product, e.g. P-12")
    .option('--note <text>')
    .addOption(jsonOption())
    .action(
      (
        id: string,
        options: { reason: string; hours?: string; hourlyProduct?: string; note?: string; json?: boolean },
      ) =>
        withApp(undefined, async (app) => {
          const { closeFaultTicket } = await import('../../operations/index.ts');
          const ticket = await closeFaultTicket(contextOf(app), {
            ticketId: id,
            reason: options.reason,
            ...given('chargeableHours', options.hours),
            ...given('hourlyProductId', options.hourlyProduct),
            ...given('note', options.note),
          });
          printDetail(ticket, options.json);
        }),
    );
}

function watchCommand(): Command {
  return new Command('watch')
    .description(
      'look at the running SLA clocks once: warn 2 hours before a maximum, record breaches after it',
    )
    .option('--now <instant>', "the scheduler's tick; default now")
    .addOption(jsonOption())
    .action((options: { now?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { watchSlaClocks } = await import('../../operations/index.ts');
        const run = await watchSlaClocks(contextOf(app), given('now', options.now));
        if (options.json) return printJson(run);
        printLines(watchLines(run));
      }),
    );
}

function given<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}

function contextOf(app: App): Context {
  return { db: app.database.db, clock: app.clock, actor: cliActor() };
}

function summaryLine(ticket: FaultTicketView): string {
  const where = ticket.serviceId ?? ticket.linkId ?? '';
  const clock = ticket.sla ? `, SLA ${ticket.slaStatus}, max ${ticket.sla.maximumBy}` : '';
  return `${ticket.id}  ${ticket.state}  ${ticket.kind} on ${where}, customer ${ticket.customerId}, reported ${ticket.reportedAt}${clock}`;
}

function ticketLines(ticket: FaultTicketView): string[] {
  const lines = [
    `Fault ticket ${ticket.id}: ${ticket.state}, ${ticket.kind} on ${ticket.serviceId ?? ticket.linkId}` +
      ` of customer ${ticket.customerId} (seller ${ticket.sellerId}), reported ${ticket.reportedAt} by ${ticket.channel}.`,
  ];
  if (ticket.maintenanceWindowId)
    lines.push(`Inside maintenance window ${ticket.maintenanceWindowId}: no SLA clock (vn:6.4.1, vn:2.1.3).`);
  if (ticket.sla)
    lines.push(
      `SLA ${ticket.slaStatus} (${ticket.sla.fiberCount} fibers${ticket.sla.definitiveRepair ? ', definitive repair' : ''}): ` +
        `average by ${ticket.sla.averageBy}, maximum by ${ticket.sla.maximumBy} (${ticket.sla.because.join(', ')}).`,
    );
  else if (!ticket.maintenanceWindowId) lines.push('No SLA clock.');
  if (ticket.providerId)
    lines.push(
      ticket.routedAt
        ? `Routed to provider ${ticket.providerId} at ${ticket.routedAt} (vn:6.4.3, vn:2.5).`
        : `A service of provider ${ticket.providerId}.`,
    );
  if (ticket.repairReportedAt) lines.push(`Repair reported ${ticket.repairReportedAt}.`);
  if (ticket.closedAt)
    lines.push(
      `Closed ${ticket.closedAt}: ${ticket.closureReason}` +
        (ticket.chargeRecordId
          ? `, ${ticket.chargeableHours} h charged as usage ${ticket.chargeRecordId}.`
          : '.'),
    );
  return lines;
}

function printDetail(ticket: FaultTicketDetail, json: boolean | undefined): void {
  if (json) return printJson(ticket);
  printLines([
    ...ticketLines(ticket),
    'History:',
    ...ticket.history.map(
      (event) =>
        `  ${event.at}  ${event.kind} → ${event.state}  ${event.by}${event.note ? `: ${event.note}` : ''}`,
    ),
  ]);
}

function watchLines(run: SlaWatchRun): string[] {
  if (run.warnings.length + run.breaches.length === 0) return [`SLA watch at ${run.checkedAt}: nothing new.`];
  return [
    `SLA watch at ${run.checkedAt}: ${run.warnings.length} warning(s), ${run.breaches.length} breach(es).`,
    ...run.warnings.map((a) => `  warning ${a.ticketId} (customer ${a.customerId}): maximum ${a.maximumBy}`),
    ...run.breaches.map(
      (a) => `  BREACH  ${a.ticketId} (customer ${a.customerId}): maximum ${a.maximumBy} passed`,
    ),
  ];
}

import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import type { AuditEventJson, AuditExportFormat, AuditFilterInput } from '../../platform/audit/index.ts';
import { jsonOption, wholeNumberArgument } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withProgressBar } from '../progress-bar.ts';
import { withApp } from '../with-app.ts';

/** `vezel audit …`: the append-only audit log, listed and exported. */
export function auditCommand(): Command {
  return new Command('audit')
    .description('the audit log of every change: who, when, what, why and from where; list and export it')
    .addCommand(listCommand())
    .addCommand(exportCommand());
}

interface FilterOptions {
  subjectType?: string;
  subjectId?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

function withFilterOptions(command: Command): Command {
  return command
    .option('--subject-type <type>', 'only events about this kind of subject: contract, invoice, customer…')
    .option('--subject-id <id>', 'with --subject-type: only events about this subject, e.g. C-1')
    .option('--actor <actor>', 'only changes by this actor, e.g. api or cli:anna')
    .option('--action <action>', 'only this action, e.g. contract.formed')
    .option('--from <when>', 'from this day (YYYY-MM-DD, Europe/Amsterdam) or instant, inclusive')
    .option('--to <when>', 'up to this day (inclusive) or instant (exclusive)');
}

function filterInput(options: FilterOptions): AuditFilterInput {
  return {
    subjectType: options.subjectType,
    subjectId: options.subjectId,
    actor: options.actor,
    action: options.action,
    from: options.from,
    to: options.to,
  };
}

interface ListOptions extends FilterOptions {
  limit: number;
  before?: number;
  json?: boolean;
}

function listCommand(): Command {
  return withFilterOptions(new Command('list'))
    .description('the log newest first, one page at a time; the last line names the next page')
    .addOption(
      new Option('--limit <n>', 'events per page (1-500)').argParser(wholeNumberArgument).default(50),
    )
    .addOption(
      new Option('--before <id>', 'the page after this event id (the cursor a page ends with)').argParser(
        wholeNumberArgument,
      ),
    )
    .addOption(jsonOption())
    .action((options: ListOptions) =>
      withApp(undefined, async (app) => {
        const { auditEventJson, auditFilterOf, listAuditEvents, MAX_AUDIT_PAGE } =
          await import('../../platform/audit/index.ts');
        const { InvalidInputError } = await import('../../shared/errors/index.ts');
        if (options.limit < 1 || options.limit > MAX_AUDIT_PAGE)
          throw new InvalidInputError('limit', `must be from 1 to ${MAX_AUDIT_PAGE}`);
        const page = await listAuditEvents(app.database.db, auditFilterOf(filterInput(options)), {
          limit: options.limit,
          ...(options.before === undefined ? {} : { before: options.before }),
        });
        const events = page.events.map(auditEventJson);
        if (options.json) return printJson({ events, next: page.next });
        printLines([
          ...(events.length === 0 ? ['No audit events match.'] : events.map(describeEvent)),
          ...(page.next === null ? [] : [`More: --before ${page.next}`]),
        ]);
      }),
    );
}

function describeEvent(event: AuditEventJson): string {
  const why = event.reason === null ? '' : ` because ${event.reason}`;
  return (
    `${event.id}  ${event.occurredAt}  ${event.action} ${event.subjectType}:${event.subjectId}` +
    `  by ${event.actor} (${event.origin})${why}`
  );
}

interface ExportOptions extends FilterOptions {
  out: string;
  format: AuditExportFormat;
}

function exportCommand(): Command {
  return withFilterOptions(new Command('export'))
    .description('write the log (or the part the filters select) to a file, oldest event first')
    .requiredOption('--out <file>', 'the file to write')
    .addOption(
      new Option('--format <format>', 'one JSON object per line, or CSV with a header')
        .choices(['ndjson', 'csv'])
        .default('ndjson'),
    )
    .action((options: ExportOptions) =>
      withApp(undefined, async (app) => {
        const { auditFilterOf, countAuditEvents, exportAuditEvents } =
          await import('../../platform/audit/index.ts');
        const filter = auditFilterOf(filterInput(options));
        const total = await countAuditEvents(app.database.db, filter);
        let written = 0;
        await withProgressBar('Exporting [{bar}] {value}/{total} events', async (report) => {
          const chunks = exportAuditEvents(app.database.db, filter, options.format, (done) => {
            written = done;
            report?.(done, total);
          });
          await pipeline(Readable.from(chunks), createWriteStream(options.out));
        });
        printLines([`Wrote ${written} audit events to ${options.out} (${options.format}).`]);
      }),
    );
}

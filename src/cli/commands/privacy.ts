import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { cliActor } from '../../platform/actor.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

/** The subcommands of `vezel customers` for privacy (vn:5.1): export a customer's data, erase it. */
export function privacyCommands(): Command[] {
  return [exportDataCommand(), eraseCommand()];
}

function exportDataCommand(): Command {
  return new Command('export-data')
    .description('everything held about a customer as one JSON document (vn:5.1); recorded in the audit log')
    .argument('<id>', 'the customer, e.g. CU-1')
    .option('--out <file>', 'write the document to this file instead of stdout')
    .action((id: string, options: { out?: string }) =>
      withApp(undefined, async (app) => {
        const { exportCustomerData } = await import('../../customers/privacy.ts');
        const document = await exportCustomerData(
          { db: app.database.db, clock: app.clock, actor: cliActor() },
          id,
        );
        if (!options.out) return printJson(document);
        writeFileSync(options.out, `${JSON.stringify(document, null, 2)}\n`);
        const rows = Object.values(document.tables).reduce((sum, table) => sum + table.length, 0);
        printLines([
          `Wrote the data of customer ${id} to ${options.out}: ${rows} rows from ` +
            `${Object.keys(document.tables).length} tables, ${document.auditEvents.length} audit events.`,
        ]);
      }),
    );
}

function eraseCommand(): Command {
  return new Command('erase')
    .description(
      'anonymise a customer whose contracts have all ended and who owes nothing (vn:5.1); issued invoices ' +
        'stay as issued (nl:vat, 7 years)',
    )
    .argument('<id>', 'the customer, e.g. CU-1')
    .requiredOption('--reason <text>', 'why, for the audit log, e.g. "request by e-mail of 2027-03-01"')
    .addOption(jsonOption())
    .action((id: string, options: { reason: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { eraseCustomer } = await import('../../customers/privacy.ts');
        const report = await eraseCustomer({ db: app.database.db, clock: app.clock, actor: cliActor() }, id, {
          reason: options.reason,
        });
        if (options.json) return printJson(report);
        if (!report.erased)
          return printLines([`Customer ${id} was erased already, at ${report.erasedAt}; nothing changed.`]);
        printLines([
          `Erased customer ${id} (vn:5.1).`,
          ...Object.entries(report.changed).map(([table, rows]) => `  ${table.padEnd(24)} ${rows} rows`),
          'Kept:',
          ...report.kept.map((kept) => `  ${kept}`),
        ]);
      }),
    );
}

import fs from 'node:fs';
import { Command } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { CustomerAccount } from '../../collections/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { formatEuro } from '../../shared/money/index.ts';
import { asOfOption, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

interface StatementOptions {
  seller: string;
  customer: string;
  asOf?: Temporal.PlainDate;
  csv?: boolean;
  pdf?: string;
  json?: boolean;
}

/** `vezel statement`: a customer's account with a seller, with its running balance, as text, CSV, PDF or JSON. */
export function statementCommand(): Command {
  return new Command('statement')
    .description(
      "a customer's account statement with a seller: every invoice, credit note, cost, interest paid, payment " +
        'and return with a running balance; then the balance, accrued interest and the disputed part',
    )
    .requiredOption('--seller <id>', 'the seller, e.g. bit')
    .requiredOption('--customer <id>', 'the customer, e.g. CU-1')
    .addOption(asOfOption())
    .option('--csv', 'print the rows as CSV (amounts in euros with a decimal point)')
    .option('--pdf <file>', "write the statement as an A4 PDF in the customer's language")
    .addOption(jsonOption())
    .action((options: StatementOptions) => {
      const formats = [options.csv, options.pdf !== undefined, options.json].filter(Boolean).length;
      if (formats > 1) throw new InvalidInputError('format', 'choose one of --csv, --pdf <file> and --json');
      return withApp(options.asOf, async (app) => {
        const query = { sellerId: options.seller, customerId: options.customer, asOf: app.clock.today() };
        if (options.pdf !== undefined) {
          const { renderAccountStatement } = await import('../../collections/index.ts');
          fs.writeFileSync(options.pdf, await renderAccountStatement(app.database, query));
          return printLines([
            `Wrote the statement of ${query.customerId} as of ${query.asOf.toString()} to ${options.pdf}.`,
          ]);
        }
        const { getAccountStatement, statementCsv } = await import('../../collections/index.ts');
        const statement = await getAccountStatement(app.database, query);
        if (options.json) return printJson(statement);
        if (options.csv) return void process.stdout.write(statementCsv(statement));
        printLines(statementText(statement));
      });
    });
}

function statementText(s: CustomerAccount): string[] {
  const euro = (cents: number) => (cents === 0 ? '' : formatEuro(cents));
  const rows = s.rows.map(
    (row) =>
      `${row.date}  ${row.kind.padEnd(16)} ${row.reference.padEnd(12)} ${row.description.slice(0, 36).padEnd(36)} ` +
      `${euro(row.debitCents).padStart(13)} ${euro(row.creditCents).padStart(13)} ${formatEuro(row.balanceCents).padStart(13)}`,
  );
  return [
    `Account of ${s.customerName} (${s.customerId}) with ${s.sellerId}, as of ${s.asOf}`,
    ...(rows.length === 0
      ? ['No items.']
      : [
          `${'date'.padEnd(10)}  ${'kind'.padEnd(16)} ${'reference'.padEnd(12)} ${'description'.padEnd(36)} ` +
            `${'debit'.padStart(13)} ${'credit'.padStart(13)} ${'balance'.padStart(13)}`,
          ...rows,
        ]),
    `Balance           ${formatEuro(s.balanceCents)}${s.balanceCents < 0 ? ' (credit on the account)' : ''}`,
    `Accrued interest  ${formatEuro(s.accruedInterestCents)} (statutory interest to ${s.asOf}, not yet paid)`,
    `Disputed          ${formatEuro(s.disputedCents)} (out of reminders, interest and collection costs, bit:9.5)`,
  ];
}

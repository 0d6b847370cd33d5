import { Command } from 'commander';
import { readConfig } from '../../platform/config.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('bring the store (DATABASE_URL, or the embedded one in VEZEL_DATA) up to the latest schema')
    .addOption(jsonOption())
    .action(async (options: { json?: boolean }) => {
      const { migrateDatabase, openDatabase } = await import('../../platform/database/index.ts');
      const database = await openDatabase(readConfig(process.env, process.cwd()));
      try {
        const report = await migrateDatabase(database);
        if (options.json) return printJson({ store: database.kind, location: database.location, ...report });
        printLines([
          report.applied.length === 0
            ? `Nothing to apply: ${database.location} has all ${report.total} migrations.`
            : `Applied ${report.applied.length} of ${report.total} migrations to ${database.location}:`,
          ...report.applied.map((tag) => `  ${tag}`),
        ]);
      } finally {
        await database.close();
      }
    });
}

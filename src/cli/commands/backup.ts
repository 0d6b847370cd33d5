import { Command } from 'commander';
import { readConfig } from '../../platform/config.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';

/** `vezel backup FILE`: the embedded store as one file, while nothing else has it open. */
export function backupCommand(): Command {
  return new Command('backup')
    .description('copy the embedded store (VEZEL_DATA) to FILE, a gzipped tar; for PostgreSQL use pg_dump')
    .argument('<file>', 'where to write the backup, e.g. vezel-2026-12-03.tar.gz')
    .addOption(jsonOption())
    .action(async (file: string, options: { json?: boolean }) => {
      const { backupEmbeddedStore, openDatabase } = await import('../../platform/database/index.ts');
      const database = await openDatabase(readConfig(process.env, process.cwd()));
      try {
        const report = await backupEmbeddedStore(database, file);
        if (options.json) return printJson({ location: database.location, ...report });
        printLines([`Backed up ${database.location} to ${report.file} (${report.bytes} bytes).`]);
      } finally {
        await database.close();
      }
    });
}

/** `vezel restore FILE`: a backup made by `vezel backup` becomes the embedded store. */
export function restoreCommand(): Command {
  return new Command('restore')
    .description('make a backup from `vezel backup` the embedded store (VEZEL_DATA); the store there is kept')
    .argument('<file>', 'the backup to restore')
    .option(
      '--replace',
      'put it in place of an existing store, which is kept beside it as <folder>.replaced-<time>',
    )
    .addOption(jsonOption())
    .action(async (file: string, options: { replace?: boolean; json?: boolean }) => {
      const config = readConfig(process.env, process.cwd());
      if (config.databaseUrl)
        throw new ConflictError(
          'vezel restore is for the embedded store; restore a PostgreSQL server with pg_restore',
        );
      const { restoreEmbeddedStore } = await import('../../platform/database/index.ts');
      const report = await restoreEmbeddedStore(file, config.dataDir, {
        replace: options.replace === true,
        now: new Date(),
      });
      if (options.json) return printJson(report);
      printLines([
        `Restored ${file} into ${report.dataDir}.`,
        ...(report.keptAs ? [`The store that was there is kept as ${report.keptAs}.`] : []),
        'Run `vezel migrate` (or start `vezel serve`) to bring it up to this version of Vezel.',
      ]);
    });
}

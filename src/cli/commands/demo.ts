import fs from 'node:fs/promises';
import { Command } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import { readConfig } from '../../platform/config.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { asOfOption, clockFor } from '../options.ts';
import { loadDemoOperator, printDemoUsers } from '../demo-operator.ts';

interface DemoCommandOptions {
  readonly reset?: boolean;
  readonly asOf?: Temporal.PlainDate;
}

/**
 * `vezel demo`: loads the demo operator into an empty store; `--reset` starts the embedded store over
 * first, keeping the old folder beside it (nothing is deleted).
 */
export function demoCommand(): Command {
  return new Command('demo')
    .description(
      'load the demo operator (both sellers, the network, 300 customers, a year of history) into an empty store',
    )
    .option(
      '--reset',
      'start the embedded store over first; the old one is kept beside it as <folder>.before-demo-<time>',
    )
    .addOption(asOfOption())
    .action(async (options: DemoCommandOptions) => {
      const config = readConfig(process.env, process.cwd());
      if (options.reset) await setStoreAside(config);
      const { startApp } = await import('../../app.ts');
      const app = await startApp(config, clockFor(options.asOf));
      try {
        const { storeIsEmpty } = await import('../../demo/index.ts');
        if (!(await storeIsEmpty(app.database.db)))
          throw new ConflictError(
            'the store already holds customers or users: `vezel demo --reset` starts the embedded store over',
          );
        const report = await loadDemoOperator(app);
        await printDemoUsers(report, `http://localhost:${config.port}/app/`);
      } finally {
        await app.close();
      }
    });
}

async function setStoreAside(config: ReturnType<typeof readConfig>): Promise<void> {
  if (config.databaseUrl)
    throw new ConflictError(
      '--reset starts over only the embedded store; on a PostgreSQL server drop and create the database yourself',
    );
  const exists = await fs.stat(config.dataDir).then(
    () => true,
    () => false,
  );
  if (!exists) return;
  const keptAs = `${config.dataDir}.before-demo-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await fs.rename(config.dataDir, keptAs);
  process.stderr.write(`The store that was in ${config.dataDir} is kept as ${keptAs}.\n`);
}

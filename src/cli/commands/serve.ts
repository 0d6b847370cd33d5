import { Command } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import { readConfig } from '../../platform/config.ts';
import { asOfOption, clockFor } from '../options.ts';
import { makeFirstAdmin, printFirstAdmin } from '../bootstrap-admin.ts';
import { loadDemoOperator, printDemoUsers } from '../demo-operator.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'serve the API, its reference (/docs) and the back office on PORT (3000), migrating the store first',
    )
    .addOption(asOfOption())
    .action(async (options: { asOf?: Temporal.PlainDate }) => {
      // Loaded here, not at the top: other commands start faster without the server.
      const { startApp } = await import('../../app.ts');
      const { buildHttpServer } = await import('../../http/server.ts');
      const { deliveryWorker, startOutboxDelivery } =
        await import('../../platform/delivery/deliver-outboxes.ts');
      const config = readConfig(process.env, process.cwd());
      const app = await startApp(config, clockFor(options.asOf));
      const server = await buildHttpServer(app, { logLevel: config.logLevel });
      // An empty embedded store gets the demo operator, unless VEZEL_DEMO=0; otherwise a first admin.
      const { storeIsEmpty } = await import('../../demo/index.ts');
      const demo =
        config.demo && app.database.kind === 'pglite' && (await storeIsEmpty(app.database.db))
          ? await loadDemoOperator(app)
          : undefined;
      const firstAdmin = demo ? undefined : await makeFirstAdmin(app);
      // Started once the server listens; stopped before the store closes.
      const delivery: { loop?: { stop(): Promise<void> } } = {};
      const scheduled: { work?: { stop(): Promise<void> } } = {};
      const stop = async (signal: string): Promise<void> => {
        server.log.info({ signal }, 'stopping');
        await server.close();
        await scheduled.work?.stop();
        await delivery.loop?.stop();
        await app.close();
      };
      process.once('SIGINT', (signal) => void stop(signal));
      process.once('SIGTERM', (signal) => void stop(signal));
      await server.listen({ port: config.port, host: config.host });
      // The outboxes go out from inside the server process, one pass at a time.
      delivery.loop = startOutboxDelivery(
        { db: app.database.db, clock: app.clock, actor: deliveryWorker },
        config.delivery,
        server.log,
      );
      // The embedded store takes one process, so no `vezel worker` can run beside the server: the
      // server runs the daily cycle and the SLA watch itself (VEZEL_SCHEDULE=0 leaves them out).
      if (app.database.kind === 'pglite' && config.schedule) {
        const { schedulerActor, startScheduledWork } = await import('../../platform/scheduler/index.ts');
        scheduled.work = startScheduledWork(
          { db: app.database.db, clock: app.clock, actor: schedulerActor },
          server.log,
        );
      }
      const where = `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
      process.stderr.write(
        `Vezel is running on ${where} (store: ${app.database.kind}, ${app.database.location}; ` +
          `API reference: ${where}/docs)\n`,
      );
      if (demo) await printDemoUsers(demo, `${where}/app/`);
      printFirstAdmin(firstAdmin, `${where}/app/`);
    });
}

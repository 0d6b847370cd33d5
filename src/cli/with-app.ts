import type { Temporal } from 'temporal-polyfill';
import type { App } from '../app.ts';
import { readConfig } from '../platform/config.ts';
import { clockFor } from './options.ts';

/** Runs a command's work against the configured store, closing it afterwards whatever happens. */
export async function withApp<T>(
  asOf: Temporal.PlainDate | undefined,
  work: (app: App) => Promise<T>,
): Promise<T> {
  const { startApp } = await import('../app.ts');
  const app = await startApp(readConfig(process.env, process.cwd()), clockFor(asOf));
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

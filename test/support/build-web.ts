import { build } from 'vite';

/*
 * Vitest global setup: builds the browser app once, so the server tests and the browser tests use
 * what `npm start` would serve.
 */
export default async function buildWebApp(): Promise<void> {
  await build({
    configFile: new URL('../../web/vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
  });
}

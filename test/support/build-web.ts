import fs from 'node:fs';
import { build } from 'vite';
import { webAppFolder } from '../../src/http/web-app.ts';

/*
 * Vitest global setup: builds the browser app once, so the server tests and the browser tests use
 * what `npm start` would serve. Built beside the served folder and swapped in, so a test run that
 * is already serving it never sees a half-written app.
 */
export default async function buildWebApp(): Promise<void> {
  const served = webAppFolder.replace(/\/$/, '');
  const fresh = `${served}-${process.pid}`;
  await build({
    configFile: new URL('../../web/vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
    build: { outDir: fresh, emptyOutDir: true },
  });
  const old = `${served}-old-${process.pid}`;
  if (fs.existsSync(served)) fs.renameSync(served, old);
  fs.renameSync(fresh, served);
  fs.rmSync(old, { recursive: true, force: true });
}

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { migrateDatabase, openPglite } from '../../../src/platform/database/index.ts';
import type { Database } from '../../../src/platform/database/index.ts';
import { buildHttpServer } from '../../../src/http/server.ts';
import type { HttpServer } from '../../../src/http/server.ts';
import type { App } from '../../../src/app.ts';
import { adminTokenOf, appOn, signedInByDefault } from '../../support/app.ts';
import { movableClock } from '../../support/movable-clock.ts';
import type { MovableClock } from '../../support/movable-clock.ts';
import { repositoryRoot } from '../../support/run-cli.ts';

/*
 * The browser tests: the real server on a loopback port (embedded store in memory, the app built by
 * the global setup) and Debian's Chromium driven by playwright-core. Each test file gets its own
 * server and store; screenshots land in test-artifacts/screenshots/<file>/.
 */

export const chromiumPath = process.env.VEZEL_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumAvailable = fs.existsSync(chromiumPath);

if (!chromiumAvailable && process.env.CI === 'true') {
  throw new Error(
    `Chromium is not at ${chromiumPath}: in CI the browser tests must run (.ci/run installs it)`,
  );
}

export interface BrowserHarness {
  readonly baseUrl: string;
  readonly app: App;
  readonly server: HttpServer;
  readonly clock: MovableClock;
  readonly browser: Browser;
  /** A fresh browser context (its own cookies) with one page, in Dutch unless told. */
  newPage(options?: { language?: 'nl' | 'en' }): Promise<Page>;
  /** Keeps a full-page screenshot as a test artifact. */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startBrowserHarness(
  file: string,
  options: { now?: string; database?: Database } = {},
): Promise<BrowserHarness> {
  // A store of the test's own (the demo's folder), or a new one in memory.
  const database = options.database ?? (await openPglite('memory'));
  await migrateDatabase(database);
  const clock = movableClock(options.now ?? '2026-11-22T10:00:00+01:00[Europe/Amsterdam]');
  const app: App = { ...(await appOn(database)), clock };
  const server = await buildHttpServer(app, { logLevel: 'silent' });
  // `harness.server.inject` seeds as an admin, as httpServerOn does; the browser signs in for itself.
  signedInByDefault(server, await adminTokenOf(database));
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const folder = path.join(repositoryRoot, 'test-artifacts', 'screenshots', path.basename(file, '.test.ts'));
  fs.mkdirSync(folder, { recursive: true });
  return {
    baseUrl,
    app,
    server,
    clock,
    browser,
    newPage: async ({ language = 'nl' } = {}) => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: language === 'nl' ? 'nl-NL' : 'en-GB',
        timezoneId: 'Europe/Amsterdam',
        viewport: { width: 1366, height: 900 },
      });
      const page = await context.newPage();
      if (language === 'en') await page.addInitScript("localStorage.setItem('vezel.language', 'en')");
      return page;
    },
    screenshot: async (page, name) => {
      await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await browser.close();
      await server.close();
      await database.close();
    },
  };
}

/** Signs in through the sign-in screen, as a person would, and waits for the landing screen. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/app/sign-in');
  await page.getByLabel(/E-mailadres|E-mail address/).fill(email);
  await page.getByLabel(/Wachtwoord|Password/).fill(password);
  await page.getByRole('button', { name: /Aanmelden|Sign in/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

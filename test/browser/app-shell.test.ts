import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, startBrowserHarness } from './support/browser-harness.ts';
import type { BrowserHarness } from './support/browser-harness.ts';

describe.skipIf(!chromiumAvailable)('the browser app', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness(import.meta.filename);
  });
  afterAll(async () => harness?.close());

  it('opens on the sign-in screen, in Dutch by default and in English on request', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await page.waitForURL('**/app/sign-in');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Aanmelden bij Vezel');
    await harness.screenshot(page, 'sign-in-nl');
    const english = await harness.newPage({ language: 'en' });
    await english.goto('/app/office');
    await english.waitForURL('**/app/sign-in');
    await expect
      .poll(() => english.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Sign in to Vezel');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../support/users.ts';
import { chromiumAvailable, signIn, startBrowserHarness } from './support/browser-harness.ts';
import type { BrowserHarness } from './support/browser-harness.ts';

describe.skipIf(!chromiumAvailable)('signing in and out in the browser', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness(import.meta.filename);
  });
  afterAll(async () => harness?.close());

  it('refuses a wrong password without saying which part was wrong', async () => {
    const user = await createTestUser(harness.app.database.db, { role: 'admin' });
    const page = await harness.newPage();
    await page.goto('/app/sign-in');
    await page.getByLabel('E-mailadres').fill(user.email);
    await page.getByLabel('Wachtwoord').fill('not the password');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText(/E-mail address or password is not right/).waitFor();
    await harness.screenshot(page, 'sign-in-refused');
    expect(page.url()).toMatch(/\/app\/sign-in$/);
  });

  it('signs in with a secure HTTP-only cookie, stays signed in on reload, and signs out', async () => {
    const user = await createTestUser(harness.app.database.db, { role: 'billing', name: 'Bea Billing' });
    const page = await harness.newPage();
    await signIn(page, user.email, user.password);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'vezel_session', httpOnly: true, secure: true, sameSite: 'Strict' });
    await expect(page.evaluate('document.cookie')).resolves.toBe('');
    await page.reload();
    await page.getByRole('button', { name: 'Afmelden' }).waitFor();
    await harness.screenshot(page, 'signed-in');
    // A write from the page carries the CSRF token the session gave it.
    const changed = await page.evaluate(async () => {
      const response = await fetch('/auth/password', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ currentPassword: 'x', newPassword: 'y' }),
      });
      return response.status;
    });
    expect(changed).toBe(403);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL('**/app/sign-in');
    expect(await page.context().cookies()).toEqual([]);
  });
});

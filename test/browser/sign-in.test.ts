import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../support/users.ts';
import { expectAccessible } from './support/accessibility.ts';
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
    // The API's refusal, in the screen's language (Dutch by default).
    const alert = page.getByRole('alert');
    await alert.getByText('E-mailadres of wachtwoord klopt niet.').waitFor();
    await expect(alert.getByText('Niet aangemeld').count()).resolves.toBe(1);
    await expect(alert.getByText(/is not right/).count()).resolves.toBe(0);
    await harness.screenshot(page, 'sign-in-refused');
    await expectAccessible(page, 'sign-in');
    expect(page.url()).toMatch(/\/app\/sign-in$/);
  });

  it('refuses in English on the English screen', async () => {
    const user = await createTestUser(harness.app.database.db, { role: 'admin' });
    const page = await harness.newPage({ language: 'en' });
    await page.goto('/app/sign-in');
    await page.getByLabel('E-mail address').fill(user.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('E-mail address or password is not right.').waitFor();
    await expect(alert.getByText('Not signed in').count()).resolves.toBe(1);
    await harness.screenshot(page, 'sign-in-refused-en');
  });

  it('says in Dutch how long to wait after too many failed attempts (429)', async () => {
    const user = await createTestUser(harness.app.database.db, { role: 'admin' });
    const page = await harness.newPage();
    await page.goto('/app/sign-in');
    await page.getByLabel('E-mailadres').fill(user.email);
    await page.getByLabel('Wachtwoord').fill('not the password');
    const alert = page.getByRole('alert');
    // More than 5 failed attempts for one address within 15 minutes: refused with Retry-After.
    for (let attempt = 1; attempt <= 6; attempt++) {
      const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/auth/sign-in');
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      if ((await answer).status() === 429) break;
    }
    await alert.getByText('Te veel pogingen').waitFor();
    await expect(alert.textContent()).resolves.toMatch(
      /Te veel mislukte pogingen\. Probeer het over \d+ (seconden|minuut|minuten) opnieuw\./,
    );
    await harness.screenshot(page, 'sign-in-rate-limited');
  });

  it('tells in Dutch that something is not there (404), keeping the API’s words as the detail', async () => {
    const user = await createTestUser(harness.app.database.db, { role: 'admin' });
    const page = await harness.newPage();
    await signIn(page, user.email, user.password);
    await page.goto('/app/office/customers/CU-NOBODY');
    const alert = page.getByRole('alert');
    await alert.getByText('Niet gevonden').waitFor();
    await expect(alert.textContent()).resolves.toContain(
      'Dit bestaat niet (meer), of het is niet voor u zichtbaar.',
    );
    await expect(alert.textContent()).resolves.toMatch(/Technisch detail: .*CU-NOBODY/);
    await harness.screenshot(page, 'not-found');
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

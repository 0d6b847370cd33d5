import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../support/users.ts';
import { chromiumAvailable, signIn, startBrowserHarness } from './support/browser-harness.ts';
import type { BrowserHarness } from './support/browser-harness.ts';

// The audit log in the back office (issue 9): changes to users and roles among the rest, filtered,
// and exported with the same filter.
describe.skipIf(!chromiumAvailable)('the audit log screen', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness(import.meta.filename);
  });
  afterAll(async () => harness?.close());

  it('shows who changed users and roles, filters by action, and exports what it shows', async () => {
    const admin = await createTestUser(harness.app.database.db, { role: 'admin', name: 'Anna Admin' });
    const clerk = await createTestUser(harness.app.database.db, { role: 'billing', name: 'Bea Billing' });
    const changed = await harness.server.inject({
      method: 'PATCH',
      url: `/users/${clerk.id}`,
      payload: { role: 'sales' },
    });
    expect(changed.statusCode, changed.body).toBe(200);

    const page = await harness.newPage();
    await signIn(page, admin.email, admin.password);
    await page.getByRole('link', { name: 'Auditlog' }).click();
    await page.getByRole('heading', { name: 'Auditlog' }).waitFor();
    const log = page.getByRole('table', { name: 'Auditlog' });
    await log.getByText('user.signed-in').first().waitFor();

    await page.getByLabel('Actie').fill('user.changed');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await log.getByText(`user ${clerk.id}`).waitFor();
    const rows = log.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toMatch(/"role":.*sales/);
    await harness.screenshot(page, 'audit-log-filtered');

    const href = await page.getByRole('link', { name: 'Exporteren (CSV)' }).getAttribute('href');
    expect(href).toBe('/audit-events/export?action=user.changed&format=csv');
    const csv = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
    expect(csv.trim().split('\n')).toHaveLength(2);
    expect(csv).toContain(clerk.id);
  });

  it('is not in the menu of other roles, and the API refuses them', async () => {
    const noc = await createTestUser(harness.app.database.db, { role: 'noc' });
    const page = await harness.newPage();
    await signIn(page, noc.email, noc.password);
    await expect(page.getByRole('link', { name: 'Auditlog' }).count()).resolves.toBe(0);
    const status = await page.evaluate(async () => (await fetch('/audit-events')).status);
    expect(status).toBe(403);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

// The commands run on the real clock: every date here is far ahead, so the tests hold on any day.
describe('vezel catalog', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-catalog-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  const write = (name: string, document: unknown) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, JSON.stringify(document));
    return file;
  };
  const colocation = {
    sellerId: 'bit',
    code: 'COLO-1U',
    name: '1U colocation, Ede',
    kind: 'colocation',
    vatCategory: 'standard',
    firstPrice: { amount: '300.00', effectiveFrom: '2099-01-01' },
  };
  let productId: string;

  it('adds a product from a file, with its first price', async () => {
    const added = await runCli(['catalog', 'add', '--file', write('colo.json', colocation), '--json'], env);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const product = JSON.parse(added.stdout) as { id: string; prices: unknown[] };
    productId = product.id;
    expect(product.prices).toEqual([
      { effectiveFrom: '2099-01-01', amountCents: 300_00, announcedOn: expect.any(String) },
    ]);
    const text = await runCli(
      ['catalog', 'add', '--file', write('hosting.json', { ...colocation, code: 'HOST', kind: 'hosting' })],
      env,
    );
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Added P-\d+ to the catalog of bit\./);
  });

  it('lists a seller’s products with the price on the day, of one kind when asked', async () => {
    const list = await runCli(['catalog', 'list', 'bit', '--as-of', '2099-02-01'], env);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('COLO-1U');
    expect(list.stdout).toContain('€ 300,00 per quarter');
    const hosting = await runCli(['catalog', 'list', 'bit', '--kind', 'hosting', '--json'], env);
    expect((JSON.parse(hosting.stdout) as { code: string }[]).map((p) => p.code)).toEqual(['HOST']);
    const none = await runCli(['catalog', 'list', 'vitrumnet'], env);
    expect(none.stdout).toBe('vitrumnet has no products.\n');
  });

  it('schedules a price with the amount as a person writes it, and answers the price on a day', async () => {
    const scheduled = await runCli(
      ['catalog', 'schedule-price', productId, '--amount', '€ 330,00', '--from', '2099-07-01'],
      env,
    );
    expect(scheduled.stderr).toBe('');
    expect(scheduled.status).toBe(0);
    expect(scheduled.stdout).toMatch(/^Listed € 330,00 from 2099-07-01 for P-\d+ \(was € 300,00\)\./);
    expect(scheduled.stdout).toContain('Told 0 customer(s).');
    expect(scheduled.stdout).toMatch(/Notice in time/);
    const price = await runCli(['catalog', 'price', productId, '--on', '2099-07-01', '--json'], env);
    expect(JSON.parse(price.stdout)).toMatchObject({
      value: 330_00,
      because: ['bit:5.2'],
      figures: { effectiveFrom: '2099-07-01', nextChange: null },
    });
    const text = await runCli(['catalog', 'price', productId, '--on', '2099-06-30'], env);
    expect(text.stdout).toMatch(/^€ 300,00 per quarter excl\. VAT on 2099-06-30 {2}\(bit:5\.2\)/);
    expect(text.stdout).toContain('next change: 2099-07-01');
  });

  it('refuses bad input with status 2 naming the field, and a conflict with status 1', async () => {
    const backwards = await runCli(
      ['catalog', 'schedule-price', productId, '--amount', '1', '--from', '2000-01-01'],
      env,
    );
    expect(backwards.status).toBe(2);
    expect(backwards.stderr).toMatch(/^vezel: effectiveFrom: 2000-01-01 is before today/);
    const amount = await runCli(
      ['catalog', 'schedule-price', productId, '--amount', 'ten', '--from', '2099-09-01'],
      env,
    );
    expect(amount.status).toBe(2);
    expect(amount.stderr).toMatch(/^vezel: amount: 'ten' contains letters/);
    const listed = await runCli(
      ['catalog', 'schedule-price', productId, '--amount', '1', '--from', '2099-07-01'],
      env,
    );
    expect(listed.status).toBe(1);
    expect(listed.stderr).toMatch(/already listed/);
    const duplicate = await runCli(['catalog', 'add', '--file', path.join(folder, 'colo.json')], env);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toMatch(new RegExp(`already has product ${productId} with code 'COLO-1U'`));
    const seller = await runCli(
      ['catalog', 'add', '--file', write('acme.json', { ...colocation, sellerId: 'acme' })],
      env,
    );
    expect(seller.status).toBe(2);
    expect(seller.stderr).toMatch(/seller 'acme' does not exist/);
    const fields = await runCli(
      ['catalog', 'add', '--file', write('bad.json', { ...colocation, colour: 'red', firstPrice: {} })],
      env,
    );
    expect(fields.status).toBe(2);
    expect(fields.stderr).toMatch(/colour: is not a product field.*firstPrice\.amount: give either/);
    const early = await runCli(['catalog', 'price', productId, '--on', '2098-12-31'], env);
    expect(early.status).toBe(2);
    expect(early.stderr).toMatch(/on: product P-\d+ has no price on 2098-12-31/);
  });

  it('retires a product once (vn:2.2.3)', async () => {
    const retired = await runCli(['catalog', 'retire', productId, '--on', '2100-01-01'], env);
    expect(retired.status).toBe(0);
    expect(retired.stdout).toBe(`Retired ${productId} from 2100-01-01 (vn:2.2.3).\n`);
    const again = await runCli(['catalog', 'retire', productId], env);
    expect(again.status).toBe(1);
    const shown = await runCli(['catalog', 'show', productId, '--json'], env);
    expect(JSON.parse(shown.stdout)).toMatchObject({ retiredOn: '2100-01-01' });
  });
});

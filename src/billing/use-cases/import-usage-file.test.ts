import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { usageRecords } from '../schema.ts';
import { progressFileOf } from './import-progress.ts';
import { importUsageFile } from './import-usage-file.ts';
import { contextOn, refusedFields, seedUsageFixture } from './usage-test-support.ts';
import type { UsageFixture } from './usage-test-support.ts';

describeEachStore('importUsageFile', (database, kind) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `vezel-usage-import-${kind}-`));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  let products: UsageFixture;
  beforeAll(async () => {
    products = await seedUsageFixture(database().db, 'IF');
  });
  const db = () => database().db;
  const write = (name: string, lines: readonly string[]) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const csvRows = (prefix: string, count: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        `${prefix}-${i + 1},CU-${(i % 2) + 1},${products.traffic},${i + 1}.25,2026-10-0${(i % 9) + 1},`,
    );
  const header = 'record_id,customer_id,product_id,quantity,occurred_on,description';
  const stored = async (prefix: string) =>
    (
      await db()
        .select({ recordId: usageRecords.recordId })
        .from(usageRecords)
        .where(eq(usageRecords.sellerId, 'vitrumnet'))
    )
      .map((row) => row.recordId)
      .filter((id) => id.startsWith(`${prefix}-`)).length;

  it('loads a CSV file in batches, and a rerun adds nothing', async () => {
    const file = write('october.csv', [
      header,
      ...csvRows('A', 4),
      `A-5,CU-1,${products.hours},1.5,2026-10-31,"Repair, rack 4"`,
    ]);
    const progress: string[] = [];
    const report = await importUsageFile(contextOn(db()), {
      file,
      sellerId: 'vitrumnet',
      batchSize: 2,
      onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`),
    });
    expect(report).toEqual({
      file,
      format: 'csv',
      rows: 5,
      invalid: 0,
      problems: [],
      resumedAfterLine: null,
      received: 5,
      added: 5,
      duplicates: 0,
    });
    expect(progress.filter((p) => p.startsWith('loading'))).toEqual([
      'loading 2/5',
      'loading 4/5',
      'loading 5/5',
    ]);
    const [repair] = await db().select().from(usageRecords).where(eq(usageRecords.recordId, 'A-5'));
    expect(repair).toMatchObject({
      description: 'Repair, rack 4',
      because: ['vn:6.4.8'],
      quantity: '1.500000',
    });
    expect(fs.existsSync(progressFileOf(file))).toBe(false);
    const trail = await auditTrailOf(db(), { type: 'seller', id: 'vitrumnet' });
    const imported = trail.filter((e) => e.action === 'usage.imported').map((e) => e.details);
    // Two batches commit at once on PostgreSQL: in any order.
    expect(imported.sort((a, b) => Number(a!.fromLine) - Number(b!.fromLine))).toEqual([
      { file: 'october.csv', fromLine: 2, toLine: 3, received: 2, added: 2 },
      { file: 'october.csv', fromLine: 4, toLine: 5, received: 2, added: 2 },
      { file: 'october.csv', fromLine: 6, toLine: 6, received: 1, added: 1 },
    ]);
    const again = await importUsageFile(contextOn(db()), { file, sellerId: 'vitrumnet' });
    expect(again).toMatchObject({ received: 5, added: 0, duplicates: 5 });
  });

  it('refuses a file with a bad row, naming its line; with skipInvalid it loads the rest', async () => {
    const rows = csvRows('B', 4);
    rows[1] = `B-2,CU-1,${products.traffic},lots,2026-10-02,`;
    rows[3] = `B-4,CU-404,${products.link},1,2026-10-04,`;
    const file = write('bad.csv', [header, ...rows]);
    const fields = await refusedFields(importUsageFile(contextOn(db()), { file, sellerId: 'vitrumnet' }));
    expect(fields).toEqual(['file', 'line 3 quantity', 'line 5 customer_id', 'line 5 product_id']);
    expect(await stored('B')).toBe(0);
    const report = await importUsageFile(contextOn(db()), { file, sellerId: 'vitrumnet', skipInvalid: true });
    expect(report).toMatchObject({ rows: 4, invalid: 2, received: 2, added: 2 });
    expect(report.problems.map((p) => p.field)).toEqual([
      'line 3 quantity',
      'line 5 customer_id',
      'line 5 product_id',
    ]);
    expect(await stored('B')).toBe(2);
  });

  it('continues after the last committed line when an import was cut off', async () => {
    const file = write('cut.csv', [header, ...csvRows('C', 7)]);
    let batches = 0;
    const cut = importUsageFile(contextOn(db()), {
      file,
      sellerId: 'vitrumnet',
      batchSize: 2,
      onProgress: (p) => {
        // Stopped right after the second batch committed and was marked, the third under way.
        if (p.phase === 'loading' && ++batches === 2) throw new Error('killed');
      },
    });
    await expect(cut).rejects.toThrow('killed');
    expect(JSON.parse(fs.readFileSync(progressFileOf(file), 'utf8'))).toMatchObject({
      line: 5,
      sellerId: 'vitrumnet',
    });
    // The third batch (lines 6–7) committed after the failure, unmarked: the rerun finds it there.
    expect(await stored('C')).toBe(6);
    const rest = await importUsageFile(contextOn(db()), { file, sellerId: 'vitrumnet' });
    expect(rest).toMatchObject({ resumedAfterLine: 5, received: 3, added: 1, duplicates: 2 });
    expect(await stored('C')).toBe(7);
    // A mark of another version of the file (or another seller) is not followed.
    fs.writeFileSync(
      progressFileOf(file),
      JSON.stringify({ sellerId: 'vitrumnet', size: 1, mtimeMs: 1, line: 5 }),
    );
    expect(await importUsageFile(contextOn(db()), { file, sellerId: 'vitrumnet' })).toMatchObject({
      resumedAfterLine: null,
      received: 7,
      added: 0,
    });
  });

  it('reads NDJSON, naming a line that is not JSON', async () => {
    const record = (id: string) =>
      JSON.stringify({
        recordId: id,
        customerId: 'CU-2',
        productId: products.traffic,
        quantity: 7,
        occurredOn: '2026-11-01',
      });
    const file = write('usage.ndjson', [record('D-1'), '', '{"recordId": "D-2",', record('D-3')]);
    expect(await refusedFields(importUsageFile(contextOn(db()), { file, sellerId: 'vitrumnet' }))).toEqual([
      'file',
      'line 3',
    ]);
    const report = await importUsageFile(contextOn(db()), { file, sellerId: 'vitrumnet', skipInvalid: true });
    expect(report).toMatchObject({ format: 'ndjson', rows: 3, invalid: 1, added: 2 });
  });

  it('refuses an unknown format, a missing file or header, and a bad header', async () => {
    const refused = (input: Parameters<typeof importUsageFile>[1]) =>
      refusedFields(importUsageFile(contextOn(db()), input));
    expect(await refused({ file: write('usage.txt', ['x']), sellerId: 'vitrumnet' })).toEqual(['format']);
    expect(await refused({ file: path.join(folder, 'none.csv'), sellerId: 'vitrumnet' })).toEqual(['file']);
    expect(await refused({ file: write('empty.csv', []), sellerId: 'vitrumnet' })).toEqual(['line 1']);
    expect(await refused({ file: write('header.csv', ['record_id,qty']), sellerId: 'vitrumnet' })).toEqual([
      'line 1',
    ]);
    expect(
      await refused({ file: write('usage.txt', ['x']), sellerId: 'vitrumnet', format: 'ndjson' }),
    ).toEqual(['file', 'line 1']);
  });
});

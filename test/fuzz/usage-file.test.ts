import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvHeader, readUsageLine } from '../../src/billing/rules/usage-file-rows.ts';
import { usageRecords } from '../../src/billing/schema.ts';
import { importUsageFile } from '../../src/billing/use-cases/import-usage-file.ts';
import type { ImportUsageFile } from '../../src/billing/use-cases/import-usage-file.ts';
import { MAX_USAGE_LINE_CHARACTERS, linesOf } from '../../src/billing/use-cases/usage-file-lines.ts';
import { contextOn, seedUsageFixture } from '../../src/billing/use-cases/usage-test-support.ts';
import type { UsageFixture } from '../../src/billing/use-cases/usage-test-support.ts';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import { InvalidInputError } from '../../src/shared/errors/index.ts';
import { describeEachStore } from '../support/stores.ts';
import { FUZZ_SEED, MB, costOf, refusalCostOf, refusalOf, rowCounts } from './fuzz-support.ts';

/*
 * Usage files (CSV, NDJSON), malformed, truncated, huge and hostile: each is refused with an
 * InvalidInputError naming `file` or the line (`line 12 quantity`) — or, with skipInvalid, loads its
 * valid rows and reports the others — never another error, a hang or unbounded memory; a refused
 * file adds no row.
 */

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-fuzz-usage-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
let written = 0;
/** A file of its own in the test folder. */
function fileOf(extension: string, content: string | Buffer): string {
  const file = path.join(folder, `f${(written += 1)}.${extension}`);
  fs.writeFileSync(file, content);
  return file;
}

async function collect(file: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of linesOf(file)) lines.push(line);
  return lines;
}

/** The lines Node's readline gave (LF, CRLF and a lone CR end a line; no empty line after the last end). */
function expectedLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

const isLineOrFile = (field: string) => field === 'file' || /^line \d+( |$)/.test(field);
/**
 * What a 50 MB file may cost on top of what the process had: the live data is one batch of rows,
 * the rest is garbage the collector has not yet taken back (about 250 MB measured on PostgreSQL).
 */
const RSS_BOUND_MB = 300;
const TODAY = '2026-11-22';

describe('usage file lines and rows: random input (property-based, seeded)', () => {
  it('splits any text at LF, CRLF and CR, as readline did, over chunk boundaries too', async () => {
    const piece = fc.constantFrom('a', 'b', ',', '"', '\n', '\r', '\r\n', 'é', '€', '😀', ' ');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), async (pieces) => {
        const text = pieces.join('');
        expect(await collect(fileOf('txt', text))).toEqual(expectedLines(text));
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
    // Long files: CRLF pairs and multi-byte characters fall across the 64 KiB chunks read.
    const [pieces] = fc.sample(fc.array(piece, { minLength: 200_000, maxLength: 200_000 }), {
      seed: FUZZ_SEED,
      numRuns: 1,
    });
    const text = pieces!.join('');
    expect(await collect(fileOf('txt', text))).toEqual(expectedLines(text));
    for (const at of [65_535, 65_536, 65_537]) {
      const straddling = `${'a'.repeat(at - 1)}\r\n€${'b'.repeat(60_000)}\né\r`;
      expect(await collect(fileOf('txt', straddling))).toEqual(expectedLines(straddling));
    }
  });

  it('reads any line of a CSV or NDJSON file to a record or its problems, never throwing', () => {
    const layout = readCsvHeader('record_id,customer_id,product_id,quantity,occurred_on,description');
    const line = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc
        .array(
          fc.oneof(
            fc.string({ maxLength: 8 }),
            fc.constantFrom('"', '""', '\0', '\uD800', '-1', '1e9', '2026-02-30'),
          ),
          { maxLength: 8 },
        )
        .map((fields) => fields.join(',')),
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? ''),
      fc
        .dictionary(
          fc.constantFrom('recordId', 'customerId', 'quantity', 'occurredOn', '__proto__', 'constructor'),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(
        line,
        fc.constantFrom('csv' as const, 'ndjson' as const),
        fc.nat(100),
        (text, format, number) => {
          const read = readUsageLine(text, number + 2, format, layout, TODAY);
          if (Array.isArray(read)) for (const problem of read) expect(problem.field).toMatch(/^line \d+/);
          else expect(read.quantity).toMatch(/^\d+(\.\d+)?$/);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (header) => {
        try {
          readCsvHeader(header);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
        }
      }),
      { seed: FUZZ_SEED, numRuns: 1000 },
    );
  });

  it('refuses a header naming __proto__ or constructor as a column', () => {
    for (const column of ['__proto__', 'constructor'])
      expect(() => readCsvHeader(`record_id,customer_id,product_id,quantity,occurred_on,${column}`)).toThrow(
        `unknown columns '${column}'`,
      );
  });
});

describeEachStore('usage files: hostile, truncated and huge', (database, kind) => {
  let products: UsageFixture;
  beforeAll(async () => {
    products = await seedUsageFixture(database().db, 'FZ');
  });
  const tables = { usageRecords, auditEvents };
  const counts = () => rowCounts(database().db, tables);
  const importOf = (file: string, options: Partial<ImportUsageFile> = {}) =>
    importUsageFile(contextOn(database().db), { file, sellerId: 'vitrumnet', ...options });
  const header = 'record_id,customer_id,product_id,quantity,occurred_on,description';
  const csvRow = (id: string, description = '') =>
    `${id},CU-1,${products.traffic},1.25,2026-10-01,${description}`;
  const ndjsonRow = (id: string, fields: Record<string, unknown> = {}) =>
    JSON.stringify({
      recordId: id,
      customerId: 'CU-1',
      productId: products.traffic,
      quantity: '1.25',
      occurredOn: '2026-10-01',
      ...fields,
    });

  it('refuses hostile files whole, naming the line, and writes nothing (even with skipInvalid)', async () => {
    const before = await counts();
    const polluted = () => ({}) as Record<string, unknown>;
    const hostile: [string, string | Buffer, RegExp][] = [
      [
        'csv',
        Buffer.concat([
          Buffer.from(`${header}\n${csvRow('H-1')}\n${csvRow('H-2', 'ok')}`),
          Buffer.from([0xff, 0xfe, 0x0a]),
        ]),
        /file: line 3 is not UTF-8 text/,
      ],
      [
        'csv',
        `${header}\n${csvRow('H-3', 'x'.repeat(10 * MB))}\n`,
        /file: line 2 is longer than 65536 characters/,
      ],
      [
        'ndjson',
        `${ndjsonRow('H-4')}\n${ndjsonRow('H-5', { description: 'y'.repeat(10 * MB) })}`,
        /file: line 2 is longer/,
      ],
      ['csv', 'z'.repeat(10 * MB), /file: line 1 is longer/],
      [
        'csv',
        Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
        /file: line \d+ is not UTF-8|line 1/,
      ],
    ];
    for (const [extension, content, problem] of hostile) {
      const file = fileOf(extension, content);
      for (const skipInvalid of [false, true]) {
        const { error, rssMb } = await refusalCostOf(() => importOf(file, { skipInvalid }), isLineOrFile);
        expect(error.message).toMatch(problem);
        expect(rssMb).toBeLessThan(RSS_BOUND_MB);
      }
    }
    const rowProblems: [string, string, string[]][] = [
      ['csv', `${header}\n${csvRow('H-6')}\n${csvRow('H-7', 'nul \0 byte')}\n`, ['line 3 description']],
      ['ndjson', `${ndjsonRow('H-8', { recordId: 'a\u0000b' })}\n`, ['line 1 recordId']],
      ['ndjson', `${ndjsonRow('H-9', { description: 'half \uD800 a pair' })}\n`, ['line 1 description']],
      [
        'ndjson',
        `${ndjsonRow('H-10').replace('{', '{"__proto__":{"polluted":true},')}\n`,
        ['line 1 __proto__'],
      ],
      [
        'ndjson',
        `${ndjsonRow('H-11').replace('{', '{"constructor":{"prototype":{"polluted":true}},')}\n`,
        ['line 1 constructor'],
      ],
      ['ndjson', `${'['.repeat(30_000)}${']'.repeat(30_000)}\n`, ['line 1 record']],
      ['ndjson', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}\n`, ['line 1 a']],
      ['ndjson', `${ndjsonRow('H-12').slice(0, -1)}\n`, ['line 1']],
      ['csv', `${header.replace('description', '__proto__')}\n${csvRow('H-13')}\n`, ['line 1']],
      ['csv', `${header.replace('description', 'constructor')}\n${csvRow('H-14')}\n`, ['line 1']],
      ['csv', '', ['line 1']],
      ['csv', `\uFEFF${header}\r${csvRow('H-15')}\r\n${csvRow('H-16')}\r${'x'.repeat(100)}\n`, ['line 4']],
      ['csv', `${header}\n${csvRow('"H-17')}\n`, ['line 2']],
    ];
    for (const [extension, content, fields] of rowProblems) {
      const file = fileOf(extension, content);
      const error = await refusalOf(() => importOf(file), isLineOrFile);
      const named = error.problems.map((p) => p.field);
      expect(named, String(content).slice(0, 60)).toEqual(expect.arrayContaining(fields));
    }
    expect(polluted().polluted).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it('with skipInvalid loads the rows around one with a NUL character, and reports its line', async () => {
    const file = fileOf(
      'csv',
      `${header}\n${csvRow('N-1')}\n${csvRow('N-2', 'a\0b')}\n${csvRow('N-3', 'ok')}\n`,
    );
    const report = await importOf(file, { skipInvalid: true });
    expect(report).toMatchObject({ rows: 3, invalid: 1, added: 2 });
    expect(report.problems).toEqual([
      {
        field: 'line 3 description',
        problem: 'holds a NUL character or half a surrogate pair, which text may not hold',
      },
    ]);
  });

  it('loads the same rows whatever the line ends (LF, CRLF, CR, mixed) and with a byte-order mark', async () => {
    const ends = ['\n', '\r\n', '\r'];
    for (const [index, format] of (['csv', 'ndjson'] as const).entries()) {
      const rows = Array.from({ length: 9 }, (_, i) =>
        format === 'csv' ? csvRow(`E${index}-${i}`, `rij ${i}`) : ndjsonRow(`E${index}-${i}`),
      );
      const lines = format === 'csv' ? [header, ...rows] : rows;
      const text = `\uFEFF${lines.map((line, i) => `${line}${ends[i % 3]}`).join('')}`;
      const report = await importOf(fileOf(format, text));
      expect(report).toMatchObject({ rows: 9, invalid: 0, added: 9 });
    }
  });

  it('refuses every prefix of an NDJSON file cut inside a line; a CSV prefix is refused or loads whole rows', async () => {
    const ndjson = `${Array.from({ length: 6 }, (_, i) => ndjsonRow(`T-${i}`, { description: `regel ${i}` })).join('\n')}\n`;
    const csv = `${[header, ...Array.from({ length: 6 }, (_, i) => csvRow(`T-${i}`, `regel ${i}`))].join('\r\n')}\r\n`;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('csv' as const, 'ndjson' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (format, at) => {
          const whole = format === 'csv' ? csv : ndjson;
          const cut = Math.floor(at * whole.length);
          const prefix = whole.slice(0, cut);
          const before = await counts();
          let report;
          try {
            report = await importOf(fileOf(format, prefix));
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidInputError);
            for (const problem of (error as InvalidInputError).problems)
              expect(isLineOrFile(problem.field)).toBe(true);
            expect(await counts()).toEqual(before);
            return;
          }
          // An NDJSON line cut short is no JSON: only a prefix ending with a whole line is read.
          if (format === 'ndjson')
            expect(prefix === '' || /[\r\n}]$/.test(prefix), prefix.slice(-30)).toBe(true);
          // Without an end marker, a CSV file cut inside its last field (the description) is a shorter valid file.
          expect(report.invalid).toBe(0);
          expect(report.rows).toBeLessThanOrEqual(6);
        },
      ),
      { seed: FUZZ_SEED, numRuns: kind === 'pglite' ? 40 : 25 },
    );
  });

  it(`refuses a million tiny rows, and a 50 MB file with one bad row at its end, under ${RSS_BOUND_MB} MB and nothing written`, async () => {
    const before = await counts();
    const tiny = fileOf('ndjson', '{}\n'.repeat(1_000_000));
    const many = await refusalCostOf(() => importOf(tiny), isLineOrFile);
    expect(many.error.problems[0]).toEqual({
      field: 'file',
      problem: expect.stringMatching(/^1000000 of 1000000 rows are invalid, so nothing was loaded/),
    });
    expect(many.error.problems.length).toBeLessThanOrEqual(102);
    expect(many.rssMb).toBeLessThan(RSS_BOUND_MB);
    const skipped = await costOf(() => importOf(tiny, { skipInvalid: true }));
    expect(skipped.value).toMatchObject({ rows: 1_000_000, invalid: 1_000_000, added: 0 });
    expect(skipped.value.problems).toHaveLength(100);

    const row = csvRow('B-0000000', 'Dataverkeer oktober');
    const count = Math.floor((50 * MB) / (row.length + 1));
    const rows = Array.from({ length: count }, (_, i) =>
      csvRow(`B-${String(i).padStart(7, '0')}`, 'Dataverkeer oktober'),
    );
    const huge = fileOf('csv', `${header}\n${rows.join('\n')}\n${csvRow('B-last').replace('1.25', '-1')}\n`);
    expect(fs.statSync(huge).size).toBeGreaterThan(49 * MB);
    const refused = await refusalCostOf(() => importOf(huge), isLineOrFile);
    expect(refused.error.problems.map((p) => p.field)).toEqual(['file', `line ${count + 2} quantity`]);
    expect(refused.rssMb).toBeLessThan(RSS_BOUND_MB);
    expect(await counts()).toEqual(before);
  });

  it('a line just under the limit is read, one character over is refused', async () => {
    const room = MAX_USAGE_LINE_CHARACTERS - csvRow('L-1', '').length;
    const fits = fileOf('csv', `${header}\n${csvRow('L-1', 'd'.repeat(room))}\n`);
    // The description is longer than 500 characters: refused for that, not for the line.
    expect((await refusalOf(() => importOf(fits), isLineOrFile)).problems.map((p) => p.field)).toEqual([
      'file',
      'line 2 description',
    ]);
    const over = fileOf('csv', `${header}\n${csvRow('L-1', 'd'.repeat(room + 1))}\n`);
    expect((await refusalOf(() => importOf(over), isLineOrFile)).message).toMatch(/line 2 is longer/);
  });
});

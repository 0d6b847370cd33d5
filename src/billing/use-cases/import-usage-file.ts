import fs from 'node:fs';
import path from 'node:path';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { ConflictError, InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { USAGE_FILE_FORMATS, columnOf, readCsvHeader, readUsageLine } from '../rules/usage-file-rows.ts';
import type { CsvLayout, UsageFileFormat } from '../rules/usage-file-rows.ts';
import { referenceProblems, throwProblems } from '../rules/usage-record.ts';
import type { UsageProduct, UsageRecord, UsageReferences, UsageSubscription } from '../rules/usage-record.ts';
import { insertUsageRecords, usageReferences } from '../store/usage.ts';
import { readImportMark, removeImportMark, writeImportMark } from './import-progress.ts';
import type { ImportMark } from './import-progress.ts';
import { sellerRulePrefix, withRules } from './record-usage.ts';
import { linesOf } from './usage-file-lines.ts';

export interface ImportUsageFile {
  readonly file: string;
  readonly sellerId: string;
  /** Default: by the file's extension, `.csv`, or `.ndjson` / `.jsonl`. */
  readonly format?: UsageFileFormat;
  /** Load the valid rows and report the others, rather than refuse the whole file. */
  readonly skipInvalid?: boolean;
  /** Rows per transaction (default 5,000). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** Checking reads the whole file first (`done`/`total` in characters), loading commits batches (in rows). */
export interface ImportProgress {
  readonly phase: 'checking' | 'loading';
  readonly done: number;
  readonly total: number;
}

export interface UsageFileImport {
  readonly file: string;
  readonly format: UsageFileFormat;
  /** Data rows in the file (blank lines and the CSV header not counted). */
  readonly rows: number;
  /** Rows refused (and, with `skipInvalid`, skipped). */
  readonly invalid: number;
  /** The first 100 problems, each naming its line. */
  readonly problems: readonly FieldProblem[];
  /** The line an earlier, interrupted import of the same file had committed; null when it started afresh. */
  readonly resumedAfterLine: number | null;
  /** Rows offered to the store by this run; `added` were new, `duplicates` were there already. */
  readonly received: number;
  readonly added: number;
  readonly duplicates: number;
}

const DEFAULT_BATCH = 5000;
const PROBLEMS_KEPT = 100;

/**
 * `vezel usage import`: a usage file (CSV or NDJSON), streamed twice. The first pass checks every row
 * (shape, then what it names, in one query per table per 5,000 rows) and refuses the whole file,
 * naming each bad row's line, unless `skipInvalid`. The second loads the valid rows in batches, each
 * in its own transaction through the idempotent insert of `recordUsage`, and marks the last committed
 * line in `<file>.vezel-progress`: a rerun after a kill continues there (and a full rerun adds
 * nothing anyway). The mark is removed when the file is done.
 */
export async function importUsageFile(context: Context, input: ImportUsageFile): Promise<UsageFileImport> {
  const { format, version } = checkInput(input);
  const rulePrefix = await sellerRulePrefix(context.db, input.sellerId);
  const today = context.clock.today().toString();
  const checked = await checkFile(context.db, input, format, today, version.size);
  if (checked.invalidLines.size > 0 && !input.skipInvalid) {
    throwProblems(
      [
        {
          field: 'file',
          problem:
            `${checked.invalidLines.size} of ${checked.rows} rows are invalid, so nothing was loaded; ` +
            'correct them, or load the valid rows with skipInvalid (--skip-invalid)',
        },
        ...checked.problems,
      ],
      'file',
    );
  }
  const resumeAfter = readImportMark(input.file, version);
  const loaded = await loadFile(context, {
    input,
    format,
    today,
    rulePrefix,
    checked,
    version,
    resumeAfter: resumeAfter ?? 0,
  });
  removeImportMark(input.file);
  return {
    file: input.file,
    format,
    rows: checked.rows,
    invalid: checked.invalidLines.size,
    problems: checked.problems,
    resumedAfterLine: resumeAfter ?? null,
    ...loaded,
  };
}

function checkInput(input: ImportUsageFile): { format: UsageFileFormat; version: Omit<ImportMark, 'line'> } {
  if (typeof input.sellerId !== 'string' || input.sellerId.trim() === '') {
    throw new InvalidInputError('sellerId', 'is required');
  }
  if (input.format !== undefined && !USAGE_FILE_FORMATS.includes(input.format)) {
    throw new InvalidInputError('format', `${quote(input.format)} is not csv or ndjson`);
  }
  const extension = path.extname(input.file).toLowerCase();
  const format =
    input.format ??
    (extension === '.csv' ? 'csv' : ['.ndjson', '.jsonl'].includes(extension) ? 'ndjson' : undefined);
  if (format === undefined) {
    throw new InvalidInputError(
      'format',
      `cannot tell the format of ${input.file} by its name: give csv or ndjson`,
    );
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input.file);
  } catch (error) {
    throw new InvalidInputError(
      'file',
      `${input.file} cannot be read (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  if (!stat.isFile()) throw new InvalidInputError('file', `${input.file} is not a file`);
  return { format, version: { sellerId: input.sellerId, size: stat.size, mtimeMs: stat.mtimeMs } };
}

interface FileCheck {
  readonly rows: number;
  readonly invalidLines: ReadonlySet<number>;
  readonly problems: readonly FieldProblem[];
  readonly known: UsageReferences;
}

/** The first pass: every row checked; what the rows name is looked up 5,000 rows at a time. */
async function checkFile(
  db: Db,
  input: ImportUsageFile,
  format: UsageFileFormat,
  today: string,
  size: number,
): Promise<FileCheck> {
  const cache = new ReferenceCache(db);
  const invalidLines = new Set<number>();
  const problems: FieldProblem[] = [];
  const refuse = (line: number, found: readonly FieldProblem[]) => {
    invalidLines.add(line);
    if (problems.length < PROBLEMS_KEPT) problems.push(...found.slice(0, PROBLEMS_KEPT - problems.length));
  };
  let pending: { line: number; record: UsageRecord }[] = [];
  const checkReferences = async () => {
    await cache.learn(pending.map((entry) => entry.record));
    for (const { line, record } of pending) {
      const found = referenceProblems([record], input.sellerId, cache.known, noPrefix);
      if (found.length > 0) {
        refuse(
          line,
          found.map((p) => ({ field: `line ${line} ${columnOf(p.field, format)}`, problem: p.problem })),
        );
      }
    }
    pending = [];
  };
  let rows = 0;
  let read = 0;
  for await (const { line, number, layout } of rowsOf(input.file, format)) {
    rows += 1;
    read += line.length + 1;
    const record = readUsageLine(line, number, format, layout, today);
    if (Array.isArray(record)) refuse(number, record);
    else pending.push({ line: number, record });
    if (pending.length >= DEFAULT_BATCH) await checkReferences();
    if (rows % 10_000 === 0) input.onProgress?.({ phase: 'checking', done: read, total: size });
  }
  await checkReferences();
  input.onProgress?.({ phase: 'checking', done: size, total: size });
  // Rows are checked for shape at once and for what they name 5,000 at a time: show them in line order.
  problems.sort((a, b) => lineOf(a) - lineOf(b));
  return { rows, invalidLines, problems, known: cache.known };
}

const noPrefix = () => '';
const lineOf = (problem: FieldProblem) => Number(/^line (\d+)/.exec(problem.field)?.[1] ?? 0);

/** The customers, products and subscriptions the file names, each asked of the store once. */
class ReferenceCache {
  readonly known = {
    customers: new Set<string>(),
    products: new Map<string, UsageProduct>(),
    subscriptions: new Map<string, UsageSubscription>(),
  };
  private readonly asked = {
    customers: new Set<string>(),
    products: new Set<string>(),
    subscriptions: new Set<string>(),
  };

  constructor(private readonly db: Db) {}

  async learn(records: readonly UsageRecord[]): Promise<void> {
    const fresh = (kind: keyof ReferenceCache['asked'], ids: (string | null)[]) => {
      const asked = this.asked[kind];
      const unknown = [...new Set(ids.filter((id): id is string => id !== null && !asked.has(id)))];
      unknown.forEach((id) => asked.add(id));
      return unknown;
    };
    const customers = records.map((r) => r.customerId);
    const products = records.map((r) => r.productId);
    const subscriptions = records.map((r) => r.subscriptionId);
    const found = await usageReferences(this.db, {
      customers: fresh('customers', customers),
      products: fresh('products', products),
      subscriptions: fresh('subscriptions', subscriptions),
    });
    found.customers.forEach((id) => this.known.customers.add(id));
    found.products.forEach((product, id) => this.known.products.set(id, product));
    found.subscriptions.forEach((subscription, id) => this.known.subscriptions.set(id, subscription));
  }
}

interface LoadPlan {
  readonly input: ImportUsageFile;
  readonly format: UsageFileFormat;
  readonly today: string;
  readonly rulePrefix: string;
  readonly checked: FileCheck;
  readonly version: Omit<ImportMark, 'line'>;
  readonly resumeAfter: number;
}

/**
 * Batches committing at once. On PostgreSQL each takes a connection of the pool, so reading the file
 * overlaps the writes; PGlite runs one transaction at a time whatever is asked.
 */
const IN_FLIGHT = 2;

interface Sent {
  readonly lastLine: number;
  readonly size: number;
  readonly added: Promise<number>;
}

/** The second pass: the valid rows after the mark, a batch per transaction, the mark after each. */
async function loadFile(context: Context, plan: LoadPlan) {
  const { input, checked } = plan;
  const batchSize = input.batchSize ?? DEFAULT_BATCH;
  const totals = { received: 0, added: 0, duplicates: 0 };
  const sent: Sent[] = [];
  let batch: { line: number; record: UsageRecord }[] = [];
  let done = 0;
  // Batches may commit in any order; the mark follows them in file order, so it never passes a
  // batch that has not committed.
  const settleOldest = async () => {
    const oldest = sent.shift()!;
    const added = await oldest.added;
    writeImportMark(input.file, { ...plan.version, line: oldest.lastLine });
    totals.received += oldest.size;
    totals.added += added;
    totals.duplicates += oldest.size - added;
    done += oldest.size;
    input.onProgress?.({ phase: 'loading', done, total: checked.rows - checked.invalidLines.size });
  };
  const send = async () => {
    if (batch.length === 0) return;
    const added = commitBatch(context, plan, batch);
    // Awaited in turn by settleOldest; until then a failure must not count as unhandled.
    added.catch(() => {});
    sent.push({ lastLine: batch.at(-1)!.line, size: batch.length, added });
    batch = [];
    if (sent.length >= IN_FLIGHT) await settleOldest();
  };
  try {
    for await (const { line, number, layout } of rowsOf(input.file, plan.format)) {
      if (number <= plan.resumeAfter) done += checked.invalidLines.has(number) ? 0 : 1;
      if (number <= plan.resumeAfter || checked.invalidLines.has(number)) continue;
      const record = readUsageLine(line, number, plan.format, layout, plan.today);
      if (Array.isArray(record) || !wasChecked(record, checked.known)) {
        throw new ConflictError(
          `${input.file} changed while it was imported (line ${number}): import it again`,
        );
      }
      batch.push({ line: number, record });
      if (batch.length >= batchSize) await send();
    }
    await send();
    while (sent.length > 0) await settleOldest();
  } catch (error) {
    // Leave no transaction running behind the failure: the caller may close the store next.
    await Promise.allSettled(sent.map((batch) => batch.added));
    throw error;
  }
  return totals;
}

/** Whether the first pass saw what the record names: it did, unless the file changed since. */
function wasChecked(record: UsageRecord, known: UsageReferences): boolean {
  return known.customers.has(record.customerId) && known.products.has(record.productId);
}

async function commitBatch(
  context: Context,
  plan: LoadPlan,
  batch: readonly { line: number; record: UsageRecord }[],
): Promise<number> {
  const records = batch.map((entry) => entry.record);
  return context.db.transaction(async (tx) => {
    const added = await insertUsageRecords(
      tx,
      plan.input.sellerId,
      withRules(records, plan.checked.known, plan.rulePrefix),
      context.clock.now().toString(),
    );
    if (added > 0) {
      await auditChange(tx, context, {
        action: 'usage.imported',
        subject: { type: 'seller', id: plan.input.sellerId },
        details: {
          file: path.basename(plan.input.file),
          fromLine: batch[0]!.line,
          toLine: batch.at(-1)!.line,
          received: batch.length,
          added,
        },
      });
    }
    return added;
  });
}

/**
 * The data lines of the file with their 1-based line numbers; a CSV file's header gives the layout.
 * Strict UTF-8 and lines of at most 64 KiB (usage-file-lines.ts).
 */
async function* rowsOf(
  file: string,
  format: UsageFileFormat,
): AsyncGenerator<{ line: string; number: number; layout: CsvLayout | undefined }> {
  let number = 0;
  let layout: CsvLayout | undefined;
  for await (const line of linesOf(file)) {
    number += 1;
    if (format === 'csv' && number === 1) {
      layout = readCsvHeader(line);
      continue;
    }
    if (line.trim() === '') continue;
    yield { line, number, layout };
  }
  if (format === 'csv' && layout === undefined) {
    throw new InvalidInputError('line 1', 'is missing: a CSV file starts with its header');
  }
}

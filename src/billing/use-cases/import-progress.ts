import fs from 'node:fs';

/**
 * Where an import of a file got to: `<file>.vezel-progress`, beside it, holding the last line whose
 * batch committed. It belongs to one seller and one version of the file (size and modification
 * time): a changed file starts over, which idempotency makes safe.
 */
export interface ImportMark {
  readonly sellerId: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly line: number;
}

export const progressFileOf = (file: string): string => `${file}.vezel-progress`;

/** The line to continue after, or undefined when there is no mark for this seller and file version. */
export function readImportMark(file: string, version: Omit<ImportMark, 'line'>): number | undefined {
  let mark: Partial<ImportMark>;
  try {
    mark = JSON.parse(fs.readFileSync(progressFileOf(file), 'utf8')) as Partial<ImportMark>;
  } catch {
    return undefined;
  }
  const same =
    mark.sellerId === version.sellerId && mark.size === version.size && mark.mtimeMs === version.mtimeMs;
  return same && Number.isSafeInteger(mark.line) ? mark.line : undefined;
}

/** Written after each commit, atomically: a kill leaves the old mark or the new one, never half. */
export function writeImportMark(file: string, mark: ImportMark): void {
  const target = progressFileOf(file);
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(mark)}\n`);
  fs.renameSync(temporary, target);
}

export function removeImportMark(file: string): void {
  fs.rmSync(progressFileOf(file), { force: true });
}

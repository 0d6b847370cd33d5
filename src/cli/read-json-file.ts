import fs from 'node:fs';
import { InvalidInputError } from '../shared/errors/index.ts';

/** Reads a JSON document a user named on the command line; problems name the file. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new InvalidInputError(
      'file',
      `cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidInputError('file', `'${file}' is not JSON: ${(error as Error).message}`);
  }
}

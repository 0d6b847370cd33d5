import fs from 'node:fs';
import { InvalidInputError } from '../shared/errors/index.ts';

/** As the API's body limit: a document (a profile, a customer, an order) is far smaller. */
export const MAX_JSON_FILE_BYTES = 1024 * 1024;

/**
 * Reads a JSON document a user named on the command line; problems name the file. It must be
 * UTF-8 (a byte-order mark is dropped) and at most 1 MiB, like a request body of the API.
 */
export function readJsonFile(file: string): unknown {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_JSON_FILE_BYTES) {
      throw new InvalidInputError(
        'file',
        `'${file}' has ${size} bytes, more than the ${MAX_JSON_FILE_BYTES} a JSON document may have`,
      );
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(
      'file',
      `cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  let text: string;
  try {
    // The decoder drops a byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError('file', `'${file}' is not UTF-8 text`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidInputError('file', `'${file}' is not JSON: ${(error as Error).message.slice(0, 200)}`);
  }
}

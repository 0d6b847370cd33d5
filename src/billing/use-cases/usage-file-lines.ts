import fs from 'node:fs';
import { InvalidInputError } from '../../shared/errors/index.ts';

/** The longest line a usage file may have: a row's fields fit in a few thousand characters. */
export const MAX_USAGE_LINE_CHARACTERS = 64 * 1024;

const BREAK = /\r\n|\n|\r/g;

/**
 * The lines of a usage file, streamed: strict UTF-8 (a byte-order mark is dropped; bytes that are not
 * UTF-8 refuse the file rather than turn into U+FFFD), lines ending in LF, CRLF or a lone CR, and no
 * line longer than 64 KiB, so that memory stays bounded whatever the file holds. A refusal names
 * the line (`file`: `line 12 is not UTF-8 text`).
 */
export async function* linesOf(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let line = 1;
  const decode = (bytes?: Buffer) => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      // Where: the lines before the first replacement character of a lenient reading.
      const loose = bytes === undefined ? '' : new TextDecoder().decode(bytes);
      const before = rest + loose.slice(0, Math.max(0, loose.indexOf('\uFFFD')));
      const at = line + (before.match(BREAK)?.length ?? 0);
      throw new InvalidInputError('file', `line ${at} is not UTF-8 text (is it a usage file at all?)`);
    }
  };
  const tooLong = () =>
    new InvalidInputError(
      'file',
      `line ${line} is longer than ${MAX_USAGE_LINE_CHARACTERS} characters: is it a usage file at all?`,
    );
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 64 * 1024 })) {
    const text = rest + decode(chunk as Buffer);
    let start = 0;
    BREAK.lastIndex = 0;
    for (let found = BREAK.exec(text); found !== null; found = BREAK.exec(text)) {
      // A CR at the end of a chunk may be the first half of a CRLF: wait for the next chunk.
      if (found[0] === '\r' && found.index === text.length - 1) break;
      if (found.index - start > MAX_USAGE_LINE_CHARACTERS) throw tooLong();
      yield text.slice(start, found.index);
      line += 1;
      start = found.index + found[0].length;
    }
    rest = text.slice(start);
    if (rest.length > MAX_USAGE_LINE_CHARACTERS + 1) throw tooLong();
  }
  const last = rest + decode();
  if (last.length > MAX_USAGE_LINE_CHARACTERS) throw tooLong();
  if (last === '\r') yield '';
  else if (last !== '') yield last.endsWith('\r') ? last.slice(0, -1) : last;
}

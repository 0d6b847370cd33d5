import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff-font.ts';

const folder = join(
  dirname(createRequire(import.meta.url).resolve('@fontsource/dejavu-sans/LICENSE')),
  'files',
);
const woff = readFileSync(join(folder, 'dejavu-sans-latin-400-normal.woff'));

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words, zero-padded. */
function checksum(table: Buffer): number {
  const padded = Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  it('unpacks every table of the WOFF into a TrueType file whose tables match their checksums', () => {
    const sfnt = woffToSfnt(woff);
    const count = sfnt.readUInt16BE(4);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    expect(count).toBe(woff.readUInt16BE(12));
    const tags: string[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 12 + i * 16;
      const tag = sfnt.toString('latin1', entry, entry + 4);
      const offset = sfnt.readUInt32BE(entry + 8);
      const table = sfnt.subarray(offset, offset + sfnt.readUInt32BE(entry + 12));
      tags.push(tag);
      expect(offset % 4).toBe(0);
      // The head table's checksum is taken with its checkSumAdjustment at 0 (OpenType spec).
      if (tag !== 'head') expect(checksum(table), tag).toBe(sfnt.readUInt32BE(entry + 4));
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca', 'name']));
  });

  it('refuses what is not a WOFF font', () => {
    expect(() => woffToSfnt(Buffer.from('%PDF-1.7'))).toThrow(/not a WOFF/);
  });
});

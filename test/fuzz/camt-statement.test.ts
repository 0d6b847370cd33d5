import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankFile } from '../../src/collections/use-cases/collections-test-support.ts';
import { importBankStatement } from '../../src/collections/index.ts';
import { bankStatements, payments } from '../../src/collections/schema.ts';
import { parseBankStatement } from '../../src/documents/camt-statement.ts';
import type { HttpServer } from '../../src/http/server.ts';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { InvalidInputError } from '../../src/shared/errors/index.ts';
import { httpServerOn } from '../support/app.ts';
import { describeEachStore } from '../support/stores.ts';
import { FUZZ_SEED, MB, costOf, refusalCostOf, refusalOf, rowCounts } from './fuzz-support.ts';

/*
 * CAMT.053/054 bank files, malformed, truncated, huge and hostile: each is refused with an
 * InvalidInputError on `statement` (never another error, a hang or unbounded memory), and a refused
 * file adds nothing to the store, whether imported directly or over HTTP.
 */

const fixture = (name: string): string =>
  readFileSync(new URL(`../../src/documents/test-support/bank-files/${name}`, import.meta.url), 'utf8');

const FIXTURES = [
  fixture('camt053-001-02-ing.xml'),
  fixture('camt053-001-08-rabobank.xml'),
  fixture('camt054-001-02-returns.xml'),
];
const BIT_IBAN = 'NL91ABNA0417164300';
const CAMT = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02';
/**
 * Memory a hostile file may cost on top of what the process had. A file of many small elements that
 * are read costs more, as every element read is kept until the file is read (about 250 bytes each, and
 * garbage the collector has not yet taken back): those bounds are stated beside their tests.
 */
const RSS_BOUND_MB = 200;
/** A million tiny entries (7 MB): measured about 380 MB. */
const MANY_ELEMENTS_RSS_BOUND_MB = 500;
/** The largest statement accepted, 50 MB with some 70,000 entries of 24 elements read: about 600 MB. */
const LARGEST_STATEMENT_RSS_BOUND_MB = 800;

const parse = (file: string | Buffer) => parseBankStatement(file);

/** Only a file that is read or refused as invalid input passes; any other error fails the property. */
function readOrRefused(file: string | Buffer): 'read' | 'refused' {
  try {
    parse(file);
    return 'read';
  } catch (error) {
    if (error instanceof InvalidInputError) return 'refused';
    throw error;
  }
}

const entries = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({
    ref: `FZ-${from + i}`,
    amountCents: 100 + i,
    valueDate: '2027-01-12',
    text: `Factuur ${from + i}`,
    endToEndId: `E2E-${from + i}`,
    counterpartyIban: 'NL02ABNA0123456789',
  }));

/**
 * A statement of about `megabytes` MB (one account, a header of fixed size) whose very last
 * transaction is in dollars: it must be refused whole.
 */
function hugeStatementWithOneBadEntry(megabytes: number): string {
  const template = bankFile(BIT_IBAN, [
    { ref: 'REF#', amountCents: 12_345, valueDate: '2027-01-12', text: 'Factuur #', endToEndId: 'E2E#' },
  ]);
  const start = template.indexOf('      <Ntry>');
  const end = template.lastIndexOf('</Ntry>') + '</Ntry>'.length;
  const entry = template.slice(start, end);
  const count = Math.floor((megabytes * MB - template.length) / (entry.length + 6));
  const body = Array.from({ length: count }, (_, i) => entry.replaceAll('#', String(i))).join('\n');
  const file = `${template.slice(0, start).replaceAll('#', '0')}${body}${template.slice(end)}`;
  const last = file.lastIndexOf('<Amt Ccy="EUR">');
  return `${file.slice(0, last)}<Amt Ccy="USD">${file.slice(last + '<Amt Ccy="EUR">'.length)}`;
}

const documentOf = (body: string) => `<?xml version="1.0"?><Document xmlns="${CAMT}">${body}</Document>`;

/** Hostile files that take seconds to refuse: the parser is fuzzed with them, the imports not. */
const SLOW = ['a million tiny entries without a field', 'a million distinct element names'];

/** Hostile files with the problem each must be refused for. */
const HOSTILE: readonly [string, () => string | Buffer, RegExp][] = [
  [
    'billion laughs',
    () =>
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE lolz [<!ENTITY lol "lol">',
        ...Array.from(
          { length: 9 },
          (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
        ),
        ']>',
        `<Document xmlns="${CAMT}">&lol9;</Document>`,
      ].join('\n'),
    /has a DOCTYPE/,
  ],
  [
    'an external entity',
    () => `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${documentOf('&x;')}`,
    /has a DOCTYPE/,
  ],
  [
    'a parameter entity fetching a DTD',
    () => `<!DOCTYPE d [<!ENTITY % dtd SYSTEM "http://127.0.0.1:1/evil.dtd"> %dtd;]>${documentOf('')}`,
    /has a DOCTYPE/,
  ],
  [
    'an external DTD',
    () => `<!DOCTYPE Document SYSTEM "http://127.0.0.1:1/x.dtd">${documentOf('')}`,
    /DOCTYPE/,
  ],
  ['an undeclared entity', () => documentOf('<BkToCstmrStmt>&lol9;</BkToCstmrStmt>'), /undefined entity/],
  [
    'a NUL character reference',
    () => documentOf('<BkToCstmrStmt>&#0;</BkToCstmrStmt>'),
    /not well-formed XML/,
  ],
  [
    'a raw NUL byte',
    () => Buffer.from(documentOf('<BkToCstmrStmt>\0</BkToCstmrStmt>')),
    /not well-formed XML/,
  ],
  ['deep nesting, 100,000 levels', () => documentOf('<a>'.repeat(100_000)), /deeper than 64 levels/],
  [
    'deep nesting of skipped elements, closed',
    () => documentOf(`${'<x>'.repeat(70)}${'</x>'.repeat(70)}`),
    /deeper than 64 levels/,
  ],
  [
    'a 10 MB attribute',
    () => documentOf(`<BkToCstmrStmt><GrpHdr a="${'x'.repeat(10 * MB)}"/></BkToCstmrStmt>`),
    /has an attribute a of 10485761 characters/,
  ],
  [
    'a million attributes',
    () => documentOf(`<BkToCstmrStmt${Array.from({ length: 1_000_000 }, (_, i) => ` a${i}=""`).join('')}/>`),
    /more than 64 attributes/,
  ],
  [
    'a 10 MB element name',
    () => documentOf(`<${'N'.repeat(10 * MB)}/>`),
    /an element name of 10485760 characters/,
  ],
  [
    'a 10 MB field',
    () => bankFile(BIT_IBAN, [{ ...entries(1)[0]!, text: 'x'.repeat(10 * MB) }]),
    /RmtInf\/Ustrd \(line \d+\), more than the 500 a field of a bank file has/,
  ],
  [
    'a 10 MB reference',
    () => bankFile(BIT_IBAN, [{ ...entries(1)[0]!, ref: 'R'.repeat(10 * MB) }]),
    /has 10485764 characters of text at Document\/BkToCstmrStmt\/GrpHdr\/MsgId/,
  ],
  [
    'invalid UTF-8',
    () =>
      Buffer.concat([
        Buffer.from(bankFile(BIT_IBAN, entries(2)).slice(0, 400)),
        Buffer.from([0xc3, 0x28, 0xff]),
      ]),
    /is not UTF-8 text/,
  ],
  [
    'a UTF-16 file',
    () => Buffer.from(`\uFEFF${bankFile(BIT_IBAN, entries(1))}`, 'utf16le'),
    /not UTF-8 text|not XML/,
  ],
  [
    'a million tiny entries without a field',
    () =>
      documentOf(
        `<BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>S</Id><Acct><Id><IBAN>${BIT_IBAN}</IBAN></Id></Acct>${'<Ntry/>'.repeat(1_000_000)}</Stmt></BkToCstmrStmt>`,
      ),
    /and \d+ more problems$/,
  ],
  [
    'a million distinct element names',
    () =>
      documentOf(
        `<BkToCstmrStmt>${Array.from({ length: 1_000_000 }, (_, i) => `<e${i}/>`).join('')}</BkToCstmrStmt>`,
      ),
    /GrpHdr\/MsgId is missing/,
  ],
  [
    'a CDATA section left open',
    () => documentOf('<BkToCstmrStmt><![CDATA[').slice(0, -11),
    /truncated|not well-formed/,
  ],
  ['a comment left open', () => documentOf('<BkToCstmrStmt><!--').slice(0, -11), /truncated|not well-formed/],
  ['JSON', () => '{"Document": {"BkToCstmrStmt": {}}}', /is not XML/],
  ['nothing', () => '', /is not XML/],
  [
    'a 50 MB file of spaces with one byte too many',
    () => Buffer.alloc(50 * MB + 1, 0x20),
    /more than the 50 MB/,
  ],
];

describe('CAMT bank files: hostile input', () => {
  it.each(HOSTILE)('refuses %s, in bounded memory and time', async (_name, make, problem) => {
    const file = make();
    const { error, rssMb, ms } = await refusalCostOf(() => parse(file), ['statement']);
    expect(error.message).toMatch(problem);
    expect(rssMb).toBeLessThan(SLOW.includes(_name) ? MANY_ELEMENTS_RSS_BOUND_MB : RSS_BOUND_MB);
    expect(ms).toBeLessThan(15_000);
  });

  it('reads a file whatever its line ends (LF, CRLF, CR, mixed) or byte-order mark, the same', () => {
    for (const xml of FIXTURES) {
      const expected = JSON.stringify(parse(xml));
      const lines = xml.split('\n');
      const variants = [
        lines.join('\r\n'),
        lines.join('\r'),
        lines.map((line, i) => `${line}${['\n', '\r\n', '\r'][i % 3]}`).join(''),
        `\uFEFF${xml}`,
      ];
      for (const variant of variants) {
        expect(JSON.stringify(parse(variant))).toBe(expected);
        expect(JSON.stringify(parse(Buffer.from(variant)))).toBe(expected);
      }
    }
  });

  it(`refuses a 50 MB statement with one bad entry at its end, under ${LARGEST_STATEMENT_RSS_BOUND_MB} MB`, async () => {
    const file = Buffer.from(hugeStatementWithOneBadEntry(46));
    expect(file.length).toBeGreaterThan(45 * MB);
    const { error, rssMb, ms } = await refusalCostOf(() => parse(file), ['statement']);
    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(
      /Ntry\[\d{5}\]\/NtryDtls\/TxDtls\/AmtDtls\/TxAmt\/Amt \(line \d+\): only EUR/,
    );
    expect(rssMb).toBeLessThan(LARGEST_STATEMENT_RSS_BOUND_MB);
    expect(ms).toBeLessThan(40_000);
  });
});

describe('CAMT bank files: truncated and malformed (property-based, seeded)', () => {
  it('refuses every prefix of a valid file that stops before its root element closes', () => {
    const files = FIXTURES.map((xml) => ({
      xml,
      bytes: Buffer.from(xml),
      end: xml.lastIndexOf('</Document>'),
    }));
    for (const { xml, end } of files)
      for (const cut of [0, 1, 5, 38, end - 1, end, end + 10])
        expect(readOrRefused(xml.slice(0, cut))).toBe('refused');
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (which, at, asBytes) => {
          const { xml, bytes, end } = files[which]!;
          const cut = Math.floor(at * (end + '</Document>'.length - 1));
          // Cut as bytes, a prefix may also end inside a multi-byte character.
          expect(readOrRefused(asBytes ? bytes.subarray(0, cut) : xml.slice(0, cut))).toBe('refused');
        },
      ),
      { seed: FUZZ_SEED, numRuns: 400 },
    );
  });

  it('reads or refuses a valid file with any part replaced by random or hostile text, never failing otherwise', () => {
    const hostile = fc.constantFrom(
      '<',
      '>',
      '&',
      '&amp;',
      '&#x0;',
      ']]>',
      '<![CDATA[x]]>',
      '<!DOCTYPE d>',
      '<?pi x?>',
      '<!-- -->',
      '\0',
      '\uFFFE',
      '\uD800',
      '</Ntry>',
      '<Ntry>',
      '<Amt Ccy="EUR">1e9</Amt>',
      '<Amt Ccy="EUR">99999999999999.99</Amt>',
      '<Dt>2027-02-30</Dt>',
      'xmlns="urn:other"',
      ' Ccy="EUR" Ccy="EUR"',
    );
    const replacement = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      hostile,
    );
    fc.assert(
      fc.property(
        fc.nat(FIXTURES.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(40),
        replacement,
        fc.boolean(),
        (which, at, length, text, asBytes) => {
          const xml = FIXTURES[which]!;
          const start = Math.floor(at * xml.length);
          const mutated = `${xml.slice(0, start)}${text}${xml.slice(start + length)}`;
          readOrRefused(asBytes ? Buffer.from(mutated) : mutated);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 1500 },
    );
  });

  it('reads or refuses random bytes and random XML-like text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        readOrRefused(Buffer.from(bytes));
      }),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
    const token = fc.constantFrom(
      '<Document xmlns="' + CAMT + '">',
      '</Document>',
      '<BkToCstmrStmt>',
      '</BkToCstmrStmt>',
      '<Stmt>',
      '</Stmt>',
      '<Ntry>',
      '</Ntry>',
      '<Amt Ccy="EUR">',
      '</Amt>',
      '12.30',
      '<GrpHdr><MsgId>M</MsgId></GrpHdr>',
      '<',
      '>',
      '/',
      '&',
      '"',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        readOrRefused(tokens.join(''));
      }),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
  });
});

describeEachStore('CAMT bank files: a refused file adds nothing', (database) => {
  const context = () => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from('2027-01-20')),
    actor: { id: 'user:fuzz', origin: 'test' },
  });
  const tables = { bankStatements, payments, auditEvents };
  const counts = () => rowCounts(database().db, tables);
  let server: HttpServer;
  beforeAll(async () => {
    server = await httpServerOn(database(), Temporal.PlainDate.from('2027-01-20'));
  });
  afterAll(() => server.close());

  it('refuses each hostile, truncated and huge file imported directly, with nothing written', async () => {
    const before = await counts();
    const valid = bankFile(BIT_IBAN, entries(3));
    const files = [
      ...HOSTILE.filter(([name]) => !SLOW.includes(name)).map(([, make]) => make),
      () => valid.slice(0, valid.indexOf('</Ntry>')),
      () => valid.replace('<Dt>2027-01-12</Dt>', '<Dt>2027-13-12</Dt>'),
      () => Buffer.from(hugeStatementWithOneBadEntry(20)),
    ];
    for (const make of files)
      await refusalOf(() => importBankStatement(context(), { sellerId: 'bit', file: make() }), ['statement']);
    expect(await counts()).toEqual(before);
    // The same file, whole, is imported: the refusals above were not of the seller or the store.
    const report = await importBankStatement(context(), { sellerId: 'bit', file: valid });
    expect(report).toMatchObject({ entries: 3, alreadyImported: false });
    expect((await counts()).payments).toBe(before.payments + 3);
  });

  it('answers 400 naming the statement over HTTP, 413 over 50 MB, and writes nothing', async () => {
    const before = await counts();
    const send = (payload: string | Buffer) =>
      server.inject({
        method: 'POST',
        url: '/sellers/bit/bank-statements',
        headers: { 'content-type': 'application/xml' },
        payload,
      });
    for (const [, make, problem] of HOSTILE.filter(
      ([name]) => !name.startsWith('a 50 MB') && !SLOW.includes(name),
    )) {
      const answer = await send(make());
      expect(answer.statusCode, answer.body.slice(0, 300)).toBe(400);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      const body = answer.json<{ errors?: { field: string; problem: string }[] }>();
      expect(JSON.stringify(body)).toMatch(new RegExp(problem.source.replace(/\$$/, '')));
    }
    const tooLarge = await send(Buffer.alloc(50 * MB + 1, 0x20));
    expect(tooLarge.statusCode).toBe(413);
    const { value: huge, rssMb } = await costOf(() => send(Buffer.from(hugeStatementWithOneBadEntry(20))));
    expect(huge.statusCode).toBe(400);
    expect(rssMb).toBeLessThan(LARGEST_STATEMENT_RSS_BOUND_MB);
    expect(await counts()).toEqual(before);
  });
});

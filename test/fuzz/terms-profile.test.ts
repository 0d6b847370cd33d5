import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonFile } from '../../src/cli/read-json-file.ts';
import type { HttpServer } from '../../src/http/server.ts';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { InvalidInputError } from '../../src/shared/errors/index.ts';
import { addProfile } from '../../src/terms/index.ts';
import { MAX_PROFILE_DEPTH } from '../../src/terms/rules/profile-depth.ts';
import { MAX_PROFILE_PROBLEMS, validateProfile } from '../../src/terms/rules/validate-profile.ts';
import { termsProfiles } from '../../src/terms/schema.ts';
import { httpServerOn } from '../support/app.ts';
import { copy } from '../support/profile-documents.ts';
import { runCli } from '../support/run-cli.ts';
import { describeEachStore } from '../support/stores.ts';
import { FUZZ_SEED, MB, costOf, refusalCostOf, refusalOf, rowCounts } from './fuzz-support.ts';

/*
 * Terms profiles (JSON), malformed, truncated, huge and hostile: validation answers with problems
 * and paths — never a crash (a stack overflow on deep nesting), a hang or unbounded memory — the
 * CLI refuses a file it cannot read as JSON naming the file, and a refused profile is not stored.
 */

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-fuzz-terms-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
let written = 0;
function fileOf(content: string | Buffer): string {
  const file = path.join(folder, `p${(written += 1)}.json`);
  fs.writeFileSync(file, content);
  return file;
}

const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const own = () => ({ ...copy('vn'), id: 'acme-fuzz-1', rulePrefix: 'vn' });
const profileText = JSON.stringify(own(), null, 2);

/** Hostile documents as JSON text, with what validation must say. */
const HOSTILE: readonly [string, string, RegExp][] = [
  ['100,000 nested lists', deepArray(100_000), /\(profile\)|nests deeper than 32 levels/],
  ['100,000 nested objects', deepObject(100_000), /nests deeper than 32 levels/],
  [
    'deep nesting under a known key',
    JSON.stringify(own()).replace('"sla":', `"sla":${deepArray(50_000)},"x":`),
    /^sla(\[0\])+: nests deeper than 32 levels/,
  ],
  [
    'a __proto__ key',
    JSON.stringify(own()).replace('{', '{"__proto__":{"polluted":true},'),
    /^__proto__: is not a known parameter/,
  ],
  [
    'constructor.prototype',
    JSON.stringify(own()).replace('{', '{"constructor":{"prototype":{"polluted":true}},'),
    /^constructor: is not a known parameter/,
  ],
  [
    '500,000 items in a list',
    JSON.stringify(own()).replace(/"rules":\[[^\]]*\]/, `"rules":[${Array(500_000).fill(1).join(',')}]`),
    /and \d+ more problems from here on/,
  ],
  [
    'a 10 MB id',
    JSON.stringify({ ...own(), id: 'a'.repeat(10 * MB) }),
    /^id: must be at most 100 characters$/,
  ],
  [
    'a 3,000 character id',
    JSON.stringify({ ...own(), id: 'a'.repeat(3000) }),
    /^id: must be at most 100 characters$/,
  ],
  [
    '100,000 unknown keys',
    JSON.stringify(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))),
    /is not a known parameter/,
  ],
];

const lines = (problems: readonly { path: string; problem: string }[]) =>
  problems.map((p) => `${p.path}: ${p.problem}`);

describe('terms profiles: hostile documents', () => {
  it.each(HOSTILE)('answers %s with problems, in bounded memory and time', async (_name, text, problem) => {
    const document = JSON.parse(text) as unknown;
    const { value: result, rssMb, ms } = await costOf(() => validateProfile(document));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeLessThanOrEqual(MAX_PROFILE_PROBLEMS + 1);
    expect(
      lines(result.problems).some((line) => problem.test(line)),
      lines(result.problems).slice(0, 3).join('\n'),
    ).toBe(true);
    expect(JSON.stringify(result).length).toBeLessThan(100_000);
    expect(rssMb).toBeLessThan(200);
    expect(ms).toBeLessThan(10_000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`nests up to ${MAX_PROFILE_DEPTH} levels before it refuses the depth`, () => {
    const nested = (levels: number) => ({ ...own(), extra: JSON.parse(deepArray(levels)) as unknown });
    const within = validateProfile(nested(MAX_PROFILE_DEPTH - 1));
    expect(!within.ok && within.problems).toEqual([{ path: 'extra', problem: 'is not a known parameter' }]);
    const beyond = validateProfile(nested(MAX_PROFILE_DEPTH));
    expect(!beyond.ok && beyond.problems).toEqual([
      {
        path: `extra${'[0]'.repeat(MAX_PROFILE_DEPTH - 1)}`,
        problem: 'nests deeper than 32 levels, which no profile does',
      },
    ]);
  });

  it('answers any JSON value in place of any part of a profile with problems, never throwing (seeded)', () => {
    const keys = Object.keys(own());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 40 }), (key, value) => {
        const document = own() as Record<string, unknown>;
        document[key] = value;
        validateProfile(document);
      }),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
  });
});

describe('terms profiles: files for the CLI (property-based, seeded)', () => {
  it('reads a profile file with a byte-order mark, and refuses what is not UTF-8 JSON of at most 1 MiB', async () => {
    expect(validateProfile(readJsonFile(fileOf(`\uFEFF${profileText}`))).ok).toBe(true);
    const refused: [string | Buffer, RegExp][] = [
      [
        Buffer.concat([Buffer.from(profileText.slice(0, 100)), Buffer.from([0xc0, 0xaf])]),
        /is not UTF-8 text/,
      ],
      [profileText.replace('"vn"', '"v\0n"').replace('{', '{\0'), /is not JSON/],
      [`${profileText}\n`.repeat(2), /is not JSON/],
      ['', /is not JSON/],
    ];
    for (const [content, problem] of refused)
      expect((await refusalOf(() => readJsonFile(fileOf(content)), ['file'])).message).toMatch(problem);
    const huge = fileOf(Buffer.alloc(50 * MB, 0x20));
    const { error, rssMb } = await refusalCostOf(() => readJsonFile(huge), ['file']);
    expect(error.message).toMatch(/has 52428800 bytes, more than the 1048576 a JSON document may have/);
    expect(rssMb).toBeLessThan(50);
  });

  it('refuses every prefix of a profile file cut short, naming the file', () => {
    const file = path.join(folder, 'prefix.json');
    fc.assert(
      fc.property(fc.nat(profileText.length - 1), (cut) => {
        fs.writeFileSync(file, profileText.slice(0, cut));
        expect(() => readJsonFile(file)).toThrow(InvalidInputError);
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });

  it('`vezel terms validate` answers a deeply nested file with its problem, not a stack trace', async () => {
    const result = await runCli(['terms', 'validate', '--json', fileOf(deepObject(100_000))]);
    expect(result.status).not.toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: false,
      problems: [
        {
          path: `a${'.a'.repeat(MAX_PROFILE_DEPTH - 1)}`,
          problem: 'nests deeper than 32 levels, which no profile does',
        },
      ],
    });
    expect(result.stderr).not.toMatch(/RangeError|Maximum call stack|at .*\.ts:\d+/);
  });
});

describeEachStore('terms profiles: a refused profile is not stored', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    server = await httpServerOn(database());
  });
  afterAll(() => server.close());
  const counts = () => rowCounts(database().db, { termsProfiles, auditEvents });

  it('refuses each hostile profile when it is added, and over HTTP answers 200/400/413, never 500', async () => {
    const before = await counts();
    const clock = fixedClock(Temporal.PlainDate.from('2026-11-22'));
    for (const [, text] of HOSTILE)
      await refusalOf(
        () =>
          addProfile(
            database().db,
            clock,
            { id: 'user:fuzz', origin: 'test' },
            { document: JSON.parse(text) },
          ),
        () => true,
      );
    for (const [name, text, problem] of HOSTILE) {
      const answer = await server.inject({
        method: 'POST',
        url: '/terms-profiles/validate',
        headers: { 'content-type': 'application/json' },
        payload: text,
      });
      expect(answer.statusCode, `${name}: ${answer.body.slice(0, 200)}`).toBeLessThan(500);
      if (Buffer.byteLength(text) > MB) expect(answer.statusCode, name).toBe(413);
      else if (answer.statusCode === 200) {
        const body = answer.json<{ valid: boolean; problems: { path: string; problem: string }[] }>();
        expect(body.valid).toBe(false);
        expect(
          lines(body.problems).some((line) => problem.test(line)),
          name,
        ).toBe(true);
      } else expect(answer.headers['content-type'], name).toMatch(/application\/problem\+json/);
    }
    expect(await counts()).toEqual(before);
  });
});

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps rules/ pure is itself tested: a rule file that reads the clock or
// reaches a store must be refused, an ordinary rule file accepted.
const eslint = new ESLint();

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('rules/ stay pure', () => {
  const rulePath = 'src/billing/rules/proration.ts';

  it.each([
    ["import fs from 'node:fs';\nexport const x = fs;\n", /no I\/O/],
    ["import { sql } from 'drizzle-orm';\nexport const x = sql;\n", /never touch the database/],
    ["import { x } from '../store.ts';\nexport const y = x;\n", /only rules\/ and shared\//],
    ["import { x } from '../../platform/clock.ts';\nexport const y = x;\n", /only rules\/ and shared\//],
    ["import { x } from '../use-cases/run-bill-run.ts';\nexport const y = x;\n", /only rules\/ and shared\//],
    ['export const today = () => Date.now();\n', /time as an argument/],
    ['export const today = () => new Date();\n', /time as an argument/],
    [
      "import { Temporal } from 'temporal-polyfill';\nexport const t = () => Temporal.Now.instant();\n",
      /time as an argument/,
    ],
  ])('refuses %j', async (code, expected) => {
    expect((await problems(code, rulePath)).join('\n')).toMatch(expected);
  });

  it('accepts a rule that imports shared/ and takes the date as an argument', async () => {
    const code = [
      "import type { Temporal } from 'temporal-polyfill';",
      "import { explain } from '../../shared/explanation/index.ts';",
      "export const due = (invoiced: Temporal.PlainDate) => explain(invoiced.add({ days: 14 }), ['bit:11.3']);",
      '',
    ].join('\n');
    expect(await problems(code, rulePath)).toEqual([]);
  });

  it('lets a use case read the clock and the store', async () => {
    const code = "import { x } from '../store.ts';\nexport const now = () => [x, Date.now()];\n";
    expect(await problems(code, 'src/billing/use-cases/run-bill-run.ts')).toEqual([]);
  });
});

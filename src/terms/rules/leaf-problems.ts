import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { ProfileProblem } from './profile-problem.ts';
import { problemAt, quote } from './profile-problem.ts';

/*
 * The patterns of terms-profile-schema.ts in words. A pattern missing here falls back to the
 * schema's description; validate-profile.test.ts checks every pattern of the schema is listed.
 */
export const patternInWords: Readonly<Record<string, string>> = {
  '^[a-z][a-z0-9-]*:[0-9A-Za-z][0-9A-Za-z.:-]*$':
    'must be a rule id: a lowercase prefix, a colon and the article, e.g. "bit:12.1" or "nl:6:119a"',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'must be a date written YYYY-MM-DD, e.g. "2018-04-15"',
  '^(0(\\.[0-9]+)?|1(\\.0+)?)$': 'must be a fraction from 0 to 1 written as text, e.g. "0.15"',
  '^[a-z0-9][a-z0-9.-]*$': 'must be lowercase letters, digits, dots and hyphens, e.g. "bit-2016-10-25"',
  '^[a-z][a-z0-9-]*$': 'must be a lowercase word such as "bit" or "vn"',
  '^[a-z][a-z-]*$': 'must be lowercase words joined by hyphens, e.g. "customer-moves"',
};

const typeInWords: Readonly<Record<string, string>> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

interface LeafNode {
  const?: unknown;
  description?: string;
}

/** Problems of a value against a schema without objects, arrays or unions inside (one per fault). */
export function leafProblems(
  schema: TSchema,
  value: unknown,
  path: string,
  orNull: boolean,
): ProfileProblem[] {
  const errors = Value.Errors(schema, value);
  if (errors.length === 0) return [];
  const node = schema as LeafNode;
  const nullWords = orNull ? ' or null' : '';
  // A wrong type or a wrong constant says it all: one problem, not one per keyword.
  if ('const' in node)
    return [problemAt(path, `must be ${quote(node.const)}${nullWords} (got ${quote(value)})`)];
  const typeError = errors.find((error) => error.keyword === 'type');
  if (typeError) {
    const expected = String(param(typeError.params, 'type'));
    return [
      problemAt(path, `must be ${typeInWords[expected] ?? expected}${nullWords} (got ${quote(value)})`),
    ];
  }
  return errors.map((error) => problemAt(path, inWords(error.keyword, error.params, node, value)));
}

/** Error parameters differ per keyword (`limit`, `pattern`, `type`); read them by name. */
function param(params: object, name: string): unknown {
  return (params as Record<string, unknown>)[name];
}

function inWords(keyword: string, params: object, node: LeafNode, value: unknown): string {
  const limit = String(param(params, 'limit'));
  switch (keyword) {
    case 'minimum':
      return `must be at least ${limit} (got ${quote(value)})`;
    case 'maximum':
      return `must be at most ${limit} (got ${quote(value)})`;
    case 'minLength':
      return limit === '1' ? 'must not be empty' : `must be at least ${limit} characters`;
    case 'maxLength':
      return `must be at most ${limit} characters`;
    case 'pattern': {
      const words = patternInWords[String(param(params, 'pattern'))];
      const fallback = node.description
        ? `must have the form ${node.description}`
        : 'is not in the expected form';
      return `${words ?? fallback} (got ${quote(value)})`;
    }
    default:
      return `is not valid (${keyword})`;
  }
}

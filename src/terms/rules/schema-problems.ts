import type { TSchema } from 'typebox';
import { leafProblems } from './leaf-problems.ts';
import type { ProfileProblem } from './profile-problem.ts';
import { childPath, itemPath, problemAt, quote } from './profile-problem.ts';

/*
 * Walks the schema alongside the document so every problem is reported, each once, under the
 * path of the parameter it concerns. Value.Errors alone would not do: it stops after a global
 * maximum of errors and reports every branch of a union. Leaves still go through Value.Errors.
 */

interface SchemaNode {
  type?: string;
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  minItems?: number;
  anyOf?: SchemaNode[];
  enum?: unknown[];
}

const ENOUGH_PROBLEMS = 1000;

export function schemaProblems(schema: TSchema, value: unknown): ProfileProblem[] {
  return walk(schema as SchemaNode, value, '', false);
}

function walk(node: SchemaNode, value: unknown, path: string, orNull: boolean): ProfileProblem[] {
  if (node.anyOf) return union(node.anyOf, value, path);
  if (node.enum) return closedList(node.enum, value, path, orNull);
  if (node.type === 'object' && node.properties) return object(node, node.properties, value, path, orNull);
  if (node.type === 'array' && node.items) return array(node, node.items, value, path, orNull);
  return leafProblems(node as TSchema, value, path, orNull);
}

function object(
  node: SchemaNode,
  properties: Record<string, SchemaNode>,
  value: unknown,
  path: string,
  orNull: boolean,
): ProfileProblem[] {
  if (!isRecord(value))
    return [problemAt(path, `must be an object${orNull ? ' or null' : ''} (got ${quote(value)})`)];
  const problems: ProfileProblem[] = [];
  const required = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(properties)) {
    // A key set to undefined is missing, as it would be once written as JSON.
    if (value[key] === undefined) {
      if (required.has(key)) problems.push(problemAt(childPath(path, key), 'is required'));
    } else {
      // Not push(...): a list of half a million bad items would overflow the call's arguments.
      for (const problem of walk(child, value[key], childPath(path, key), false)) problems.push(problem);
    }
  }
  if (node.additionalProperties === false) {
    for (const key of Object.keys(value).filter(
      (name) => !Object.hasOwn(properties, name) && value[name] !== undefined,
    )) {
      const near = nearestName(key, Object.keys(properties));
      const hint = near ? ` (did you mean ${near}?)` : '';
      problems.push(problemAt(childPath(path, key), `is not a known parameter${hint}`));
    }
  }
  return problems;
}

function array(
  node: SchemaNode,
  items: SchemaNode,
  value: unknown,
  path: string,
  orNull: boolean,
): ProfileProblem[] {
  if (!Array.isArray(value))
    return [problemAt(path, `must be a list${orNull ? ' or null' : ''} (got ${quote(value)})`)];
  const problems: ProfileProblem[] = [];
  const min = node.minItems ?? 0;
  if (value.length < min)
    problems.push(problemAt(path, `must list at least ${min} item${min === 1 ? '' : 's'}`));
  for (let index = 0; index < value.length; index++) {
    // Far more than are listed (validate-profile.ts): the rest of a long bad list is counted, not walked.
    if (problems.length >= ENOUGH_PROBLEMS) {
      problems.push(problemAt(itemPath(path, index), `and the ${value.length - index} items from here on`));
      break;
    }
    for (const problem of walk(items, value[index], itemPath(path, index), false)) problems.push(problem);
  }
  return problems;
}

/** One problem for a union, not one per branch: null, a closed list, a `kind`, or the nearest branch. */
function union(branches: SchemaNode[], value: unknown, path: string): ProfileProblem[] {
  const nonNull = branches.filter((branch) => branch.type !== 'null');
  const nullable = nonNull.length < branches.length;
  if (nullable && value === null) return [];
  if (nonNull.length > 0 && nonNull.every((branch) => 'const' in branch))
    return closedList(
      nonNull.map((branch) => branch.const),
      value,
      path,
      nullable,
    );
  const [only] = nonNull;
  if (only && nonNull.length === 1) return walk(only, value, path, nullable);
  const kinds = nonNull.map((branch) => branch.properties?.['kind']?.const);
  if (kinds.every((kind) => typeof kind === 'string')) return byKind(nonNull, kinds, value, path, nullable);
  const tries = nonNull.map((branch) => walk(branch, value, path, nullable));
  if (tries.some((problems) => problems.length === 0)) return [];
  return tries.reduce((fewest, problems) => (problems.length < fewest.length ? problems : fewest));
}

/** A value from a closed list (an `enum`, or a union of constants): one problem naming the list. */
function closedList(allowed: unknown[], value: unknown, path: string, nullable: boolean): ProfileProblem[] {
  if (allowed.includes(value) || (nullable && value === null)) return [];
  const choices = allowed.length === 1 ? quote(allowed[0]) : `one of ${allowed.map(quote).join(', ')}`;
  return [problemAt(path, `must be ${choices}${nullable ? ' or null' : ''} (got ${quote(value)})`)];
}

function byKind(branches: SchemaNode[], kinds: unknown[], value: unknown, path: string, nullable: boolean) {
  if (!isRecord(value))
    return [problemAt(path, `must be an object${nullable ? ' or null' : ''} (got ${quote(value)})`)];
  const index = kinds.indexOf(value['kind']);
  const branch = branches[index];
  if (branch) return walk(branch, value, path, false);
  const allowed = kinds.map(quote).join(', ');
  const problem =
    value['kind'] !== undefined
      ? `must be one of ${allowed} (got ${quote(value['kind'])})`
      : `is required: one of ${allowed}`;
  return [problemAt(childPath(path, 'kind'), problem)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A known name a slip of the keyboard away: other case, or one edit (two in long names). */
function nearestName(name: string, known: string[]): string | undefined {
  const allowed = name.length >= 8 ? 2 : name.length >= 4 ? 1 : 0;
  const scored = known.map((candidate) => ({
    candidate,
    distance: editDistance(name.toLowerCase(), candidate.toLowerCase()),
  }));
  const best = scored.sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= allowed ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

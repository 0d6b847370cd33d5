import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CatalogueRule } from '../src/terms/rules/rule-catalogue.ts';
import { cataloguePrefixes, ruleCatalogue } from '../src/terms/rules/rule-catalogue.ts';
import { shippedProfiles } from '../src/terms/shipped-profiles.ts';

/*
 * Writes docs/rule-catalogue.md: every rule id of the code's catalogue with its text, the shipped
 * profile parameters that cite it, the source files that implement it and the tests that test it.
 * `npm run docs:rules` rewrites the file; src/terms/rule-catalogue-doc.test.ts
 * fails when the file and the code disagree.
 */

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const catalogueDoc = path.join(repoRoot, 'docs', 'rule-catalogue.md');
export const regenerateCommand = 'npm run docs:rules';

/**
 * Files that only list or quote ids, here and in the coverage test (src/terms/rule-catalogue.test.ts): the
 * catalogue itself, the schema's descriptions, an example in a message, and the tests of the
 * catalogue and the profiles. They would otherwise appear under every id they mention.
 */
export const listsOnly: ReadonlySet<string> = new Set([
  'src/terms/rules/rule-catalogue.ts',
  'src/terms/rules/rule-catalogue-bit.ts',
  'src/terms/rules/rule-catalogue-vn.ts',
  'src/terms/rules/rule-catalogue-nl.ts',
  'src/terms/rules/terms-profile-schema.ts',
  'src/terms/rules/leaf-problems.ts',
  'src/terms/rule-catalogue.test.ts',
  'src/terms/shipped-profiles.test.ts',
  'src/terms/rules/validate-profile.test.ts',
  'src/terms/rules/schema-problems.test.ts',
  'src/terms/rules/profile-semantics.test.ts',
  'src/terms/rules/profile-summary.test.ts',
]);

/** A file's path from the repository root, with forward slashes, and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export interface CatalogueInput {
  readonly rules: readonly CatalogueRule[];
  /** The prefixes the catalogue speaks for: ids with another prefix are not looked for. */
  readonly prefixes: ReadonlySet<string>;
  /** Profile id → the dotted paths of its parameters, each with the rule ids it cites. */
  readonly profiles: ReadonlyMap<string, readonly { path: string; rules: readonly string[] }[]>;
  readonly files: readonly SourceFile[];
}

// ---------------------------------------------------------------------------------------------
// The markdown, from the inputs alone (no files read, no dates): the same inputs give the same text.

export function ruleCatalogueMarkdown(input: CatalogueInput): string {
  const files = input.files.map((file) => ({ path: file.path, text: readable(file.text) }));
  const code = files.filter((file) => !isTest(file.path));
  const tests = files.filter((file) => isTest(file.path));
  const known = new Set(input.rules.map((rule) => rule.id));
  const prefixes = [...new Set(input.rules.map((rule) => prefixOf(rule.id)))];
  const unknown = unknownIds(files, input.prefixes, known);
  return [
    ...header(input.rules),
    ...prefixes.flatMap((prefix) => [
      `## ${prefixTitles[prefix] ?? `\`${prefix}:\``}`,
      '',
      ...input.rules
        .filter((rule) => prefixOf(rule.id) === prefix)
        .flatMap((rule) => ruleEntry(rule, input.profiles, code, tests)),
    ]),
    '## Cited in code but not in the catalogue',
    '',
    'Ids with a catalogue prefix that code or tests cite but the catalogue does not list. A range written',
    'with a hyphen (`x:1.1-1.3`) counts as its first id.',
    '',
    ...unknownList(
      'Whole articles or chapters, cited for what they hold (the catalogue lists their parts):',
      unknown.filter((entry) => entry.article),
    ),
    ...unknownList(
      'Other ids (a typo, an article the catalogue does not cover, or an id it should gain):',
      unknown.filter((entry) => !entry.article),
    ),
  ].join('\n');
}

const prefixTitles: Record<string, string> = {
  bit: '`bit:` BIT B.V., Algemene verkoop- en leveringsvoorwaarden 2016-10-25',
  vn: '`vn:` VitrumNet B.V., Algemene voorwaarden Access en Koppelingen 2.5',
  nl: '`nl:` Dutch law and practice',
};

function unknownList(title: string, entries: readonly UnknownId[]): string[] {
  if (entries.length === 0) return [title, '', '- none', ''];
  return [title, '', ...entries.map(({ id, files }) => `- \`${id}\`: ${files.map(link).join(', ')}`), ''];
}

function header(rules: readonly CatalogueRule[]): string[] {
  const count = (status: string) => rules.filter((rule) => rule.status === status).length;
  return [
    '# Rule catalogue',
    '',
    'Every rule id Vezel knows (src/terms/rules/rule-catalogue-\\*.ts), with its text as the catalogue has it,',
    'the parameters of the shipped terms profiles that cite it, where code implements it and where tests test',
    'it. Generated from the code by `' + regenerateCommand + '`;',
    'src/terms/rule-catalogue-doc.test.ts fails when this file and the code disagree. How profiles use these',
    'ids: [the terms-profile guide](terms-profiles.md).',
    '',
    '- **enforced**: code applies the rule today; **informational**: stated for completeness, nothing to',
    '  apply; **planned**: waiting for the area named.',
    '- **Implemented in**: non-test `.ts` files under `src/` citing the id; **tested in**: `*.test.ts` files',
    '  under `src/` and `test/` citing it. A file cites an id when the id appears in it as a whole word',
    '  (`bit:2.1` is not found in `bit:2.10`), also in a regular expression (`bit:2\\.1`). Files that only',
    "  list or quote ids (the catalogue, the profile schema's descriptions, the catalogue's and the",
    "  profiles' own tests) and the demo (`src/demo/`) are left out.",
    '',
    `${rules.length} rules: ${count('enforced')} enforced, ${count('informational')} informational, ${count('planned')} planned.`,
    '',
  ];
}

function ruleEntry(
  rule: CatalogueRule,
  profiles: CatalogueInput['profiles'],
  code: readonly SourceFile[],
  tests: readonly SourceFile[],
): string[] {
  const status = rule.status === 'planned' ? `planned (${rule.area})` : rule.status;
  const workflow = 'workflow' in rule && rule.workflow ? ', by workflow for every seller' : '';
  const parameters = [...profiles].flatMap(([profileId, params]) => {
    const citing = params
      .filter((param) => param.rules.includes(rule.id))
      .map((param) => `\`${param.path}\``);
    return citing.length === 0 ? [] : [`${profileId} ${citing.join(', ')}`];
  });
  const citingFiles = (files: readonly SourceFile[]) => {
    const found = files.filter((file) => cites(file.text, rule.id));
    return found.length === 0 ? '—' : found.map(link).join(', ');
  };
  return [
    `### \`${rule.id}\``,
    '',
    `${rule.summary.replace(/\.$/, '')}. _${status}${workflow}_`,
    '',
    `- Profile parameters: ${parameters.length === 0 ? '—' : parameters.join('; ')}`,
    `- Implemented in: ${citingFiles(code)}`,
    `- Tested in: ${citingFiles(tests)}`,
    '',
  ];
}

function link(file: SourceFile): string {
  return `[${file.path}](../${file.path})`;
}

function isTest(file: string): boolean {
  return file.endsWith('.test.ts');
}

function prefixOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/** The id as a whole word, as the coverage test reads it: `bit:2.1` is not in `bit:2.10` or `xbit:2.1`. */
export function cites(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9-])${escaped}(?![0-9A-Za-z]|[.:][0-9A-Za-z])`).test(text);
}

interface UnknownId {
  readonly id: string;
  /** A whole article or chapter: the catalogue has ids inside it (`x:6` for `x:6.1`). */
  readonly article: boolean;
  readonly files: readonly SourceFile[];
}

/** Every id with one of the prefixes that some file cites and the catalogue lacks, with the files. */
function unknownIds(
  files: readonly SourceFile[],
  prefixes: ReadonlySet<string>,
  known: ReadonlySet<string>,
): UnknownId[] {
  const alternatives = [...prefixes].sort().join('|');
  const idPattern = new RegExp(`(?<![A-Za-z0-9-])(?:${alternatives}):[0-9A-Za-z][0-9A-Za-z.:-]*`, 'g');
  const found = new Map<string, SourceFile[]>();
  for (const file of files) {
    // A sentence may end right after an id: its final '.', ':' or '-' is not part of it.
    const cited = [...file.text.matchAll(idPattern)].map((match) => match[0].replace(/[.:-]+$/, ''));
    for (const id of new Set(cited)) {
      if (!known.has(id) && !known.has(id.split('-')[0]!)) found.set(id, [...(found.get(id) ?? []), file]);
    }
  }
  const isArticle = (id: string) => [...known].some((other) => other.startsWith(`${id}.`));
  return [...found]
    .sort(([a], [b]) => compare(a, b))
    .map(([id, citing]) => ({ id, article: isArticle(id), files: citing }));
}

/** The text with `\\.` read as `.`, so that an id in a regular expression (`/x:11\\.4/`) is found. */
function readable(text: string): string {
  return text.replaceAll('\\.', '.');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// The inputs, read from the repository.

/**
 * Every `.ts` file under src/ and test/, sorted by path, except those that only list ids and the demo
 * (src/demo/), which drives the use cases and cites ids only to tell its story.
 */
export function sourceFiles(root: string = repoRoot): SourceFile[] {
  return ['src', 'test']
    .flatMap((folder) => typeScriptFiles(root, folder))
    .filter((file) => !listsOnly.has(file) && !file.startsWith('src/demo/'))
    .sort(compare)
    .map((file) => ({ path: file, text: readFileSync(path.join(root, file), 'utf8') }));
}

function typeScriptFiles(root: string, folder: string): string[] {
  if (!existsSync(path.join(root, folder))) return [];
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typeScriptFiles(root, relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** The parameters of a profile that cite rule ids: every `rules` array, by the path of its section. */
export function profileParameters(value: unknown, at = ''): { path: string; rules: string[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => profileParameters(item, `${at}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (key === 'rules' && Array.isArray(child))
      return [{ path: at || '(profile)', rules: child.map(String) }];
    return profileParameters(child, at ? `${at}.${key}` : key);
  });
}

export function catalogueInput(root: string = repoRoot): CatalogueInput {
  const profiles = new Map(
    [...shippedProfiles()].map(([id, profile]) => [id, profileParameters(profile)] as const),
  );
  return { rules: ruleCatalogue, prefixes: cataloguePrefixes, profiles, files: sourceFiles(root) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(catalogueDoc, ruleCatalogueMarkdown(catalogueInput()));
  console.log(`wrote ${path.relative(process.cwd(), catalogueDoc)}`);
}

import { Option } from 'commander';
import { InvalidInputError, asInvalidInput } from '../../shared/errors/index.ts';
import type { KnownProfiles } from '../../explain/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { findShippedProfile } from '../../terms/shipped-profiles.ts';

/** `--profile <id>`, required by every explain command that applies a seller's terms. */
export function profileOption(): Option {
  return new Option(
    '--profile <id>',
    'the terms profile: bit-2016-10-25, vitrumnet-2.5-2018-04-15 or one added with `vezel terms add`',
  ).makeOptionMandatory();
}

/**
 * The profiles a question about `id` may use. Opening the store takes about a second, so it is
 * opened (and closed again) only for an id that is not shipped: an operator's own, or a wrong one.
 */
export async function profilesFor(id: string): Promise<KnownProfiles> {
  const shipped = findShippedProfile(id);
  if (shipped) return new Map([[id, shipped]]);
  const { withApp } = await import('../with-app.ts');
  const { storedProfilesFor } = await import('../../explain/stored-profiles.ts');
  return withApp(undefined, (app) => storedProfilesFor(app.database.db, id));
}

/**
 * Runs an explain question, naming wrong input by its option rather than its API field
 * (`termMonths` → `--term-months`), so the one-line message says what to change on the command line.
 */
export function asOptions<T>(ask: () => T): T {
  try {
    return ask();
  } catch (error) {
    const invalid = asInvalidInput(error);
    if (!invalid) throw error;
    throw new InvalidInputError(
      invalid.problems.map(({ field, problem }) => ({ field: optionOf(field), problem })),
    );
  }
}

function optionOf(field: string): string {
  return `--${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The first line of every text answer: the value, then the rule ids that produced it. */
export function headline(value: string, because: readonly RuleId[]): string {
  return `${value}  (${because.join(', ')})`;
}

/** "1 month", "4 months", "14 days", "1 month and 5 days". */
export function noticeInWords(notice: { readonly months: number; readonly days: number }): string {
  const parts = [
    notice.months > 0 ? plural(notice.months, 'month') : '',
    notice.days > 0 ? plural(notice.days, 'day') : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' and ') : 'no notice';
}

export function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

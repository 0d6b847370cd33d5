import type { Temporal } from 'temporal-polyfill';
import { parsePlainDate } from '../shared/calendar/index.ts';
import { InvalidInputError, asInvalidInput, quote } from '../shared/errors/index.ts';
import type { FieldProblem } from '../shared/errors/index.ts';
import type { TermsProfile } from '../terms/rules/terms-profile-schema.ts';
import type { KnownProfiles } from './known-profiles.ts';

/*
 * Reading the plain inputs of the explain questions (CLI options, query strings): each reader notes a
 * problem under the field's name and goes on, so one answer lists every wrong field at once.
 */
export class InputProblems {
  readonly problems: FieldProblem[] = [];

  add(field: string, problem: string): undefined {
    this.problems.push({ field, problem });
    return undefined;
  }

  /** Throws the problems noted so far, if any; else hands back the values read, each known present. */
  checked<T extends Record<string, unknown>>(values: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
    if (this.problems.length > 0) throw new InvalidInputError(this.problems);
    for (const [field, value] of Object.entries(values)) {
      if (value === undefined) throw new InvalidInputError(field, 'is required');
    }
    return values as { [K in keyof T]-?: Exclude<T[K], undefined> };
  }

  profile(id: string, known: KnownProfiles): TermsProfile | undefined {
    return (
      known.get(id) ??
      this.add('profile', `${quote(id)} is not a known terms profile; known: ${[...known.keys()].join(', ')}`)
    );
  }

  date(field: string, text: string): Temporal.PlainDate | undefined {
    try {
      return parsePlainDate(text);
    } catch (error) {
      return this.add(field, (error as Error).message);
    }
  }

  optionalDate(field: string, text: string | undefined): Temporal.PlainDate | undefined {
    return text === undefined ? undefined : this.date(field, text);
  }

  oneOf<T extends string>(field: string, text: string, allowed: readonly T[]): T | undefined {
    if ((allowed as readonly string[]).includes(text)) return text as T;
    return this.add(field, `${quote(text)} is not one of ${allowed.join(', ')}`);
  }

  /** Runs a parser that throws field errors (e.g. money's MoneyError), noting what it refuses. */
  parse<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      const invalid = asInvalidInput(error);
      if (!invalid) throw error;
      this.problems.push(...invalid.problems);
      return undefined;
    }
  }
}

import { InvalidInputError, asInvalidInput } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';

/*
 * The checks of inventory input: every problem is collected with its field, and thrown together
 * before anything is read or written.
 */

const MAX_TEXT = 200;

export class InputChecks {
  readonly problems: FieldProblem[] = [];

  add(field: string, problem: string): void {
    this.problems.push({ field, problem });
  }

  /** Trimmed text; undefined (and a problem when required) when absent or blank. */
  text(value: unknown, field: string, required = true, max = MAX_TEXT): string | undefined {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) this.add(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') return void this.add(field, 'must be text');
    const text = value.trim();
    if (text.length > max) return void this.add(field, `is longer than ${max} characters`);
    return text;
  }

  /** A whole number from `min` to `max`. */
  wholeNumber(value: unknown, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max)
      return value;
    const range = max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`;
    this.add(field, `must be a whole number ${range}, not ${JSON.stringify(value) ?? 'nothing'}`);
    return undefined;
  }

  /** One of `allowed`. */
  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.add(field, `must be one of ${allowed.join(', ')}`);
    return undefined;
  }

  /** Runs a validator that throws an InvalidInputError (or a rule's field error), keeping its problems. */
  read<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (error) {
      const invalid = asInvalidInput(error);
      if (!invalid) throw error;
      this.problems.push(...invalid.problems);
      return undefined;
    }
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new InvalidInputError(this.problems);
  }
}

export interface PageQuery {
  /** Default 50, at most 500. */
  readonly limit?: number;
  readonly offset?: number;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/** The page asked for, or an InvalidInputError naming limit and offset. */
export function pageOf(query: PageQuery): { limit: number; offset: number } {
  const checks = new InputChecks();
  const limit = checks.wholeNumber(query.limit ?? DEFAULT_LIMIT, 'limit', 1, MAX_LIMIT);
  const offset = checks.wholeNumber(query.offset ?? 0, 'offset', 0);
  checks.throwIfAny();
  return { limit: limit!, offset: offset! };
}

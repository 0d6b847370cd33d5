import { InvalidInputError, type FieldProblem } from './errors.ts';

/**
 * Collects the problems of many fields, so a request with several bad fields is answered once with
 * all of them (each validator throws an `InvalidInputError` naming its own field).
 */
export class FieldChecks {
  private readonly problems: FieldProblem[] = [];

  /** The value `read` returns, or undefined when it refused the value (its problems are kept). */
  check<T>(read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      this.problems.push(...error.problems);
      return undefined;
    }
  }

  add(field: string, problem: string): void {
    this.problems.push({ field, problem });
  }

  /** Refuses fields the input should not carry: a typo must not be dropped in silence. */
  unknownFields(input: Readonly<Record<string, unknown>>, known: readonly string[], prefix = ''): void {
    for (const key of Object.keys(input))
      if (!known.includes(key)) this.add(`${prefix}${key}`, 'is not a known field');
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new InvalidInputError(this.problems);
  }
}

/** An optional field left out: absent, null or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The input as a record of fields, or an `InvalidInputError` naming `field` when it is not one. */
export function asRecord(value: unknown, field: string, what: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidInputError(field, `must be ${what}`);
  return value as Readonly<Record<string, unknown>>;
}

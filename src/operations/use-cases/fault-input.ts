import { Temporal } from 'temporal-polyfill';
import type { FieldChecks } from '../../shared/errors/index.ts';
import { isBlank, quote } from '../../shared/errors/index.ts';

/** An optional instant field: undefined when left out or refused (the problem is kept in `checks`). */
export function instantField(
  checks: FieldChecks,
  field: string,
  value: unknown,
): Temporal.Instant | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') {
    try {
      return Temporal.Instant.from(value);
    } catch {
      // Answered below.
    }
  }
  checks.add(
    field,
    `${quote(String(value))} is not an ISO instant with an offset or Z, such as 2027-03-28T00:30:00+01:00`,
  );
  return undefined;
}

/** Refuses an instant after `now`: a report or a repair cannot be dated in the future. */
export function notInFuture(
  checks: FieldChecks,
  field: string,
  at: Temporal.Instant | undefined,
  now: Temporal.Instant,
): void {
  if (at !== undefined && Temporal.Instant.compare(at, now) > 0)
    checks.add(field, `${at.toString()} is in the future (now is ${now.toString()})`);
}

/** One of `known`, or undefined with the problem kept. */
export function oneOf<T extends string>(
  checks: FieldChecks,
  field: string,
  value: unknown,
  known: readonly T[],
): T | undefined {
  const found = known.find((item) => item === value);
  if (found === undefined)
    checks.add(
      field,
      isBlank(value)
        ? `is required: one of ${known.join(', ')}`
        : `${quote(String(value))} is not one of ${known.join(', ')}`,
    );
  return found;
}

/** Optional text: trimmed, or undefined when blank; refuses what is not text. */
export function optionalText(checks: FieldChecks, field: string, value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value !== 'string') {
    checks.add(field, 'must be text');
    return undefined;
  }
  return value.trim();
}

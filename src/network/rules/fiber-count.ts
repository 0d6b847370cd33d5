import { InvalidInputError, quote } from '../../shared/errors/index.ts';

/**
 * vn:6.4.10: the cable classes of the repair-time table (12/24, 48, 96, 144 and 192 fibers). A cable
 * of another count has no repair time in the terms, so it is refused rather than rounded to a class.
 */
export const FIBER_COUNTS = [12, 24, 48, 96, 144, 192] as const;
export type FiberCount = (typeof FIBER_COUNTS)[number];

export function isFiberCount(value: unknown): value is FiberCount {
  return (FIBER_COUNTS as readonly unknown[]).includes(value);
}

/** The value as a fiber count of the SLA table, or an InvalidInputError naming the field. */
export function fiberCount(value: number, field = 'fiberCount'): FiberCount {
  if (isFiberCount(value)) return value;
  throw new InvalidInputError(
    field,
    `${quote(value)} is not a cable class of the repair-time table (vn:6.4.10); use one of ${FIBER_COUNTS.join(', ')}`,
  );
}

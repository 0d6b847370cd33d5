import { Temporal } from 'temporal-polyfill';
import { isPlainDateText } from '../../shared/calendar/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { operatorTimeZone } from '../clock.ts';

/** The filters of the audit log as they arrive from the API or the CLI: text, each optional. */
export interface AuditFilterInput {
  readonly subjectType?: string | undefined;
  readonly subjectId?: string | undefined;
  readonly actor?: string | undefined;
  readonly action?: string | undefined;
  /** An instant (`2026-11-22T09:30:00Z`) or a day (`2026-11-22`, from its start in Europe/Amsterdam). */
  readonly from?: string | undefined;
  /** An instant (exclusive) or a day (inclusive: up to the start of the next day). */
  readonly to?: string | undefined;
}

/** The filters checked: every field exact, the period as instants `[from, to)`. */
export interface AuditFilter {
  readonly subjectType?: string;
  readonly subjectId?: string;
  readonly actor?: string;
  readonly action?: string;
  readonly from?: Temporal.Instant;
  readonly to?: Temporal.Instant;
}

/**
 * Checks the filters. A subject id needs its type: the log is indexed on (type, id), so a filter on
 * the id alone would read the whole log.
 */
export function auditFilterOf(input: AuditFilterInput): AuditFilter {
  if (input.subjectId !== undefined && input.subjectType === undefined)
    throw new InvalidInputError(
      'subjectType',
      'is required with subjectId (e.g. contract, invoice, customer)',
    );
  const from = input.from === undefined ? undefined : boundOf('from', input.from, 'start');
  const to = input.to === undefined ? undefined : boundOf('to', input.to, 'end');
  if (from && to && Temporal.Instant.compare(from, to) >= 0)
    throw new InvalidInputError('to', `must be after from (${input.from})`);
  return {
    ...(input.subjectType === undefined ? {} : { subjectType: input.subjectType }),
    ...(input.subjectId === undefined ? {} : { subjectId: input.subjectId }),
    ...(input.actor === undefined ? {} : { actor: input.actor }),
    ...(input.action === undefined ? {} : { action: input.action }),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

function boundOf(field: string, text: string, side: 'start' | 'end'): Temporal.Instant {
  if (isPlainDateText(text)) {
    const day = Temporal.PlainDate.from(text);
    const start = side === 'start' ? day : day.add({ days: 1 });
    return start.toZonedDateTime(operatorTimeZone).toInstant();
  }
  try {
    return Temporal.Instant.from(text);
  } catch {
    throw new InvalidInputError(
      field,
      `'${text}' is neither a day (YYYY-MM-DD) nor an instant with its offset (2026-11-22T09:30:00Z)`,
    );
  }
}

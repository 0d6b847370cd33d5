import type { Db } from '../database/index.ts';
import type { AuditFilter } from './audit-filter.ts';
import type { RecordedAuditEvent } from './audit-log.ts';
import { auditEventPages } from './audit-query.ts';

export const AUDIT_EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

export const AUDIT_CSV_COLUMNS = [
  'id',
  'occurredAt',
  'actor',
  'origin',
  'action',
  'subjectType',
  'subjectId',
  'reason',
  'details',
] as const;

/** An event as one plain JSON object: what a line of NDJSON holds and a CSV row spells out. */
export interface AuditEventJson {
  readonly id: number;
  readonly occurredAt: string;
  readonly actor: string;
  readonly origin: string;
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly reason: string | null;
  readonly details: Record<string, unknown>;
}

export function auditEventJson(event: RecordedAuditEvent): AuditEventJson {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toString(),
    actor: event.actor,
    origin: event.origin,
    action: event.action,
    subjectType: event.subject.type,
    subjectId: event.subject.id,
    reason: event.reason ?? null,
    details: event.details ?? {},
  };
}

/** One NDJSON line. */
export function auditEventNdjson(event: RecordedAuditEvent): string {
  return `${JSON.stringify(auditEventJson(event))}\n`;
}

/** One CSV record (RFC 4180, CRLF); `details` as JSON in its field. */
export function auditEventCsv(event: RecordedAuditEvent): string {
  const json = auditEventJson(event);
  return `${AUDIT_CSV_COLUMNS.map((column) => csvField(cellOf(json[column]))).join(',')}\r\n`;
}

export const AUDIT_CSV_HEADER = `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;

/**
 * The export as text chunks, one per page read, oldest event first: a consumer that writes each chunk
 * before asking for the next holds one page in memory, however long the log. `progress` hears the
 * number of events written so far.
 */
export async function* exportAuditEvents(
  db: Db,
  filter: AuditFilter,
  format: AuditExportFormat,
  progress?: (written: number) => void,
): AsyncGenerator<string> {
  if (format === 'csv') yield AUDIT_CSV_HEADER;
  const line = format === 'csv' ? auditEventCsv : auditEventNdjson;
  let written = 0;
  for await (const page of auditEventPages(db, filter)) {
    yield page.map(line).join('');
    written += page.length;
    progress?.(written);
  }
}

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function csvField(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet; numbers stay as they are.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

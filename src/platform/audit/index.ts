export type { AuditEvent, RecordedAuditEvent, Change } from './audit-log.ts';
export { recordAuditEvent, auditTrailOf, auditChange } from './audit-log.ts';
export type { AuditFilter, AuditFilterInput } from './audit-filter.ts';
export { auditFilterOf } from './audit-filter.ts';
export type { AuditEventPage } from './audit-query.ts';
export { listAuditEvents, countAuditEvents, auditEventPages, MAX_AUDIT_PAGE } from './audit-query.ts';
export type { AuditExportFormat, AuditEventJson } from './audit-export.ts';
export {
  AUDIT_EXPORT_FORMATS,
  AUDIT_CSV_COLUMNS,
  auditEventJson,
  exportAuditEvents,
} from './audit-export.ts';

export type { AuditEvent, RecordedAuditEvent, Change } from './audit-log.ts';
export { recordAuditEvent, auditTrailOf, auditChange } from './audit-log.ts';

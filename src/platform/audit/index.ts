export type { AuditEvent, RecordedAuditEvent } from './audit-log.ts';
export { recordAuditEvent, auditTrailOf } from './audit-log.ts';

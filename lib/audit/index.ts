export { listAuditEvents, type AuditEventRow } from './list-audit-events';
export { recordAuditEvent, type AuditChange } from './record-audit-event';

export { AUDIT_PAGE_SIZE, listAuditEvents, listAuditEventsInput, type AuditEventRow, type AuditEventsPage, type ListAuditEventsInput } from './list-audit-events';
export { recordAuditEvent, type AuditChange } from './record-audit-event';
export { AUDIT_ACTION_LABELS, auditActionLabel } from './action-labels';
export { describeChange } from './describe-change';

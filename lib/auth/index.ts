export { isDemoMode } from './demo-mode';
export { ROLE_LABELS, SECTIONS, sectionByKey, sectionsFor, type Section } from './sections';
export { hasRole, requireRole, resolveTenantContext, type TenantContext } from './tenant-context';

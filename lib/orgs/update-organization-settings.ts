import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { organizationSettingsSchema, readOrganizationSettings } from './settings';

const domainList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\n,;]+/).map((d) => d.trim()).filter(Boolean) : value),
  organizationSettingsSchema.shape.allowedEmailDomains,
);

/** The admin form "Organization settings"; the page and the action share it. */
export const updateOrganizationSettingsInput = z.object({
  name: z.string().trim().min(2, 'Use at least 2 characters').max(80, 'Use at most 80 characters'),
  allowedEmailDomains: domainList,
  minGroupSize: organizationSettingsSchema.shape.minGroupSize,
  defaultTimeZone: organizationSettingsSchema.shape.defaultTimeZone,
  // An HTML checkbox sends "on" when ticked and nothing when not.
  allowDomainJoin: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
});

export type UpdateOrganizationSettingsInput = z.output<typeof updateOrganizationSettingsInput>;

export interface OrganizationProfile {
  name: string;
  settings: z.output<typeof organizationSettingsSchema>;
}

export async function getOrganizationProfile(ctx: TenantContext): Promise<OrganizationProfile> {
  return withTenant(ctx, async (db) => {
    const org = await db.organization.findUnique({ where: { id: ctx.orgId } });
    if (!org) throw notFound('The organization');
    return { name: org.name, settings: readOrganizationSettings(org.settings) };
  });
}

/** Admins only. Writes an audit event with the values before and after. */
export async function updateOrganizationSettings(ctx: TenantContext, input: UpdateOrganizationSettingsInput): Promise<OrganizationProfile> {
  requireRole(ctx, 'ADMIN');
  return withTenant(ctx, async (db) => {
    const org = await db.organization.findUnique({ where: { id: ctx.orgId } });
    if (!org) throw notFound('The organization');
    const before = { name: org.name, settings: readOrganizationSettings(org.settings) };
    const { name, ...settings } = input;
    const after = { name, settings: { ...before.settings, ...settings } };
    await db.organization.update({ where: { id: ctx.orgId }, data: { name, settings: after.settings } });
    await recordAuditEvent(db, ctx, { action: 'organization.settings.updated', entityType: 'Organization', entityId: ctx.orgId, before, after });
    return after;
  });
}

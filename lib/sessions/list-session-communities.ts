import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

/** The org's active communities, by name: a group session may belong to one of them. */
export async function listSessionCommunities(ctx: TenantContext): Promise<{ id: string; name: string }[]> {
  return withTenant(ctx, (db) => db.community.findMany({ where: { orgId: ctx.orgId, status: 'ACTIVE' }, orderBy: { name: 'asc' }, select: { id: true, name: true } }));
}

import type { TenantContext } from '../auth/tenant-context';
import type { TenantDb } from '../db/tenant';
import { conflict, notFound } from '../errors';

/** A cycle of the caller's org by id (an id from another org is simply not found). */
export async function findMatchingCycle(db: TenantDb, ctx: TenantContext, cycleId: string) {
  const cycle = await db.matchingCycle.findUnique({ where: { orgId_id: { orgId: ctx.orgId, id: cycleId } } });
  if (!cycle) throw notFound('That matching round');
  return cycle;
}

/** The same, refusing a cycle whose matches went out: it can no longer change. */
export async function findUnpublishedCycle(db: TenantDb, ctx: TenantContext, cycleId: string) {
  const cycle = await findMatchingCycle(db, ctx, cycleId);
  if (cycle.status === 'PUBLISHED') throw conflict(`“${cycle.name}” is published; its matches went out and it can no longer change.`);
  return cycle;
}

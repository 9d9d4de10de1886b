import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import type { TaxonomyEntry } from './check-taxonomy';
import { loadTaxonomy } from './load-taxonomy';

export interface TaxonomySkill extends TaxonomyEntry {
  /** People with it on their profile. */
  people: number;
  activeGoals: number;
  /** Learning goals in any status (a merge moves them all). */
  goals: number;
  proposedBy: string | null;
  createdAt: Date;
}

/** Every live skill and category with its usage, for the steward's taxonomy pages (stewards and admins only). */
export async function listTaxonomy(ctx: TenantContext): Promise<TaxonomySkill[]> {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    const entries = await loadTaxonomy(db, ctx.orgId);
    const [holders, goals, extra] = await Promise.all([
      db.employeeSkill.groupBy({ by: ['skillId'], where: { orgId: ctx.orgId }, _count: { _all: true } }),
      db.learningGoal.groupBy({ by: ['skillId', 'status'], where: { orgId: ctx.orgId }, _count: { _all: true } }),
      db.skill.findMany({ where: { orgId: ctx.orgId, id: { in: entries.map((e) => e.id) } }, select: { id: true, createdAt: true, proposedBy: { select: { name: true } } } }),
    ]);
    const people = new Map(holders.map((h) => [h.skillId, h._count._all]));
    const active = new Map<string, number>();
    const allGoals = new Map<string, number>();
    for (const g of goals) {
      allGoals.set(g.skillId, (allGoals.get(g.skillId) ?? 0) + g._count._all);
      if (g.status === 'ACTIVE') active.set(g.skillId, g._count._all);
    }
    const details = new Map(extra.map((s) => [s.id, s]));
    return entries.map((entry) => ({
      ...entry,
      people: people.get(entry.id) ?? 0,
      activeGoals: active.get(entry.id) ?? 0,
      goals: allGoals.get(entry.id) ?? 0,
      proposedBy: details.get(entry.id)?.proposedBy?.name ?? null,
      createdAt: details.get(entry.id)!.createdAt,
    }));
  });
}

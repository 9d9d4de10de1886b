import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

export interface OrgOverview {
  activeEmployees: number;
  departments: number;
  regions: { region: string; employees: number }[];
}

/** Headcount figures for the home page: how big the network is and where people are. */
export async function getOrgOverview(ctx: TenantContext): Promise<OrgOverview> {
  return withTenant(ctx, async (db) => {
    const [activeEmployees, departments, byLocation, locations] = await Promise.all([
      db.employee.count({ where: { orgId: ctx.orgId, status: 'ACTIVE' } }),
      db.department.count({ where: { orgId: ctx.orgId } }),
      db.employee.groupBy({ by: ['locationId'], where: { orgId: ctx.orgId, status: 'ACTIVE' }, _count: { _all: true } }),
      db.location.findMany({ where: { orgId: ctx.orgId }, select: { id: true, region: true } }),
    ]);
    const regionOf = new Map(locations.map((l) => [l.id, l.region]));
    const counts = new Map<string, number>();
    for (const row of byLocation) {
      const region = (row.locationId && regionOf.get(row.locationId)) || 'Unassigned';
      counts.set(region, (counts.get(region) ?? 0) + row._count._all);
    }
    const regions = [...counts].map(([region, employees]) => ({ region, employees })).sort((a, b) => b.employees - a.employees);
    return { activeEmployees, departments, regions };
  });
}

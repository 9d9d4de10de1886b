import type { Db } from '../db/system';
import type { OrganizationSettings } from '../orgs/settings';
import type { PersonSpec } from './org-builder';
import type { DepartmentProfile, Place } from './places';

// Writes one org, its departments, offices and people in batches (managers before their reports).

const BATCH = 4000;

export interface OrgRecord {
  id?: string;
  slug: string;
  name: string;
  settings: OrganizationSettings;
}

export async function insertOrg(
  db: Db,
  org: OrgRecord,
  places: readonly Place[],
  departments: readonly DepartmentProfile[],
  people: readonly PersonSpec[],
  progress: (done: number, total: number) => void = () => {},
): Promise<{ orgId: string; departmentIds: Map<string, string>; locationIds: Map<string, string> }> {
  const created = await db.organization.create({ data: { id: org.id, slug: org.slug, name: org.name, settings: { ...org.settings } } });
  const orgId = created.id;
  await db.department.createMany({ data: departments.map((d) => ({ orgId, name: d.name })) });
  await db.location.createMany({ data: places.map((p) => ({ orgId, ...p })) });
  const departmentIds = new Map((await db.department.findMany({ where: { orgId } })).map((d) => [d.name, d.id]));
  const locationIds = new Map((await db.location.findMany({ where: { orgId } })).map((l) => [l.name, l.id]));
  for (let start = 0; start < people.length; start += BATCH) {
    const batch = people.slice(start, start + BATCH);
    await db.employee.createMany({
      data: batch.map((p) => ({
        orgId,
        id: p.id,
        name: p.name,
        email: p.email,
        role: p.role,
        title: p.title,
        departmentId: departmentIds.get(p.department) ?? null,
        locationId: locationIds.get(p.location) ?? null,
        managerId: p.managerId,
        timeZone: p.timeZone,
      })),
    });
    progress(Math.min(start + BATCH, people.length), people.length);
  }
  return { orgId, departmentIds, locationIds };
}

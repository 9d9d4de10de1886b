import type { Db } from '../db/system';
import type { OrganizationSettings } from '../orgs/settings';
import { insertRows, textArrayColumn } from './bulk-insert';
import { insertAvailability, insertSkillsAndGoals } from './insert-profiles';
import { insertProposals, insertTaxonomy } from './insert-taxonomy';
import type { PersonSpec } from './org-builder';
import type { DepartmentProfile, Place } from './places';
import { buildProfile, type EmployeeProfile, type ProfileContext } from './profiles';
import type { Taxonomy } from './taxonomy';

// Writes one org: its departments, offices and skill taxonomy, then its people with their profiles in
// chunks (managers before their reports). Chunks go through three steps (employees; skills and goals;
// availability) as a pipeline: while chunk n's employees are inserted, chunk n-1 gets its skills and chunk
// n-2 its availability, and chunk n+1's profiles are built in JavaScript. Steps running at the same time
// touch different employees, so they do not contend for row locks.

const CHUNK = 5000;

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
  taxonomy: Taxonomy,
  people: readonly PersonSpec[],
  progress: (done: number, total: number) => void = () => {},
): Promise<{ orgId: string }> {
  const created = await db.organization.create({ data: { id: org.id, slug: org.slug, name: org.name, settings: { ...org.settings } } });
  const orgId = created.id;
  await db.department.createMany({ data: departments.map((d) => ({ orgId, name: d.name })) });
  await db.location.createMany({ data: places.map((p) => ({ orgId, ...p })) });
  const departmentIds = new Map((await db.department.findMany({ where: { orgId } })).map((d) => [d.name, d.id]));
  const locationIds = new Map((await db.location.findMany({ where: { orgId } })).map((l) => [l.name, l.id]));
  const skillIds = await insertTaxonomy(db, orgId, org.slug, taxonomy);

  const context: ProfileContext = { taxonomy, places, managerIds: new Set(people.flatMap((p) => (p.managerId ? [p.managerId] : []))) };
  const insertEmployees = (chunk: readonly PersonSpec[], profiles: readonly EmployeeProfile[]) =>
    insertRows(db, 'Employee', orgId, {
      id: { type: 'uuid', values: chunk.map((p) => p.id) },
      name: { type: 'text', values: chunk.map((p) => p.name) },
      email: { type: 'text', values: chunk.map((p) => p.email) },
      role: { type: '"Role"', values: chunk.map((p) => p.role) },
      title: { type: 'text', values: chunk.map((p) => p.title) },
      departmentId: { type: 'uuid', values: chunk.map((p) => departmentIds.get(p.department) ?? null) },
      locationId: { type: 'uuid', values: chunk.map((p) => locationIds.get(p.location) ?? null) },
      managerId: { type: 'uuid', values: chunk.map((p) => p.managerId) },
      timeZone: { type: 'text', values: chunk.map((p) => p.timeZone) },
      headline: { type: 'text', values: profiles.map((p) => p.headline) },
      bio: { type: 'text', values: profiles.map((p) => p.bio) },
      languages: textArrayColumn(profiles.map((p) => p.languages)),
      mentoringCapacity: { type: 'int', values: profiles.map((p) => p.mentoringCapacity) },
      sessionsPerWeek: { type: 'int', values: profiles.map((p) => p.sessionsPerWeek) },
    }, ['updatedAt']);

  const chunks = Math.ceil(people.length / CHUNK);
  const build = (n: number) => {
    const chunk = people.slice(n * CHUNK, (n + 1) * CHUNK);
    return { chunk, profiles: chunk.map((person) => buildProfile(person, context)) };
  };
  const built: ReturnType<typeof build>[] = [];
  if (chunks) built.push(build(0));
  for (let step = 0; step < chunks + 2; step++) {
    const writing = Promise.all([
      step < chunks && insertEmployees(built[step]!.chunk, built[step]!.profiles),
      step >= 1 && step - 1 < chunks && insertSkillsAndGoals(db, orgId, built[step - 1]!.profiles, skillIds),
      step >= 2 && insertAvailability(db, orgId, built[step - 2]!.profiles),
    ]);
    if (step + 1 < chunks) built.push(build(step + 1));
    await writing;
    if (step >= 2) {
      built[step - 2] = { chunk: [], profiles: [] };
      progress(Math.min((step - 1) * CHUNK, people.length), people.length);
    }
  }
  await insertProposals(db, orgId, org.slug, taxonomy, people, skillIds);
  return { orgId };
}

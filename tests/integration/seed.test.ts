import { beforeAll, describe, expect, it } from 'vitest';
import { systemDb } from '../../lib/db/system';
import { PERSONAS, seedDemo } from '../../lib/seed';

beforeAll(() => seedDemo());

async function snapshot() {
  return systemDb().employee.findMany({ orderBy: [{ orgId: 'asc' }, { id: 'asc' }], select: { id: true, orgId: true, name: true, email: true, managerId: true, role: true } });
}

describe('demo seed', () => {
  it('creates Acme Global with 300 people in 4 regions and 8 departments', async () => {
    const acme = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
    const [employees, departments, locations] = await Promise.all([
      systemDb().employee.count({ where: { orgId: acme.id } }),
      systemDb().department.count({ where: { orgId: acme.id } }),
      systemDb().location.findMany({ where: { orgId: acme.id }, select: { region: true, timeZone: true } }),
    ]);
    expect(employees).toBe(300);
    expect(departments).toBe(8);
    expect(new Set(locations.map((l) => l.region))).toEqual(new Set(['Americas', 'EMEA', 'APAC', 'India']));
    for (const l of locations) expect(() => new Intl.DateTimeFormat('en', { timeZone: l.timeZone })).not.toThrow();
  });

  it('gives everyone but the CEO a manager in the same org, with no cycles', async () => {
    const acme = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
    const people = await systemDb().employee.findMany({ where: { orgId: acme.id }, select: { id: true, managerId: true } });
    const managerOf = new Map(people.map((p) => [p.id, p.managerId]));
    expect(people.filter((p) => p.managerId === null)).toHaveLength(1);
    for (const person of people) {
      const seen = new Set<string>();
      let current: string | null | undefined = person.id;
      while (current) {
        expect(seen.has(current), 'management cycle').toBe(false);
        seen.add(current);
        current = managerOf.get(current);
        if (current) expect(managerOf.has(current), 'manager in the same org').toBe(true);
      }
    }
  });

  it('creates the four personas of each org with their roles, signed in as users', async () => {
    for (const persona of PERSONAS) {
      const employee = await systemDb().employee.findFirstOrThrow({ where: { email: persona.email }, include: { org: true, user: true } });
      expect(employee).toMatchObject({ role: persona.role, name: persona.name, org: { slug: persona.orgSlug }, user: { email: persona.email } });
    }
    expect(await systemDb().employee.count({ where: { org: { slug: 'globex' } } })).toBe(21);
  });

  it('is deterministic: reseeding recreates the same ids and people, and leaves other orgs alone', async () => {
    const other = await systemDb().organization.create({ data: { slug: 'other', name: 'Other Co' } });
    const first = await snapshot();
    await seedDemo();
    expect(await snapshot()).toEqual(first);
    expect(await systemDb().organization.findUnique({ where: { id: other.id } })).not.toBeNull();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { PEOPLE_PAGE_SIZE, listPeople, listPeopleInput } from '../../lib/people';
import { ACME_EMPLOYEE, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

let acme: TenantContext;
let globex: TenantContext;

beforeAll(async () => {
  await seedDemoOrgs();
  acme = await contextFor(ACME_EMPLOYEE, 'acme');
  globex = await contextFor(GLOBEX_EMPLOYEE, 'globex');
});

describe('listPeople', () => {
  it('pages through the caller’s org only, by name', async () => {
    const first = await listPeople(acme, listPeopleInput.parse({}));
    expect(first.total).toBe(300);
    expect(first.pageCount).toBe(Math.ceil(300 / PEOPLE_PAGE_SIZE));
    expect(first.rows).toHaveLength(PEOPLE_PAGE_SIZE);
    const names = first.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const last = await listPeople(acme, listPeopleInput.parse({ page: '999' }));
    expect(last.page).toBe(first.pageCount);
    expect(last.rows.length).toBe(300 - (first.pageCount - 1) * PEOPLE_PAGE_SIZE);
  });

  it('never returns people of another org, even when searching for them by name', async () => {
    const globexPeople = await listPeople(globex, listPeopleInput.parse({}));
    expect(globexPeople.total).toBe(21);
    const fromAcme = await listPeople(acme, listPeopleInput.parse({ q: 'Tom Becker' }));
    expect(fromAcme.total).toBe(0);
  });

  it('searches name, title and department, case-insensitively', async () => {
    expect((await listPeople(acme, listPeopleInput.parse({ q: 'maya chen' }))).rows.map((r) => r.name)).toEqual(['Maya Chen']);
    const engineers = await listPeople(acme, listPeopleInput.parse({ q: 'ENGINEERING' }));
    expect(engineers.total).toBeGreaterThan(50);
    expect(engineers.rows.every((r) => r.department === 'Engineering' || /engineering/i.test(`${r.title}`))).toBe(true);
  });

  it('leaves out deactivated members', async () => {
    const { systemDb } = await import('../../lib/db/system');
    await systemDb().employee.updateMany({ where: { orgId: acme.orgId, name: 'Maya Chen' }, data: { status: 'DEACTIVATED' } });
    expect((await listPeople(acme, listPeopleInput.parse({ q: 'maya chen' }))).total).toBe(0);
  });
});

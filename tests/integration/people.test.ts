import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { PEOPLE_PAGE_SIZE, findExperts, findExpertsInput, getFinderOptions } from '../../lib/people';
import { ACME_EMPLOYEE, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// The People page without a skill: the directory.

let acme: TenantContext;
let globex: TenantContext;

const directory = (ctx: TenantContext, params: Record<string, string> = {}) => findExperts(ctx, findExpertsInput.parse(params));

beforeAll(async () => {
  await seedDemoOrgs();
  acme = await contextFor(ACME_EMPLOYEE, 'acme');
  globex = await contextFor(GLOBEX_EMPLOYEE, 'globex');
});

describe('the people directory', () => {
  it('pages through the caller’s org only, by name', async () => {
    const first = await directory(acme);
    expect(first.total).toBe(300);
    expect(first.pageCount).toBe(Math.ceil(300 / PEOPLE_PAGE_SIZE));
    expect(first.rows).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(first.rows.every((r) => r.skill === null)).toBe(true);
    const names = first.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const last = await directory(acme, { page: '999' });
    expect(last.page).toBe(first.pageCount);
    expect(last.rows.length).toBe(300 - (first.pageCount - 1) * PEOPLE_PAGE_SIZE);
    expect(last.total).toBe(300);
  });

  it('never returns people of another org, even when searching for them by name', async () => {
    expect((await directory(globex)).total).toBe(21);
    expect((await directory(acme, { q: 'Tom Becker' })).total).toBe(0);
  });

  it('searches name and title, case-insensitively, with LIKE wildcards taken literally', async () => {
    expect((await directory(acme, { q: 'maya chen' })).rows.map((r) => r.name)).toEqual(['Maya Chen']);
    const engineers = await directory(acme, { q: 'ENGINEER' });
    expect(engineers.total).toBeGreaterThan(50);
    expect(engineers.rows.every((r) => /engineer/i.test(`${r.name} ${r.title}`))).toBe(true);
    expect((await directory(acme, { q: '%' })).total).toBe(0);
  });

  it('filters by department and region, and ignores filter values that do not parse', async () => {
    const options = await getFinderOptions(acme);
    const engineering = options.departments.find((d) => d.name === 'Engineering')!;
    const byDepartment = await directory(acme, { department: engineering.id });
    expect(byDepartment.total).toBeGreaterThan(0);
    expect(byDepartment.total).toBeLessThan(300);
    expect(byDepartment.rows.every((r) => r.department === 'Engineering')).toBe(true);
    expect(options.regions).toEqual(['APAC', 'Americas', 'EMEA', 'India']);
    expect((await getFinderOptions(globex)).departments.map((d) => d.name)).not.toContain('Engineering');
    const emea = await directory(acme, { region: 'EMEA' });
    expect(emea.total).toBeGreaterThan(0);
    expect(emea.rows.every((r) => r.region === 'EMEA')).toBe(true);
    const parsed = findExpertsInput.parse({ department: 'not-an-id', level: '9', page: '-3', teach: 'maybe' });
    expect(parsed).toMatchObject({ department: undefined, level: undefined, page: 1, teach: false });
  });

  it('leaves out deactivated members', async () => {
    const { systemDb } = await import('../../lib/db/system');
    await systemDb().employee.updateMany({ where: { orgId: acme.orgId, name: 'Maya Chen' }, data: { status: 'DEACTIVATED' } });
    const other = await contextFor('sofia.alvarez@acme.example', 'acme');
    expect((await directory(other, { q: 'maya chen' })).total).toBe(0);
    expect((await directory(other)).total).toBe(299);
  });
});

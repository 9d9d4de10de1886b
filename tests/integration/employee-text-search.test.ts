import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { tenantClient } from '../../lib/db/client';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import { ACME_EMPLOYEE, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// app_employee_ids_matching runs with the system role so name/title search can use the trigram indexes;
// it must still apply the tenant rule itself.

let acme: TenantContext;
let globex: TenantContext;

beforeAll(async () => {
  await seedDemoOrgs();
  acme = await contextFor(ACME_EMPLOYEE, 'acme');
  globex = await contextFor(GLOBEX_EMPLOYEE, 'globex');
});

const matching = (ctx: TenantContext, pattern: string) =>
  withTenant(ctx, (db) => db.$queryRaw<{ id: string }[]>`SELECT "id" FROM app_employee_ids_matching(${pattern})`).then((rows) => rows.map((r) => r.id).sort());

describe('app_employee_ids_matching', () => {
  it('finds name and title matches of the current org only', async () => {
    const everyone = await systemDb().employee.findMany({ where: { OR: [{ name: { contains: 'an', mode: 'insensitive' } }, { title: { contains: 'an', mode: 'insensitive' } }] }, select: { id: true, orgId: true } });
    const expected = (orgId: string) => everyone.filter((e) => e.orgId === orgId).map((e) => e.id).sort();
    expect(expected(acme.orgId).length).toBeGreaterThan(0);
    expect(expected(globex.orgId).length).toBeGreaterThan(0);
    expect(await matching(acme, '%an%')).toEqual(expected(acme.orgId));
    expect(await matching(globex, '%an%')).toEqual(expected(globex.orgId));
  });

  it('returns nothing outside withTenant, where no org is set', async () => {
    const rows = await tenantClient().$queryRaw<{ id: string }[]>`SELECT "id" FROM app_employee_ids_matching('%')`;
    expect(rows).toEqual([]);
  });

  it('can be used by the app role and by no one else', async () => {
    const [grants] = await systemDb().$queryRaw<{ app: boolean; owner: string; definer: boolean }[]>`
      SELECT has_function_privilege('peerbridge_app', 'app_employee_ids_matching(text)', 'EXECUTE') AS app,
             pg_get_userbyid(p.proowner) AS owner, p.prosecdef AS definer
        FROM pg_proc p WHERE p.proname = 'app_employee_ids_matching'`;
    expect(grants).toEqual({ app: true, owner: 'peerbridge_system', definer: true });
    const [open] = await systemDb().$queryRaw<{ public: boolean }[]>`
      SELECT bool_or(a.grantee = 0) AS public FROM pg_proc p, aclexplode(p.proacl) a WHERE p.proname = 'app_employee_ids_matching'`;
    expect(open!.public).toBe(false);
  });
});

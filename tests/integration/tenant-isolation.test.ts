import { beforeAll, describe, expect, it } from 'vitest';
import { tenantClient } from '../../lib/db/client';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { ACME_ADMIN, GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// Row-level security is really on: as peerbridge_app inside withTenant, queries with no orgId filter
// see only the current org. (A superuser connection would silently bypass RLS, so this is the proof.)

let acme: TenantContext;
let globex: TenantContext;

beforeAll(async () => {
  await seedDemoOrgs();
  acme = await contextFor(ACME_ADMIN, 'acme');
  globex = await contextFor(GLOBEX_ADMIN, 'globex');
});

describe('withTenant', () => {
  it('runs as peerbridge_app with the org and user set', async () => {
    const [row] = await withTenant(acme, (db) =>
      db.$queryRaw<{ role: string; org: string; user: string }[]>`select current_user as role, current_setting('app.org_id') as org, current_setting('app.user_id') as user`,
    );
    expect(row).toEqual({ role: 'peerbridge_app', org: acme.orgId, user: acme.userId });
  });

  it('returns only the current org’s rows from queries without an orgId filter', async () => {
    const total = await systemDb().employee.count();
    const acmeRows = await withTenant(acme, (db) => db.employee.findMany({ select: { orgId: true } }));
    const globexRows = await withTenant(globex, (db) => db.employee.findMany({ select: { orgId: true } }));
    expect(acmeRows.length).toBe(300);
    expect(globexRows.length).toBe(21);
    expect(total).toBe(acmeRows.length + globexRows.length);
    expect(new Set(acmeRows.map((r) => r.orgId))).toEqual(new Set([acme.orgId]));
    expect(new Set(globexRows.map((r) => r.orgId))).toEqual(new Set([globex.orgId]));
  });

  it('limits raw SQL too, on every tenant table and the organization table', async () => {
    const counts = await withTenant(globex, (db) =>
      db.$queryRaw<{ orgs: bigint; foreign_departments: bigint; foreign_locations: bigint }[]>`
        select (select count(*) from "Organization") as orgs,
               (select count(*) from "Department" where "orgId" <> ${globex.orgId}::uuid) as foreign_departments,
               (select count(*) from "Location" where "orgId" <> ${globex.orgId}::uuid) as foreign_locations`,
    );
    expect(counts[0]).toEqual({ orgs: 1n, foreign_departments: 0n, foreign_locations: 0n });
  });

  it('refuses to write a row into another org', async () => {
    const write = withTenant(globex, (db) =>
      db.department.create({ data: { orgId: acme.orgId, name: 'Planted by Globex' } }),
    );
    await expect(write).rejects.toThrow(/row-level security/i);
    expect(await systemDb().department.count({ where: { name: 'Planted by Globex' } })).toBe(0);
  });

  it('cannot update or delete another org’s rows', async () => {
    const updated = await withTenant(globex, (db) => db.employee.updateMany({ where: { orgId: acme.orgId }, data: { title: 'Hacked' } }));
    const deleted = await withTenant(globex, (db) => db.location.deleteMany({ where: { orgId: acme.orgId } }));
    expect(updated.count).toBe(0);
    expect(deleted.count).toBe(0);
    expect(await systemDb().employee.count({ where: { title: 'Hacked' } })).toBe(0);
    expect(await systemDb().location.count({ where: { orgId: acme.orgId } })).toBe(14);
  });

  it('keeps the audit trail append-only for tenant code', async () => {
    await withTenant(acme, (db) => db.auditEvent.create({ data: { orgId: acme.orgId, actorId: acme.employeeId, action: 'test', entityType: 'Test', entityId: '1' } }));
    await expect(withTenant(acme, (db) => db.auditEvent.updateMany({ data: { action: 'rewritten' } }))).rejects.toThrow(/permission denied/i);
    await expect(withTenant(acme, (db) => db.auditEvent.deleteMany())).rejects.toThrow(/permission denied/i);
  });

  it('keeps global identity tables out of reach of tenant code', async () => {
    await expect(withTenant(acme, (db) => db.user.findMany())).rejects.toThrow(/permission denied/i);
  });

  it('sees no tenant rows outside withTenant, and no org leaks into the next transaction', async () => {
    await withTenant(acme, (db) => db.employee.count());
    const pool = tenantClient();
    const outside = await pool.$queryRaw<{ n: bigint; role: string }[]>`select count(*) as n, current_user as role from "Employee"`;
    expect(outside[0]).toEqual({ n: 0n, role: 'peerbridge_app' });
  });

  it('rolls back everything when the function throws', async () => {
    await expect(
      withTenant(acme, async (db) => {
        await db.department.create({ data: { orgId: acme.orgId, name: 'Rolled back' } });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await systemDb().department.count({ where: { name: 'Rolled back' } })).toBe(0);
  });
});

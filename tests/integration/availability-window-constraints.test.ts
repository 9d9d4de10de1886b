import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { withTenant } from '../../lib/db/tenant';
import { ACME_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// The database keeps a person's weekly windows apart and mirrors them into Employee.weeklyAvailability.

let maya: TenantContext;

beforeAll(async () => {
  await seedDemoOrgs();
  maya = await contextFor(ACME_EMPLOYEE, 'acme');
});

async function weekly(ctx: TenantContext): Promise<string | null> {
  const [row] = await withTenant(ctx, (db) => db.$queryRaw<{ w: string | null }[]>`select "weeklyAvailability"::text as w from "Employee" where id = ${ctx.employeeId}::uuid`);
  return row!.w;
}

describe('AvailabilityWindow', () => {
  it('mirrors inserts, updates and deletes into the weekly multirange', async () => {
    await withTenant(maya, (db) => db.availabilityWindow.deleteMany({ where: { employeeId: maya.employeeId } }));
    expect(await weekly(maya)).toBeNull();
    await withTenant(maya, (db) =>
      db.availabilityWindow.createMany({
        data: [
          { orgId: maya.orgId, employeeId: maya.employeeId, weekday: 1, startMinute: 540, endMinute: 720 },
          { orgId: maya.orgId, employeeId: maya.employeeId, weekday: 7, startMinute: 1380, endMinute: 1440 },
        ],
      }),
    );
    expect(await weekly(maya)).toBe('{[540,720),[10020,10080)}');
    await withTenant(maya, (db) => db.availabilityWindow.updateMany({ where: { employeeId: maya.employeeId, weekday: 1 }, data: { endMinute: 600 } }));
    expect(await weekly(maya)).toBe('{[540,600),[10020,10080)}');
    await withTenant(maya, (db) => db.availabilityWindow.deleteMany({ where: { employeeId: maya.employeeId, weekday: 7 } }));
    expect(await weekly(maya)).toBe('{[540,600)}');
  });

  it('refuses overlapping windows on the same day', async () => {
    await withTenant(maya, (db) => db.availabilityWindow.deleteMany({ where: { employeeId: maya.employeeId } }));
    await withTenant(maya, (db) => db.availabilityWindow.create({ data: { orgId: maya.orgId, employeeId: maya.employeeId, weekday: 2, startMinute: 540, endMinute: 720 } }));
    await expect(
      withTenant(maya, (db) => db.availabilityWindow.create({ data: { orgId: maya.orgId, employeeId: maya.employeeId, weekday: 2, startMinute: 700, endMinute: 800 } })),
    ).rejects.toThrow();
    await withTenant(maya, (db) => db.availabilityWindow.create({ data: { orgId: maya.orgId, employeeId: maya.employeeId, weekday: 2, startMinute: 720, endMinute: 800 } }));
    expect(await weekly(maya)).toBe('{[1980,2240)}');
  });
});

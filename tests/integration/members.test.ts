import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { resolveTenantContext } from '../../lib/auth/tenant-context';
import { listAuditEvents } from '../../lib/audit';
import { systemDb } from '../../lib/db/system';
import { changeMemberRole, listMembers, listMembersInput, setMemberActive } from '../../lib/members';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_HR, ACME_STEWARD, GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

let admin: TenantContext;
let maya: TenantContext;

beforeAll(async () => {
  await seedDemoOrgs();
  admin = await contextFor(ACME_ADMIN, 'acme');
  maya = await contextFor(ACME_EMPLOYEE, 'acme');
});

describe('members admin', () => {
  it('lists and filters members for admins and HR admins, never for employees', async () => {
    const all = await listMembers(admin, listMembersInput.parse({}));
    expect(all.total).toBe(300);
    const stewards = await listMembers(admin, listMembersInput.parse({ role: 'STEWARD' }));
    expect(stewards.rows.map((r) => r.email)).toEqual([ACME_STEWARD]);
    const india = await listMembers(await contextFor(ACME_HR, 'acme'), listMembersInput.parse({ region: 'India' }));
    expect(india.total).toBeGreaterThan(10);
    expect(india.rows.every((r) => r.region === 'India')).toBe(true);
    await expect(listMembers(maya, listMembersInput.parse({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('changes a role with an audit event; non-admins are refused', async () => {
    await changeMemberRole(admin, { employeeId: maya.employeeId, role: 'STEWARD' });
    expect((await resolveTenantContext(maya.userId, 'acme'))?.role).toBe('STEWARD');
    const [event] = (await listAuditEvents(admin, { action: 'member.role_changed', page: 1 })).rows;
    expect(event).toMatchObject({ entityId: maya.employeeId, before: { role: 'EMPLOYEE' }, after: { role: 'STEWARD' } });
    await changeMemberRole(admin, { employeeId: maya.employeeId, role: 'EMPLOYEE' });
    for (const email of [ACME_STEWARD, ACME_HR]) {
      await expect(changeMemberRole(await contextFor(email, 'acme'), { employeeId: maya.employeeId, role: 'ADMIN' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await resolveTenantContext(maya.userId, 'acme'))?.role).toBe('EMPLOYEE');
  });

  it('deactivates a member (refusing access at once, keeping history) and reactivates them', async () => {
    await expect(setMemberActive(await contextFor(ACME_HR, 'acme'), { employeeId: maya.employeeId }, false)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await setMemberActive(admin, { employeeId: maya.employeeId }, false);
    expect(await resolveTenantContext(maya.userId, 'acme')).toBeNull();
    expect(await systemDb().employee.count({ where: { id: maya.employeeId } })).toBe(1);
    await setMemberActive(admin, { employeeId: maya.employeeId }, true);
    expect(await resolveTenantContext(maya.userId, 'acme')).not.toBeNull();
  });

  it('never leaves the org without an active admin', async () => {
    await expect(setMemberActive(admin, { employeeId: admin.employeeId }, false)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(changeMemberRole(admin, { employeeId: admin.employeeId, role: 'EMPLOYEE' })).rejects.toMatchObject({ message: expect.stringMatching(/last active org admin/) });
  });

  it('cannot reach members of another org: not found, and nothing changes', async () => {
    const globex = await contextFor(GLOBEX_ADMIN, 'globex');
    await expect(changeMemberRole(globex, { employeeId: maya.employeeId, role: 'ADMIN' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setMemberActive(globex, { employeeId: maya.employeeId }, false)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listMembers(globex, listMembersInput.parse({ q: 'Maya' }))).total).toBe(0);
    expect(await resolveTenantContext(maya.userId, 'acme')).toMatchObject({ role: 'EMPLOYEE' });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { resolveTenantContext } from '../../lib/auth/tenant-context';
import { listMemberships } from '../../lib/db/system';
import { systemDb } from '../../lib/db/system';
import { ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_ADMIN, seedDemoOrgs } from './fixtures/demo-orgs';

const userId = async (email: string) => (await systemDb().user.findUniqueOrThrow({ where: { email } })).id;

beforeAll(seedDemoOrgs);

describe('resolveTenantContext', () => {
  it('builds the context of a member from the session user and the org in the URL', async () => {
    const ctx = await resolveTenantContext(await userId(ACME_EMPLOYEE), 'acme');
    expect(ctx).toMatchObject({ orgSlug: 'acme', orgName: 'Acme Global', role: 'EMPLOYEE', employeeName: 'Maya Chen' });
  });

  it('gives a member of another org nothing (the page shows 404)', async () => {
    expect(await resolveTenantContext(await userId(GLOBEX_ADMIN), 'acme')).toBeNull();
    expect(await resolveTenantContext(await userId(GLOBEX_ADMIN), 'no-such-org')).toBeNull();
  });

  it('gives a person in two orgs a separate context, with its own role, in each', async () => {
    const priya = await userId(ACME_STEWARD);
    const [acme, globex] = await Promise.all([resolveTenantContext(priya, 'acme'), resolveTenantContext(priya, 'globex')]);
    expect(acme?.role).toBe('STEWARD');
    expect(globex?.role).toBe('EMPLOYEE');
    expect(acme?.employeeId).not.toBe(globex?.employeeId);
    expect((await listMemberships(priya)).map((m) => m.orgSlug)).toEqual(['acme', 'globex']);
  });

  it('refuses a deactivated member', async () => {
    const maya = await userId(ACME_EMPLOYEE);
    await systemDb().employee.updateMany({ where: { userId: maya }, data: { status: 'DEACTIVATED' } });
    expect(await resolveTenantContext(maya, 'acme')).toBeNull();
    expect(await listMemberships(maya)).toEqual([]);
  });
});

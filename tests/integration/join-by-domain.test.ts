import { beforeAll, describe, expect, it } from 'vitest';
import { resolveTenantContext } from '../../lib/auth/tenant-context';
import { ensureVerifiedUser, systemDb } from '../../lib/db/system';
import { setMemberActive } from '../../lib/members';
import { joinOrganizationByDomain, listJoinableOrganizations, updateOrganizationSettings, updateOrganizationSettingsInput } from '../../lib/orgs';
import { ACME_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

beforeAll(seedDemoOrgs);

describe('join by domain', () => {
  it('lets a verified user on an allowed domain join as an employee, once', async () => {
    const { id } = await ensureVerifiedUser('newcomer@acme.example');
    expect(await listJoinableOrganizations(id, [])).toEqual([{ slug: 'acme', name: 'Acme Global' }]);
    expect(await joinOrganizationByDomain(id, { orgSlug: 'acme' })).toEqual({ orgSlug: 'acme' });
    expect(await resolveTenantContext(id, 'acme')).toMatchObject({ role: 'EMPLOYEE', employeeName: 'Newcomer' });
    await expect(joinOrganizationByDomain(id, { orgSlug: 'acme' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await systemDb().auditEvent.count({ where: { action: 'member.joined_by_domain' } })).toBe(1);
  });

  it('refuses other domains’ orgs without revealing them, and unverified addresses', async () => {
    const { id } = await ensureVerifiedUser('visitor@acme.example');
    await expect(joinOrganizationByDomain(id, { orgSlug: 'globex' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const unverified = await systemDb().user.create({ data: { email: 'unverified@acme.example' } });
    expect(await listJoinableOrganizations(unverified.id, [])).toEqual([]);
    await expect(joinOrganizationByDomain(unverified.id, { orgSlug: 'acme' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await resolveTenantContext(unverified.id, 'acme')).toBeNull();
  });

  it('does not let a deactivated member back in by domain', async () => {
    const admin = await contextFor(ACME_ADMIN, 'acme');
    const { id } = await ensureVerifiedUser('leaver@acme.example');
    await joinOrganizationByDomain(id, { orgSlug: 'acme' });
    const ctx = (await resolveTenantContext(id, 'acme'))!;
    await setMemberActive(admin, { employeeId: ctx.employeeId }, false);
    await expect(joinOrganizationByDomain(id, { orgSlug: 'acme' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await resolveTenantContext(id, 'acme')).toBeNull();
  });

  it('is off when the admin turns it off', async () => {
    const admin = await contextFor(ACME_ADMIN, 'acme');
    await updateOrganizationSettings(admin, updateOrganizationSettingsInput.parse({ name: 'Acme Global', allowedEmailDomains: 'acme.example', minGroupSize: '5', defaultTimeZone: 'UTC' }));
    const { id } = await ensureVerifiedUser('closed@acme.example');
    expect(await listJoinableOrganizations(id, [])).toEqual([]);
    await expect(joinOrganizationByDomain(id, { orgSlug: 'acme' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

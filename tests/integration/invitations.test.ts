import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { resolveTenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { acceptInvitation, inspectInvitation, inviteMember, inviteMemberInput, listInvitations, resendInvitation, revokeInvitation } from '../../lib/invitations';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_HR, GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// Mail goes to the dev outbox (no SMTP_URL in tests); the token is read from the link in the email.

let acmeAdmin: TenantContext;
let globexAdmin: TenantContext;

async function lastTokenFor(email: string): Promise<string> {
  const mail = await systemDb().outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' } });
  return /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
}

async function invite(ctx: TenantContext, email: string, role = 'EMPLOYEE') {
  return inviteMember(ctx, inviteMemberInput.parse({ email, role }));
}

beforeAll(async () => {
  await seedDemoOrgs();
  acmeAdmin = await contextFor(ACME_ADMIN, 'acme');
  globexAdmin = await contextFor(GLOBEX_ADMIN, 'globex');
});

beforeEach(async () => {
  await systemDb().outboxEmail.deleteMany();
});

describe('invitations', () => {
  it('emails a single-use link; accepting creates the user and the employee with the invited role', async () => {
    await invite(acmeAdmin, 'New.Hire@Acme.example', 'STEWARD');
    const token = await lastTokenFor('new.hire@acme.example');
    expect(await inspectInvitation(token)).toMatchObject({ kind: 'pending', orgSlug: 'acme', email: 'new.hire@acme.example', role: 'STEWARD' });
    const stored = await systemDb().invitation.findFirstOrThrow({ where: { email: 'new.hire@acme.example' } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const { userId, orgSlug } = await acceptInvitation(token);
    expect(orgSlug).toBe('acme');
    const ctx = await resolveTenantContext(userId, 'acme');
    expect(ctx).toMatchObject({ role: 'STEWARD', employeeName: 'New Hire' });
    await expect(acceptInvitation(token)).rejects.toMatchObject({ message: expect.stringMatching(/already used/) });
    expect(await inspectInvitation(token)).toMatchObject({ kind: 'accepted' });
  });

  it('refuses an expired invitation with a clear message', async () => {
    await invite(acmeAdmin, 'late@acme.example');
    const token = await lastTokenFor('late@acme.example');
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    expect(await inspectInvitation(token, eightDaysLater)).toMatchObject({ kind: 'expired', orgName: 'Acme Global' });
    await expect(acceptInvitation(token, eightDaysLater)).rejects.toMatchObject({ message: expect.stringMatching(/expired/) });
    expect(await systemDb().user.findUnique({ where: { email: 'late@acme.example' } })).toBeNull();
  });

  it('makes a revoked link and a resent link’s old token useless', async () => {
    await invite(acmeAdmin, 'twice@acme.example');
    const first = await lastTokenFor('twice@acme.example');
    const { id } = (await listInvitations(acmeAdmin)).find((i) => i.email === 'twice@acme.example')!;
    await resendInvitation(acmeAdmin, { invitationId: id });
    const second = await lastTokenFor('twice@acme.example');
    expect(second).not.toBe(first);
    expect(await inspectInvitation(first)).toEqual({ kind: 'invalid' });
    await revokeInvitation(acmeAdmin, { invitationId: id });
    expect(await inspectInvitation(second)).toMatchObject({ kind: 'revoked' });
    await expect(acceptInvitation(second)).rejects.toMatchObject({ message: expect.stringMatching(/withdrawn/) });
  });

  it('accepts exactly once under concurrent clicks', async () => {
    await invite(acmeAdmin, 'double@acme.example');
    const token = await lastTokenFor('double@acme.example');
    const results = await Promise.allSettled([acceptInvitation(token), acceptInvitation(token), acceptInvitation(token)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await systemDb().employee.count({ where: { email: 'double@acme.example' } })).toBe(1);
  });

  it('refuses non-admins, and a duplicate pending invitation or an existing member', async () => {
    for (const email of [ACME_EMPLOYEE, ACME_HR]) {
      await expect(invite(await contextFor(email, 'acme'), 'x@acme.example')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await invite(acmeAdmin, 'once@acme.example');
    await expect(invite(acmeAdmin, 'once@acme.example')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(invite(acmeAdmin, ACME_EMPLOYEE)).rejects.toMatchObject({ fieldErrors: { email: ['This person is already a member.'] } });
  });

  it('keeps each org’s invitations to itself: another org’s admin can neither see, resend nor revoke them', async () => {
    await invite(acmeAdmin, 'private@acme.example');
    const acmeInvitation = (await listInvitations(acmeAdmin)).find((i) => i.email === 'private@acme.example')!;
    expect((await listInvitations(globexAdmin)).some((i) => i.email === 'private@acme.example')).toBe(false);
    await expect(resendInvitation(globexAdmin, { invitationId: acmeInvitation.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeInvitation(globexAdmin, { invitationId: acmeInvitation.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await systemDb().invitation.findFirstOrThrow({ where: { id: acmeInvitation.id } })).status).toBe('PENDING');
  });

  it('joins a Globex invitation to the Globex org only, even for someone already in Acme', async () => {
    await invite(globexAdmin, ACME_EMPLOYEE);
    const { userId } = await acceptInvitation(await lastTokenFor(ACME_EMPLOYEE));
    expect((await resolveTenantContext(userId, 'globex'))?.role).toBe('EMPLOYEE');
    expect((await resolveTenantContext(userId, 'acme'))?.role).toBe('EMPLOYEE');
    expect(await systemDb().employee.count({ where: { userId } })).toBe(2);
  });
});

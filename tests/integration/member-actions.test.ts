import { beforeAll, describe, expect, it, vi } from 'vitest';
import { systemDb } from '../../lib/db/system';
import { ACME_ADMIN, ACME_EMPLOYEE, GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// Every server action of the members page, posted by a Globex admin against Acme: each one is refused as
// "not found" and changes nothing. (The signed-in user and Next's cache are the only stand-ins.)
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const actions = await import('../../app/o/[org]/settings/members/actions');
const orgActions = await import('../../app/orgs/new/actions');

async function acmeState() {
  const acme = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
  const [employees, invitations, audit] = await Promise.all([
    systemDb().employee.findMany({ where: { orgId: acme.id }, orderBy: { id: 'asc' }, select: { id: true, role: true, status: true, name: true } }),
    systemDb().invitation.findMany({ where: { orgId: acme.id }, orderBy: { id: 'asc' } }),
    systemDb().auditEvent.count({ where: { orgId: acme.id } }),
  ]);
  return { employees, invitations, audit };
}

beforeAll(seedDemoOrgs);

describe('members page actions refuse another org', () => {
  it('refuses a Globex admin every Acme action and leaves Acme unchanged', async () => {
    const maya = await contextFor(ACME_EMPLOYEE, 'acme');
    session.userId = (await contextFor(ACME_ADMIN, 'acme')).userId;
    const invited = await actions.inviteMemberAction(null, form({ orgSlug: 'acme', email: 'pending@acme.example', role: 'EMPLOYEE' }));
    expect(invited.ok).toBe(true);
    const invitationId = (await systemDb().invitation.findFirstOrThrow({ where: { email: 'pending@acme.example' } })).id;

    session.userId = (await contextFor(GLOBEX_ADMIN, 'globex')).userId;
    const before = await acmeState();
    const attempts = [
      actions.inviteMemberAction(null, form({ orgSlug: 'acme', email: 'mole@globex.example', role: 'ADMIN' })),
      actions.resendInvitationAction(null, form({ orgSlug: 'acme', invitationId })),
      actions.revokeInvitationAction(null, form({ orgSlug: 'acme', invitationId })),
      actions.changeMemberRoleAction(null, form({ orgSlug: 'acme', employeeId: maya.employeeId, role: 'ADMIN' })),
      actions.deactivateMemberAction(null, form({ orgSlug: 'acme', employeeId: maya.employeeId })),
      actions.reactivateMemberAction(null, form({ orgSlug: 'acme', employeeId: maya.employeeId })),
      actions.importEmployeesAction(null, form({ orgSlug: 'acme', csv: 'name,email\nMole,mole@acme.example\n' })),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, error: 'That organization was not found.' });

    // The same ids posted under Globex's own slug are simply not found there.
    const underOwnSlug = await actions.changeMemberRoleAction(null, form({ orgSlug: 'globex', employeeId: maya.employeeId, role: 'ADMIN' }));
    expect(underOwnSlug).toMatchObject({ ok: false, error: 'That member was not found.' });
    const revokeOwnSlug = await actions.revokeInvitationAction(null, form({ orgSlug: 'globex', invitationId }));
    expect(revokeOwnSlug).toMatchObject({ ok: false, error: 'That pending invitation was not found.' });

    expect(await acmeState()).toEqual(before);
  });

  it('refuses to join an org by domain when the email domain is not allowed', async () => {
    session.userId = (await contextFor(GLOBEX_ADMIN, 'globex')).userId;
    expect(await orgActions.joinOrganizationAction(null, form({ orgSlug: 'acme' }))).toMatchObject({ ok: false, error: 'That organization was not found.' });
    expect(await contextFor(GLOBEX_ADMIN, 'globex')).toBeTruthy();
    const acme = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
    expect(await systemDb().employee.count({ where: { orgId: acme.id, email: 'grace.kim@globex.example' } })).toBe(0);
  });

  it('refuses signed-out callers', async () => {
    session.userId = null;
    expect(await actions.inviteMemberAction(null, form({ orgSlug: 'acme', email: 'a@acme.example', role: 'EMPLOYEE' }))).toMatchObject({ ok: false, error: expect.stringMatching(/sign in/i) });
    expect(await orgActions.createOrganizationAction(null, form({ name: 'Sneaky', slug: 'sneaky', allowedEmailDomains: '' }))).toMatchObject({ ok: false, error: expect.stringMatching(/sign in/i) });
  });
});

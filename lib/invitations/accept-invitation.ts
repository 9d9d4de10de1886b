import { recordAuditEvent } from '../audit/record-audit-event';
import { nameFromEmail } from '../auth/email-address';
import type { Role } from '../db/generated/enums';
import { ensureVerifiedUser, findInvitationByTokenHash, type InvitationLookup } from '../db/system';
import { withTenant } from '../db/tenant';
import { conflict, invalid } from '../errors';
import { readOrganizationSettings } from '../orgs/settings';
import { hashInvitationToken } from './token';

// Opening /invite/<token>: the link in the email proves the address, so accepting it signs the person in
// (lib/auth/options.ts calls acceptInvitation from its "invitation" provider) and creates their Employee.

export type InvitationState =
  | { kind: 'invalid' }
  | { kind: 'expired' | 'revoked' | 'accepted'; orgName: string }
  | { kind: 'pending'; orgName: string; orgSlug: string; email: string; role: Role };

function stateOf(invitation: InvitationLookup | null, now: Date): InvitationState {
  if (!invitation) return { kind: 'invalid' };
  if (invitation.status === 'REVOKED') return { kind: 'revoked', orgName: invitation.orgName };
  if (invitation.status === 'ACCEPTED') return { kind: 'accepted', orgName: invitation.orgName };
  if (invitation.expiresAt <= now) return { kind: 'expired', orgName: invitation.orgName };
  return { kind: 'pending', orgName: invitation.orgName, orgSlug: invitation.orgSlug, email: invitation.email, role: invitation.role };
}

const STATE_MESSAGES = {
  invalid: 'This invitation link is not valid. Check that you copied the whole link.',
  expired: 'This invitation has expired. Ask your administrator to send a new one.',
  revoked: 'This invitation was withdrawn by your administrator.',
  accepted: 'This invitation was already used. Sign in to continue.',
} as const;

export function invitationStateMessage(kind: keyof typeof STATE_MESSAGES): string {
  return STATE_MESSAGES[kind];
}

export async function inspectInvitation(token: string, now = new Date()): Promise<InvitationState> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { kind: 'invalid' };
  return stateOf(await findInvitationByTokenHash(hashInvitationToken(token)), now);
}

/** Single use: of two concurrent accepts, one wins and the other is told the link was used. */
export async function acceptInvitation(token: string, now = new Date()): Promise<{ userId: string; orgSlug: string }> {
  const invitation = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await findInvitationByTokenHash(hashInvitationToken(token)) : null;
  const state = stateOf(invitation, now);
  if (state.kind !== 'pending' || !invitation) throw invalid(invitationStateMessage(state.kind === 'pending' ? 'invalid' : state.kind));
  const user = await ensureVerifiedUser(invitation.email);
  await withTenant({ orgId: invitation.orgId, userId: user.id }, async (db) => {
    const claimed = await db.invitation.updateMany({
      where: { orgId: invitation.orgId, id: invitation.id, status: 'PENDING', expiresAt: { gt: now } },
      data: { status: 'ACCEPTED', acceptedAt: now },
    });
    if (claimed.count === 0) throw conflict(invitationStateMessage('accepted'));
    const org = await db.organization.findUniqueOrThrow({ where: { id: invitation.orgId } });
    // The person may already be in the org: imported by email, or linked to this user under another address.
    const existing = await db.employee.findFirst({ where: { orgId: invitation.orgId, OR: [{ email: invitation.email }, { userId: user.id }] } });
    const employee = existing
      ? await db.employee.update({
          where: { orgId_id: { orgId: invitation.orgId, id: existing.id } },
          data: { userId: user.id, role: invitation.role, status: 'ACTIVE' },
        })
      : await db.employee.create({
          data: {
            orgId: invitation.orgId,
            userId: user.id,
            email: invitation.email,
            name: user.name ?? nameFromEmail(invitation.email),
            role: invitation.role,
            timeZone: readOrganizationSettings(org.settings).defaultTimeZone,
          },
        });
    await db.invitation.update({ where: { orgId_id: { orgId: invitation.orgId, id: invitation.id } }, data: { acceptedById: employee.id } });
    const ctx = { orgId: invitation.orgId, orgSlug: invitation.orgSlug, orgName: invitation.orgName, userId: user.id, employeeId: employee.id, employeeName: employee.name, role: employee.role };
    await recordAuditEvent(db, ctx, { action: 'invitation.accepted', entityType: 'Invitation', entityId: invitation.id, after: { email: invitation.email, role: invitation.role } });
  });
  return { userId: user.id, orgSlug: invitation.orgSlug };
}

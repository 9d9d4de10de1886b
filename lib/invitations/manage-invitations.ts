import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { emailAddressSchema } from '../auth/email-address';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import type { Role } from '../db/generated/enums';
import { withTenant, type TenantDb } from '../db/tenant';
import { conflict, invalid, notFound } from '../errors';
import { sendMail } from '../mail';
import { invitationEmail } from './invitation-email';
import { invitationExpiry, newInvitationToken } from './token';

export const ROLES = ['EMPLOYEE', 'STEWARD', 'HR_ADMIN', 'ADMIN'] as const satisfies readonly Role[];

export const inviteMemberInput = z.object({
  email: emailAddressSchema,
  role: z.enum(ROLES, 'Choose a role'),
});

export const invitationIdInput = z.object({ invitationId: z.uuid('That invitation was not found.') });

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  status: 'PENDING' | 'ACCEPTED' | 'REVOKED';
  expired: boolean;
  expiresAt: Date;
  lastSentAt: Date;
  sendCount: number;
  invitedBy: string | null;
}

async function inviterName(db: TenantDb, ctx: TenantContext): Promise<string> {
  const me = await db.employee.findUnique({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { name: true } });
  return me?.name ?? 'A colleague';
}

/** Admins invite by email with a role. Sends the email after the invitation is stored. */
export async function inviteMember(ctx: TenantContext, input: z.output<typeof inviteMemberInput>): Promise<{ id: string }> {
  requireRole(ctx, 'ADMIN');
  const { token, tokenHash } = newInvitationToken();
  const { id, mail } = await withTenant(ctx, async (db) => {
    const member = await db.employee.findUnique({ where: { orgId_email: { orgId: ctx.orgId, email: input.email } }, select: { status: true, userId: true } });
    if (member?.status === 'ACTIVE' && member.userId) throw invalid('Please correct the highlighted fields.', { email: ['This person is already a member.'] });
    const pending = await db.invitation.findFirst({ where: { orgId: ctx.orgId, email: input.email, status: 'PENDING', expiresAt: { gt: new Date() } } });
    if (pending) throw conflict('This person already has a pending invitation. Resend it from the list below.');
    const invitation = await db.invitation.create({
      data: { orgId: ctx.orgId, email: input.email, role: input.role, tokenHash, invitedById: ctx.employeeId, expiresAt: invitationExpiry() },
    });
    await recordAuditEvent(db, ctx, { action: 'invitation.created', entityType: 'Invitation', entityId: invitation.id, after: { email: input.email, role: input.role } });
    return { id: invitation.id, mail: invitationEmail({ to: input.email, token, orgName: ctx.orgName, inviterName: await inviterName(db, ctx), role: input.role }) };
  });
  await sendMail(mail);
  return { id };
}

/** A new link (the old one stops working) and a new expiry for a pending invitation. */
export async function resendInvitation(ctx: TenantContext, input: z.output<typeof invitationIdInput>): Promise<void> {
  requireRole(ctx, 'ADMIN');
  const { token, tokenHash } = newInvitationToken();
  const mail = await withTenant(ctx, async (db) => {
    const invitation = await db.invitation.findUnique({ where: { orgId_id: { orgId: ctx.orgId, id: input.invitationId } } });
    if (!invitation) throw notFound('That invitation');
    if (invitation.status !== 'PENDING') throw conflict(`This invitation was already ${invitation.status === 'ACCEPTED' ? 'accepted' : 'revoked'}.`);
    await db.invitation.update({
      where: { orgId_id: { orgId: ctx.orgId, id: invitation.id } },
      data: { tokenHash, expiresAt: invitationExpiry(), lastSentAt: new Date(), sendCount: { increment: 1 } },
    });
    await recordAuditEvent(db, ctx, { action: 'invitation.resent', entityType: 'Invitation', entityId: invitation.id, after: { email: invitation.email } });
    return invitationEmail({ to: invitation.email, token, orgName: ctx.orgName, inviterName: await inviterName(db, ctx), role: invitation.role });
  });
  await sendMail(mail);
}

export async function revokeInvitation(ctx: TenantContext, input: z.output<typeof invitationIdInput>): Promise<void> {
  requireRole(ctx, 'ADMIN');
  await withTenant(ctx, async (db) => {
    const { count } = await db.invitation.updateMany({
      where: { orgId: ctx.orgId, id: input.invitationId, status: 'PENDING' },
      data: { status: 'REVOKED', revokedAt: new Date() },
    });
    if (count === 0) throw notFound('That pending invitation');
    await recordAuditEvent(db, ctx, { action: 'invitation.revoked', entityType: 'Invitation', entityId: input.invitationId });
  });
}

/** Pending invitations first, then the last 20 accepted or revoked. */
export async function listInvitations(ctx: TenantContext): Promise<InvitationRow[]> {
  requireRole(ctx, 'ADMIN');
  return withTenant(ctx, async (db) => {
    const select = { id: true, email: true, role: true, status: true, expiresAt: true, lastSentAt: true, sendCount: true, invitedBy: { select: { name: true } } } as const;
    const [pending, recent] = await Promise.all([
      db.invitation.findMany({ where: { orgId: ctx.orgId, status: 'PENDING' }, orderBy: { createdAt: 'desc' }, take: 100, select }),
      db.invitation.findMany({ where: { orgId: ctx.orgId, status: { not: 'PENDING' } }, orderBy: { createdAt: 'desc' }, take: 20, select }),
    ]);
    const now = Date.now();
    return [...pending, ...recent].map(({ invitedBy, ...row }) => ({ ...row, expired: row.status === 'PENDING' && row.expiresAt.getTime() <= now, invitedBy: invitedBy?.name ?? null }));
  });
}

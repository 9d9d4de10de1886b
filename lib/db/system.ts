import type { Role } from './generated/enums';
import { systemClient, type Db } from './client';

export type { Db };

// The reviewed exceptions to withTenant(): lookups needed before an org is known (the org in the URL,
// the signed-in user's memberships, demo personas), plus the seeding/CLI entry point. Everything here
// reads across orgs, so each function returns only what its caller needs.

export interface Membership {
  orgId: string;
  orgSlug: string;
  orgName: string;
  employeeId: string;
  employeeName: string;
  role: Role;
}

const membershipSelect = {
  id: true,
  name: true,
  role: true,
  org: { select: { id: true, slug: true, name: true } },
} as const;

type MembershipRow = { id: string; name: string; role: Role; org: { id: string; slug: string; name: string } };

function toMembership(row: MembershipRow): Membership {
  return { orgId: row.org.id, orgSlug: row.org.slug, orgName: row.org.name, employeeId: row.id, employeeName: row.name, role: row.role };
}

/** The user's active membership in the org with this slug, or null (unknown org, not a member, deactivated). */
export async function findMembership(userId: string, orgSlug: string): Promise<Membership | null> {
  const row = await systemClient().employee.findFirst({
    where: { userId, status: 'ACTIVE', org: { slug: orgSlug } },
    select: membershipSelect,
  });
  return row ? toMembership(row) : null;
}

/** All orgs where the user is an active member, by org name. */
export async function listMemberships(userId: string): Promise<Membership[]> {
  const rows = await systemClient().employee.findMany({
    where: { userId, status: 'ACTIVE' },
    select: membershipSelect,
    orderBy: { org: { name: 'asc' } },
  });
  return rows.map(toMembership);
}

export interface SignInUser {
  id: string;
  email: string;
  name: string | null;
}

export async function findUserById(userId: string): Promise<SignInUser | null> {
  return systemClient().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
}

export interface DemoPersona extends Membership {
  userId: string;
  email: string;
}

/** Users with the given emails and their memberships: the one-click personas of demo mode. */
export async function listPersonas(emails: readonly string[]): Promise<DemoPersona[]> {
  const rows = await systemClient().employee.findMany({
    where: { status: 'ACTIVE', user: { email: { in: [...emails] } } },
    select: { ...membershipSelect, user: { select: { id: true, email: true } } },
  });
  return rows.flatMap((row) => (row.user ? [{ ...toMembership(row), userId: row.user.id, email: row.user.email }] : []));
}

/** Seeding and the CLI write across orgs; nothing that serves a request may call this. */
export function systemDb(): Db {
  return systemClient();
}

export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
}

/** The dev outbox: mail kept instead of sent when no SMTP server is configured. */
export async function recordOutboxEmail(mail: { to: string; subject: string; text: string; html?: string }): Promise<void> {
  await systemClient().outboxEmail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null } });
}

export async function listOutboxEmails(limit = 50): Promise<OutboxEntry[]> {
  return systemClient().outboxEmail.findMany({ orderBy: { createdAt: 'desc' }, take: limit });
}

export interface InvitationLookup {
  id: string;
  orgId: string;
  orgSlug: string;
  orgName: string;
  email: string;
  role: Role;
  status: 'PENDING' | 'ACCEPTED' | 'REVOKED';
  expiresAt: Date;
}

/** An invitation found by its token's hash, before anyone is a member of its org (the /invite page). */
export async function findInvitationByTokenHash(tokenHash: string): Promise<InvitationLookup | null> {
  const row = await systemClient().invitation.findUnique({
    where: { tokenHash },
    select: { id: true, orgId: true, email: true, role: true, status: true, expiresAt: true, org: { select: { slug: true, name: true } } },
  });
  return row ? { id: row.id, orgId: row.orgId, orgSlug: row.org.slug, orgName: row.org.name, email: row.email, role: row.role, status: row.status, expiresAt: row.expiresAt } : null;
}

/** The user with this email, created when missing; the email counts as verified (the caller proved it). */
export async function ensureVerifiedUser(email: string): Promise<{ id: string; name: string | null }> {
  const now = new Date();
  const user = await systemClient().user.upsert({ where: { email }, create: { email, emailVerified: now }, update: {}, select: { id: true, name: true, emailVerified: true } });
  if (!user.emailVerified) await systemClient().user.update({ where: { id: user.id }, data: { emailVerified: now } });
  return { id: user.id, name: user.name };
}

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
  ics: string | null;
  createdAt: Date;
}

/** The dev outbox: mail kept instead of sent when no SMTP server is configured. */
export async function recordOutboxEmail(mail: { to: string; subject: string; text: string; html?: string; ics?: string }): Promise<void> {
  await systemClient().outboxEmail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, ics: mail.ics ?? null } });
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

/**
 * The person behind a calendar feed token, found by the token's hash before any org is known (the feed
 * URL carries no session). Revoked feeds and deactivated people find nothing.
 */
export async function findCalendarFeedByTokenHash(tokenHash: string): Promise<{ orgId: string; employeeId: string; userId: string | null } | null> {
  const row = await systemClient().calendarFeed.findUnique({
    where: { tokenHash },
    select: { orgId: true, employeeId: true, revokedAt: true, employee: { select: { userId: true, status: true } } },
  });
  if (!row || row.revokedAt || row.employee.status !== 'ACTIVE') return null;
  return { orgId: row.orgId, employeeId: row.employeeId, userId: row.employee.userId };
}

/**
 * The user with this email (already normalized: lib/auth/email-address.ts), created when missing; the
 * email counts as verified (the caller proved it).
 */
export async function ensureVerifiedUser(email: string): Promise<{ id: string; name: string | null }> {
  const now = new Date();
  const user = await createAuthUser({ email, name: null, emailVerified: now, image: null });
  if (!user.emailVerified) await systemClient().user.update({ where: { id: user.id }, data: { emailVerified: now } });
  return { id: user.id, name: user.name };
}

export interface JoinCandidate {
  userEmail: string;
  emailVerified: boolean;
  userName: string | null;
  orgs: { id: string; slug: string; name: string; settings: unknown }[];
}

/**
 * The orgs that list the user's email domain as allowed (join by domain). The caller still checks each
 * org's settings and the user's existing membership.
 */
export async function findDomainJoinCandidates(userId: string): Promise<JoinCandidate | null> {
  const user = await systemClient().user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true, name: true } });
  if (!user) return null;
  const domain = user.email.split('@')[1]?.toLowerCase() ?? '';
  const orgs = await systemClient().organization.findMany({
    where: { settings: { path: ['allowedEmailDomains'], array_contains: [domain] } },
    select: { id: true, slug: true, name: true, settings: true },
    orderBy: { name: 'asc' },
  });
  return { userEmail: user.email, emailVerified: user.emailVerified !== null, userName: user.name, orgs };
}

// ─── Sign-in (next-auth adapter, lib/auth/adapter.ts) and abuse limits (lib/auth/rate-limit.ts) ─────────
// Emails arrive here already normalized (trimmed, lowercase) by lib/auth/email-address.ts.

export interface AuthUser {
  id: string;
  email: string;
  name: string | null;
  emailVerified: Date | null;
  image: string | null;
}

const authUserSelect = { id: true, email: true, name: true, emailVerified: true, image: true } as const;

export async function findAuthUserById(id: string): Promise<AuthUser | null> {
  return systemClient().user.findUnique({ where: { id }, select: authUserSelect });
}

export async function findAuthUserByEmail(email: string): Promise<AuthUser | null> {
  return systemClient().user.findUnique({ where: { email }, select: authUserSelect });
}

export async function findAuthUserByAccount(provider: string, providerAccountId: string): Promise<AuthUser | null> {
  const account = await systemClient().account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: authUserSelect } },
  });
  return account?.user ?? null;
}

/**
 * The user with this email, created from `user` when there is none. Prisma's upsert is a read then an
 * insert, so two concurrent first sign-ins could both insert; the unique email decides, and the loser
 * returns the winner's row.
 */
export async function createAuthUser(user: { email: string; name: string | null; emailVerified: Date | null; image: string | null }): Promise<AuthUser> {
  const existing = await findAuthUserByEmail(user.email);
  if (existing) return existing;
  try {
    return await systemClient().user.create({ data: user, select: authUserSelect });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'P2002') throw error;
    return systemClient().user.findUniqueOrThrow({ where: { email: user.email }, select: authUserSelect });
  }
}

export async function updateAuthUser(id: string, data: { email?: string; name?: string | null; emailVerified?: Date | null; image?: string | null }): Promise<AuthUser> {
  return systemClient().user.update({ where: { id }, data, select: authUserSelect });
}

/** Links a provider identity (e.g. the OIDC `sub`) to a user. Provider tokens are not stored: nothing uses them. */
export async function linkAuthAccount(account: { userId: string; type: string; provider: string; providerAccountId: string }): Promise<void> {
  await systemClient().account.upsert({
    where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
    create: account,
    update: {},
  });
}

/** Stores a magic-link token (next-auth passes it hashed). */
export async function createVerificationToken(token: { identifier: string; token: string; expires: Date }): Promise<void> {
  await systemClient().verificationToken.create({ data: token });
}

/**
 * Deletes the token and returns what it was, in one statement: of two concurrent uses of the same link
 * only one gets the row back, so a link works once. Expiry is the caller's check.
 */
export async function consumeVerificationToken(identifier: string, token: string): Promise<{ identifier: string; token: string; expires: Date } | null> {
  const rows = await systemClient().$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
    DELETE FROM "VerificationToken" WHERE "identifier" = ${identifier} AND "token" = ${token}
    RETURNING "identifier", "token", "expires"`;
  const row = rows[0];
  return row ? { identifier: row.identifier, token: row.token, expires: new Date(row.expires) } : null;
}

export async function deleteVerificationTokensExpiredBefore(cutoff: Date): Promise<number> {
  return systemClient().$executeRaw`DELETE FROM "VerificationToken" WHERE "expires" < ${cutoff.toISOString()}::timestamptz`;
}

/** Counts one hit in the fixed window starting at `windowStart`, atomically across app replicas; returns the window's count. */
export async function incrementRateLimitBucket(key: string, windowStart: Date): Promise<number> {
  const rows = await systemClient().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart.toISOString()}::timestamptz, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]!.count);
}

export async function deleteRateLimitBucketsBefore(cutoff: Date): Promise<number> {
  return systemClient().$executeRaw`DELETE FROM "RateLimitBucket" WHERE "windowStart" < ${cutoff.toISOString()}::timestamptz`;
}

// ─── Creating an organization (lib/orgs/create-organization.ts, and the CLI through it) ─────────────────
// The one tenant write that cannot start in withTenant(): there is no org to scope to until its row exists,
// and peerbridge_app may only insert the row of the org it is already scoped to. So only the Organization
// row is inserted as peerbridge_system; then, in the same transaction, the connection drops to
// peerbridge_app scoped to the new org (exactly what withTenant() does), and `fn` (the founder's Employee
// row, the audit event) runs under row-level security. One transaction: if `fn` fails, no org is left
// behind. The unique index on slug is the guard against two people taking the same address; that
// violation (Prisma P2002) reaches the caller, which reports it on the slug field.
export async function insertOrganizationAsTenant<T>(
  org: { name: string; slug: string; settings: import('./generated/client').Prisma.InputJsonValue },
  userId: string,
  fn: (orgId: string, db: import('./tenant').TenantDb) => Promise<T>,
): Promise<T> {
  return systemClient().$transaction(async (tx) => {
    const { id } = await tx.organization.create({ data: org, select: { id: true } });
    await tx.$queryRaw`select set_config('role', 'peerbridge_app', true), set_config('app.org_id', ${id}, true), set_config('app.user_id', ${userId}, true)`;
    return fn(id, tx);
  });
}

// ─── Personal API tokens (lib/auth/api-token-caller.ts) ──────────────────────────────────────────────────

export interface LiveApiToken {
  id: string;
  scopes: string[];
  lastUsedAt: Date | null;
  userId: string;
  membership: Membership;
}

/**
 * The token with this hash when it still works: not revoked, not expired, and its owner an active member
 * with a sign-in. A /api/v1 request learns its org only from this row.
 */
export async function findLiveApiTokenByHash(tokenHash: string, now: Date): Promise<LiveApiToken | null> {
  const row = await systemClient().apiToken.findFirst({
    where: { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }], employee: { status: 'ACTIVE', userId: { not: null } } },
    select: { id: true, scopes: true, lastUsedAt: true, employee: { select: { ...membershipSelect, userId: true } } },
  });
  if (!row?.employee.userId) return null;
  return { id: row.id, scopes: row.scopes, lastUsedAt: row.lastUsedAt, userId: row.employee.userId, membership: toMembership(row.employee) };
}

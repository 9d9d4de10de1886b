import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findDomainJoinCandidates } from '../db/system';
import { withTenant } from '../db/tenant';
import { conflict, forbidden, notFound } from '../errors';
import { nameFromEmail } from '../auth/email-address';
import { readOrganizationSettings } from './settings';

// Join by domain: a user whose verified email is on an org's allowed domain list may join it as an
// employee, unless the org's admins turned this off. Someone an admin deactivated cannot rejoin this way.

export const joinOrganizationInput = z.object({ orgSlug: z.string().min(1) });

export interface JoinableOrganization {
  slug: string;
  name: string;
}

async function openOrgsFor(userId: string) {
  const candidates = await findDomainJoinCandidates(userId);
  if (!candidates) return null;
  return { ...candidates, orgs: candidates.orgs.filter((org) => readOrganizationSettings(org.settings).allowDomainJoin) };
}

/** Orgs the user could join by domain now (verified email, join allowed, not a member yet). */
export async function listJoinableOrganizations(userId: string, memberOf: readonly string[]): Promise<JoinableOrganization[]> {
  const candidates = await openOrgsFor(userId);
  if (!candidates?.emailVerified) return [];
  return candidates.orgs.filter((org) => !memberOf.includes(org.slug)).map(({ slug, name }) => ({ slug, name }));
}

export async function joinOrganizationByDomain(userId: string, input: z.output<typeof joinOrganizationInput>): Promise<{ orgSlug: string }> {
  const candidates = await openOrgsFor(userId);
  const org = candidates?.orgs.find((o) => o.slug === input.orgSlug);
  if (!candidates || !org) throw notFound('That organization');
  if (!candidates.emailVerified) throw forbidden('Verify your email address first: sign in with an email link or your company’s SSO.');
  await withTenant({ orgId: org.id, userId }, async (db) => {
    const existing = await db.employee.findFirst({ where: { orgId: org.id, OR: [{ userId }, { email: candidates.userEmail }] } });
    if (existing?.status === 'DEACTIVATED') throw forbidden(`Your access to ${org.name} was turned off by an admin. Ask them to reactivate you.`);
    if (existing?.userId) throw conflict(`You are already a member of ${org.name}.`);
    const employee = existing
      ? await db.employee.update({ where: { orgId_id: { orgId: org.id, id: existing.id } }, data: { userId } })
      : await db.employee.create({
          data: {
            orgId: org.id,
            userId,
            email: candidates.userEmail,
            name: candidates.userName ?? nameFromEmail(candidates.userEmail),
            role: 'EMPLOYEE',
            timeZone: readOrganizationSettings(org.settings).defaultTimeZone,
          },
        });
    const ctx = { orgId: org.id, orgSlug: org.slug, orgName: org.name, userId, employeeId: employee.id, employeeName: employee.name, role: employee.role };
    await recordAuditEvent(db, ctx, { action: 'member.joined_by_domain', entityType: 'Employee', entityId: employee.id, after: { email: candidates.userEmail } });
  });
  return { orgSlug: org.slug };
}

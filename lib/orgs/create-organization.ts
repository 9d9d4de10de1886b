import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { TenantContext } from '../auth/tenant-context';
import { findUserById, insertOrganizationAsTenant } from '../db/system';
import { invalid, notFound } from '../errors';
import { nameFromEmail, normalizeEmail } from '../auth/email-address';
import { organizationSettingsSchema } from './settings';

// A signed-in user creates an organization and becomes its first ADMIN (also `npm run cli -- org:create`).
// The org row is inserted through lib/db/system.ts (no org context exists yet); the founder's Employee row
// and the audit event run under row-level security in the same transaction.

/** Slugs that read like app paths or roles; refused so that /o/<slug> never looks like part of the app. */
export const RESERVED_ORG_SLUGS: ReadonlySet<string> = new Set([
  'new', 'api', 'admin', 'o', 'sign-in', 'sign-out', 'sign-up', 'signin', 'signup', 'login', 'logout', 'dev',
  'app', 'www', 'auth', 'invite', 'invitations', 'settings', 'help', 'support', 'status', 'health', 'docs',
  'static', 'public', 'assets', 'system', 'root', 'mail', 'verify', 'credentials', 'peerbridge',
]);

export const ORG_SLUG_TAKEN = 'That address is taken';

const domainList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\n,;]+/).map((d) => d.trim()).filter(Boolean) : (value ?? [])),
  organizationSettingsSchema.shape.allowedEmailDomains,
);

/** The "Create an organization" form. */
export const createOrganizationInput = z.object({
  name: z.string().trim().min(2, 'Use at least 2 characters').max(80, 'Use at most 80 characters'),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, 'Use at least 3 characters')
    .max(40, 'Use at most 40 characters')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens, starting and ending with a letter or digit')
    .refine((slug) => !RESERVED_ORG_SLUGS.has(slug), 'That address is reserved; choose another'),
  allowedEmailDomains: domainList,
});

export type CreateOrganizationInput = z.output<typeof createOrganizationInput>;

export interface CreatedOrganization {
  orgId: string;
  slug: string;
  name: string;
  employeeId: string;
}

function isSlugTaken(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== 'P2002') return false;
  // Organization's only unique columns are id (generated) and slug; check the details anyway.
  return JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes('slug');
}

export async function createOrganization(userId: string, input: CreateOrganizationInput): Promise<CreatedOrganization> {
  const user = await findUserById(userId);
  if (!user) throw notFound('Your account');
  const settings = organizationSettingsSchema.parse({ allowedEmailDomains: input.allowedEmailDomains });
  try {
    return await insertOrganizationAsTenant({ name: input.name, slug: input.slug, settings }, userId, async (orgId, db) => {
      const employee = await db.employee.create({
        data: {
          orgId,
          userId,
          email: normalizeEmail(user.email),
          name: user.name?.trim() || nameFromEmail(user.email),
          role: 'ADMIN',
          timeZone: settings.defaultTimeZone,
        },
        select: { id: true, name: true },
      });
      const ctx: TenantContext = { orgId, orgSlug: input.slug, orgName: input.name, userId, employeeId: employee.id, employeeName: employee.name, role: 'ADMIN' };
      await recordAuditEvent(db, ctx, { action: 'organization.created', entityType: 'Organization', entityId: orgId, after: { name: input.name, slug: input.slug, settings } });
      return { orgId, slug: input.slug, name: input.name, employeeId: employee.id };
    });
  } catch (error) {
    if (isSlugTaken(error)) throw invalid('Please correct the highlighted fields.', { slug: [ORG_SLUG_TAKEN] });
    throw error;
  }
}

import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { SESSION_EMAIL_KINDS, type SessionEmailKind } from './session-email-kinds';

/** The form has one checkbox per kind, named after it, sent as "on" when ticked (an unticked box is not sent). */
export const emailPreferencesInput = z.object(
  Object.fromEntries(SESSION_EMAIL_KINDS.map((k) => [k.kind, z.literal('on').optional()])) as Record<SessionEmailKind, z.ZodOptional<z.ZodLiteral<'on'>>>,
);
export type EmailPreferencesInput = z.output<typeof emailPreferencesInput>;

/** Saves which session emails the caller gets: the unticked kinds are muted. Only ever the caller's own row. */
export async function updateEmailPreferences(ctx: TenantContext, input: EmailPreferencesInput): Promise<{ muted: SessionEmailKind[] }> {
  const muted = SESSION_EMAIL_KINDS.map((k) => k.kind).filter((kind) => input[kind] !== 'on');
  await withTenant(ctx, (db) => db.employee.update({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, data: { mutedEmails: muted }, select: { id: true } }));
  return { muted };
}

import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { listSkillChoices, type SkillChoice } from '../profiles';
import { listSessionCommunities } from './list-session-communities';

export interface HostingChoices {
  /** The host's own zone: the form's date and time are on this clock. */
  timeZone: string;
  /** Today as "YYYY-MM-DD" on that clock: the earliest day the form offers. */
  today: string;
  /** The org's approved skills (a session is tagged only with reviewed skills). */
  skills: SkillChoice[];
  communities: { id: string; name: string }[];
}

/** What the "host a session" form offers the caller. */
export async function getHostingChoices(ctx: TenantContext, now: Date = new Date()): Promise<HostingChoices> {
  const [me, skills, communities] = await Promise.all([
    withTenant(ctx, (db) => db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } })),
    listSkillChoices(ctx),
    listSessionCommunities(ctx),
  ]);
  // en-CA writes dates as YYYY-MM-DD.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: me.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return { timeZone: me.timeZone, today, skills: skills.filter((s) => !s.proposed), communities };
}

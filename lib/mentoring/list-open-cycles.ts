import type { TenantContext } from '../auth/tenant-context';
import type { MentorRequestStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';

export interface OpenCycle {
  id: string;
  name: string;
  description: string | null;
  programName: string | null;
  signupOpensAt: Date;
  signupClosesAt: Date;
  /** Sign-up is open right now (the round is open and today is inside its window). */
  signupOpen: boolean;
  myRequests: { id: string; skillName: string; targetLevel: number; status: MentorRequestStatus }[];
  /** Slots I offered in this round (null: I have not offered). */
  myCapacity: number | null;
}

/** The rounds open for sign-up, with what the caller already entered in each, and the caller's time zone. */
export async function listOpenCycles(ctx: TenantContext, now = new Date()): Promise<{ cycles: OpenCycle[]; canTeach: boolean; zone: string }> {
  return withTenant(ctx, async (db) => {
    const [cycles, teaches, me] = await Promise.all([
      db.matchingCycle.findMany({
        where: { orgId: ctx.orgId, status: 'OPEN' },
        orderBy: [{ signupClosesAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          name: true,
          description: true,
          programName: true,
          signupOpensAt: true,
          signupClosesAt: true,
          requests: { where: { learnerId: ctx.employeeId, status: { not: 'WITHDRAWN' } }, orderBy: { createdAt: 'asc' }, select: { id: true, targetLevel: true, status: true, skill: { select: { name: true } } } },
          mentors: { where: { mentorId: ctx.employeeId }, select: { capacity: true } },
        },
      }),
      db.employeeSkill.count({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId, canTeach: true } }),
      db.employee.findUnique({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } }),
    ]);
    return {
      canTeach: teaches > 0,
      zone: me?.timeZone ?? 'UTC',
      cycles: cycles.map(({ requests, mentors, ...c }) => ({
        ...c,
        signupOpen: now >= c.signupOpensAt && now < c.signupClosesAt,
        myRequests: requests.map((r) => ({ id: r.id, skillName: r.skill.name, targetLevel: r.targetLevel, status: r.status })),
        myCapacity: mentors[0] && mentors[0].capacity > 0 ? mentors[0].capacity : null,
      })),
    };
  });
}

import type { TenantContext } from '../auth/tenant-context';
import type { MatchStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { expireProposalsAndNotify } from './expire-proposals-and-notify';

const PAST_LEARNING_SHOWN = 20;

interface Person {
  id: string;
  name: string;
  title: string | null;
}

export interface MyOpenRequest {
  id: string;
  skillId: string;
  skillName: string;
  targetLevel: number;
  createdAt: Date;
  cycle: { id: string; name: string } | null;
  /** The proposal waiting for an answer, if one is out. */
  pending: { matchId: string; mentor: Person; sentAt: Date; expiresAt: Date | null } | null;
  /** The last proposal that ended without a match (declined, expired or withdrawn), when none is pending. */
  lastOutcome: { status: MatchStatus; mentor: Person; at: Date; responseMessage: string | null } | null;
}

export interface MyMatch {
  id: string;
  requestId: string;
  skillName: string;
  mentor: Person;
  status: MatchStatus;
  /** Accepted at (active ones), or ended/answered at (past ones). */
  since: Date;
  endReason: string | null;
}

export interface MyLearning {
  /** The learner's time zone, to show dates in. */
  timeZone: string;
  openRequests: MyOpenRequest[];
  active: MyMatch[];
  past: MyMatch[];
  pastCount: number;
  /** Active learning goals without an open request or active match, to suggest asking for a mentor. */
  goalsWithoutMentor: { id: string; skillId: string; skillName: string; targetLevel: number }[];
}

const person = { select: { id: true, name: true, title: true } } as const;

/**
 * The learner's side of mentoring: requests still looking for a mentor (with the live proposal's state),
 * active mentorships, and the most recent past ones (ended, or requests that closed without a match).
 */
export async function getMyLearning(ctx: TenantContext, now: Date = new Date()): Promise<MyLearning> {
  await expireProposalsAndNotify(ctx.orgId, now);
  return withTenant(ctx, async (db) => {
    const mine = { orgId: ctx.orgId, learnerId: ctx.employeeId };
    const [me, requests, active, past, pastCount, goals] = await Promise.all([
      db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } }),
      db.mentorRequest.findMany({
        where: { ...mine, status: 'OPEN' },
        orderBy: { createdAt: 'desc' },
        select: {
          id: true, skillId: true, targetLevel: true, createdAt: true,
          skill: { select: { name: true } },
          cycle: { select: { id: true, name: true } },
          matches: {
            where: { status: { in: ['PROPOSED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] } },
            orderBy: { updatedAt: 'desc' },
            take: 1,
            select: { id: true, status: true, createdAt: true, expiresAt: true, updatedAt: true, responseMessage: true, mentor: person },
          },
        },
      }),
      db.match.findMany({
        where: { ...mine, status: 'ACCEPTED' },
        orderBy: { respondedAt: 'desc' },
        select: { id: true, requestId: true, status: true, respondedAt: true, updatedAt: true, endReason: true, skill: { select: { name: true } }, mentor: person },
      }),
      db.match.findMany({
        where: { ...mine, status: 'ENDED' },
        orderBy: { endedAt: 'desc' },
        take: PAST_LEARNING_SHOWN,
        select: { id: true, requestId: true, status: true, endedAt: true, updatedAt: true, endReason: true, skill: { select: { name: true } }, mentor: person },
      }),
      db.match.count({ where: { ...mine, status: 'ENDED' } }),
      db.learningGoal.findMany({
        where: {
          orgId: ctx.orgId,
          employeeId: ctx.employeeId,
          status: 'ACTIVE',
          skill: { mentorRequests: { none: { learnerId: ctx.employeeId, OR: [{ status: 'OPEN' }, { matches: { some: { status: 'ACCEPTED' } } }] } } },
        },
        orderBy: { createdAt: 'asc' },
        select: { id: true, skillId: true, targetLevel: true, skill: { select: { name: true } } },
      }),
    ]);
    return {
      timeZone: me.timeZone,
      openRequests: requests.map((r) => {
        const last = r.matches[0];
        return {
          id: r.id,
          skillId: r.skillId,
          skillName: r.skill.name,
          targetLevel: r.targetLevel,
          createdAt: r.createdAt,
          cycle: r.cycle,
          pending: last?.status === 'PROPOSED' ? { matchId: last.id, mentor: last.mentor, sentAt: last.createdAt, expiresAt: last.expiresAt } : null,
          lastOutcome: last && last.status !== 'PROPOSED' ? { status: last.status, mentor: last.mentor, at: last.updatedAt, responseMessage: last.responseMessage } : null,
        };
      }),
      active: active.map((m) => ({ id: m.id, requestId: m.requestId, skillName: m.skill.name, mentor: m.mentor, status: m.status, since: m.respondedAt ?? m.updatedAt, endReason: m.endReason })),
      past: past.map((m) => ({ id: m.id, requestId: m.requestId, skillName: m.skill.name, mentor: m.mentor, status: m.status, since: m.endedAt ?? m.updatedAt, endReason: m.endReason })),
      pastCount,
      goalsWithoutMentor: goals.map((g) => ({ id: g.id, skillId: g.skillId, skillName: g.skill.name, targetLevel: g.targetLevel })),
    };
  });
}

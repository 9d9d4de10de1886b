import type { TenantContext } from '../auth/tenant-context';
import type { MatchSource, MatchStatus, MentoringFormat } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import type { ScoreTerm } from '../matching';
import { expireProposalsAndNotify } from './expire-proposals-and-notify';
import { readScoreTerms } from './read-score-terms';

export interface WaitingProposal {
  id: string;
  source: MatchSource;
  cycleName: string | null;
  learner: { id: string; name: string; title: string | null; department: string | null };
  skillName: string;
  currentLevel: number | null;
  targetLevel: number;
  format: MentoringFormat;
  outcome: string | null;
  message: string | null;
  terms: ScoreTerm[];
  proposedAt: Date;
  expiresAt: Date | null;
}

export interface MenteeMatch {
  id: string;
  status: MatchStatus;
  learnerName: string;
  skillName: string;
  /** When it began (accepted) or, for past ones, when it was last answered or ended. */
  since: Date;
}

export interface MyMentoring {
  timeZone: string;
  capacity: number;
  active: number;
  waitingCount: number;
  /** Skills the caller has marked "can teach", highest level first. */
  teaches: string[];
  waiting: WaitingProposal[];
  mentees: MenteeMatch[];
  past: MenteeMatch[];
  /** People the caller asked not to be suggested to, with when. */
  blocked: { id: string; name: string; since: Date }[];
}

export const PAST_MATCHES_SHOWN = 20;

/**
 * The caller's side as a mentor: proposals waiting for their answer (soonest deadline first), active mentees,
 * recent past ones, their load against their capacity, and who they blocked. Expires overdue proposals first.
 */
export async function getMyMentoring(ctx: TenantContext, now: Date = new Date()): Promise<MyMentoring> {
  await expireProposalsAndNotify(ctx.orgId, now);
  return withTenant(ctx, async (db) => {
    const mine = { orgId: ctx.orgId, mentorId: ctx.employeeId };
    const [me, teaches, proposals, accepted, past, blocked] = await Promise.all([
      db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true, mentoringCapacity: true } }),
      db.employeeSkill.findMany({
        where: { orgId: ctx.orgId, employeeId: ctx.employeeId, canTeach: true },
        orderBy: [{ level: { sort: 'desc', nulls: 'last' } }, { skill: { name: 'asc' } }],
        select: { skill: { select: { name: true } } },
      }),
      db.match.findMany({
        where: { ...mine, status: 'PROPOSED' },
        orderBy: [{ expiresAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
        select: {
          id: true,
          source: true,
          message: true,
          explanation: true,
          createdAt: true,
          expiresAt: true,
          cycle: { select: { name: true } },
          skill: { select: { name: true } },
          learner: { select: { id: true, name: true, title: true, department: { select: { name: true } } } },
          request: { select: { currentLevel: true, targetLevel: true, format: true, outcome: true } },
        },
      }),
      db.match.findMany({
        where: { ...mine, status: 'ACCEPTED' },
        orderBy: [{ respondedAt: 'desc' }, { id: 'asc' }],
        select: { id: true, status: true, respondedAt: true, createdAt: true, learner: { select: { name: true } }, skill: { select: { name: true } } },
      }),
      db.match.findMany({
        where: { ...mine, status: { in: ['ENDED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] } },
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
        take: PAST_MATCHES_SHOWN,
        select: { id: true, status: true, updatedAt: true, endedAt: true, respondedAt: true, learner: { select: { name: true } }, skill: { select: { name: true } } },
      }),
      db.matchingBlock.findMany({
        where: { orgId: ctx.orgId, employeeId: ctx.employeeId },
        orderBy: { createdAt: 'desc' },
        select: { createdAt: true, blocked: { select: { id: true, name: true } } },
      }),
    ]);
    return {
      timeZone: me.timeZone,
      capacity: me.mentoringCapacity,
      active: accepted.length,
      waitingCount: proposals.length,
      teaches: teaches.map((t) => t.skill.name),
      waiting: proposals.map((p) => ({
        id: p.id,
        source: p.source,
        cycleName: p.cycle?.name ?? null,
        learner: { id: p.learner.id, name: p.learner.name, title: p.learner.title, department: p.learner.department?.name ?? null },
        skillName: p.skill.name,
        currentLevel: p.request.currentLevel,
        targetLevel: p.request.targetLevel,
        format: p.request.format,
        outcome: p.request.outcome,
        message: p.message,
        terms: readScoreTerms(p.explanation),
        proposedAt: p.createdAt,
        expiresAt: p.expiresAt,
      })),
      mentees: accepted.map((m) => ({ id: m.id, status: m.status, learnerName: m.learner.name, skillName: m.skill.name, since: m.respondedAt ?? m.createdAt })),
      past: past.map((m) => ({ id: m.id, status: m.status, learnerName: m.learner.name, skillName: m.skill.name, since: m.endedAt ?? m.respondedAt ?? m.updatedAt })),
      blocked: blocked.map((b) => ({ id: b.blocked.id, name: b.blocked.name, since: b.createdAt })),
    };
  });
}

import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import type { MatchSource, MatchStatus, MentoringFormat } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import type { ScoreTerm } from '../matching';
import { readScoreTerms } from './read-score-terms';

export interface MatchPerson {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
  timeZone: string;
}

export interface MatchDetails {
  id: string;
  /** Which side the caller is on. */
  viewerSide: 'learner' | 'mentor';
  viewerTimeZone: string;
  status: MatchStatus;
  source: MatchSource;
  cycleName: string | null;
  learner: MatchPerson;
  mentor: MatchPerson;
  skill: { id: string; name: string };
  goal: { targetLevel: number; dueDate: Date | null; why: string | null } | null;
  request: { id: string; currentLevel: number | null; targetLevel: number; outcome: string | null; format: MentoringFormat; acceptsAsync: boolean };
  score: number;
  terms: ScoreTerm[];
  message: string | null;
  proposedAt: Date;
  expiresAt: Date | null;
  respondedAt: Date | null;
  responseMessage: string | null;
  endedAt: Date | null;
  endedByName: string | null;
  endReason: string | null;
  /** When the learner took the proposal back. */
  withdrawnAt: Date | null;
  /** The learner's rating, shown to the learner only (it counts toward the mentor's average, not a per-match verdict they see). */
  learnerRating: number | null;
  /** The pair's booked sessions still to come, soonest first. */
  upcomingSessions: { id: string; startsAt: Date; endsAt: Date; agenda: string | null }[];
}

const person = { select: { id: true, name: true, title: true, timeZone: true, department: { select: { name: true } } } } as const;

/** One match, for its learner or its mentor only (anyone else: not found), with what happened to it so far. */
export async function getMatch(ctx: TenantContext, matchId: string, now: Date = new Date()): Promise<MatchDetails> {
  if (!z.uuid().safeParse(matchId).success) throw notFound('That match');
  const match = await withTenant(ctx, (db) =>
    db.match.findFirst({
      where: { orgId: ctx.orgId, id: matchId, OR: [{ learnerId: ctx.employeeId }, { mentorId: ctx.employeeId }] },
      include: {
        learner: person,
        mentor: person,
        endedBy: { select: { name: true } },
        skill: { select: { id: true, name: true } },
        goal: { select: { targetLevel: true, dueDate: true, why: true } },
        cycle: { select: { name: true } },
        request: { select: { id: true, currentLevel: true, targetLevel: true, outcome: true, format: true, acceptsAsync: true } },
        sessions: { where: { status: 'SCHEDULED', endsAt: { gt: now } }, orderBy: { startsAt: 'asc' }, select: { id: true, startsAt: true, endsAt: true, agenda: true } },
      },
    }),
  );
  if (!match) throw notFound('That match');
  const toPerson = (p: typeof match.learner): MatchPerson => ({ id: p.id, name: p.name, title: p.title, department: p.department?.name ?? null, timeZone: p.timeZone });
  const viewerSide = match.learnerId === ctx.employeeId ? 'learner' : 'mentor';
  return {
    id: match.id,
    viewerSide,
    viewerTimeZone: (viewerSide === 'learner' ? match.learner : match.mentor).timeZone,
    status: match.status,
    source: match.source,
    cycleName: match.cycle?.name ?? null,
    learner: toPerson(match.learner),
    mentor: toPerson(match.mentor),
    skill: match.skill,
    goal: match.goal,
    request: match.request,
    score: match.score,
    terms: readScoreTerms(match.explanation),
    message: match.message,
    proposedAt: match.createdAt,
    expiresAt: match.expiresAt,
    respondedAt: match.respondedAt,
    responseMessage: match.responseMessage,
    endedAt: match.endedAt,
    endedByName: match.endedBy?.name ?? null,
    endReason: match.endReason,
    withdrawnAt: match.status === 'WITHDRAWN' ? match.updatedAt : null,
    learnerRating: viewerSide === 'learner' ? match.learnerRating : null,
    upcomingSessions: match.sessions,
  };
}

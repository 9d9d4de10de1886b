import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import type { MatchStatus, MentoringFormat, MentorRequestStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { INELIGIBLE_REASONS, type IneligibleReason, type ScoreTerm } from '../matching';
import { expireProposalsAndNotify } from './expire-proposals-and-notify';
import { findMentorCandidates, loadLearner, type ScoredMentor } from './find-mentor-candidates';
import { findOwnMentorRequest } from './find-own-mentor-request';
import { getMatchingPolicy } from './get-matching-policy';
import { readScoreTerms } from './read-score-terms';

export const SUGGESTION_COUNT = 10;

export interface ProposalView {
  id: string;
  status: MatchStatus;
  mentor: { id: string; name: string; title: string | null };
  score: number;
  terms: ScoreTerm[];
  message: string | null;
  sentAt: Date;
  expiresAt: Date | null;
  respondedAt: Date | null;
  /** When it last changed: answered, expired or withdrawn for a past one. */
  updatedAt: Date;
  /** The mentor's note when they answered. */
  responseMessage: string | null;
}

export interface MentorSuggestions {
  request: {
    id: string;
    skillId: string;
    skillName: string;
    goalId: string | null;
    cycle: { id: string; name: string } | null;
    currentLevel: number | null;
    targetLevel: number;
    outcome: string | null;
    format: MentoringFormat;
    preferOutsideTeam: boolean;
    acceptsAsync: boolean;
    status: MentorRequestStatus;
    createdAt: Date;
  };
  /** The learner's time zone, to show dates in. */
  timeZone: string;
  /** The proposal waiting for the mentor's answer, or the accepted match. */
  liveProposal: ProposalView | null;
  /** Declined, expired, withdrawn or ended ones, newest first. */
  pastProposals: ProposalView[];
  /** The best eligible mentors (only while the request is open). */
  mentors: ScoredMentor[];
  /** The highest score the org's weights allow, to show a score against. */
  maxScore: number;
  /**
   * Set when `askedAbout` was given: that person, and their suggestion if they may mentor this request now;
   * if not, why not (a hard constraint, FULL when only their taken slots stand in the way, NOT_TEACHING when
   * they teach neither the skill nor a related one at the level needed).
   */
  askedAbout: { id: string; name: string; suggestion: ScoredMentor | null; whyNot: AskedAboutWhyNot | null } | null;
  /** Why nobody qualifies, in plain words; null when someone does (or the request is no longer open). */
  nobody: {
    teachers: number;
    reasons: { reason: IneligibleReason; count: number; words: string }[];
    relatedSkills: { id: string; name: string }[];
    usesDefaultHours: boolean;
  } | null;
}

export type AskedAboutWhyNot = Exclude<IneligibleReason, 'SELF' | 'INACTIVE'> | 'FULL' | 'NOT_TEACHING';

const LIVE: MatchStatus[] = ['PROPOSED', 'ACCEPTED'];

/**
 * A learner's own request with its proposals and, while it is open, the top mentors for it with the reasons
 * for each score. When nobody qualifies it says why: how many teach the skill, what ruled them out, related
 * skills to ask for instead, and whether the learner's hours are only the default.
 */
export async function suggestMentors(ctx: TenantContext, requestId: string, now: Date = new Date(), options: { askedAbout?: string } = {}): Promise<MentorSuggestions> {
  await expireProposalsAndNotify(ctx.orgId, now);
  return withTenant(ctx, async (db) => {
    const own = await findOwnMentorRequest(db, ctx, requestId);
    const [request, matches] = await Promise.all([
      db.mentorRequest.findUniqueOrThrow({
        where: { orgId_id: { orgId: ctx.orgId, id: own.id } },
        select: {
          id: true, skillId: true, goalId: true, currentLevel: true, targetLevel: true, outcome: true, format: true, preferOutsideTeam: true, acceptsAsync: true, status: true, createdAt: true,
          skill: { select: { name: true } },
          cycle: { select: { id: true, name: true } },
          learner: { select: { timeZone: true } },
        },
      }),
      db.match.findMany({
        where: { orgId: ctx.orgId, requestId: own.id },
        orderBy: { createdAt: 'desc' },
        select: {
          id: true, status: true, score: true, explanation: true, message: true, createdAt: true, expiresAt: true, respondedAt: true, responseMessage: true, updatedAt: true,
          mentor: { select: { id: true, name: true, title: true } },
        },
      }),
    ]);
    const proposals: ProposalView[] = matches.map((m) => ({
      id: m.id,
      status: m.status,
      mentor: m.mentor,
      score: m.score,
      terms: readScoreTerms(m.explanation),
      message: m.message,
      sentAt: m.createdAt,
      expiresAt: m.expiresAt,
      respondedAt: m.respondedAt,
      updatedAt: m.updatedAt,
      responseMessage: m.responseMessage,
    }));
    const { skill, learner: { timeZone }, ...rest } = request;
    const result: MentorSuggestions = {
      request: { ...rest, skillName: skill.name },
      timeZone,
      liveProposal: proposals.find((p) => LIVE.includes(p.status)) ?? null,
      pastProposals: proposals.filter((p) => !LIVE.includes(p.status)),
      mentors: [],
      maxScore: 0,
      askedAbout: null,
      nobody: null,
    };
    const askedAbout = options.askedAbout && z.uuid().safeParse(options.askedAbout).success
      ? await db.employee.findFirst({ where: { orgId: ctx.orgId, id: options.askedAbout, status: 'ACTIVE', NOT: { id: ctx.employeeId } }, select: { id: true, name: true, mentoringCapacity: true } })
      : null;
    if (request.status !== 'OPEN') {
      result.askedAbout = askedAbout && { id: askedAbout.id, name: askedAbout.name, suggestion: null, whyNot: null };
      return result;
    }

    const learner = await loadLearner(db, ctx.orgId, ctx.employeeId);
    if (!learner) throw new Error(`The caller's employee row ${ctx.employeeId} is missing`);
    const policy = await getMatchingPolicy(db, ctx.orgId);
    const { relatedSkill: _penalty, ...gains } = policy.weights;
    result.maxScore = Object.values(gains).reduce((sum, w) => sum + w, 0);
    const search = await findMentorCandidates(db, ctx.orgId, learner, { ...own, learnerId: ctx.employeeId }, policy, now);
    result.mentors = search.mentors.slice(0, SUGGESTION_COUNT);
    if (askedAbout) {
      const suggestion = search.mentors.find((m) => m.id === askedAbout.id) ?? null;
      let whyNot: AskedAboutWhyNot | null = null;
      if (!suggestion) {
        // The same search for them alone with all their slots free: eligible then means only taken slots stand in the way.
        const alone = await findMentorCandidates(db, ctx.orgId, learner, { ...own, learnerId: ctx.employeeId }, policy, now, new Map([[askedAbout.id, askedAbout.mentoringCapacity]]));
        const [reason] = Object.keys(alone.ruledOut) as IneligibleReason[];
        whyNot = alone.mentors.length > 0 ? 'FULL' : reason && reason !== 'SELF' && reason !== 'INACTIVE' ? reason : 'NOT_TEACHING';
      }
      result.askedAbout = { id: askedAbout.id, name: askedAbout.name, suggestion, whyNot };
    }
    if (search.mentors.length === 0) {
      const reasons = (Object.entries(search.ruledOut) as [IneligibleReason, number][])
        .filter(([reason]) => reason !== 'SELF')
        .sort((a, b) => b[1] - a[1])
        .map(([reason, count]) => ({ reason, count, words: INELIGIBLE_REASONS[reason] }));
      result.nobody = { teachers: search.teachers, reasons, relatedSkills: search.relatedSkills, usesDefaultHours: learner.usesDefaultHours };
    }
    return result;
  });
}

import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant, type TenantDb } from '../db/tenant';
import { matchingPolicySchema, type MatchingPolicy } from '../matching';
import { findMentorCandidates, loadLearner, type CandidateRequest, type Learner, type ScoredMentor } from './find-mentor-candidates';
import { getMatchingPolicy } from './get-matching-policy';
import { matchingPolicyInput, type MatchingPolicyInput } from './matching-policy-input';

// "What would these weights change?" Suggestions for a fixed sample of the org's open requests (topped up
// with active learning goals, as if each were a request, when there are few) under the saved policy and
// under the proposed one. Nothing is saved.

export const PREVIEW_SAMPLE_SIZE = 20;
const TOP = 3;

export interface PreviewPick {
  id: string;
  name: string;
  score: number;
}

export interface PreviewRow {
  /** The request's id, or the learning goal's. */
  id: string;
  source: 'REQUEST' | 'GOAL';
  learnerName: string;
  skillName: string;
  before: PreviewPick[];
  after: PreviewPick[];
  topChanged: boolean;
}

export interface PreviewFigures {
  /** Average weekly hours the top pick shares with the learner, over top picks who set their hours. */
  averageSharedHours: number | null;
  /** Share (0–1) of top picks from another department than the learner's. */
  crossDepartmentShare: number | null;
  /** Different people among the top picks: more means load spreads wider. */
  distinctTopMentors: number;
  /** Sampled requests nobody may mentor. */
  withoutMentor: number;
}

export interface PolicyPreview {
  rows: PreviewRow[];
  fromGoals: number;
  topChanged: number;
  before: PreviewFigures;
  after: PreviewFigures;
  proposed: MatchingPolicy;
}

interface SampleItem extends CandidateRequest {
  id: string;
  source: PreviewRow['source'];
  learnerName: string;
  skillName: string;
}

async function sample(db: TenantDb, orgId: string): Promise<SampleItem[]> {
  const requests = await db.mentorRequest.findMany({
    where: { orgId, status: 'OPEN', learner: { status: 'ACTIVE' } },
    orderBy: { id: 'asc' },
    take: PREVIEW_SAMPLE_SIZE,
    select: { id: true, learnerId: true, skillId: true, currentLevel: true, targetLevel: true, preferOutsideTeam: true, acceptsAsync: true, learner: { select: { name: true } }, skill: { select: { name: true } } },
  });
  const items: SampleItem[] = requests.map(({ learner, skill, ...r }) => ({ ...r, source: 'REQUEST', learnerName: learner.name, skillName: skill.name }));
  if (items.length >= PREVIEW_SAMPLE_SIZE) return items;

  const goals = await db.learningGoal.findMany({
    where: { orgId, status: 'ACTIVE', employee: { status: 'ACTIVE' }, skill: { status: 'APPROVED' } },
    orderBy: { id: 'asc' },
    take: PREVIEW_SAMPLE_SIZE * 2,
    select: { id: true, employeeId: true, skillId: true, targetLevel: true, employee: { select: { name: true } }, skill: { select: { name: true } } },
  });
  const levels = await db.employeeSkill.findMany({
    where: { orgId, OR: goals.map((g) => ({ employeeId: g.employeeId, skillId: g.skillId })) },
    select: { employeeId: true, skillId: true, level: true },
  });
  const taken = new Set(items.map((i) => `${i.learnerId}/${i.skillId}`));
  for (const goal of goals) {
    if (items.length >= PREVIEW_SAMPLE_SIZE) break;
    const currentLevel = levels.find((l) => l.employeeId === goal.employeeId && l.skillId === goal.skillId)?.level ?? null;
    if (taken.has(`${goal.employeeId}/${goal.skillId}`) || (currentLevel ?? 0) >= goal.targetLevel) continue;
    taken.add(`${goal.employeeId}/${goal.skillId}`);
    items.push({
      id: goal.id,
      source: 'GOAL',
      learnerId: goal.employeeId,
      skillId: goal.skillId,
      currentLevel,
      targetLevel: goal.targetLevel,
      preferOutsideTeam: false,
      acceptsAsync: false,
      learnerName: goal.employee.name,
      skillName: goal.skill.name,
    });
  }
  return items;
}

function figures(results: { learner: Learner; mentors: ScoredMentor[] }[]): PreviewFigures {
  const tops = results.flatMap(({ learner, mentors }) => (mentors[0] ? [{ learner, top: mentors[0] }] : []));
  const withHours = tops.filter((t) => t.top.overlapMinutes !== null);
  const withDepartments = tops.filter((t) => t.top.departmentId !== null && t.learner.departmentId !== null);
  return {
    averageSharedHours: withHours.length ? Math.round((withHours.reduce((sum, t) => sum + t.top.overlapMinutes!, 0) / withHours.length / 60) * 10) / 10 : null,
    crossDepartmentShare: withDepartments.length ? withDepartments.filter((t) => t.top.departmentId !== t.learner.departmentId).length / withDepartments.length : null,
    distinctTopMentors: new Set(tops.map((t) => t.top.id)).size,
    withoutMentor: results.length - tops.length,
  };
}

const picks = (mentors: ScoredMentor[]): PreviewPick[] => mentors.slice(0, TOP).map((m) => ({ id: m.id, name: m.name, score: m.score }));

/** Stewards (and admins) only. */
export async function previewMatchingPolicy(ctx: TenantContext, input: MatchingPolicyInput | MatchingPolicy, now = new Date()): Promise<PolicyPreview> {
  requireRole(ctx, 'STEWARD');
  const proposed = 'weights' in input ? matchingPolicySchema.parse(input) : matchingPolicyInput.parse(input);
  return withTenant(
    ctx,
    async (db) => {
      const current = await getMatchingPolicy(db, ctx.orgId);
      const items = await sample(db, ctx.orgId);
      const learners = new Map<string, Learner>();
      const before: { learner: Learner; mentors: ScoredMentor[] }[] = [];
      const after: typeof before = [];
      const rows: PreviewRow[] = [];
      for (const item of items) {
        let learner = learners.get(item.learnerId);
        if (!learner) {
          learner = (await loadLearner(db, ctx.orgId, item.learnerId))!;
          learners.set(item.learnerId, learner);
        }
        const was = (await findMentorCandidates(db, ctx.orgId, learner, item, current, now)).mentors;
        const will = (await findMentorCandidates(db, ctx.orgId, learner, item, proposed, now)).mentors;
        before.push({ learner, mentors: was });
        after.push({ learner, mentors: will });
        rows.push({ id: item.id, source: item.source, learnerName: item.learnerName, skillName: item.skillName, before: picks(was), after: picks(will), topChanged: was[0]?.id !== will[0]?.id });
      }
      return {
        rows,
        fromGoals: items.filter((i) => i.source === 'GOAL').length,
        topChanged: rows.filter((r) => r.topChanged).length,
        before: figures(before),
        after: figures(after),
        proposed,
      };
    },
    { timeoutMs: 30_000 },
  );
}

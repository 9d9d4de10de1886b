import type { TenantContext } from '../lib/auth/tenant-context';
import { systemDb } from '../lib/db/system';
import { withTenant } from '../lib/db/tenant';
import { findMentorCandidates, getMatchingPolicy, loadLearner, type CandidateRequest } from '../lib/mentoring';
import { measure, report } from './measure';

// What one learner's suggestions page costs on the scale org: the learner's facts, the org's policy and
// every candidate mentor scored (findMentorCandidates), in one tenant transaction as the page runs them.
// Learners rotate through a spread of offices and departments; skills range from popular to rare, and
// parents whose children count too. Target: p95 under 100 ms.

const CASES: { name: string; skill: string; targetLevel: number }[] = [
  { name: 'popular "Communication"', skill: 'Communication', targetLevel: 3 },
  { name: 'popular "Data analysis"', skill: 'Data analysis', targetLevel: 3 },
  { name: '"Kubernetes", target level 4', skill: 'Kubernetes', targetLevel: 4 },
  { name: 'rare "Vue.js"', skill: 'Vue.js', targetLevel: 3 },
  { name: 'rare "Java"', skill: 'Java', targetLevel: 2 },
  { name: 'parent "Frontend" (7 children)', skill: 'Frontend', targetLevel: 3 },
  { name: 'parent "Cloud & infrastructure" (children)', skill: 'Cloud & infrastructure', targetLevel: 3 },
  { name: 'nobody teaches "WebAssembly" (related skills)', skill: 'WebAssembly', targetLevel: 2 },
];

const LEARNERS = 40;

export async function benchMentorSuggestions(ctx: TenantContext, size: string): Promise<void> {
  const db = systemDb();
  const total = await db.employee.count({ where: { orgId: ctx.orgId } });
  const stride = Math.max(1, Math.floor(total / LEARNERS));
  const learners = (await db.employee.findMany({ where: { orgId: ctx.orgId, status: 'ACTIVE' }, orderBy: { id: 'asc' }, select: { id: true } })).filter((_, i) => i % stride === 0).slice(0, LEARNERS);
  const skills = new Map((await db.skill.findMany({ where: { orgId: ctx.orgId, name: { in: CASES.map((c) => c.skill) } }, select: { id: true, name: true } })).map((s) => [s.name, s.id]));

  const suggestions = (learnerId: string, skillId: string, targetLevel: number) =>
    withTenant(ctx, async (tx) => {
      const learner = (await loadLearner(tx, ctx.orgId, learnerId))!;
      const policy = await getMatchingPolicy(tx, ctx.orgId);
      const request: CandidateRequest = { learnerId, skillId, currentLevel: null, targetLevel, preferOutsideTeam: false, acceptsAsync: false };
      return findMentorCandidates(tx, ctx.orgId, learner, request, policy, new Date());
    });

  const all: (() => Promise<unknown>)[] = [];
  for (const c of CASES) {
    const skillId = skills.get(c.skill);
    if (!skillId) throw new Error(`The scale org has no skill "${c.skill}"`);
    let turn = 0;
    const one = () => suggestions(learners[turn++ % learners.length]!.id, skillId, c.targetLevel);
    all.push(one);
    const counts = await Promise.all(learners.slice(0, 10).map((l) => suggestions(l.id, skillId, c.targetLevel)));
    report(`suggestions: ${c.name}`, size, await measure(one, 40));
    const eligible = counts.map((r) => r.mentors.length).sort((a, b) => a - b);
    console.log(`${''.padEnd(45)}${counts[0]!.teachers.toLocaleString('en-US')} teach it; eligible for a learner: ${eligible[0]}–${eligible.at(-1)} (median ${eligible[5]})`);
  }
  let turn = 0;
  report('suggestions: all of the above, in turn', size, await measure(() => all[turn++ % all.length]!(), 160));
}

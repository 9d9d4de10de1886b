import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { withTenant } from '../../lib/db/tenant';
import { findMentorCandidates, getMatchingPolicy, loadLearner } from '../../lib/mentoring';
import { ACME_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// Candidate mentors for one request in the seeded demo org, through the tenant data layer.

let maya: TenantContext;
const NOW = new Date('2026-11-24T12:00:00Z');

beforeAll(async () => {
  await seedDemoOrgs();
  maya = await contextFor(ACME_EMPLOYEE, 'acme');
});

describe('findMentorCandidates', () => {
  it('scores Kubernetes teachers for Maya, best first, with every term explained', async () => {
    const result = await withTenant(maya, async (db) => {
      const k8s = await db.skill.findFirstOrThrow({ where: { orgId: maya.orgId, name: 'Kubernetes' } });
      const learner = (await loadLearner(db, maya.orgId, maya.employeeId))!;
      const policy = await getMatchingPolicy(db, maya.orgId);
      return findMentorCandidates(db, maya.orgId, learner, { learnerId: maya.employeeId, skillId: k8s.id, currentLevel: null, targetLevel: 3, preferOutsideTeam: false, acceptsAsync: false }, policy, NOW);
    });
    expect(result.skillName).toBe('Kubernetes');
    expect(result.mentors.length).toBeGreaterThan(0);
    for (const mentor of result.mentors) {
      expect(mentor.terms.map((t) => t.key)).toEqual(expect.arrayContaining(['levelFit', 'overlap', 'timeZone', 'capacity', 'bridge', 'rating', 'language']));
      expect(mentor.score).toBeCloseTo(mentor.terms.reduce((sum, t) => sum + t.points, 0), 1);
      expect(mentor.load).toBeLessThan(mentor.capacity);
    }
    // Maya keeps only Tuesday and Thursday hours, so some teachers share too few of them.
    expect(result.ruledOut.NO_OVERLAP).toBeGreaterThan(0);
    const scores = result.mentors.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

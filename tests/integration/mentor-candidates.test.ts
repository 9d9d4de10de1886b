import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
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
    const kubernetes = (acceptsAsync: boolean, minOverlapMinutes?: number) =>
      withTenant(maya, async (db) => {
        const k8s = await db.skill.findFirstOrThrow({ where: { orgId: maya.orgId, name: 'Kubernetes' } });
        const learner = (await loadLearner(db, maya.orgId, maya.employeeId))!;
        const policy = await getMatchingPolicy(db, maya.orgId);
        const request = { learnerId: maya.employeeId, skillId: k8s.id, currentLevel: null, targetLevel: 3, preferOutsideTeam: false, acceptsAsync };
        return findMentorCandidates(db, maya.orgId, learner, request, { ...policy, minOverlapMinutes: minOverlapMinutes ?? policy.minOverlapMinutes }, NOW);
      });
    const result = await kubernetes(false);
    expect(result.skillName).toBe('Kubernetes');
    expect(result.mentors.length).toBeGreaterThan(0);
    for (const mentor of result.mentors) {
      expect(mentor.terms.map((t) => t.key)).toEqual(expect.arrayContaining(['levelFit', 'overlap', 'timeZone', 'capacity', 'bridge', 'rating', 'language']));
      expect(mentor.score).toBeCloseTo(mentor.terms.reduce((sum, t) => sum + t.points, 0), 1);
      expect(mentor.load).toBeLessThan(mentor.capacity);
      expect(mentor.overlapMinutes).toBeGreaterThanOrEqual(60);
    }
    const scores = result.mentors.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    // Maya keeps only Tuesday and Thursday hours, so some teachers share too few of them: they are left
    // out, and become eligible when she accepts async mentoring.
    const async = await kubernetes(true);
    const extra = async.mentors.filter((m) => !result.mentors.some((r) => r.id === m.id));
    expect(extra.length).toBeGreaterThan(0);
    expect(extra.every((m) => (m.overlapMinutes ?? 0) < 60)).toBe(true);
    // When a minimum nobody meets leaves no one, everyone is loaded so the reasons are counted exactly.
    const impossible = await kubernetes(false, 600);
    expect(impossible.mentors).toEqual([]);
    expect(impossible.ruledOut.NO_OVERLAP).toBe(async.mentors.length);
  });
});

describe('findMentorCandidates: who is counted and why', () => {
  const search = (ctx: TenantContext, learnerId: string, skillName: string, options: { targetLevel?: number; acceptsAsync?: boolean; cycle?: Map<string, number>; cooldownDays?: number } = {}) =>
    withTenant(ctx, async (db) => {
      const skill = await db.skill.findFirstOrThrow({ where: { orgId: ctx.orgId, name: skillName } });
      const learner = (await loadLearner(db, ctx.orgId, learnerId))!;
      const policy = await getMatchingPolicy(db, ctx.orgId);
      const request = { learnerId, skillId: skill.id, currentLevel: null, targetLevel: options.targetLevel ?? 3, preferOutsideTeam: false, acceptsAsync: options.acceptsAsync ?? false };
      return findMentorCandidates(db, ctx.orgId, learner, request, { ...policy, declineCooldownDays: options.cooldownDays ?? policy.declineCooldownDays }, new Date(), options.cycle);
    });

  it('counts teachers of a parent skill’s children, and offers teachers of related skills at a penalty', async () => {
    const parent = await search(maya, maya.employeeId, 'Cloud & infrastructure', { acceptsAsync: true });
    const children = await systemDb().skill.findMany({ where: { orgId: maya.orgId, parent: { name: 'Cloud & infrastructure' } }, select: { id: true } });
    const teachers = await systemDb().employeeSkill.findMany({
      where: { orgId: maya.orgId, canTeach: true, skill: { OR: [{ name: 'Cloud & infrastructure' }, { id: { in: children.map((c) => c.id) } }] } },
      distinct: ['employeeId'],
      select: { employeeId: true },
    });
    expect(parent.teachers).toBe(teachers.length);
    expect(parent.teachers).toBeGreaterThan(10);
    expect(parent.mentors.length).toBeGreaterThan(5);

    const k8s = await search(maya, maya.employeeId, 'Kubernetes', { targetLevel: 4, acceptsAsync: true });
    expect(k8s.relatedSkills.map((s) => s.name)).toEqual(expect.arrayContaining(['Docker', 'Terraform', 'Observability']));
    const related = k8s.mentors.filter((m) => m.relatedSkillName !== null);
    expect(related.length).toBeGreaterThan(0);
    for (const mentor of k8s.mentors) {
      const penalty = mentor.terms.find((t) => t.key === 'relatedSkill');
      if (mentor.relatedSkillName) expect(penalty!.points).toBeLessThan(0);
      else expect(penalty).toBeUndefined();
      expect(mentor.level).toBeGreaterThanOrEqual(4);
    }
  });

  it('counts pending proposals against a mentor’s slots, and leaves out blocked and recently declined pairs', async () => {
    const sofiaId = (await systemDb().employee.findFirstOrThrow({ where: { orgId: maya.orgId, email: 'sofia.alvarez@acme.example' } })).id;
    const proposal = await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, mentorId: sofiaId, status: 'PROPOSED' }, include: { request: true } });
    const learnerId = proposal.learnerId;

    // Sofia (2 slots) waits on one proposal: still suggested, one slot free.
    const before = await search(maya, learnerId, 'Kubernetes');
    const sofia = before.mentors.find((m) => m.id === sofiaId)!;
    expect(sofia).toMatchObject({ capacity: 2, load: 1 });
    expect(sofia.terms.find((t) => t.key === 'capacity')!.label).toBe('1 of 2 mentee slots free');

    // A second proposal fills her last slot: no longer suggested to anyone.
    const other = await systemDb().mentorRequest.findFirstOrThrow({ where: { orgId: maya.orgId, status: 'OPEN', cycleId: { not: null } } });
    await systemDb().match.create({ data: { orgId: maya.orgId, requestId: other.id, learnerId: other.learnerId, mentorId: sofiaId, skillId: other.skillId, score: 50 } });
    const full = await search(maya, learnerId, 'Kubernetes');
    expect(full.mentors.map((m) => m.id)).not.toContain(sofiaId);
    expect(full.ruledOut.NO_CAPACITY).toBe((before.ruledOut.NO_CAPACITY ?? 0) + 1);

    // A cycle counts only its own mentors, with the capacity they confirmed and no load.
    const cycle = await search(maya, learnerId, 'Kubernetes', { cycle: new Map([[sofiaId, 3]]) });
    expect(cycle.mentors.map((m) => [m.id, m.capacity, m.load])).toEqual([[sofiaId, 3, 0]]);

    // Blocked either way: left out and counted.
    await systemDb().matchingBlock.create({ data: { orgId: maya.orgId, employeeId: learnerId, blockedEmployeeId: sofiaId } });
    const blocked = await search(maya, learnerId, 'Kubernetes', { cycle: new Map([[sofiaId, 3]]) });
    expect(blocked).toMatchObject({ mentors: [], ruledOut: { BLOCKED: 1 } });
  });

  it('leaves out a mentor who declined this learner within the cooldown, and only then', async () => {
    const declined = await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, status: 'DECLINED' }, include: { skill: true } });
    const cycle = new Map([[declined.mentorId, 2]]);
    const recent = await search(maya, declined.learnerId, declined.skill.name, { acceptsAsync: true, cycle });
    expect(recent.mentors).toEqual([]);
    expect(recent.ruledOut).toEqual({ DECLINED_RECENTLY: 1 });
    const later = await search(maya, declined.learnerId, declined.skill.name, { acceptsAsync: true, cycle, cooldownDays: 5 });
    expect(later.ruledOut.DECLINED_RECENTLY).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import { PERSONAS, seedDemo } from '../../lib/seed';
import { ACME_ADMIN, GLOBEX_ADMIN, contextFor } from './fixtures/demo-orgs';

const SEED_NOW = new Date('2026-11-25T06:00:00Z');
const DAY = 86_400_000;

beforeAll(() => seedDemo(undefined, SEED_NOW));

async function snapshot() {
  const db = systemDb();
  const order = [{ orgId: 'asc' as const }, { id: 'asc' as const }];
  return {
    employees: await db.employee.findMany({ orderBy: order, select: { id: true, orgId: true, name: true, email: true, managerId: true, role: true, headline: true, bio: true, languages: true, mentoringCapacity: true } }),
    skills: await db.skill.findMany({ orderBy: order, select: { id: true, orgId: true, name: true, parentId: true, status: true, proposedById: true } }),
    synonyms: await db.skillSynonym.findMany({ orderBy: order, select: { id: true, skillId: true, name: true } }),
    employeeSkills: await db.employeeSkill.findMany({ orderBy: [{ orgId: 'asc' }, { employeeId: 'asc' }, { skillId: 'asc' }], select: { employeeId: true, skillId: true, level: true, canTeach: true, wantsToLearn: true, targetLevel: true } }),
    goals: await db.learningGoal.findMany({ orderBy: order, select: { id: true, employeeId: true, skillId: true, targetLevel: true, dueDate: true, status: true } }),
    windows: await db.availabilityWindow.findMany({ orderBy: order }),
    timeOff: await db.timeOff.findMany({ orderBy: order, select: { id: true, employeeId: true, startDate: true, endDate: true } }),
    requests: await db.mentorRequest.findMany({ orderBy: order, omit: { updatedAt: true } }),
    matches: await db.match.findMany({ orderBy: order }),
    cycles: await db.matchingCycle.findMany({ orderBy: order, include: { mentors: { orderBy: { mentorId: 'asc' } } } }),
  };
}

const orgId = async (slug: string) => (await systemDb().organization.findUniqueOrThrow({ where: { slug } })).id;

/** Active employees of the org holding the skill at `minLevel` or more and willing to teach it. */
async function teachers(slug: string, skill: string, minLevel: number) {
  return systemDb().employeeSkill.findMany({
    where: { orgId: await orgId(slug), skill: { name: skill }, level: { gte: minLevel }, canTeach: true, employee: { status: 'ACTIVE' } },
    select: { employee: { select: { email: true } } },
  });
}

describe('demo seed', () => {
  it('creates Acme Global with 300 people in 4 regions and 8 departments', async () => {
    const acme = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
    const [employees, departments, locations] = await Promise.all([
      systemDb().employee.count({ where: { orgId: acme.id } }),
      systemDb().department.count({ where: { orgId: acme.id } }),
      systemDb().location.findMany({ where: { orgId: acme.id }, select: { region: true, timeZone: true } }),
    ]);
    expect(employees).toBe(300);
    expect(departments).toBe(8);
    expect(new Set(locations.map((l) => l.region))).toEqual(new Set(['Americas', 'EMEA', 'APAC', 'India']));
    for (const l of locations) expect(() => new Intl.DateTimeFormat('en', { timeZone: l.timeZone })).not.toThrow();
  });

  it('gives everyone but the CEO a manager in the same org, with no cycles', async () => {
    const acme = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
    const people = await systemDb().employee.findMany({ where: { orgId: acme.id }, select: { id: true, managerId: true } });
    const managerOf = new Map(people.map((p) => [p.id, p.managerId]));
    expect(people.filter((p) => p.managerId === null)).toHaveLength(1);
    for (const person of people) {
      const seen = new Set<string>();
      let current: string | null | undefined = person.id;
      while (current) {
        expect(seen.has(current), 'management cycle').toBe(false);
        seen.add(current);
        current = managerOf.get(current);
        if (current) expect(managerOf.has(current), 'manager in the same org').toBe(true);
      }
    }
  });

  it('creates the four personas of each org with their roles, signed in as users', async () => {
    for (const persona of PERSONAS) {
      const employee = await systemDb().employee.findFirstOrThrow({ where: { email: persona.email }, include: { org: true, user: true } });
      expect(employee).toMatchObject({ role: persona.role, name: persona.name, org: { slug: persona.orgSlug }, user: { email: persona.email } });
    }
    expect(await systemDb().employee.count({ where: { org: { slug: 'globex' } } })).toBe(21);
  });

  it('gives Acme about 80 skills in seven categories and Globex its own 16, with synonyms and relations', async () => {
    const count = async (slug: string) => {
      const id = await orgId(slug);
      const [skills, categories, synonyms, relations, proposed] = await Promise.all([
        systemDb().skill.count({ where: { orgId: id, kind: 'SKILL', status: 'APPROVED' } }),
        systemDb().skill.count({ where: { orgId: id, kind: 'CATEGORY', parentId: null } }),
        systemDb().skillSynonym.count({ where: { orgId: id } }),
        systemDb().skillRelation.count({ where: { orgId: id } }),
        systemDb().skill.findMany({ where: { orgId: id, status: 'PROPOSED' }, select: { id: true, proposedById: true } }),
      ]);
      return { skills, categories, synonyms, relations, proposed };
    };
    const acme = await count('acme');
    expect(acme.skills).toBeGreaterThanOrEqual(75);
    expect(acme.skills).toBeLessThanOrEqual(90);
    expect(acme.categories).toBe(7);
    expect(acme.synonyms).toBeGreaterThan(80);
    expect(acme.relations).toBeGreaterThan(20);
    const globex = await count('globex');
    expect(globex).toMatchObject({ skills: 16, categories: 3 });

    // The steward review queue is not empty, and each proposal is already on its proposer's profile.
    expect(acme.proposed.length).toBeGreaterThanOrEqual(1);
    for (const p of acme.proposed) {
      expect(await systemDb().employeeSkill.count({ where: { orgId: await orgId('acme'), employeeId: p.proposedById!, skillId: p.id } })).toBe(1);
    }
    const k8s = await systemDb().skillSynonym.findFirstOrThrow({ where: { orgId: await orgId('acme'), name: 'K8s' }, include: { skill: { include: { parent: true } } } });
    expect(k8s.skill).toMatchObject({ name: 'Kubernetes', parent: { name: 'Cloud & infrastructure' } });
  });

  it('gives every active employee a profile: at least 4 skills, availability windows and the weekly availability the trigger derives', async () => {
    for (const slug of ['acme', 'globex']) {
      const id = await orgId(slug);
      const people = await systemDb().employee.findMany({
        where: { orgId: id, status: 'ACTIVE' },
        select: { email: true, headline: true, languages: true, _count: { select: { skills: true, availability: true } } },
      });
      expect(people.filter((p) => p._count.skills < 4 || p._count.availability < 1 || !p.headline || p.languages.length === 0).map((p) => p.email)).toEqual([]);
      const rows = await systemDb().$queryRaw<{ missing: number }[]>`
        SELECT count(*)::int AS missing FROM "Employee" WHERE "orgId" = ${id}::uuid AND "weeklyAvailability" IS NULL`;
      expect(rows).toEqual([{ missing: 0 }]);
    }
    const maya = await systemDb().employee.findFirstOrThrow({ where: { email: 'maya.chen@acme.example' }, select: { skills: { select: { skill: { select: { name: true } } } } } });
    const mayas = maya.skills.map((s) => s.skill.name);
    expect(mayas).toContain('TypeScript');
    expect(mayas).not.toContain('Kubernetes');
    expect(mayas).not.toContain('Figma');
  });

  it('has Kubernetes and React experts who teach, so the finder has someone to find', async () => {
    expect((await teachers('acme', 'Kubernetes', 4)).length).toBeGreaterThanOrEqual(3);
    expect((await teachers('acme', 'Kubernetes', 4)).map((t) => t.employee.email)).toContain('sofia.alvarez@acme.example');
    expect((await teachers('acme', 'React', 4)).length).toBeGreaterThanOrEqual(3);
    expect(await teachers('globex', 'Kubernetes', 1)).toEqual([]);
  });

  it('keeps the taxonomies apart: a Globex user sees only Globex skills', async () => {
    const ctx = await contextFor(GLOBEX_ADMIN, 'globex');
    const seen = await withTenant(ctx, (db) => db.skill.findMany({ select: { id: true, name: true } }));
    const names = seen.map((s) => s.name);
    expect(names).toContain('Spectroscopy');
    expect(names).not.toContain('Kubernetes');
    const acmeIds = new Set((await systemDb().skill.findMany({ where: { orgId: await orgId('acme') }, select: { id: true } })).map((s) => s.id));
    expect(seen.filter((s) => acmeIds.has(s.id))).toEqual([]);
  });

  it('is deterministic: reseeding recreates the same ids and people, and leaves other orgs alone', async () => {
    const other = await systemDb().organization.create({ data: { slug: 'other', name: 'Other Co' } });
    const first = await snapshot();
    await seedDemo(undefined, SEED_NOW);
    expect(await snapshot()).toEqual(first);
    expect(await systemDb().organization.findUnique({ where: { id: other.id } })).not.toBeNull();
  });
});

describe('demo mentoring data', () => {
  const acmeMatches = async () =>
    systemDb().match.findMany({
      where: { orgId: await orgId('acme') },
      include: { request: true, skill: { select: { name: true } }, learner: { select: { email: true } }, mentor: { select: { email: true, mentoringCapacity: true } } },
    });

  it('has rated past mentorships, active ones, proposals waiting and a declined request, each scored and explained', async () => {
    const matches = await acmeMatches();
    const count = (status: string) => matches.filter((m) => m.status === status).length;
    expect(count('ENDED')).toBe(25);
    expect(count('ACCEPTED')).toBeGreaterThanOrEqual(12);
    expect(count('ACCEPTED')).toBeLessThanOrEqual(15);
    expect(count('PROPOSED')).toBe(3);
    expect(count('DECLINED')).toBe(1);
    for (const m of matches) {
      const terms = m.explanation as { key: string; label: string; points: number }[];
      expect(terms.map((t) => t.key)).toEqual(expect.arrayContaining(['levelFit', 'overlap', 'capacity', 'bridge', 'rating']));
      expect(m.score).toBeCloseTo(terms.reduce((sum, t) => sum + t.points, 0), 0);
      expect(m.request.skillId).toBe(m.skillId);
      expect(m.request.learnerId).toBe(m.learnerId);
    }
    const ended = matches.filter((m) => m.status === 'ENDED');
    expect(ended.every((m) => m.learnerRating! >= 3 && m.endReason && m.endedAt! < SEED_NOW && m.request.status === 'MATCHED')).toBe(true);
    expect(ended.filter((m) => m.learnerRating! >= 4).length).toBeGreaterThanOrEqual(20);
    expect(matches.filter((m) => m.status === 'ACCEPTED').every((m) => m.request.status === 'MATCHED')).toBe(true);
    expect(matches.filter((m) => m.status === 'PROPOSED').every((m) => m.request.status === 'OPEN' && m.expiresAt! > SEED_NOW && m.message)).toBe(true);
    const declined = matches.find((m) => m.status === 'DECLINED')!;
    expect(declined.responseMessage).toBeTruthy();
    expect(declined.request.status).toBe('OPEN');
  });

  it('never gives a mentor more accepted and pending mentees than their capacity', async () => {
    const load = new Map<string, { load: number; capacity: number }>();
    for (const m of await acmeMatches()) {
      if (m.status !== 'ACCEPTED' && m.status !== 'PROPOSED') continue;
      const entry = load.get(m.mentorId) ?? { load: 0, capacity: m.mentor.mentoringCapacity };
      entry.load++;
      load.set(m.mentorId, entry);
    }
    expect(load.size).toBeGreaterThan(10);
    expect([...load.values()].filter((e) => e.load > e.capacity)).toEqual([]);
  });

  it('leaves Sofia a Kubernetes proposal from another learner that expires two days after the seed, with a free slot besides', async () => {
    const matches = await acmeMatches();
    const sofias = matches.filter((m) => m.mentor.email === ACME_ADMIN && (m.status === 'PROPOSED' || m.status === 'ACCEPTED'));
    expect(sofias).toHaveLength(1);
    expect(sofias[0]).toMatchObject({ status: 'PROPOSED', skill: { name: 'Kubernetes' }, expiresAt: new Date(SEED_NOW.getTime() + 2 * DAY) });
    expect(sofias[0]!.learner.email).not.toBe('maya.chen@acme.example');
    expect(sofias[0]!.mentor.mentoringCapacity).toBeGreaterThan(1);
    // Past mentees rated her, so her suggestions show a rating.
    expect(matches.filter((m) => m.mentor.email === ACME_ADMIN && m.status === 'ENDED').length).toBeGreaterThanOrEqual(1);
  });

  it('gives Maya one active mentorship (not Kubernetes) and no open request, and keeps her out of the cycle', async () => {
    const matches = (await acmeMatches()).filter((m) => m.learner.email === 'maya.chen@acme.example');
    expect(matches.map((m) => [m.status, m.skill.name])).toEqual([['ACCEPTED', 'Docker']]);
    expect(await systemDb().mentorRequest.count({ where: { learner: { email: 'maya.chen@acme.example' }, status: 'OPEN' } })).toBe(0);
  });

  it('opens the Q1 2027 cycle with 40 requests (some nobody can take) and 25 mentors who confirmed 1–3 mentees', async () => {
    const cycle = await systemDb().matchingCycle.findFirstOrThrow({
      where: { orgId: await orgId('acme') },
      include: { createdBy: { select: { email: true } }, mentors: true, requests: { include: { learner: { select: { email: true } }, skill: { select: { name: true } } } } },
    });
    expect(cycle).toMatchObject({ name: 'Q1 2027 mentoring round', status: 'OPEN', programName: null, createdBy: { email: 'priya.raman@acme.example' } });
    expect(cycle.signupOpensAt < SEED_NOW).toBe(true);
    expect(cycle.signupClosesAt).toEqual(new Date(SEED_NOW.getTime() + 10 * DAY));
    expect(cycle.requests).toHaveLength(40);
    expect(cycle.requests.every((r) => r.status === 'OPEN' && !PERSONAS.some((p) => p.email === r.learner.email))).toBe(true);
    expect(new Set(cycle.requests.map((r) => r.learnerId)).size).toBe(40);
    const untaught = cycle.requests.filter((r) => ['Apache Spark', 'Visual design', 'Natural language processing'].includes(r.skill.name));
    expect(untaught).toHaveLength(3);
    expect(cycle.mentors).toHaveLength(25);
    expect(cycle.mentors.every((m) => m.capacity >= 1 && m.capacity <= 3)).toBe(true);
  });

  it('gives Globex one open request of its own, which Acme never sees', async () => {
    const globexRequests = await systemDb().mentorRequest.findMany({ where: { orgId: await orgId('globex') } });
    expect(globexRequests.map((r) => r.status)).toEqual(['OPEN']);
    const seen = await withTenant(await contextFor(ACME_ADMIN, 'acme'), (db) => db.mentorRequest.findMany({ select: { id: true } }));
    expect(seen.length).toBeGreaterThan(40);
    expect(seen.map((r) => r.id)).not.toContain(globexRequests[0]!.id);
  });
});

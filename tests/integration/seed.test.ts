import { beforeAll, describe, expect, it } from 'vitest';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import { PERSONAS, seedDemo } from '../../lib/seed';
import { computeFreeSlots } from '../../lib/sessions';
import { mentorSlotQuery } from '../../lib/sessions/mentor-slot-query';
import { ACME_ADMIN, ACME_EMPLOYEE, GLOBEX_ADMIN, GLOBEX_EMPLOYEE, contextFor } from './fixtures/demo-orgs';

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
    communities: await db.community.findMany({ orderBy: order }),
    sessions: await db.peerSession.findMany({ orderBy: order }),
    participants: await db.sessionParticipant.findMany({ orderBy: [{ orgId: 'asc' }, { sessionId: 'asc' }, { employeeId: 'asc' }] }),
    sessionSkills: await db.sessionSkill.findMany({ orderBy: [{ orgId: 'asc' }, { sessionId: 'asc' }, { skillId: 'asc' }] }),
    phases: await db.designThinkingPhase.findMany({ orderBy: [{ orgId: 'asc' }, { sessionId: 'asc' }, { position: 'asc' }] }),
    feedback: await db.sessionFeedback.findMany({ orderBy: [{ orgId: 'asc' }, { sessionId: 'asc' }, { authorId: 'asc' }] }),
    notes: await db.privateNote.findMany({ orderBy: [{ orgId: 'asc' }, { sessionId: 'asc' }, { authorId: 'asc' }] }),
    artifacts: await db.knowledgeArtifact.findMany({ orderBy: order }),
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

describe('demo sessions', () => {
  const sessionsOf = async (slug: string) =>
    systemDb().peerSession.findMany({
      where: { orgId: await orgId(slug) },
      include: {
        participants: { include: { employee: { select: { email: true, timeZone: true } } } },
        skills: true,
        designPhases: { orderBy: { position: 'asc' } },
        feedback: true,
        community: true,
        host: { select: { email: true } },
      },
      orderBy: { startsAt: 'asc' },
    });

  it('gives Acme six active communities and Globex one, which Acme never sees', async () => {
    const acme = await systemDb().community.findMany({ where: { orgId: await orgId('acme') }, orderBy: { slug: 'asc' } });
    expect(acme.map((c) => c.name)).toEqual(['Data & Analytics CoP', 'Design Thinking Circle', 'Frontend Craft', 'Leadership Lab', 'Platform Engineering Guild', 'Product Discovery']);
    expect(acme.every((c) => c.status === 'ACTIVE' && c.purpose)).toBe(true);
    const globex = await systemDb().community.findMany({ where: { orgId: await orgId('globex') } });
    expect(globex).toHaveLength(1);
    const seen = await withTenant(await contextFor(ACME_ADMIN, 'acme'), (db) => db.community.findMany({ select: { id: true } }));
    expect(seen).toHaveLength(6);
    expect(seen.map((c) => c.id)).not.toContain(globex[0]!.id);
  });

  it('has a dozen upcoming group sessions over three weeks, tagged, hosted by someone who teaches their first skill', async () => {
    const all = await sessionsOf('acme');
    const upcoming = all.filter((s) => s.kind !== 'MENTORING' && s.startsAt > SEED_NOW);
    expect(upcoming.length).toBeGreaterThanOrEqual(10);
    expect(upcoming.length).toBeLessThanOrEqual(15);
    expect(upcoming.every((s) => s.status === 'SCHEDULED' && s.startsAt.getTime() < SEED_NOW.getTime() + 22 * DAY)).toBe(true);
    expect(new Set(upcoming.map((s) => s.kind))).toEqual(new Set(['WORKSHOP', 'DESIGN_THINKING', 'SPRINT_CHECKIN']));
    for (const s of upcoming) {
      expect(s.skills.length, s.title).toBeGreaterThanOrEqual(1);
      expect(s.location, s.title).toMatch(/^https:\/\/meet\.acme\.example\/|office · .+ room$/);
      expect(s.community?.status, s.title).toBe('ACTIVE');
      const [first] = await systemDb().sessionSkill.findMany({ where: { orgId: s.orgId, sessionId: s.id }, include: { skill: true } });
      expect(first, s.title).toBeDefined();
      const teaches = await systemDb().employeeSkill.count({ where: { orgId: s.orgId, employeeId: s.hostId, canTeach: true, skillId: { in: s.skills.map((k) => k.skillId) } } });
      expect(teaches, `${s.title}: the host teaches one of its skills`).toBeGreaterThanOrEqual(1);
    }
    // The hosts are spread over the regions.
    const zones = new Set(upcoming.map((s) => s.participants.find((p) => p.role === 'HOST')!.employee.timeZone));
    expect(zones.size).toBeGreaterThanOrEqual(6);
    // Some are nearly full, some nearly empty.
    expect(upcoming.filter((s) => s.seatsTaken >= s.capacity - 1 && s.seatsTaken < s.capacity).length).toBeGreaterThanOrEqual(2);
    expect(upcoming.filter((s) => s.seatsTaken <= 2).length).toBeGreaterThanOrEqual(2);
  });

  it('has one design-thinking workshop that is full, with three people waiting in order, and every design-thinking session has the five phases', async () => {
    const all = await sessionsOf('acme');
    const full = all.filter((s) => s.kind !== 'MENTORING' && s.startsAt > SEED_NOW && s.seatsTaken === s.capacity);
    expect(full).toHaveLength(1);
    const [workshop] = full;
    expect(workshop).toMatchObject({ kind: 'DESIGN_THINKING', capacity: 8, seatsTaken: 8 });
    const waiting = workshop!.participants.filter((p) => p.status === 'WAITLISTED').sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
    expect(waiting).toHaveLength(3);
    const lastSeat = Math.max(...workshop!.participants.filter((p) => p.status === 'BOOKED').map((p) => p.updatedAt.getTime()));
    expect(waiting[0]!.updatedAt.getTime()).toBeGreaterThan(lastSeat);
    for (const s of all.filter((x) => x.kind === 'DESIGN_THINKING')) {
      expect(s.designPhases.map((p) => p.phase)).toEqual(['EMPATHIZE', 'DEFINE', 'IDEATE', 'PROTOTYPE', 'TEST']);
      const outputs = s.designPhases.filter((p) => p.outputs.length > 0);
      if (s.startsAt > SEED_NOW) expect(outputs, s.title).toEqual([]);
      else expect(outputs.length, s.title).toBeGreaterThanOrEqual(4);
    }
  });

  it('keeps seat counts equal to the booked attendees, and nobody in two booked sessions within the buffer', async () => {
    for (const slug of ['acme', 'globex']) {
      for (const s of await sessionsOf(slug)) {
        const booked = s.participants.filter((p) => p.role === 'ATTENDEE' && p.status === 'BOOKED').length;
        expect(s.seatsTaken, s.title).toBe(s.status === 'CANCELED' ? 0 : booked);
        expect(s.participants.filter((p) => p.role === 'HOST').map((p) => p.employeeId)).toEqual([s.hostId]);
        for (const p of s.participants) expect([p.startsAt, p.endsAt]).toEqual([s.startsAt, s.endsAt]);
      }
    }
    const close = await systemDb().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "SessionParticipant" a JOIN "SessionParticipant" b
        ON a."orgId" = b."orgId" AND a."employeeId" = b."employeeId" AND a."sessionId" < b."sessionId"
       WHERE a."status" = 'BOOKED' AND b."status" = 'BOOKED'
         AND tstzrange(a."startsAt" - interval '10 minutes', a."endsAt" + interval '10 minutes') && tstzrange(b."startsAt", b."endsAt")`;
    expect(close).toEqual([{ n: 0 }]);
  });

  it('has about forty past sessions over eight weeks: 1:1s of accepted and ended matches, and group sessions with attendance', async () => {
    const all = await sessionsOf('acme');
    const past = all.filter((s) => s.endsAt < SEED_NOW);
    expect(past.length).toBeGreaterThanOrEqual(35);
    expect(past.length).toBeLessThanOrEqual(60);
    expect(past.every((s) => s.startsAt.getTime() > SEED_NOW.getTime() - 8 * 7 * DAY - DAY)).toBe(true);
    const oneOnOnes = past.filter((s) => s.kind === 'MENTORING');
    expect(oneOnOnes.length).toBeGreaterThanOrEqual(20);
    const matches = new Map((await systemDb().match.findMany({ where: { orgId: await orgId('acme') } })).map((m) => [m.id, m]));
    for (const s of oneOnOnes) {
      const match = matches.get(s.matchId!)!;
      expect(['ACCEPTED', 'ENDED']).toContain(match.status);
      expect(s.hostId).toBe(match.mentorId);
      expect(s.participants.map((p) => [p.employeeId, p.role]).sort()).toEqual([[match.learnerId, 'ATTENDEE'], [match.mentorId, 'HOST']].sort());
      expect(s.startsAt > match.respondedAt!).toBe(true);
      if (match.endedAt) expect(s.endsAt < match.endedAt).toBe(true);
      expect(s.skills.map((k) => k.skillId)).toEqual([match.skillId]);
    }
    const marked = past.flatMap((s) => s.participants.filter((p) => p.role === 'ATTENDEE' && p.attendance));
    const noShows = marked.filter((p) => p.attendance === 'NO_SHOW').length;
    expect(noShows).toBeGreaterThanOrEqual(1);
    expect(noShows / marked.length).toBeLessThan(0.15);
    // One the host has not marked yet, and one canceled with a reason.
    expect(past.filter((s) => s.status === 'SCHEDULED' && s.participants.some((p) => p.role === 'ATTENDEE')).every((s) => s.participants.every((p) => p.attendance === null))).toBe(true);
    expect(past.filter((s) => s.status === 'SCHEDULED').length).toBeGreaterThanOrEqual(1);
    expect(past.filter((s) => s.status === 'CANCELED').every((s) => s.cancelReason && s.participants.every((p) => p.status === 'CANCELED'))).toBe(true);
  });

  it('has feedback on most past sessions, mostly 4–5, about the other side or the host, practising the session’s skills', async () => {
    const all = await sessionsOf('acme');
    const past = all.filter((s) => s.endsAt < SEED_NOW && s.status !== 'CANCELED');
    const feedback = past.flatMap((s) => s.feedback.map((f) => ({ f, s })));
    expect(feedback.length).toBeGreaterThan(100);
    expect(all.filter((s) => s.startsAt > SEED_NOW).flatMap((s) => s.feedback)).toEqual([]);
    const ratings = feedback.map(({ f }) => f.rating);
    expect(ratings.filter((r) => r >= 4).length / ratings.length).toBeGreaterThan(0.75);
    expect(ratings.filter((r) => r === 3).length).toBeGreaterThanOrEqual(1);
    for (const { f, s } of feedback) {
      const me = s.participants.find((p) => p.employeeId === f.authorId);
      expect(me?.status).toBe('BOOKED');
      expect(me?.attendance).not.toBe('NO_SHOW');
      expect(f.submittedAt > s.endsAt && f.submittedAt < SEED_NOW).toBe(true);
      expect(f.submittedAt.getTime()).toBeLessThan(s.endsAt.getTime() + 7 * DAY);
      const skillIds = s.skills.map((k) => k.skillId);
      expect(f.skillsPracticed.every((id) => skillIds.includes(id))).toBe(true);
      if (s.kind === 'MENTORING') expect(f.subjectId).toBe(s.participants.find((p) => p.employeeId !== f.authorId)!.employeeId);
      else expect(f.subjectId).toBe(f.authorId === s.hostId ? null : s.hostId);
    }
    // Both sides of most 1:1s, and only one side of some (their blind state shows).
    const oneOnOnes = past.filter((s) => s.kind === 'MENTORING');
    expect(oneOnOnes.filter((s) => s.feedback.length === 2).length / oneOnOnes.length).toBeGreaterThan(0.5);
    expect(oneOnOnes.filter((s) => s.feedback.length === 1).length).toBeGreaterThanOrEqual(2);
    const groups = past.filter((s) => s.kind !== 'MENTORING');
    const attended = groups.flatMap((s) => s.participants.filter((p) => p.role === 'ATTENDEE' && p.status === 'BOOKED' && p.attendance !== 'NO_SHOW'));
    const rated = groups.flatMap((s) => s.feedback.filter((f) => f.authorId !== s.hostId));
    expect(rated.length / attended.length).toBeGreaterThan(0.6);
    expect(await systemDb().privateNote.count({ where: { orgId: await orgId('acme') } })).toBeGreaterThanOrEqual(3);
  });

  it('gives Maya a revealed 1:1 with her mentor and a recent one only he has rated, and keeps her mentor’s offered times free', async () => {
    const maya = await contextFor(ACME_EMPLOYEE, 'acme');
    const match = await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, learnerId: maya.employeeId, status: 'ACCEPTED' }, include: { mentor: true } });
    expect(match.mentor.name).toBe('Noah Eze');
    const withMentor = (await sessionsOf('acme')).filter((s) => s.matchId === match.id);
    expect(withMentor.every((s) => s.endsAt < SEED_NOW)).toBe(true);
    const authors = withMentor.map((s) => s.feedback.map((f) => f.authorId).sort());
    expect(authors).toContainEqual([maya.employeeId, match.mentorId].sort());
    const recent = withMentor.find((s) => s.feedback.length === 1 && s.feedback[0]!.authorId === match.mentorId);
    expect(recent).toBeDefined();
    expect(recent!.endsAt.getTime()).toBeGreaterThan(SEED_NOW.getTime() - 7 * DAY);

    // Her private note is hers alone.
    const notes = await withTenant(maya, (db) => db.privateNote.findMany({ where: { session: { matchId: match.id } } }));
    expect(notes.length).toBeGreaterThanOrEqual(1);
    expect(notes.every((n) => n.authorId === maya.employeeId)).toBe(true);

    // Whatever she is booked into takes none of the times her mentor offers her.
    const from = SEED_NOW.getTime() + 2 * 3_600_000;
    const query = await withTenant(maya, (db) => mentorSlotQuery(db, maya.orgId, match.mentorId, maya.employeeId, from, from + 28 * DAY, 30));
    expect(query.busy.filter((b) => b.end > from).length).toBeGreaterThanOrEqual(1);
    expect(computeFreeSlots(query)).toEqual(computeFreeSlots({ ...query, busy: [] }));
  });

  it('publishes some knowledge artifacts to communities and keeps others with their session only', async () => {
    const artifacts = await systemDb().knowledgeArtifact.findMany({ where: { orgId: await orgId('acme') }, include: { session: { include: { participants: true } } } });
    expect(artifacts.length).toBeGreaterThanOrEqual(7);
    expect(new Set(artifacts.map((a) => a.kind))).toEqual(new Set(['NOTES', 'LINK', 'DESIGN_OUTPUTS']));
    const published = artifacts.filter((a) => a.publishedAt);
    expect(published.length).toBeGreaterThanOrEqual(4);
    expect(published.every((a) => a.communityId && a.communityId === a.session!.communityId && a.publishedAt! < SEED_NOW)).toBe(true);
    expect(artifacts.filter((a) => !a.publishedAt).length).toBeGreaterThanOrEqual(1);
    for (const a of artifacts) {
      expect(a.session!.participants.map((p) => p.employeeId)).toContain(a.authorId);
      expect(a.session!.endsAt < a.createdAt).toBe(true);
      if (a.kind === 'LINK') expect(a.url).toMatch(/^https:\/\//);
      if (a.kind === 'DESIGN_OUTPUTS') expect(a.body).toContain('## Empathize');
    }
  });

  it('keeps Globex small and to itself', async () => {
    const globex = await sessionsOf('globex');
    expect(globex).toHaveLength(2);
    const ids = new Set(globex.map((s) => s.id));
    const acmeSeen = await withTenant(await contextFor(ACME_ADMIN, 'acme'), (db) => db.peerSession.findMany({ select: { id: true } }));
    expect(acmeSeen.length).toBeGreaterThan(50);
    expect(acmeSeen.filter((s) => ids.has(s.id))).toEqual([]);
    const tomSeen = await withTenant(await contextFor(GLOBEX_EMPLOYEE, 'globex'), (db) => db.peerSession.findMany({ select: { id: true } }));
    expect(tomSeen.map((s) => s.id).sort()).toEqual([...ids].sort());
  });
});

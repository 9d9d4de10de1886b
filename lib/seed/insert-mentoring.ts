import type { Db } from '../db/system';
import { DEFAULT_MATCHING_POLICY } from '../matching';
import { findMentorCandidates, loadLearner, type CandidateRequest, type CycleCapacities, type ScoredMentor } from '../mentoring';
import { PERSONA_EMAILS } from './personas';
import { derivedUuid, seededRandom, type Random } from './random';

// The demo's mentoring history and what is in flight, built through the real candidate finder and scoring
// model (so every pair is one the model allows, scores and explanations read as in the app, and a mentor
// never has more accepted plus pending mentees than slots). Times count back from `now`, the seed time.
//
// Acme: 25 ended mentorships with ratings, 14 active ones (one of them Maya's, on Docker), three proposals
// waiting for an answer (one to Sofia on Kubernetes, expiring two days after the seed), one declined
// request, and the open "Q1 2027 mentoring round" with 40 requests and 25 mentors who confirmed capacity.
// Personas stay out of the cycle and, apart from those, out of the matches, so their e2e tests start clean.

const DAY = 86_400_000;
/** Candidate searches run this many at a time (the system pool has four connections). */
const BATCH = 8;
const policy = DEFAULT_MATCHING_POLICY;

export const DEMO_CYCLE_NAME = 'Q1 2027 mentoring round';
/** Wanted in Acme but taught by nobody: cycle requests the optimizer cannot match. */
const UNTAUGHT_SKILLS = ['Apache Spark', 'Visual design', 'Natural language processing'];

const OUTCOMES = [
  (s: string) => `Get comfortable enough with ${s} to handle our team's day-to-day work without help.`,
  (s: string) => `Understand the ${s} fundamentals properly and know which practices matter.`,
  (s: string) => `Lead a small ${s} piece of work on my own by the end of the quarter.`,
  (s: string) => `Review others' ${s} work with confidence.`,
  null,
];
const MESSAGES = [
  (first: string, s: string) => `Hi ${first}, I'd love your help with ${s}. Could we meet every other week for a couple of months?`,
  (first: string, s: string) => `Hi ${first}, a colleague said you explain ${s} really well. Would you have room for one more mentee?`,
  (first: string, s: string) => `Hello ${first}! I'm picking up ${s} for a project next quarter and would value a regular check-in.`,
];
const END_REASONS = [
  'Reached my target level — thank you!',
  'We covered everything I needed for the project.',
  'Goal achieved; we will keep in touch informally.',
  'My priorities changed this quarter.',
  'Schedules no longer lined up after my team move.',
];

interface Want {
  employeeId: string;
  skillId: string;
  skillName: string;
  level: number | null;
  targetLevel: number | null;
  canTeach: boolean;
  wantsToLearn: boolean;
}

interface RequestSpec extends CandidateRequest {
  id: string;
  goalId: string | null;
  cycleId: string | null;
  outcome: string | null;
  status: 'OPEN' | 'MATCHED';
  createdAt: Date;
  closedAt: Date | null;
}

interface MatchSpec {
  request: RequestSpec;
  mentor: ScoredMentor;
  status: 'PROPOSED' | 'ACCEPTED' | 'DECLINED' | 'ENDED';
  message: string | null;
  createdAt: Date;
  expiresAt: Date;
  respondedAt: Date | null;
  responseMessage?: string;
  ended?: { at: Date; byId: string; reason: string; rating: number };
}

const firstName = (name: string) => name.split(' ')[0]!;
const ago = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export async function insertAcmeMentoring(db: Db, orgId: string, now: Date): Promise<void> {
  const random = seededRandom(2027);
  const people = await db.employee.findMany({ where: { orgId }, select: { id: true, name: true, email: true }, orderBy: { id: 'asc' } });
  const persona = (email: string) => people.find((p) => p.email === email)!;
  const personaIds = new Set(people.filter((p) => PERSONA_EMAILS.includes(p.email)).map((p) => p.id));
  const skills = await db.employeeSkill.findMany({
    where: { orgId },
    select: { employeeId: true, skillId: true, level: true, targetLevel: true, canTeach: true, wantsToLearn: true, skill: { select: { name: true } } },
    orderBy: [{ employeeId: 'asc' }, { skillId: 'asc' }],
  });
  const wants: Want[] = skills.map(({ skill, ...s }) => ({ ...s, skillName: skill.name }));
  const goals = await db.learningGoal.findMany({ where: { orgId, status: 'ACTIVE' }, select: { id: true, employeeId: true, skillId: true } });
  const goalFor = (employeeId: string, skillId: string) => goals.find((g) => g.employeeId === employeeId && g.skillId === skillId)?.id ?? null;
  const skillIds = new Map((await db.skill.findMany({ where: { orgId }, select: { id: true, name: true } })).map((s) => [s.name, s.id]));

  const busyLearners = new Set<string>();
  let requestCount = 0;
  const request = (want: Pick<Want, 'employeeId' | 'skillId' | 'skillName'>, fields: Partial<RequestSpec> & { currentLevel: number | null; targetLevel: number; createdAt: Date }): RequestSpec => ({
    id: derivedUuid(`${orgId}/mentor-request/${requestCount++}`),
    learnerId: want.employeeId,
    skillId: want.skillId,
    goalId: goalFor(want.employeeId, want.skillId),
    cycleId: null,
    outcome: random.pick(OUTCOMES)?.(want.skillName) ?? null,
    preferOutsideTeam: random.next() < 0.25,
    acceptsAsync: false,
    status: 'OPEN',
    closedAt: null,
    ...fields,
  });
  const candidates = async (spec: CandidateRequest, cycle?: CycleCapacities) => {
    const learner = await loadLearner(db, orgId, spec.learnerId);
    return learner ? (await findMentorCandidates(db, orgId, learner, spec, policy, now, cycle)).mentors : [];
  };
  const saveRequest = (spec: RequestSpec) =>
    db.mentorRequest.create({
      data: {
        orgId,
        id: spec.id,
        learnerId: spec.learnerId,
        skillId: spec.skillId,
        goalId: spec.goalId,
        cycleId: spec.cycleId,
        currentLevel: spec.currentLevel,
        targetLevel: spec.targetLevel,
        outcome: spec.outcome,
        preferOutsideTeam: spec.preferOutsideTeam,
        acceptsAsync: spec.acceptsAsync,
        status: spec.status,
        closedAt: spec.closedAt,
        createdAt: spec.createdAt,
        updatedAt: spec.closedAt ?? spec.createdAt,
      },
    });
  let matchCount = 0;
  const saveMatch = async (m: MatchSpec) => {
    await saveRequest(m.request);
    await db.match.create({
      data: {
        orgId,
        id: derivedUuid(`${orgId}/match/${matchCount++}`),
        requestId: m.request.id,
        learnerId: m.request.learnerId,
        mentorId: m.mentor.id,
        skillId: m.request.skillId,
        goalId: m.request.goalId,
        score: m.mentor.score,
        explanation: m.mentor.terms.map((t) => ({ ...t })),
        message: m.message,
        status: m.status,
        expiresAt: m.expiresAt,
        respondedAt: m.respondedAt,
        responseMessage: m.responseMessage ?? null,
        endedAt: m.ended?.at ?? null,
        endedById: m.ended?.byId ?? null,
        endReason: m.ended?.reason ?? null,
        learnerRating: m.ended?.rating ?? null,
        createdAt: m.createdAt,
        updatedAt: m.ended?.at ?? m.respondedAt ?? m.createdAt,
      },
    });
  };
  const message = (mentor: ScoredMentor, skillName: string) => random.pick(MESSAGES)(firstName(mentor.name), skillName);
  const notPersona = (m: ScoredMentor) => !personaIds.has(m.id);

  // Past mentorships: a skill someone now holds, learned from a mentor who taught it. Sofia mentored two of
  // them; past mentors are preferred again when they rank high, so a few have several ratings.
  const sofia = persona('sofia.alvarez@acme.example');
  const pastMentors = new Map<string, number>();
  let ended = 0;
  const grown = shuffled(random, wants.filter((w) => !w.canTeach && !w.wantsToLearn && w.level !== null && w.level >= 2 && w.level <= 4 && !personaIds.has(w.employeeId)));
  const sofiaSkills = new Set(['Kubernetes', 'AWS', 'Terraform']);
  grown.sort((a, b) => Number(sofiaSkills.has(b.skillName)) - Number(sofiaSkills.has(a.skillName)));
  for (let start = 0; start < grown.length && ended < 25; start += BATCH) {
    const specs = grown.slice(start, start + BATCH).filter((want) => !busyLearners.has(want.employeeId)).map((want) => {
      const startedDaysAgo = random.int(90, 330);
      return { want, startedDaysAgo, spec: request(want, { currentLevel: want.level! - 1, targetLevel: want.level!, status: 'MATCHED', createdAt: ago(now, startedDaysAgo + 2), closedAt: ago(now, startedDaysAgo) }) };
    });
    const found = await Promise.all(specs.map(({ spec }) => candidates(spec)));
    for (const [i, { want, startedDaysAgo, spec }] of specs.entries()) {
      if (busyLearners.has(want.employeeId) || ended >= 25) continue;
      const allowed = found[i]!.filter((m) => m.id === sofia.id || notPersona(m));
      const mentor = (pastMentors.get(sofia.id) ?? 0) < 2 && allowed.find((m) => m.id === sofia.id)
        ? allowed.find((m) => m.id === sofia.id)!
        : (allowed.slice(0, 5).find((m) => m.id !== sofia.id && pastMentors.has(m.id) && random.next() < 0.7) ?? allowed.find((m) => m.id !== sofia.id));
      if (!mentor) continue;
      busyLearners.add(want.employeeId);
      ended++;
      pastMentors.set(mentor.id, (pastMentors.get(mentor.id) ?? 0) + 1);
      const roll = random.next();
      const rating = roll < 0.65 ? 5 : roll < 0.92 ? 4 : 3;
      const endedDaysAgo = startedDaysAgo - random.int(35, 80);
      await saveMatch({
        request: spec,
        mentor,
        status: 'ENDED',
        message: message(mentor, want.skillName),
        createdAt: spec.createdAt,
        expiresAt: new Date(spec.createdAt.getTime() + policy.requestExpiryDays * DAY),
        respondedAt: spec.closedAt,
        ended: { at: ago(now, endedDaysAgo), byId: random.next() < 0.7 ? want.employeeId : mentor.id, reason: random.pick(END_REASONS), rating },
      });
    }
  }

  // What people want to learn now, in a fixed random order; the personas' wishes are left to them.
  const learning = shuffled(random, wants.filter((w) => w.wantsToLearn && w.targetLevel !== null && !personaIds.has(w.employeeId)));
  busyLearners.clear();
  const take = (spec: RequestSpec) => busyLearners.add(spec.learnerId);

  // Maya's active mentorship on Docker, her learning goal (she is fine with async: her weekly hours are few).
  const maya = persona('maya.chen@acme.example');
  const mayaDocker = wants.find((w) => w.employeeId === maya.id && w.skillName === 'Docker')!;
  const mayaSpec = request(mayaDocker, { currentLevel: mayaDocker.level, targetLevel: mayaDocker.targetLevel!, acceptsAsync: true, preferOutsideTeam: false, status: 'MATCHED', createdAt: ago(now, 23), closedAt: ago(now, 22) });
  mayaSpec.outcome = 'Containerize our customer-portal services with confidence before the migration.';
  const mayaMentor = (await candidates(mayaSpec)).find(notPersona);
  if (!mayaMentor) throw new Error('The demo seed found no Docker mentor for Maya');
  take(mayaSpec);
  await saveMatch({ request: mayaSpec, mentor: mayaMentor, status: 'ACCEPTED', message: message(mayaMentor, 'Docker'), createdAt: mayaSpec.createdAt, expiresAt: new Date(mayaSpec.createdAt.getTime() + policy.requestExpiryDays * DAY), respondedAt: mayaSpec.closedAt, responseMessage: 'Happy to! Let’s start with how our images are built.' });

  // A proposal to Sofia on Kubernetes, sent a day before the seed, from the first engineer she may mentor.
  const k8sId = skillIds.get('Kubernetes')!;
  const engineers = await db.employee.findMany({ where: { orgId, department: { name: 'Engineering' }, id: { notIn: [...personaIds] } }, select: { id: true }, orderBy: { id: 'asc' } });
  const k8sLearners = engineers.map(({ id }) => ({ id, level: wants.find((w) => w.employeeId === id && w.skillId === k8sId)?.level ?? null })).filter((e) => e.level === null || e.level < 3);
  let proposedToSofia = false;
  for (let start = 0; start < k8sLearners.length && !proposedToSofia; start += BATCH) {
    const specs = k8sLearners.slice(start, start + BATCH).map(({ id, level }) => request({ employeeId: id, skillId: k8sId, skillName: 'Kubernetes' }, { currentLevel: level, targetLevel: 3, createdAt: ago(now, 1) }));
    const found = await Promise.all(specs.map((spec) => candidates(spec)));
    const index = found.findIndex((mentors) => mentors.some((m) => m.id === sofia.id));
    if (index < 0) continue;
    const spec = specs[index]!;
    spec.outcome = 'Run our team’s services on the internal cluster without paging the platform team.';
    take(spec);
    await saveMatch({ request: spec, mentor: found[index]!.find((m) => m.id === sofia.id)!, status: 'PROPOSED', message: `Hi Sofia, I'm moving our team's services onto the internal cluster and you're the name everyone mentions. Could you mentor me on Kubernetes for a few weeks?`, createdAt: spec.createdAt, expiresAt: new Date(now.getTime() + 2 * DAY), respondedAt: null });
    proposedToSofia = true;
  }
  if (!proposedToSofia) throw new Error('The demo seed found no engineer Sofia may mentor on Kubernetes');

  // Active mentorships, two more proposals waiting and one declined request (still open, for the next mentor).
  const plan: { status: MatchSpec['status']; sentDaysAgo: number }[] = [
    ...Array.from({ length: 13 }, () => ({ status: 'ACCEPTED' as const, sentDaysAgo: random.int(6, 70) })),
    { status: 'PROPOSED', sentDaysAgo: 2 },
    { status: 'PROPOSED', sentDaysAgo: 0.5 },
    { status: 'DECLINED', sentDaysAgo: 10 },
  ];
  const queue = [...learning];
  for (const step of plan) {
    while (queue.length) {
      const want = queue.shift()!;
      if (busyLearners.has(want.employeeId)) continue;
      const sentAt = ago(now, step.sentDaysAgo);
      const accepted = step.status === 'ACCEPTED';
      const spec = request(want, { currentLevel: want.level, targetLevel: want.targetLevel!, createdAt: ago(now, step.sentDaysAgo + 0.2), status: accepted ? 'MATCHED' : 'OPEN', closedAt: accepted ? new Date(sentAt.getTime() + DAY) : null });
      const found = (await candidates(spec)).filter(notPersona);
      const mentor = found[Math.min(random.int(0, 2), found.length - 1)];
      if (!mentor) continue;
      take(spec);
      await saveMatch({
        request: spec,
        mentor,
        status: step.status,
        message: message(mentor, want.skillName),
        createdAt: sentAt,
        expiresAt: new Date(sentAt.getTime() + policy.requestExpiryDays * DAY),
        respondedAt: step.status === 'PROPOSED' ? null : new Date(sentAt.getTime() + DAY),
        responseMessage:
          step.status === 'DECLINED' ? `Sorry, I'm in the middle of a release and can't give this the time it deserves until next quarter.` : accepted ? 'Glad to help — I’ll send a first slot.' : undefined,
      });
      break;
    }
  }

  await insertDemoCycle(db, orgId, now, random, {
    learning: learning.filter((w) => !busyLearners.has(w.employeeId)),
    untaught: new Set(UNTAUGHT_SKILLS),
    stewardId: persona('priya.raman@acme.example').id,
    personaIds,
    teachers: new Map(wants.filter((w) => w.canTeach && !personaIds.has(w.employeeId)).map((w) => [w.employeeId, 3])),
    request,
    candidates,
    saveRequest,
  });
}

async function insertDemoCycle(
  db: Db,
  orgId: string,
  now: Date,
  random: Random,
  deps: {
    learning: Want[];
    untaught: ReadonlySet<string>;
    stewardId: string;
    personaIds: ReadonlySet<string>;
    request: (want: Want, fields: Partial<RequestSpec> & { currentLevel: number | null; targetLevel: number; createdAt: Date }) => RequestSpec;
    /** Everyone who teaches something, as if they had all confirmed for the cycle. */
    teachers: CycleCapacities;
    candidates: (spec: CandidateRequest, cycle?: CycleCapacities) => Promise<ScoredMentor[]>;
    saveRequest: (spec: RequestSpec) => Promise<unknown>;
  },
): Promise<void> {
  const cycleId = derivedUuid(`${orgId}/matching-cycle/q1-2027`);
  const opensAt = ago(now, 5);
  await db.matchingCycle.create({
    data: {
      orgId,
      id: cycleId,
      name: DEMO_CYCLE_NAME,
      description: 'Our quarterly round: tell us what you want to learn, mentors confirm how many mentees they can take, and we pair everyone at once.',
      status: 'OPEN',
      signupOpensAt: opensAt,
      signupClosesAt: new Date(now.getTime() + 10 * DAY),
      createdById: deps.stewardId,
      createdAt: ago(now, 6),
      updatedAt: opensAt,
    },
  });

  // One request per learner: the three skills nobody teaches, three that someone teaches but nobody with
  // hours to share, and 34 that some teacher could take (checked as if every teacher had signed up).
  const learners = new Set<string>();
  const pool = deps.learning.filter((want) => !learners.has(want.employeeId) && learners.add(want.employeeId));
  const createdAt = () => new Date(opensAt.getTime() + random.next() * (now.getTime() - opensAt.getTime()));
  const spec = (want: Want) => deps.request(want, { currentLevel: want.level, targetLevel: want.targetLevel!, cycleId, acceptsAsync: random.next() < 0.2, createdAt: createdAt() });
  const untaught = [...deps.untaught].flatMap((skill) => pool.filter((w) => w.skillName === skill).slice(0, 1)).map(spec);
  const taught = pool.filter((w) => !deps.untaught.has(w.skillName)).slice(0, 60).map(spec);
  const reach = await Promise.all(taught.map((s) => deps.candidates(s, deps.teachers)));
  const matchable = taught.flatMap((s, i) => (reach[i]!.length ? [{ spec: s, mentors: new Set(reach[i]!.map((m) => m.id)) }] : [])).slice(0, 34);
  const unreachable = taught.filter((_, i) => !reach[i]!.length).slice(0, 3);
  for (const s of [...untaught, ...unreachable, ...matchable.map((m) => m.spec)]) await deps.saveRequest(s);

  // The mentors who confirmed: picked greedily so that as many requests as possible have someone (each next
  // one is eligible for the most requests nobody covers yet), 25 in all.
  const mentors: string[] = [];
  const uncovered = new Set(matchable.keys());
  while (mentors.length < 25) {
    const counts = new Map<string, number>();
    for (const [i, m] of matchable.entries()) for (const id of m.mentors) if (!mentors.includes(id)) counts.set(id, (counts.get(id) ?? 0) + (uncovered.has(i) ? 100 : 1));
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (!best) break;
    mentors.push(best[0]);
    for (const [i, m] of matchable.entries()) if (m.mentors.has(best[0])) uncovered.delete(i);
  }
  await db.cycleMentor.createMany({
    data: mentors.map((mentorId) => ({ orgId, cycleId, mentorId, capacity: random.int(1, 3), confirmedAt: new Date(opensAt.getTime() + random.next() * (now.getTime() - opensAt.getTime())) })),
  });
}

/** One open request in another org, so isolation tests have something not to see. */
export async function insertOpenRequest(db: Db, orgId: string, now: Date): Promise<void> {
  const want = await db.employeeSkill.findFirst({
    where: { orgId, wantsToLearn: true, targetLevel: { not: null }, employee: { email: { notIn: [...PERSONA_EMAILS] } } },
    orderBy: [{ employeeId: 'asc' }, { skillId: 'asc' }],
    select: { employeeId: true, skillId: true, level: true, targetLevel: true },
  });
  if (!want) return;
  await db.mentorRequest.create({
    data: { orgId, id: derivedUuid(`${orgId}/mentor-request/0`), learnerId: want.employeeId, skillId: want.skillId, currentLevel: want.level, targetLevel: want.targetLevel!, outcome: 'Learn the basics from someone in the lab.', createdAt: ago(now, 3), updatedAt: ago(now, 3) },
  });
}

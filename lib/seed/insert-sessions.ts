import { instantOfWallClock, wallClockAt } from '../availability';
import type { Prisma } from '../db/generated/client';
import type { Db } from '../db/system';
import { DESIGN_THINKING_TEMPLATE } from '../sessions/design-thinking-template';
import { FEEDBACK_WINDOW_DAYS } from '../sessions/feedback-visibility';
import { BOOKING_BUFFER_MINUTES } from '../sessions/mentor-slot-query';
import { CROSS_ORG_MEMBERSHIPS, PERSONA_EMAILS } from './personas';
import { derivedUuid, seedFromText, seededRandom, type Random } from './random';
import {
  ATTENDEE_COMMENTS,
  GENERIC_AGENDAS,
  HOST_COMMENTS,
  LEARNER_COMMENTS,
  MENTOR_COMMENTS,
  MENTORING_AGENDAS,
  PRIVATE_NOTES,
  type CommentBank,
  type GroupSessionSpec,
  type SessionCatalog,
} from './session-catalog';

// The demo's peer sessions around the seed time `now`: the org's communities; its group sessions from the
// catalog (upcoming ones with seats taken and a waitlist, past ones with attendance, feedback,
// design-thinking outputs and knowledge artifacts); and 1:1 mentoring sessions of the accepted and ended
// matches: past ones every two weeks or so over the last eight weeks, and a next one for some active pairs.
//
// Times are found like people would: group sessions at the catalog's local time of a host who teaches the
// first skill, attended by people awake then (08:00–19:30 on a weekday, their clock); 1:1s at a time that
// suits both sides, inside the mentor's weekly hours where possible. Nobody is booked into two sessions
// closer than the booking buffer (the exclusion constraint would refuse overlaps anyway).
//
// Personas join only the sessions the catalog names, and no one but Maya (in the TypeScript sprint at her
// lunchtime, far from her mentor's hours) has anything upcoming with a persona or a persona's counterpart,
// so the e2e flows see the mentor slots and inboxes they expect. Maya has two past sessions with her
// mentor: one with both sides' feedback (revealed), and a recent one only the mentor has rated so far.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const BUFFER = BOOKING_BUFFER_MINUTES * MINUTE;
const FEEDBACK_WINDOW = FEEDBACK_WINDOW_DAYS * DAY;
const PAST_WEEKS = 8;
const MAYA = 'maya.chen@acme.example';

interface Person {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  office: string | null;
}

type Rows = {
  sessions: Prisma.PeerSessionCreateManyInput[];
  participants: Prisma.SessionParticipantCreateManyInput[];
  skills: Prisma.SessionSkillCreateManyInput[];
  phases: Prisma.DesignThinkingPhaseCreateManyInput[];
  feedback: Prisma.SessionFeedbackCreateManyInput[];
  notes: Prisma.PrivateNoteCreateManyInput[];
  artifacts: Prisma.KnowledgeArtifactCreateManyInput[];
};

/** `at` (HH:MM) on the host's clock, `day` days from now; a weekend moves away from now to the nearest weekday. */
function localStart(now: Date, day: number, at: string, zone: string): number {
  const today = wallClockAt(now.getTime() + day * DAY, zone);
  let date = Date.UTC(today.year, today.month - 1, today.day);
  let weekday = today.weekday;
  while (weekday > 5) {
    date += day < 0 ? -DAY : DAY;
    weekday = day < 0 ? weekday - 1 : (weekday % 7) + 1;
  }
  const [hour, minute] = at.split(':').map(Number) as [number, number];
  return instantOfWallClock(date + hour * HOUR + minute * MINUTE, zone);
}

function rating(random: Random): number {
  const roll = random.next();
  return roll < 0.55 ? 5 : roll < 0.88 ? 4 : roll < 0.98 ? 3 : 2;
}

function comment(random: Random, bank: CommentBank, score: number): string | null {
  if (random.next() < 0.15) return null;
  return random.pick(score >= 4 ? bank.high : score === 3 ? bank.mid : bank.low);
}

function slugOf(title: string): string {
  return title.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-$/, '');
}

export async function insertDemoSessions(db: Db, orgId: string, catalog: SessionCatalog, now: Date): Promise<void> {
  const random = seededRandom(seedFromText(`${catalog.meetDomain}/sessions`));
  const [employees, skillRows, holdings, windows, matches] = await Promise.all([
    db.employee.findMany({ where: { orgId, status: 'ACTIVE' }, select: { id: true, name: true, email: true, timeZone: true, location: { select: { name: true } } }, orderBy: { id: 'asc' } }),
    db.skill.findMany({ where: { orgId, kind: 'SKILL' }, select: { id: true, name: true } }),
    db.employeeSkill.findMany({ where: { orgId }, select: { employeeId: true, skillId: true, level: true, canTeach: true, wantsToLearn: true }, orderBy: [{ employeeId: 'asc' }, { skillId: 'asc' }] }),
    db.availabilityWindow.findMany({ where: { orgId }, select: { employeeId: true, weekday: true, startMinute: true, endMinute: true } }),
    db.match.findMany({
      where: { orgId, status: { in: ['ACCEPTED', 'ENDED', 'PROPOSED'] } },
      select: { id: true, status: true, learnerId: true, mentorId: true, skillId: true, respondedAt: true, endedAt: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  const people: Person[] = employees.map((e) => ({ id: e.id, name: e.name, email: e.email, timeZone: e.timeZone, office: e.location?.name ?? null }));
  const byId = new Map(people.map((p) => [p.id, p]));
  const byEmail = (email: string) => {
    const person = people.find((p) => p.email === email);
    if (!person) throw new Error(`The session catalog names someone who is not in the org: ${email}`);
    return person;
  };
  const skillId = (name: string) => {
    const row = skillRows.find((s) => s.name === name);
    if (!row) throw new Error(`The session catalog names a skill that is not in the taxonomy: ${name}`);
    return row.id;
  };
  const skillName = new Map(skillRows.map((s) => [s.id, s.name]));

  // Personas, and whoever is in a live mentorship or proposal with one, get nothing upcoming by chance.
  const personaEmails = new Set([...PERSONA_EMAILS, ...CROSS_ORG_MEMBERSHIPS.map((m) => m.email)]);
  const personaIds = new Set(people.filter((p) => personaEmails.has(p.email)).map((p) => p.id));
  const protectedIds = new Set(personaIds);
  for (const m of matches) {
    if (m.status === 'ENDED') continue;
    if (personaIds.has(m.learnerId)) protectedIds.add(m.mentorId);
    if (personaIds.has(m.mentorId)) protectedIds.add(m.learnerId);
  }

  // Wall clocks are asked for the same few zones and half-hours over and over; Intl is slow enough to cache.
  const clocks = new Map<string, { weekday: number; day: number; minutes: number }>();
  const localMinutes = (instant: number, zone: string) => {
    const key = `${zone} ${instant}`;
    let clock = clocks.get(key);
    if (!clock) {
      const w = wallClockAt(instant, zone);
      clock = { weekday: w.weekday, day: w.day, minutes: w.hour * 60 + w.minute };
      clocks.set(key, clock);
    }
    return clock;
  };
  /** A weekday, between 08:00 and 19:30 on the person's clock (07:00 and 21:30 when stretching), start and end on the same day. */
  const awake = (start: number, end: number, zone: string, stretch = false) => {
    const a = localMinutes(start, zone);
    const b = localMinutes(end, zone);
    return a.weekday <= 5 && a.day === b.day && a.minutes >= (stretch ? 7 : 8) * 60 && b.minutes <= (stretch ? 21 : 19) * 60 + 30;
  };

  const busy = new Map<string, [number, number][]>();
  const isFree = (id: string, start: number, end: number) => !(busy.get(id) ?? []).some(([s, e]) => s < end + BUFFER && start < e + BUFFER);
  const occupy = (id: string, start: number, end: number) => busy.set(id, [...(busy.get(id) ?? []), [start, end]]);

  const rows: Rows = { sessions: [], participants: [], skills: [], phases: [], feedback: [], notes: [], artifacts: [] };
  let sessionCount = 0;
  const nextSessionId = () => derivedUuid(`${orgId}/session/${sessionCount++}`);
  let artifactCount = 0;
  const nextArtifactId = () => derivedUuid(`${orgId}/artifact/${artifactCount++}`);
  const nowMs = now.getTime();

  const communityIds = new Map(catalog.communities.map((c) => [c.slug, derivedUuid(`${orgId}/community/${c.slug}`)]));
  const communitiesCreated = new Date(nowMs - 240 * DAY);

  /** Someone's feedback on a session that has ended, submitted some time after it (and before now). */
  const giveFeedback = (sessionId: string, endsAt: number, author: string, subject: string | null, fields: { rating: number; progress: number | null; skillsPracticed: string[]; comment: string | null }) => {
    const latest = Math.min(nowMs - 10 * MINUTE, endsAt + FEEDBACK_WINDOW - HOUR);
    const submittedAt = new Date(endsAt + 15 * MINUTE + random.next() * Math.max(0, Math.min(3 * DAY, latest - endsAt - 15 * MINUTE)));
    rows.feedback.push({ orgId, sessionId, authorId: author, subjectId: subject, ...fields, submittedAt, updatedAt: submittedAt });
    if (random.next() < 0.04) rows.notes.push({ orgId, sessionId, authorId: author, body: random.pick(PRIVATE_NOTES), updatedAt: submittedAt });
  };
  const feedbackChance = (endsAt: number) => (nowMs < endsAt + FEEDBACK_WINDOW ? 0.55 : 0.88);

  // ---- Group sessions ----
  const teachersOf = (skill: string) => {
    const id = skillId(skill);
    return holdings
      .filter((h) => h.skillId === id && h.canTeach && byId.has(h.employeeId))
      .sort((a, b) => (b.level ?? 0) - (a.level ?? 0) || a.employeeId.localeCompare(b.employeeId))
      .map((h) => byId.get(h.employeeId)!);
  };

  const addGroupSession = (spec: GroupSessionSpec) => {
    const sessionSkillIds = spec.skills.map(skillId);
    const timesFor = (host: Person) => {
      const start = localStart(now, spec.day, spec.at, host.timeZone);
      return { start, end: start + spec.minutes * MINUTE };
    };
    const upcoming = spec.day > 0;
    const pickable = (p: Person) => !personaIds.has(p.id) && !(upcoming && protectedIds.has(p.id));
    const teachers = teachersOf(spec.skills[0]!);
    const candidates = spec.hostEmail ? [byEmail(spec.hostEmail)] : [...teachers.filter((t) => t.office === spec.office), ...teachers.filter((t) => t.office !== spec.office)].filter(pickable);
    const host = candidates.find((h) => {
      const { start, end } = timesFor(h);
      return isFree(h.id, start, end);
    });
    if (!host) throw new Error(`The demo seed found no free host for "${spec.title}"`);
    const { start, end } = timesFor(host);
    const past = end < nowMs;
    const id = nextSessionId();
    const communityId = spec.community ? communityIds.get(spec.community)! : null;
    const createdAt = Math.min(start - random.int(7, 21) * DAY, nowMs - random.int(1, 9) * DAY);

    // Attendees: the personas named, then people keen on the skills who are awake and free then.
    const wants = new Map<string, number>();
    for (const h of holdings) {
      if (!sessionSkillIds.includes(h.skillId)) continue;
      wants.set(h.employeeId, (wants.get(h.employeeId) ?? 0) + (h.wantsToLearn ? 2 : 0) + (h.level !== null && h.level <= 2 ? 1 : 0));
    }
    const named = (spec.personas ?? []).map(byEmail);
    for (const p of named) if (!isFree(p.id, start, end) || !awake(start, end, p.timeZone)) throw new Error(`The demo seed puts ${p.email} in "${spec.title}" while busy or asleep`);
    const pool = people
      .filter((p) => p.id !== host.id && pickable(p) && (!spec.room || p.office === host.office) && awake(start, end, p.timeZone))
      .map((p) => ({ p, score: (wants.get(p.id) ?? 0) + random.next() }))
      .sort((a, b) => b.score - a.score)
      .map(({ p }) => p)
      .filter((p) => isFree(p.id, start, end));
    const seats = Math.min(spec.booked, spec.capacity);
    const booked = [...named, ...pool.slice(0, Math.max(0, seats - named.length))];
    const waitlisted = booked.length === spec.capacity ? pool.slice(seats - named.length, seats - named.length + (spec.waitlisted ?? 0)) : [];
    for (const p of [host, ...booked, ...waitlisted]) occupy(p.id, start, end);

    const canceledAt = spec.canceled ? start - 3 * HOUR : null;
    const unmarked = past && spec.unmarked;
    rows.sessions.push({
      orgId, id, kind: spec.kind, title: spec.title, agenda: spec.agenda, hostId: host.id, createdById: host.id,
      startsAt: new Date(start), endsAt: new Date(end), capacity: spec.capacity, seatsTaken: spec.canceled ? 0 : booked.length,
      status: spec.canceled ? 'CANCELED' : past && !unmarked ? 'COMPLETED' : 'SCHEDULED',
      location: spec.room ? `${host.office} office · ${spec.room} room` : `https://${catalog.meetDomain}/${slugOf(spec.title)}`,
      sequence: spec.canceled || spec.rescheduled ? 1 : 0, communityId,
      canceledAt: canceledAt === null ? null : new Date(canceledAt), cancelReason: spec.canceled ?? null, rescheduleReason: spec.rescheduled ?? null,
      createdAt: new Date(createdAt), updatedAt: new Date(canceledAt ?? createdAt),
    });
    for (const skill of sessionSkillIds) rows.skills.push({ orgId, sessionId: id, skillId: skill });

    // Seats were taken in order between the announcement and now (or the start); the waitlist after them.
    const bookedUntil = Math.min(nowMs, start) - HOUR;
    const attendance = new Map<string, 'ATTENDED' | 'NO_SHOW' | null>();
    const participant = (p: Person, index: number, role: 'HOST' | 'ATTENDEE', status: 'BOOKED' | 'WAITLISTED') => {
      const at = role === 'HOST' ? createdAt : createdAt + ((index + 1) / (booked.length + waitlisted.length + 1)) * (bookedUntil - createdAt);
      const marked = past && !unmarked && role === 'ATTENDEE' && status === 'BOOKED' ? (personaIds.has(p.id) || random.next() >= 0.08 ? 'ATTENDED' : 'NO_SHOW') : null;
      attendance.set(p.id, marked);
      rows.participants.push({
        orgId, sessionId: id, employeeId: p.id, role, status: spec.canceled ? 'CANCELED' : status, attendance: marked,
        startsAt: new Date(start), endsAt: new Date(end), createdAt: new Date(at), updatedAt: new Date(canceledAt ?? at),
      });
    };
    participant(host, -1, 'HOST', 'BOOKED');
    booked.forEach((p, i) => participant(p, i, 'ATTENDEE', 'BOOKED'));
    waitlisted.forEach((p, i) => participant(p, booked.length + i, 'ATTENDEE', 'WAITLISTED'));

    if (spec.kind === 'DESIGN_THINKING') {
      let phaseStart = start + 5 * MINUTE;
      DESIGN_THINKING_TEMPLATE.forEach((phase, i) => {
        const outputs = past && !spec.canceled ? (spec.outputs?.[i] ?? '') : '';
        const ran = outputs !== '';
        const completedAt = phaseStart + phase.timeboxMinutes * MINUTE;
        rows.phases.push({
          orgId, sessionId: id, phase: phase.phase, position: phase.position, timeboxMinutes: phase.timeboxMinutes, prompt: phase.prompt, outputs,
          startedAt: ran ? new Date(phaseStart) : null, completedAt: ran ? new Date(completedAt) : null, updatedAt: new Date(ran ? completedAt : createdAt),
        });
        phaseStart = completedAt;
      });
    }

    if (!past || spec.canceled) return;
    for (const p of booked) {
      if (attendance.get(p.id) === 'NO_SHOW') continue;
      const windowOpen = nowMs < end + FEEDBACK_WINDOW;
      if (personaIds.has(p.id) ? windowOpen : random.next() >= feedbackChance(end)) continue;
      const score = rating(random);
      const practised = sessionSkillIds.filter((s, i) => i === 0 || random.next() < 0.7);
      giveFeedback(id, end, p.id, host.id, { rating: score, progress: random.int(score >= 4 ? 3 : 2, 5), skillsPracticed: practised, comment: comment(random, ATTENDEE_COMMENTS[spec.kind], score) });
    }
    if (booked.length > 0 && random.next() < 0.75) {
      giveFeedback(id, end, host.id, null, { rating: random.next() < 0.6 ? 5 : 4, progress: random.int(2, 4), skillsPracticed: sessionSkillIds, comment: random.pick(HOST_COMMENTS) });
    }
    for (const artifact of spec.artifacts ?? []) {
      if (artifact.publish && !communityId) throw new Error(`"${spec.title}" publishes an artifact but has no community`);
      const body =
        artifact.kind === 'DESIGN_OUTPUTS' && artifact.body === ''
          ? DESIGN_THINKING_TEMPLATE.flatMap((phase, i) => (spec.outputs?.[i] ? [`## ${phase.label}\n\n${spec.outputs[i]}`] : [])).join('\n\n')
          : artifact.body;
      const createdAtArtifact = new Date(end + 2 * HOUR);
      rows.artifacts.push({
        orgId, id: nextArtifactId(), kind: artifact.kind, title: artifact.title, body, url: artifact.url ?? null, sessionId: id, authorId: host.id,
        communityId: artifact.publish ? communityId : null, publishedAt: artifact.publish ? new Date(end + 20 * HOUR) : null,
        createdAt: createdAtArtifact, updatedAt: createdAtArtifact,
      });
    }
  };

  // ---- 1:1 mentoring ----
  const windowsOf = new Map<string, typeof windows>();
  for (const w of windows) windowsOf.set(w.employeeId, [...(windowsOf.get(w.employeeId) ?? []), w]);
  const inWindow = (id: string, start: number, end: number, zone: string) => {
    const a = localMinutes(start, zone);
    const b = localMinutes(end, zone);
    return a.day === b.day && (windowsOf.get(id) ?? []).some((w) => w.weekday === a.weekday && w.startMinute <= a.minutes && b.minutes <= w.endMinute);
  };

  /**
   * A half-hour start between `from` and `to` that suits both sides (in the mentor's weekly hours if any), or
   * null. Pairs whose working days barely overlap (Toronto and Singapore) stretch into the early morning or
   * evening, as such pairs do.
   */
  const findSlot = (mentor: Person, learner: Person, from: number, to: number, minutes: number): number | null => {
    const first = Math.ceil(from / (30 * MINUTE)) * 30 * MINUTE;
    const free: number[] = [];
    for (let start = first; start + minutes * MINUTE <= to; start += 30 * MINUTE) {
      if (isFree(mentor.id, start, start + minutes * MINUTE) && isFree(learner.id, start, start + minutes * MINUTE)) free.push(start);
    }
    const suits = (stretch: boolean) => free.filter((s) => awake(s, s + minutes * MINUTE, mentor.timeZone, stretch) && awake(s, s + minutes * MINUTE, learner.timeZone, stretch));
    const usual = suits(false);
    const suitable = usual.length ? usual : suits(true);
    const preferred = suitable.filter((s) => inWindow(mentor.id, s, s + minutes * MINUTE, mentor.timeZone));
    const choice = preferred.length ? preferred : suitable;
    return choice.length ? random.pick(choice) : null;
  };

  interface OneOnOne {
    matchId: string;
    skill: string;
    mentor: Person;
    learner: Person;
    start: number;
    minutes: number;
    agenda: string;
    createdAt: number;
  }
  const addMentoringSession = (s: OneOnOne): { id: string; end: number; noShow: boolean } => {
    const id = nextSessionId();
    const end = s.start + s.minutes * MINUTE;
    const past = end < nowMs;
    const noShow = past && !personaIds.has(s.learner.id) && random.next() < 0.04;
    occupy(s.mentor.id, s.start, end);
    occupy(s.learner.id, s.start, end);
    const times = { startsAt: new Date(s.start), endsAt: new Date(end), createdAt: new Date(s.createdAt), updatedAt: new Date(s.createdAt) };
    rows.sessions.push({
      orgId, id, kind: 'MENTORING', title: `${skillName.get(s.skill)} mentoring`, agenda: s.agenda, hostId: s.mentor.id, matchId: s.matchId, createdById: s.learner.id,
      capacity: 1, seatsTaken: 1, status: past ? 'COMPLETED' : 'SCHEDULED', ...times,
    });
    rows.skills.push({ orgId, sessionId: id, skillId: s.skill });
    rows.participants.push({ orgId, sessionId: id, employeeId: s.mentor.id, role: 'HOST', status: 'BOOKED', ...times });
    rows.participants.push({ orgId, sessionId: id, employeeId: s.learner.id, role: 'ATTENDEE', status: 'BOOKED', attendance: past ? (noShow ? 'NO_SHOW' : 'ATTENDED') : null, ...times });
    return { id, end, noShow };
  };
  const agendaFor = (skill: string) => {
    const name = skillName.get(skill)!;
    const own = MENTORING_AGENDAS[name];
    return own && random.next() < 0.75 ? random.pick(own) : random.pick(GENERIC_AGENDAS)(name);
  };

  // Maya's two past sessions with her mentor come first, so they are where the e2e tests expect them.
  const mayaMatch = matches.find((m) => m.status === 'ACCEPTED' && byId.get(m.learnerId)?.email === MAYA);
  if (mayaMatch) {
    const mentor = byId.get(mayaMatch.mentorId)!;
    const maya = byId.get(mayaMatch.learnerId)!;
    const [earlierAgenda, recentAgenda] = MENTORING_AGENDAS[skillName.get(mayaMatch.skillId)!] ?? GENERIC_AGENDAS.map((a) => a(skillName.get(mayaMatch.skillId)!));
    const earlierStart = findSlot(mentor, maya, nowMs - 19 * DAY, nowMs - 12 * DAY, 45);
    const recentStart = findSlot(mentor, maya, nowMs - 5 * DAY, nowMs - 3 * HOUR, 45);
    if (earlierStart === null || recentStart === null) throw new Error('The demo seed found no past times for Maya and her mentor');
    const earlier = addMentoringSession({ matchId: mayaMatch.id, skill: mayaMatch.skillId, mentor, learner: maya, start: earlierStart, minutes: 45, agenda: earlierAgenda!, createdAt: earlierStart - 4 * DAY });
    const recent = addMentoringSession({ matchId: mayaMatch.id, skill: mayaMatch.skillId, mentor, learner: maya, start: recentStart, minutes: 45, agenda: recentAgenda!, createdAt: recentStart - 6 * DAY });
    const skills = [mayaMatch.skillId];
    // Her own note first: a note the feedback below might add at random for the same session gives way to it.
    rows.notes.push({ orgId, sessionId: earlier.id, authorId: maya.id, body: 'Try BuildKit cache mounts on the portal API image before the next session. Ask about distroless images.', updatedAt: new Date(earlier.end + HOUR) });
    giveFeedback(earlier.id, earlier.end, maya.id, mentor.id, { rating: 5, progress: 4, skillsPracticed: skills, comment: 'Finally understand layer caching — the before/after build times were a great demo.' });
    giveFeedback(earlier.id, earlier.end, mentor.id, maya.id, { rating: 5, progress: 3, skillsPracticed: skills, comment: 'Came with great questions about our own Dockerfile. Next time: multi-stage builds.' });
    giveFeedback(recent.id, recent.end, mentor.id, maya.id, { rating: 4, progress: 3, skillsPracticed: skills, comment: 'Good progress on the multi-stage Dockerfile; next we add health checks and a smaller base image.' });
    rows.artifacts.push({
      orgId, id: nextArtifactId(), kind: 'NOTES', title: 'Docker image layers and caching: session notes', sessionId: earlier.id, authorId: mentor.id,
      body: '- Order the Dockerfile from least to most often changed: base image, system packages, dependencies, then source\n- Copy `package.json` and the lockfile first and install, so code changes do not bust the dependency layer\n- Keep `.dockerignore` tight: `node_modules`, `.git`, test fixtures\n- `docker history <image>` shows which layer is heavy\n\nHomework: measure the portal API build before and after.',
      createdAt: new Date(earlier.end + 3 * HOUR), updatedAt: new Date(earlier.end + 3 * HOUR),
    });
  }

  for (const spec of catalog.sessions) addGroupSession(spec);

  // Every other pair: a session about every two weeks while the mentorship ran in the last eight weeks, and
  // for most active pairs the next one in the coming two weeks.
  for (const m of matches) {
    if (m === mayaMatch || m.status === 'PROPOSED' || !m.respondedAt) continue;
    const mentor = byId.get(m.mentorId);
    const learner = byId.get(m.learnerId);
    if (!mentor || !learner) continue;
    const from = Math.max(m.respondedAt.getTime() + 2 * DAY, nowMs - PAST_WEEKS * 7 * DAY);
    const until = Math.min(m.endedAt?.getTime() ?? nowMs, nowMs) - 3 * HOUR;
    for (let t = from + random.int(0, 4) * DAY; t < until; t += random.int(17, 24) * DAY) {
      const minutes = random.pick([30, 45, 45, 60, 60]);
      const start = findSlot(mentor, learner, t, Math.min(t + 4 * DAY, until), minutes);
      if (start === null) continue;
      const created = Math.max(m.respondedAt.getTime(), start - random.int(2, 10) * DAY);
      const session = addMentoringSession({ matchId: m.id, skill: m.skillId, mentor, learner, start, minutes, agenda: agendaFor(m.skillId), createdAt: created });
      const chance = feedbackChance(session.end);
      if (!session.noShow && random.next() < chance) {
        const score = rating(random);
        giveFeedback(session.id, session.end, learner.id, mentor.id, { rating: score, progress: random.int(score >= 4 ? 3 : 2, 5), skillsPracticed: [m.skillId], comment: comment(random, LEARNER_COMMENTS, score) });
      }
      if (!session.noShow && random.next() < chance) {
        const score = rating(random);
        giveFeedback(session.id, session.end, mentor.id, learner.id, { rating: score, progress: random.int(2, 4), skillsPracticed: [m.skillId], comment: comment(random, MENTOR_COMMENTS, score) });
      }
    }
    if (m.status === 'ACCEPTED' && !protectedIds.has(mentor.id) && !protectedIds.has(learner.id) && random.next() < 0.7) {
      const minutes = random.pick([45, 60]);
      const start = findSlot(mentor, learner, nowMs + DAY + random.int(0, 6) * DAY, nowMs + 15 * DAY, minutes);
      if (start !== null) addMentoringSession({ matchId: m.id, skill: m.skillId, mentor, learner, start, minutes, agenda: agendaFor(m.skillId), createdAt: nowMs - random.int(1, 5) * DAY });
    }
  }

  await db.community.createMany({ data: catalog.communities.map((c) => ({ orgId, id: communityIds.get(c.slug)!, slug: c.slug, name: c.name, purpose: c.purpose, status: 'ACTIVE' as const, createdAt: communitiesCreated, updatedAt: communitiesCreated })) });
  await db.peerSession.createMany({ data: rows.sessions });
  await Promise.all([
    db.sessionParticipant.createMany({ data: rows.participants }),
    db.sessionSkill.createMany({ data: rows.skills }),
    db.designThinkingPhase.createMany({ data: rows.phases }),
    db.sessionFeedback.createMany({ data: rows.feedback }),
  ]);
  await db.privateNote.createMany({ data: rows.notes, skipDuplicates: true });
  await db.knowledgeArtifact.createMany({ data: rows.artifacts });
}

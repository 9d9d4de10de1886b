import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { DomainError } from '../../lib/errors';
import {
  DESIGN_THINKING_TEMPLATE,
  bookMentoringSession,
  bookMentoringSessionInput,
  bookSeat,
  createGroupSession,
  createGroupSessionInput,
  getHostingChoices,
  getSession,
  groupSessionsQuery,
  listGroupSessions,
  listMentorSlots,
  listSessionCommunities,
  listSessionSkillFilter,
} from '../../lib/sessions';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// Hosting and browsing group sessions, and one session's page, against real Postgres; and the two new
// actions as the browser posts them (session and cache are stand-ins), other orgs' members refused.
const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => signedIn.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { createGroupSessionAction } = await import('../../app/o/[org]/sessions/new/actions');
const { bookSeatAction } = await import('../../app/o/[org]/sessions/[id]/actions');

const HOUR = 3_600_000;
let priya: TenantContext;
let sofia: TenantContext;
let maya: TenantContext;
let globex: TenantContext;
let people: TenantContext[];
const skill: Record<string, string> = {};
let community: string;
let archivedCommunity: string;
let globexCommunity: string;
let globexSkill: string;

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const input = (values: Record<string, unknown>) => createGroupSessionInput.parse({ kind: 'WORKSHOP', title: 'Kubernetes for app teams', durationMinutes: '60', capacity: '5', ...values });
const at = (iso: string) => new Date(iso).toISOString();

beforeAll(async () => {
  await seedDemoOrgs();
  [priya, sofia, maya, globex] = await Promise.all([contextFor(ACME_STEWARD, 'acme'), contextFor(ACME_ADMIN, 'acme'), contextFor(ACME_EMPLOYEE, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
  const db = systemDb();
  const employees = await db.employee.findMany({ where: { orgId: priya.orgId, status: 'ACTIVE', id: { notIn: [priya.employeeId, sofia.employeeId, maya.employeeId] } }, orderBy: { email: 'asc' }, take: 6, select: { id: true, name: true } });
  people = employees.map((e) => ({ ...priya, employeeId: e.id, employeeName: e.name, role: 'EMPLOYEE', userId: crypto.randomUUID() }));
  for (const name of ['Engineering', 'Cloud & infrastructure', 'Kubernetes', 'Docker', 'Figma']) skill[name] = (await db.skill.findFirstOrThrow({ where: { orgId: priya.orgId, name }, select: { id: true } })).id;
  globexSkill = (await db.skill.findFirstOrThrow({ where: { orgId: globex.orgId, kind: 'SKILL', status: 'APPROVED' }, select: { id: true } })).id;
  community = (await db.community.create({ data: { orgId: priya.orgId, slug: 'platform-guild', name: 'Platform guild' } })).id;
  archivedCommunity = (await db.community.create({ data: { orgId: priya.orgId, slug: 'old-guild', name: 'Old guild', status: 'ARCHIVED' } })).id;
  globexCommunity = (await db.community.create({ data: { orgId: globex.orgId, slug: 'platform-guild', name: 'Globex guild' } })).id;
});

describe('createGroupSession', () => {
  it('tags live skills of the org, joins an active community, and gives a design-thinking session its five phases', async () => {
    const { sessionId } = await createGroupSession(priya, input({ kind: 'DESIGN_THINKING', title: 'Onboarding redesign', startsAt: at('2027-02-01T15:00:00Z'), durationMinutes: '90', skillIds: `${skill.Kubernetes},${skill.Figma}`, communityId: community, location: 'https://meet.example.com/abc' }));
    const row = await systemDb().peerSession.findUniqueOrThrow({
      where: { orgId_id: { orgId: priya.orgId, id: sessionId } },
      include: { skills: true, designPhases: { orderBy: { position: 'asc' } }, participants: true },
    });
    expect(row).toMatchObject({ kind: 'DESIGN_THINKING', communityId: community, location: 'https://meet.example.com/abc', endsAt: new Date('2027-02-01T16:30:00Z') });
    expect(row.skills.map((s) => s.skillId).sort()).toEqual([skill.Kubernetes, skill.Figma].sort());
    expect(row.designPhases.map((p) => [p.phase, p.timeboxMinutes, p.prompt])).toEqual(DESIGN_THINKING_TEMPLATE.map((p) => [p.phase, p.timeboxMinutes, p.prompt]));
    expect(row.participants).toEqual([expect.objectContaining({ employeeId: priya.employeeId, role: 'HOST', status: 'BOOKED' })]);

    const workshop = await createGroupSession(priya, input({ startsAt: at('2027-02-02T15:00:00Z') }));
    expect(await systemDb().designThinkingPhase.count({ where: { sessionId: workshop.sessionId } })).toBe(0);
  });

  it('reads a local start time on the host’s own clock', async () => {
    await systemDb().employee.update({ where: { orgId_id: { orgId: people[5]!.orgId, id: people[5]!.employeeId } }, data: { timeZone: 'Europe/Berlin' } });
    // 29 March 2027 is the Monday after Berlin moved to summer time (UTC+2).
    const { sessionId } = await createGroupSession(people[5]!, input({ startsAt: '2027-03-29T10:30' }));
    expect((await systemDb().peerSession.findFirstOrThrow({ where: { id: sessionId } })).startsAt).toEqual(new Date('2027-03-29T08:30:00Z'));
  });

  it('refuses another org’s skill or community, an archived community, more than five skills, and a past time', async () => {
    const before = await systemDb().peerSession.count();
    expect((await refusal(createGroupSession(priya, input({ startsAt: at('2027-02-03T15:00:00Z'), skillIds: globexSkill })))).fieldErrors).toHaveProperty('skillIds');
    expect((await refusal(createGroupSession(priya, input({ startsAt: at('2027-02-03T15:00:00Z'), skillIds: skill.Engineering })))).fieldErrors).toHaveProperty('skillIds');
    expect((await refusal(createGroupSession(priya, input({ startsAt: at('2027-02-03T15:00:00Z'), communityId: globexCommunity })))).fieldErrors).toHaveProperty('communityId');
    expect((await refusal(createGroupSession(priya, input({ startsAt: at('2027-02-03T15:00:00Z'), communityId: archivedCommunity })))).fieldErrors).toHaveProperty('communityId');
    expect((await refusal(createGroupSession(priya, input({ startsAt: at('2020-01-01T10:00:00Z') })))).fieldErrors).toHaveProperty('startsAt');
    expect(createGroupSessionInput.safeParse({ kind: 'WORKSHOP', title: 'x', startsAt: '2027-02-03T10:00', durationMinutes: '60', capacity: '5', skillIds: Array.from({ length: 6 }, () => crypto.randomUUID()).join(',') }).success).toBe(false);
    expect(createGroupSessionInput.safeParse({ kind: 'MENTORING', title: 'x', startsAt: '2027-02-03T10:00', durationMinutes: '60', capacity: '5' }).success).toBe(false);
    expect(await systemDb().peerSession.count()).toBe(before);
  });

  it('keeps the host out of overlapping sessions, and a repeated key creates one session', async () => {
    const first = await createGroupSession(sofia, input({ startsAt: at('2027-02-04T15:00:00Z'), idempotencyKey: 'sofia-form-1' }));
    const again = await createGroupSession(sofia, input({ startsAt: at('2027-02-04T15:00:00Z'), idempotencyKey: 'sofia-form-1' }));
    expect(again).toEqual({ sessionId: first.sessionId, repeated: true });
    const error = await refusal(createGroupSession(sofia, input({ startsAt: at('2027-02-04T15:30:00Z') })));
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'You are already in another session at that time.' });
  });
});

describe('getHostingChoices', () => {
  it('offers the host’s clock, the org’s approved skills and its active communities', async () => {
    const proposed = await systemDb().skill.create({ data: { orgId: maya.orgId, name: 'Prompt crafting', status: 'PROPOSED', proposedById: maya.employeeId } });
    const choices = await getHostingChoices(maya, new Date('2026-12-31T20:00:00Z'));
    const me = await systemDb().employee.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: maya.employeeId } } });
    expect(choices.timeZone).toBe(me.timeZone);
    expect(choices.today).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: me.timeZone }).format(new Date('2026-12-31T20:00:00Z')));
    expect(choices.skills.map((s) => s.id)).toContain(skill.Kubernetes);
    expect(choices.skills.map((s) => s.id)).not.toContain(proposed.id);
    expect(choices.skills.map((s) => s.id)).not.toContain(skill.Engineering);
    expect(choices.communities.map((c) => c.id)).toContain(community);
    expect(choices.communities.map((c) => c.id)).not.toContain(archivedCommunity);
    expect(choices.communities.map((c) => c.id)).not.toContain(globexCommunity);
  });
});

describe('listGroupSessions', () => {
  it('filters by skill (sub-skills included), kind and community, with the viewer’s place and the waitlist', async () => {
    const host = people[0]!;
    const now = new Date('2027-04-01T00:00:00Z');
    const k8s = (await createGroupSession(host, input({ startsAt: at('2027-04-05T15:00:00Z'), capacity: '2', skillIds: skill.Kubernetes, communityId: community }), now)).sessionId;
    const docker = (await createGroupSession(host, input({ kind: 'SPRINT_CHECKIN', title: 'Docker sprint', startsAt: at('2027-04-06T15:00:00Z'), skillIds: skill.Docker }), now)).sessionId;
    await bookSeat(people[1]!, { sessionId: k8s }, now);
    await bookSeat(maya, { sessionId: k8s }, now);
    await bookSeat(people[2]!, { sessionId: k8s }, now);

    const list = async (ctx: TenantContext, filters: Record<string, string>) =>
      (await listGroupSessions(ctx, groupSessionsQuery.parse({ from: '2027-04-05', to: '2027-04-06', ...filters }), now)).sessions;
    const ids = async (filters: Record<string, string>) => (await list(maya, filters)).map((s) => s.id);

    expect(await ids({})).toEqual([k8s, docker]);
    expect(await ids({ skill: skill['Cloud & infrastructure']! })).toEqual([k8s, docker]);
    expect(await ids({ skill: skill.Engineering! })).toEqual([k8s, docker]);
    expect(await ids({ skill: skill.Kubernetes! })).toEqual([k8s]);
    expect(await ids({ skill: skill.Figma! })).toEqual([]);
    expect(await ids({ kind: 'SPRINT_CHECKIN' })).toEqual([docker]);
    expect(await ids({ community })).toEqual([k8s]);
    expect(await ids({ to: '2027-04-05' })).toEqual([k8s]);
    expect(await ids({ kind: 'MENTORING' })).toEqual([k8s, docker]);

    const [row] = await list(maya, { skill: skill.Kubernetes! });
    expect(row).toMatchObject({ seatsTaken: 2, capacity: 2, waitlistCount: 1, viewerStatus: 'BOOKED', community: { name: 'Platform guild' }, skills: [{ name: 'Kubernetes' }], host: { id: host.employeeId } });
    expect((await list(people[2]!, { skill: skill.Kubernetes! }))[0]!.viewerStatus).toBe('WAITLISTED');
    expect((await list(host, { skill: skill.Kubernetes! }))[0]!.viewerStatus).toBe('HOST');
    expect((await list(sofia, { skill: skill.Kubernetes! }))[0]!.viewerStatus).toBe('NONE');
    // Started sessions are no longer listed.
    expect((await listGroupSessions(maya, groupSessionsQuery.parse({}), new Date('2027-04-05T15:30:00Z'))).sessions.map((s) => s.id)).not.toContain(k8s);
    // Another org sees none of them.
    expect((await listGroupSessions(globex, groupSessionsQuery.parse({}), now)).sessions).toEqual([]);

    const filter = await listSessionSkillFilter(maya, now);
    expect(filter.map((f) => [f.name, f.depth])).toEqual([['Engineering', 0], ['Cloud & infrastructure', 1], ['Docker', 2], ['Kubernetes', 2]]);
    const acmeCommunities = await listSessionCommunities(maya);
    expect(acmeCommunities.map((c) => c.id)).toContain(community);
    expect(acmeCommunities.map((c) => c.id)).not.toContain(archivedCommunity);
    const globexCommunities = (await listSessionCommunities(globex)).map((c) => c.id);
    expect(globexCommunities).toContain(globexCommunity);
    expect(globexCommunities).not.toContain(community);
  });

  it('"fits my availability" reads the viewer’s weekly hours on their clock at each session’s date, across a DST change', async () => {
    const viewer = people[3]!;
    const db = systemDb();
    await db.employee.update({ where: { orgId_id: { orgId: viewer.orgId, id: viewer.employeeId } }, data: { timeZone: 'America/New_York' } });
    await db.availabilityWindow.deleteMany({ where: { orgId: viewer.orgId, employeeId: viewer.employeeId } });
    // Mondays 09:00–10:00 in New York. Clocks there go forward on Sunday 14 March 2027 (UTC-5 → UTC-4).
    await db.availabilityWindow.create({ data: { orgId: viewer.orgId, employeeId: viewer.employeeId, weekday: 1, startMinute: 540, endMinute: 600 } });
    const now = new Date('2027-03-01T00:00:00Z');
    const host = people[4]!;
    const make = async (startsAt: string, minutes = 60) => (await createGroupSession(host, input({ startsAt: at(startsAt), durationMinutes: String(minutes) }), now)).sessionId;
    const beforeChange = await make('2027-03-08T14:00:00Z'); // Mon 09:00–10:00 EST: fits
    const afterChange = await make('2027-03-15T13:00:00Z'); // Mon 09:00–10:00 EDT: fits
    const lateAfterChange = await make('2027-03-15T14:30:00Z'); // Mon 10:30–11:30 EDT (09:30 on a winter clock): does not fit
    const tooLong = await make('2027-03-22T13:00:00Z', 90); // Mon 09:00–10:30 EDT: runs past the window
    const tuesday = await make('2027-03-16T13:00:00Z'); // Tue 09:00 EDT: no window that day

    const fitting = async (fits: string) => (await listGroupSessions(viewer, groupSessionsQuery.parse({ from: '2027-03-01', to: '2027-03-28', fits }), now)).sessions.map((s) => s.id);
    expect(await fitting('1')).toEqual([beforeChange, afterChange]);
    expect(await fitting('')).toEqual([beforeChange, afterChange, lateAfterChange, tuesday, tooLong]);

    // Someone without weekly hours is taken to work 09:00–17:00 on weekdays, on their own clock.
    await db.availabilityWindow.deleteMany({ where: { orgId: viewer.orgId, employeeId: viewer.employeeId } });
    const result = await listGroupSessions(viewer, groupSessionsQuery.parse({ from: '2027-03-01', to: '2027-03-28', fits: '1' }), now);
    expect(result.hasWeeklyHours).toBe(false);
    expect(result.sessions.map((s) => s.id)).toEqual([beforeChange, afterChange, lateAfterChange, tuesday, tooLong]);
  });
});

describe('getSession', () => {
  it('shows a group session to every member, with the waitlist’s names to the host only, and says what each may do', async () => {
    const host = people[0]!;
    const now = new Date('2027-05-01T00:00:00Z');
    const { sessionId } = await createGroupSession(host, input({ kind: 'DESIGN_THINKING', title: 'Checkout flow', startsAt: at('2027-05-03T15:00:00Z'), durationMinutes: '90', capacity: '2', skillIds: skill.Figma }), now);
    await bookSeat(people[1]!, { sessionId }, now);
    await bookSeat(people[2]!, { sessionId }, now);
    await bookSeat(maya, { sessionId }, now);

    const asHost = await getSession(host, sessionId, now);
    expect(asHost).toMatchObject({ title: 'Checkout flow', seatsTaken: 2, capacity: 2, waitlistCount: 1, skills: [{ name: 'Figma' }], viewer: { status: 'HOST', waitlistPosition: null } });
    expect(asHost.booked.map((p) => [p.id, p.role])).toEqual([[host.employeeId, 'HOST'], [people[1]!.employeeId, 'ATTENDEE'], [people[2]!.employeeId, 'ATTENDEE']]);
    expect(asHost.waitlist).toEqual([{ id: maya.employeeId, name: maya.employeeName }]);
    expect(asHost.phases.map((p) => p.label)).toEqual(['Empathize', 'Define', 'Ideate', 'Prototype', 'Test']);
    expect(asHost.can).toMatchObject({ book: false, joinWaitlist: false, leave: false, cancel: true, reschedule: true, facilitate: true, feedback: false, attendance: false, invite: true });

    const asWaiting = await getSession(maya, sessionId, now);
    expect(asWaiting).toMatchObject({ waitlistCount: 1, waitlist: [], viewer: { status: 'WAITLISTED', waitlistPosition: 1 } });
    expect(asWaiting.can).toMatchObject({ book: false, joinWaitlist: false, leave: true, cancel: false, reschedule: false, facilitate: false, invite: false });

    expect((await getSession(sofia, sessionId, now)).can).toMatchObject({ book: false, joinWaitlist: true, leave: false, cancel: false });
    expect((await getSession(people[1]!, sessionId, now)).can).toMatchObject({ leave: true, facilitate: true, cancel: false, feedback: false });

    // After the end: participants give feedback, the host marks attendance; nobody books any more.
    const later = new Date('2027-05-03T17:00:00Z');
    expect((await getSession(people[1]!, sessionId, later)).can).toMatchObject({ feedback: true, attendance: false, leave: false });
    expect((await getSession(host, sessionId, later)).can).toMatchObject({ feedback: true, attendance: true, cancel: false, reschedule: false });
    expect((await getSession(sofia, sessionId, later)).can).toMatchObject({ joinWaitlist: false, feedback: false });

    expect(await refusal(getSession(globex, sessionId, now))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(getSession(maya, 'not-a-uuid', now))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows a 1:1 only to its two people', async () => {
    const match = await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, learnerId: maya.employeeId, status: 'ACCEPTED' }, select: { id: true, mentor: { select: { id: true, name: true } } } });
    const mentor: TenantContext = { ...maya, employeeId: match.mentor.id, employeeName: match.mentor.name, userId: crypto.randomUUID() };
    const [slot] = (await listMentorSlots(maya, match.id, 30)).slots;
    const { sessionId } = await bookMentoringSession(maya, bookMentoringSessionInput.parse({ matchId: match.id, startsAt: new Date(slot!.start).toISOString(), durationMinutes: '30', idempotencyKey: 'group-sessions-1to1' }));

    expect(await getSession(maya, sessionId)).toMatchObject({ kind: 'MENTORING', viewer: { status: 'BOOKED' }, can: { cancel: true, reschedule: true, book: false, leave: false } });
    expect(await getSession(mentor, sessionId)).toMatchObject({ viewer: { status: 'HOST' }, can: { cancel: true, reschedule: true } });
    for (const stranger of [priya, sofia, globex]) expect(await refusal(getSession(stranger, sessionId))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('actions', () => {
  it('createGroupSessionAction hosts for the signed-in member and refuses another org’s member and ids', async () => {
    const values = { kind: 'WORKSHOP', title: 'Terraform modules', startsAt: '2027-06-07T10:00', durationMinutes: '60', capacity: '8', skillIds: skill.Kubernetes!, communityId: community, idempotencyKey: 'action-form-key-1' };
    const before = await systemDb().peerSession.count();

    signedIn.userId = globex.userId;
    expect(await createGroupSessionAction(null, form({ ...values, orgSlug: 'acme' }))).toMatchObject({ ok: false, error: 'That organization was not found.' });
    // In their own org, Acme's skill and community ids are not found there.
    const foreign = await createGroupSessionAction(null, form({ ...values, orgSlug: 'globex', idempotencyKey: 'globex-key-1' }));
    expect(foreign).toMatchObject({ ok: false });
    expect(foreign.ok === false && foreign.fieldErrors).toHaveProperty('skillIds');
    expect(await systemDb().peerSession.count()).toBe(before);

    signedIn.userId = sofia.userId;
    const bad = await createGroupSessionAction(null, form({ ...values, orgSlug: 'acme', title: '', capacity: '1' }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { title: ['Give the session a title.'], capacity: ['At least 2 seats.'] }, values: { skillIds: skill.Kubernetes } });
    const made = await createGroupSessionAction(null, form({ ...values, orgSlug: 'acme' }));
    expect(made).toMatchObject({ ok: true, message: 'Session created.' });
    const sessionId = made.ok ? (made.data as { sessionId: string }).sessionId : '';
    expect(await systemDb().peerSession.findFirstOrThrow({ where: { id: sessionId } })).toMatchObject({ hostId: sofia.employeeId, orgId: sofia.orgId, communityId: community });
  });

  it('bookSeatAction books a seat, then the waitlist, and refuses another org’s member with nothing changed', async () => {
    const { sessionId } = await createGroupSession(priya, input({ title: 'Docker deep dive', startsAt: at('2027-06-08T15:00:00Z'), capacity: '2' }));

    signedIn.userId = globex.userId;
    for (const orgSlug of ['acme', 'globex']) expect((await bookSeatAction(null, form({ orgSlug, sessionId }))).ok).toBe(false);
    expect(await systemDb().peerSession.findFirstOrThrow({ where: { id: sessionId } })).toMatchObject({ seatsTaken: 0 });
    expect(await systemDb().sessionParticipant.count({ where: { sessionId } })).toBe(1);

    signedIn.userId = priya.userId;
    expect(await bookSeatAction(null, form({ orgSlug: 'acme', sessionId }))).toMatchObject({ ok: false, error: 'You host this session.' });
    signedIn.userId = maya.userId;
    expect(await bookSeatAction(null, form({ orgSlug: 'acme', sessionId }))).toMatchObject({ ok: true, data: { status: 'BOOKED' } });
    signedIn.userId = sofia.userId;
    expect(await bookSeatAction(null, form({ orgSlug: 'acme', sessionId }))).toMatchObject({ ok: true, data: { status: 'BOOKED' } });
    const daniel = await contextFor('daniel.okafor@acme.example', 'acme');
    signedIn.userId = daniel.userId;
    expect(await bookSeatAction(null, form({ orgSlug: 'acme', sessionId }))).toMatchObject({ ok: true, data: { status: 'WAITLISTED' } });
    expect(await bookSeatAction(null, form({ orgSlug: 'acme', sessionId: 'nope' }))).toMatchObject({ ok: false, fieldErrors: { sessionId: ['That session was not found.'] } });
  });
});

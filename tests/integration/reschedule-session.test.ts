import { beforeAll, describe, expect, it, vi } from 'vitest';
import { instantOfWallClock, wallClockAt } from '../../lib/availability';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import {
  bookMentoringSession,
  bookMentoringSessionInput,
  bookSeat,
  cancelSession,
  createGroupSession,
  createGroupSessionInput,
  getRescheduleOptions,
  listMentorSlots,
  rescheduleSession,
  rescheduleSessionInput,
} from '../../lib/sessions';
import type { Interval } from '../../lib/sessions';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// Moving a session to a new time against real Postgres: who may, a 1:1 only into the mentor's free time
// and never onto the learner's other sessions, a group session's busy attendees give up their seats to
// the waitlist, and the copied times and calendar sequence follow, all or nothing. The action is tested
// as the browser posts it (session and cache are stand-ins), including another org's member.
const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => signedIn.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { rescheduleSessionAction } = await import('../../app/o/[org]/sessions/[id]/reschedule/actions');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let maya: TenantContext;
let mentor: TenantContext;
let steward: TenantContext;
let admin: TenantContext;
let globex: TenantContext;
let people: TenantContext[];
let matchId: string;
let slots: Interval[];

const contextOf = (e: { id: string; name: string }): TenantContext => ({ ...maya, employeeId: e.id, employeeName: e.name, role: 'EMPLOYEE', userId: crypto.randomUUID() });
const iso = (ms: number) => new Date(ms).toISOString();
const input = (sessionId: string, start: number, durationMinutes: number, reason = 'A clash came up') =>
  rescheduleSessionInput.parse({ sessionId, startsAt: iso(start), durationMinutes: String(durationMinutes), reason });
const sessionRow = (id: string) => systemDb().peerSession.findFirstOrThrow({ where: { id } });
const participantRows = (sessionId: string) => systemDb().sessionParticipant.findMany({ where: { sessionId }, orderBy: { employeeId: 'asc' } });

async function bookOneToOne(slot: Interval, key: string): Promise<string> {
  const minutes = (slot.end - slot.start) / 60_000;
  return (await bookMentoringSession(maya, bookMentoringSessionInput.parse({ matchId, startsAt: iso(slot.start), durationMinutes: String(minutes), idempotencyKey: key }))).sessionId;
}

const workshop = async (host: TenantContext, start: number, capacity: number, title: string) =>
  (await createGroupSession(host, createGroupSessionInput.parse({ kind: 'WORKSHOP', title, startsAt: iso(start), durationMinutes: '60', capacity: String(capacity) }))).sessionId;

beforeAll(async () => {
  await seedDemoOrgs();
  [maya, steward, admin, globex] = await Promise.all([contextFor(ACME_EMPLOYEE, 'acme'), contextFor(ACME_STEWARD, 'acme'), contextFor(ACME_ADMIN, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
  const match = await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, learnerId: maya.employeeId, status: 'ACCEPTED' }, select: { id: true, mentor: { select: { id: true, name: true } } } });
  matchId = match.id;
  mentor = contextOf(match.mentor);
  const employees = await systemDb().employee.findMany({
    where: { orgId: maya.orgId, status: 'ACTIVE', id: { notIn: [maya.employeeId, mentor.employeeId, steward.employeeId, admin.employeeId] } },
    orderBy: { email: 'asc' },
    take: 8,
    select: { id: true, name: true },
  });
  people = employees.map(contextOf);
  slots = (await listMentorSlots(maya, matchId, 30)).slots;
  expect(slots.length).toBeGreaterThan(40);
});

describe('rescheduleSession: a 1:1', () => {
  it('moves to another free slot of the mentor: times copied to both people, sequence bumped, reason kept', async () => {
    const sessionId = await bookOneToOne(slots[0]!, 'reschedule-1');
    // The reschedule page offers the mentor's free slots without the session's own current time.
    expect((await getRescheduleOptions(mentor, sessionId, 30)).mentoring?.slots.map((s) => s.start)).not.toContain(slots[0]!.start);
    const options = await getRescheduleOptions(mentor, sessionId, 45);
    expect(options).toMatchObject({ durationMinutes: 45, mentoring: { other: { name: maya.employeeName } } });
    const target = options.mentoring!.slots.at(-1)!;

    expect(await rescheduleSession(mentor, input(sessionId, target.start, 45, 'Team offsite that day'))).toEqual({ released: 0, promoted: 0 });
    const end = target.start + 45 * 60_000;
    expect(await sessionRow(sessionId)).toMatchObject({ startsAt: new Date(target.start), endsAt: new Date(end), sequence: 1, rescheduleReason: 'Team offsite that day', status: 'SCHEDULED' });
    for (const p of await participantRows(sessionId)) expect(p).toMatchObject({ status: 'BOOKED', startsAt: new Date(target.start), endsAt: new Date(end) });

    // The old time is free again: the learner can book it.
    await expect(bookOneToOne(slots[0]!, 'reschedule-1b')).resolves.toBeTruthy();
  });

  it('refuses a time outside the mentor’s free time, too soon, and the learner’s other session; nothing changes', async () => {
    const sessionId = await bookOneToOne(slots[2]!, 'reschedule-2');
    const before = await sessionRow(sessionId);

    // 03:00 in the mentor's zone, five days ahead: no weekly hours then.
    const zone = (await systemDb().employee.findFirstOrThrow({ where: { id: mentor.employeeId } })).timeZone;
    const day = wallClockAt(Date.now() + 5 * DAY, zone);
    const night = instantOfWallClock(Date.UTC(day.year, day.month - 1, day.day, 3), zone);
    expect(slots.some((s) => s.start < night + 30 * 60_000 && s.end > night)).toBe(false);
    await expect(rescheduleSession(maya, input(sessionId, night, 30))).rejects.toThrow(/not one of .*’s free times/);
    await expect(rescheduleSession(mentor, input(sessionId, night, 30))).rejects.toThrow('That time is outside your weekly hours');
    await expect(rescheduleSession(maya, input(sessionId, Date.now() + HOUR, 30))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { startsAt: ['Choose a time at least 2 hours from now.'] } });
    await expect(rescheduleSession(maya, input(sessionId, slots.at(-2)!.start, 20))).rejects.toMatchObject({ fieldErrors: { durationMinutes: ['Choose 30, 45 or 60 minutes.'] } });

    // Maya takes a seat in a workshop at one of the mentor's free times: the 1:1 cannot move onto it.
    const busyAt = slots.at(-12)!.start;
    const other = await workshop(steward, busyAt, 5, 'Maya is here');
    await bookSeat(maya, { sessionId: other });
    await expect(rescheduleSession(mentor, input(sessionId, busyAt, 30))).rejects.toThrow(`${maya.employeeName.split(' ')[0]} is not free at that time.`);
    await expect(rescheduleSession(maya, input(sessionId, busyAt, 30))).rejects.toThrow('You have another session at or near that time.');

    expect(await sessionRow(sessionId)).toEqual(before);
    for (const p of await participantRows(sessionId)) expect(p.startsAt).toEqual(before.startsAt);
  });

  it('refuses a session that has started or is canceled, and anyone not in it (another org’s member included)', async () => {
    const sessionId = await bookOneToOne(slots[4]!, 'reschedule-3');
    const target = slots.at(-20)!.start;
    const before = await sessionRow(sessionId);
    await expect(rescheduleSession(maya, input(sessionId, target, 30), new Date(slots[4]!.start + 60_000))).rejects.toThrow('This session has started');
    await expect(rescheduleSession(admin, input(sessionId, target, 30))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getRescheduleOptions(admin, sessionId, 30)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rescheduleSession(globex, input(sessionId, target, 30))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getRescheduleOptions(globex, sessionId, 30)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await sessionRow(sessionId)).toEqual(before);

    await cancelSession(maya, { sessionId, reason: 'No longer needed' });
    await expect(rescheduleSession(mentor, input(sessionId, target, 30))).rejects.toThrow('This session is canceled or over');
  });
});

describe('rescheduleSession: a group session', () => {
  it('moves with its host; attendees busy then lose their seats to the first people waiting who are free', async () => {
    const start = Math.floor(Date.now() / HOUR) * HOUR + 40 * DAY;
    const moved = start + 2 * DAY;
    const sessionId = await workshop(steward, start, 2, 'Testing workshop');
    const [a, b, c, d] = people as [TenantContext, TenantContext, TenantContext, TenantContext];
    for (const p of [a, b, c, d]) await bookSeat(p, { sessionId });
    expect((await participantRows(sessionId)).filter((p) => p.status === 'WAITLISTED').map((p) => p.employeeId).sort()).toEqual([c.employeeId, d.employeeId].sort());
    // At the new time, booked A and waitlisted C (first in line) are in another session.
    const elsewhere = await workshop(people[5]!, moved - 30 * 60_000, 5, 'Elsewhere');
    await bookSeat(a, { sessionId: elsewhere });
    await bookSeat(c, { sessionId: elsewhere });

    // An attendee cannot move it; the host's options show who is affected.
    await expect(rescheduleSession(b, input(sessionId, moved, 90))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getRescheduleOptions(steward, sessionId, undefined)).seats).toEqual({ booked: 2, waitlisted: 2 });

    // The host types the new time on their own clock (as the form sends it).
    const zone = (await systemDb().employee.findFirstOrThrow({ where: { id: steward.employeeId } })).timeZone;
    const w = wallClockAt(moved, zone);
    const local = `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}T${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
    const typed = rescheduleSessionInput.parse({ sessionId, startsAt: local, durationMinutes: '90', reason: 'Room moved to Thursday' });
    expect(await rescheduleSession(steward, typed)).toEqual({ released: 1, promoted: 1 });
    const end = moved + 90 * 60_000;
    expect(await sessionRow(sessionId)).toMatchObject({ startsAt: new Date(moved), endsAt: new Date(end), seatsTaken: 2, sequence: 1, rescheduleReason: 'Room moved to Thursday' });
    const rows = new Map((await participantRows(sessionId)).map((p) => [p.employeeId, p]));
    expect(rows.get(a.employeeId)).toMatchObject({ status: 'CANCELED', startsAt: new Date(start) });
    for (const [who, status] of [[steward, 'BOOKED'], [b, 'BOOKED'], [d, 'BOOKED'], [c, 'WAITLISTED']] as const) {
      expect(rows.get(who.employeeId)).toMatchObject({ status, startsAt: new Date(moved), endsAt: new Date(end) });
    }
  });

  it('is refused, with nothing changed, when the host is busy at the new time', async () => {
    const start = Date.now() + 45 * DAY;
    const sessionId = await workshop(steward, start, 3, 'Host clash');
    await bookSeat(people[6]!, { sessionId });
    await workshop(steward, start + DAY, 3, 'The host is here');
    const before = { session: await sessionRow(sessionId), participants: await participantRows(sessionId) };
    await expect(rescheduleSession(steward, input(sessionId, start + DAY + 30 * 60_000, 60))).rejects.toThrow('You are in another session at that time.');
    expect({ session: await sessionRow(sessionId), participants: await participantRows(sessionId) }).toEqual(before);
  });
});

describe('rescheduleSessionAction', () => {
  it('moves the session for one of its people, keeps the input on errors, and refuses another org’s member', async () => {
    const sessionId = await bookOneToOne(slots[6]!, 'reschedule-action');
    const target = slots.at(-28)!.start;
    const values = { orgSlug: 'acme', sessionId, startsAt: iso(target), durationMinutes: '30', reason: 'Clash with a release' };
    const before = await sessionRow(sessionId);

    signedIn.userId = globex.userId;
    for (const orgSlug of ['acme', 'globex']) expect((await rescheduleSessionAction(null, form({ ...values, orgSlug }))).ok).toBe(false);
    signedIn.userId = admin.userId;
    expect(await rescheduleSessionAction(null, form(values))).toMatchObject({ ok: false, error: 'That session was not found.' });
    expect(await sessionRow(sessionId)).toEqual(before);

    signedIn.userId = maya.userId;
    expect(await rescheduleSessionAction(null, form({ ...values, reason: ' ' }))).toMatchObject({ ok: false, fieldErrors: { reason: ['Say why, so the others know.'] }, values: { startsAt: iso(target) } });
    expect(await rescheduleSessionAction(null, form(values))).toMatchObject({ ok: true, data: { sessionId, released: 0, promoted: 0 }, message: 'Session moved. The others will be emailed the new time.' });
    expect(await sessionRow(sessionId)).toMatchObject({ startsAt: new Date(target), sequence: 1, rescheduleReason: 'Clash with a release' });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { OTHER_SESSION_THEN, bookSeat, cancelSeat, createGroupSession, createGroupSessionInput, rescheduleSession, rescheduleSessionInput } from '../../lib/sessions';
import { ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// Seats and the waitlist of a group session against real Postgres: a conditional update on the seat count
// gives exactly `capacity` seats under concurrency, the rest wait in order, and a cancellation promotes.

let host: TenantContext;
let globex: TenantContext;
let people: TenantContext[];
const HOUR = 3_600_000;

/** A context for a seeded Acme employee without a sign-in (the tenant scope only needs org and user ids). */
const contextOf = (e: { id: string; name: string }): TenantContext => ({ ...host, employeeId: e.id, employeeName: e.name, role: 'EMPLOYEE', userId: crypto.randomUUID() });

const workshop = async (start: number, capacity: number, title = 'Intro to testing') =>
  (await createGroupSession(host, createGroupSessionInput.parse({ kind: 'WORKSHOP', title, startsAt: new Date(start).toISOString(), durationMinutes: '60', capacity: String(capacity) }))).sessionId;

const seats = (sessionId: string) => systemDb().sessionParticipant.findMany({ where: { orgId: host.orgId, sessionId, role: 'ATTENDEE' }, orderBy: { updatedAt: 'asc' } });

beforeAll(async () => {
  await seedDemoOrgs();
  [host, globex] = await Promise.all([contextFor(ACME_STEWARD, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
  const employees = await systemDb().employee.findMany({ where: { orgId: host.orgId, status: 'ACTIVE', id: { not: host.employeeId } }, orderBy: { email: 'asc' }, take: 45, select: { id: true, name: true } });
  people = employees.map(contextOf);
});

describe('group session seats', () => {
  it('40 concurrent bookings for 10 seats: exactly 10 booked and 30 waitlisted', async () => {
    const sessionId = await workshop(Date.now() + 30 * 24 * HOUR, 10);
    const results = await Promise.all(people.slice(0, 40).map((ctx) => bookSeat(ctx, { sessionId })));
    expect(results.filter((r) => r.status === 'BOOKED')).toHaveLength(10);
    expect(results.filter((r) => r.status === 'WAITLISTED')).toHaveLength(30);
    const session = await systemDb().peerSession.findUniqueOrThrow({ where: { orgId_id: { orgId: host.orgId, id: sessionId } } });
    expect(session.seatsTaken).toBe(10);
    expect((await seats(sessionId)).filter((s) => s.status === 'BOOKED')).toHaveLength(10);

    // Booking again returns the same place.
    const again = await bookSeat(people[0]!, { sessionId });
    expect(again.repeated).toBe(true);

    // A booked person cancels: the first on the waitlist gets the seat, and the count stays at capacity.
    const booked = (await seats(sessionId)).find((s) => s.status === 'BOOKED')!;
    const firstWaiting = (await seats(sessionId)).find((s) => s.status === 'WAITLISTED')!;
    const { promotedEmployeeId } = await cancelSeat(people.find((p) => p.employeeId === booked.employeeId)!, { sessionId });
    expect(promotedEmployeeId).toBe(firstWaiting.employeeId);
    expect((await systemDb().peerSession.findUniqueOrThrow({ where: { orgId_id: { orgId: host.orgId, id: sessionId } } })).seatsTaken).toBe(10);
    expect((await seats(sessionId)).filter((s) => s.status === 'BOOKED')).toHaveLength(10);
    expect((await seats(sessionId)).filter((s) => s.status === 'WAITLISTED')).toHaveLength(29);
  });

  it('bookings racing a reschedule take their seats at the session\'s current times', async () => {
    const start = Date.now() + 33 * 24 * HOUR;
    const sessionId = await workshop(start, 20, 'Moving target');
    const later = new Date(start + 2 * 24 * HOUR).toISOString();
    await Promise.all([
      ...people.slice(0, 15).map((ctx) => bookSeat(ctx, { sessionId })),
      rescheduleSession(host, rescheduleSessionInput.parse({ sessionId, startsAt: later, durationMinutes: '60', reason: 'Room change' })),
    ]);
    const rows = await seats(sessionId);
    expect(rows.filter((r) => r.status === 'BOOKED')).toHaveLength(15);
    for (const row of rows) expect(row.startsAt.toISOString()).toBe(later);
  });

  it('a seat that would overlap another booked session is refused and no seat is used', async () => {
    const start = Date.now() + 31 * 24 * HOUR;
    const first = await workshop(start, 5, 'Morning');
    const person = people[41]!;
    await bookSeat(person, { sessionId: first });
    const otherHost = people[42]!;
    const second = (await createGroupSession(otherHost, createGroupSessionInput.parse({ kind: 'DESIGN_THINKING', title: 'Overlapping', startsAt: new Date(start + 30 * 60_000).toISOString(), durationMinutes: '60', capacity: '5' }))).sessionId;
    await expect(bookSeat(person, { sessionId: second })).rejects.toThrow(OTHER_SESSION_THEN);
    expect((await systemDb().peerSession.findUniqueOrThrow({ where: { orgId_id: { orgId: host.orgId, id: second } } })).seatsTaken).toBe(0);
    // The host cannot host two overlapping sessions either.
    await expect(workshop(start + 15 * 60_000, 5, 'Double-booked host')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('another org’s member cannot book or cancel a seat, and nothing changes', async () => {
    const sessionId = await workshop(Date.now() + 32 * 24 * HOUR, 3);
    await expect(bookSeat(globex, { sessionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(cancelSeat(globex, { sessionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await seats(sessionId)).toEqual([]);
  });
});

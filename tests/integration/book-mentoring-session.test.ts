import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { BOOKING_BUFFER_MINUTES, SLOT_TAKEN, bookMentoringSession, bookMentoringSessionInput, computeFreeSlots, listMentorSlots } from '../../lib/sessions';
import { ACME_ADMIN, ACME_EMPLOYEE, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// Booking a 1:1 session inside Maya's active (seeded) match, against real Postgres: the exclusion
// constraint lets exactly one of many concurrent attempts at a slot through, and a repeated key books once.

let maya: TenantContext;
let globex: TenantContext;
let matchId: string;
let slots: { start: number; end: number }[];

const book = (ctx: TenantContext, start: number, key: string, duration = 30) =>
  bookMentoringSession(ctx, bookMentoringSessionInput.parse({ matchId, startsAt: new Date(start).toISOString(), durationMinutes: String(duration), idempotencyKey: key }));

beforeAll(async () => {
  await seedDemoOrgs();
  [maya, globex] = await Promise.all([contextFor(ACME_EMPLOYEE, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
  const db = systemDb();
  const match = await db.match.findFirstOrThrow({ where: { orgId: maya.orgId, learnerId: maya.employeeId, status: 'ACCEPTED' }, select: { id: true, mentorId: true } });
  matchId = match.id;
  const mentor = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: match.mentorId } }, select: { timeZone: true, availability: true } });
  const from = Date.now() + 2 * 86_400_000;
  slots = computeFreeSlots({ timeZone: mentor.timeZone, windows: mentor.availability, timeOff: [], busy: [], from, to: from + 14 * 86_400_000, durationMinutes: 30 });
  expect(slots.length).toBeGreaterThan(3);
});

describe('bookMentoringSession', () => {
  it('50 concurrent attempts at one slot: exactly one booking, the others told the slot was just taken', async () => {
    const slot = slots[0]!;
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => book(maya, slot.start, `race-${i}-${slot.start}`)));
    const booked = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(49);
    expect(refused.map((r) => (r.reason as Error).message)).toEqual(Array(49).fill(SLOT_TAKEN));
    const rows = await systemDb().sessionParticipant.findMany({ where: { orgId: maya.orgId, startsAt: new Date(slot.start), status: 'BOOKED' }, select: { role: true } });
    expect(rows.map((r) => r.role).sort()).toEqual(['ATTENDEE', 'HOST']);
  });

  it('a retried request with the same key books once and returns the same booking', async () => {
    const slot = slots[3]!;
    const key = `retry-${slot.start}`;
    const all = await Promise.all([book(maya, slot.start, key), book(maya, slot.start, key), book(maya, slot.start, key)]);
    expect(new Set(all.map((r) => r.sessionId)).size).toBe(1);
    const again = await book(maya, slot.start, key);
    expect(again).toEqual({ sessionId: all[0]!.sessionId, repeated: true });
    expect(await systemDb().peerSession.count({ where: { orgId: maya.orgId, createdById: maya.employeeId, idempotencyKey: key } })).toBe(1);
  });

  it('refuses a time outside the mentor’s free slots, and a slot overlapping a booked one', async () => {
    const booked = slots[0]!;
    await expect(book(maya, booked.start + 15 * 60_000, `overlap-${booked.start}`)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(book(maya, Date.now() - 3_600_000, 'in-the-past')).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('another org’s member cannot book inside an Acme match, and nothing is written', async () => {
    const before = await systemDb().peerSession.count({ where: { orgId: maya.orgId } });
    const globexBefore = await systemDb().peerSession.count({ where: { orgId: globex.orgId } });
    await expect(book(globex, slots[5]!.start, 'globex-try')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await systemDb().peerSession.count({ where: { orgId: maya.orgId } })).toBe(before);
    expect(await systemDb().peerSession.count({ where: { orgId: globex.orgId } })).toBe(globexBefore);
  });

  it('lists the mentor’s free slots without the booked ones and their buffer, with the pair’s upcoming sessions', async () => {
    const view = await listMentorSlots(maya, matchId, 30);
    const booked = slots[0]!;
    expect(view.upcoming.some((u) => u.startsAt.getTime() === booked.start)).toBe(true);
    expect(view.slots.length).toBeGreaterThan(0);
    const buffer = BOOKING_BUFFER_MINUTES * 60_000;
    for (const u of view.upcoming) {
      expect(view.slots.some((s) => s.start < u.endsAt.getTime() + buffer && s.end > u.startsAt.getTime() - buffer)).toBe(false);
    }
    expect(view.slots.every((s, i) => s.end - s.start === 30 * 60_000 && (i === 0 || s.start > view.slots[i - 1]!.start))).toBe(true);
  });

  it('shows a match’s slots only to its learner', async () => {
    const sofia = await contextFor(ACME_ADMIN, 'acme');
    await expect(listMentorSlots(sofia, matchId, 30)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listMentorSlots(globex, matchId, 30)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

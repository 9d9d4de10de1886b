import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { getMatch } from '../../lib/mentoring';
import { runQueuedJobsOnce } from '../../lib/notifications';
import { bookMentoringSession, bookMentoringSessionInput, listMentorSlots, listMySessions } from '../../lib/sessions';
import { ACME_ADMIN, ACME_EMPLOYEE, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// "My sessions" for both sides of a 1:1, and canceling it through the action as the browser posts it:
// the time is free again, the other side is emailed, and nobody else (least of all another org) can cancel.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { cancelSessionAction } = await import('../../app/o/[org]/sessions/actions');

let maya: TenantContext;
let mentor: TenantContext;
let matchId: string;

beforeAll(async () => {
  await seedDemoOrgs();
  maya = await contextFor(ACME_EMPLOYEE, 'acme');
  const match = await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, learnerId: maya.employeeId, status: 'ACCEPTED' }, select: { id: true, mentor: { select: { id: true, name: true } } } });
  matchId = match.id;
  mentor = { ...maya, employeeId: match.mentor.id, employeeName: match.mentor.name, userId: crypto.randomUUID() };
});

describe('my sessions and canceling', () => {
  it('shows a booked 1:1 to both sides, and canceling frees the time and tells the other side', async () => {
    const [slot] = (await listMentorSlots(maya, matchId, 45)).slots;
    const { sessionId } = await bookMentoringSession(maya, bookMentoringSessionInput.parse({ matchId, startsAt: new Date(slot!.start).toISOString(), durationMinutes: '45', idempotencyKey: 'my-sessions-1', agenda: 'Compose files' }));

    const mine = await listMySessions(maya, { tab: 'upcoming', page: 1 });
    expect(mine.sessions.find((s) => s.id === sessionId)).toMatchObject({ kind: 'MENTORING', myRole: 'ATTENDEE', agenda: 'Compose files', host: { id: mentor.employeeId } });
    const theirs = await listMySessions(mentor, { tab: 'upcoming', page: 1 });
    expect(theirs.sessions.find((s) => s.id === sessionId)).toMatchObject({ myRole: 'HOST', others: [{ id: maya.employeeId, name: maya.employeeName }] });
    // The match page lists it for both sides.
    for (const ctx of [maya, mentor]) expect((await getMatch(ctx, matchId)).upcomingSessions.map((u) => u.id)).toContain(sessionId);

    // Someone who is neither side, and another org's member, cannot cancel it.
    for (const [email, org] of [[ACME_ADMIN, 'acme'], [GLOBEX_EMPLOYEE, 'globex']] as const) {
      session.userId = (await contextFor(email, org)).userId;
      for (const orgSlug of ['acme', 'globex']) {
        expect((await cancelSessionAction(null, form({ orgSlug, sessionId, reason: 'Not mine to cancel' }))).ok).toBe(false);
      }
    }
    expect((await systemDb().peerSession.findFirstOrThrow({ where: { id: sessionId } })).status).toBe('SCHEDULED');

    session.userId = maya.userId;
    expect(await cancelSessionAction(null, form({ orgSlug: 'acme', sessionId, reason: '' }))).toMatchObject({ ok: false, fieldErrors: { reason: ['Say why, so the others know.'] } });
    const outboxBefore = await systemDb().outboxEmail.count();
    expect(await cancelSessionAction(null, form({ orgSlug: 'acme', sessionId, reason: 'I am travelling that week' }))).toMatchObject({ ok: true, data: { notified: 1 } });
    const row = await systemDb().peerSession.findFirstOrThrow({ where: { id: sessionId } });
    expect(row).toMatchObject({ status: 'CANCELED', cancelReason: 'I am travelling that week', sequence: 1 });
    // The emails were queued with the cancellation; the job worker sends them: the other side is told the
    // reason, the one who canceled gets the calendar withdrawal, and the booking's confirmations are skipped.
    expect(await systemDb().outboxEmail.count()).toBe(outboxBefore);
    await runQueuedJobsOnce(process.env.DATABASE_URL!);
    const mentorEmail = (await systemDb().employee.findFirstOrThrow({ where: { id: mentor.employeeId } })).email;
    const sent = await systemDb().outboxEmail.findMany({ where: { createdAt: { gte: row.canceledAt! } }, select: { to: true, subject: true, text: true } });
    expect(sent.map((m) => m.to).sort()).toEqual([ACME_EMPLOYEE, mentorEmail].sort());
    expect(sent.find((m) => m.to === mentorEmail)).toMatchObject({ subject: 'Canceled: Docker mentoring', text: expect.stringContaining('Reason: I am travelling that week') });

    expect((await listMySessions(maya, { tab: 'upcoming', page: 1 })).sessions.some((s) => s.id === sessionId)).toBe(false);
    expect((await getMatch(mentor, matchId)).upcomingSessions.some((u) => u.id === sessionId)).toBe(false);
    expect((await listMySessions(mentor, { tab: 'canceled', page: 1 })).sessions.find((s) => s.id === sessionId)).toMatchObject({ cancelReason: 'I am travelling that week' });
    // The slot is offered again.
    expect((await listMentorSlots(maya, matchId, 45)).slots.some((s) => s.start === slot!.start)).toBe(true);
  });
});

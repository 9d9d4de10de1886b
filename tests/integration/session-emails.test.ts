import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { withTenant, type TenantDb } from '../../lib/db/tenant';
import { runQueuedJobsOnce, sendSessionEmail } from '../../lib/notifications';
import { bookMentoringSession, bookMentoringSessionInput, bookSeat, cancelSeat, cancelSession, createGroupSession, createGroupSessionInput, listMentorSlots } from '../../lib/sessions';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_HR, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// Session emails go through the job queue: the SessionParticipant trigger queues them in the booking's own
// transaction (so a rollback queues nothing), the worker sends them with an ICS invite whose UID stays and
// whose SEQUENCE moves on, skips what no longer applies or what the person muted; seeding queues nothing.
// The settings actions are tested as the browser posts them, including another org's member trying.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { updateEmailPreferencesAction } = await import('../../app/o/[org]/account/actions');

let queue: pg.Client;
let maya: TenantContext;
let mentor: TenantContext;
let matchId: string;

interface QueuedJob {
  task: string;
  key: string | null;
  runAt: Date;
  payload: { kind: string; orgId: string; sessionId: string; employeeId: string; startsAt: string; endsAt: string };
}

async function jobs(sessionId?: string): Promise<QueuedJob[]> {
  const { rows } = await queue.query<QueuedJob>(
    `select t.identifier as task, j.key, j.run_at as "runAt", j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
      where $1::text is null or j.payload->>'sessionId' = $1 order by j.id`,
    [sessionId ?? null],
  );
  return rows;
}

const kinds = (list: QueuedJob[]) => list.map((j) => `${j.payload.kind}:${j.payload.employeeId}`).sort();

async function outboxFor(email: string) {
  return systemDb().outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' } });
}

/** A free 1:1 slot more than a day ahead, so a reminder is due. */
async function slotAfterTomorrow(skip = 0): Promise<string> {
  const slots = (await listMentorSlots(maya, matchId, 45)).slots.filter((s) => s.start > Date.now() + 2 * 86_400_000);
  return new Date(slots[skip]!.start).toISOString();
}

beforeAll(async () => {
  await seedDemoOrgs();
  queue = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await queue.connect();
  maya = await contextFor(ACME_EMPLOYEE, 'acme');
  const match = await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, learnerId: maya.employeeId, status: 'ACCEPTED' }, select: { id: true, mentor: { select: { id: true, name: true } } } });
  matchId = match.id;
  mentor = { ...maya, employeeId: match.mentor.id, employeeName: match.mentor.name, userId: crypto.randomUUID() };
});

afterAll(async () => {
  await queue.end();
});

describe('session emails through the job queue', () => {
  it('seeding and the CLI (the system role) queue nothing', async () => {
    expect(await jobs()).toEqual([]);
    const host = await systemDb().employee.findFirstOrThrow({ where: { orgId: maya.orgId, email: ACME_ADMIN } });
    const startsAt = new Date(Date.now() + 20 * 86_400_000);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    const seeded = await systemDb().peerSession.create({ data: { orgId: maya.orgId, kind: 'WORKSHOP', title: 'Seeded', hostId: host.id, createdById: host.id, startsAt, endsAt, capacity: 5 } });
    await systemDb().sessionParticipant.create({ data: { orgId: maya.orgId, sessionId: seeded.id, employeeId: host.id, role: 'HOST', startsAt, endsAt } });
    expect(await jobs()).toEqual([]);
  });

  it('queues a booking\'s emails in its own transaction: invisible before commit, gone with a rollback', async () => {
    const sofia = await contextFor(ACME_ADMIN, 'acme');
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    startsAt.setUTCHours(3, 0, 0, 0);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    const create = async (db: TenantDb) => {
      const { id } = await db.peerSession.create({ data: { orgId: sofia.orgId, kind: 'WORKSHOP', title: 'Queue check', hostId: sofia.employeeId, createdById: sofia.employeeId, startsAt, endsAt, capacity: 5 }, select: { id: true } });
      await db.sessionParticipant.create({ data: { orgId: sofia.orgId, sessionId: id, employeeId: sofia.employeeId, role: 'HOST', startsAt, endsAt } });
      return { id };
    };

    await expect(
      withTenant(sofia, async (db) => {
        const { id } = await create(db);
        // Queued inside the transaction: another connection does not see it yet.
        expect(await jobs(id)).toEqual([]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await jobs()).toEqual([]);

    const { id } = await withTenant(sofia, create);
    expect(kinds(await jobs(id))).toEqual([`FEEDBACK_PROMPT:${sofia.employeeId}`, `SESSION_CONFIRMATION:${sofia.employeeId}`, `SESSION_REMINDER:${sofia.employeeId}`]);
  });

  it('a 1:1 booking emails both sides an invite; canceling sends METHOD:CANCEL with the next SEQUENCE; stale reminders are skipped', async () => {
    const startsAt = await slotAfterTomorrow();
    const { sessionId } = await bookMentoringSession(maya, bookMentoringSessionInput.parse({ matchId, startsAt, durationMinutes: '45', idempotencyKey: 'emails-1', agenda: 'Compose; volumes, networks' }));
    const queued = await jobs(sessionId);
    expect(kinds(queued)).toEqual(
      [maya, mentor].flatMap((c) => [`FEEDBACK_PROMPT:${c.employeeId}`, `SESSION_CONFIRMATION:${c.employeeId}`, `SESSION_REMINDER:${c.employeeId}`]).sort(),
    );
    // The org is stamped by the database, into the payload and the job key.
    for (const job of queued) expect(job.payload.orgId).toBe(maya.orgId);
    const reminder = queued.find((j) => j.payload.kind === 'SESSION_REMINDER' && j.payload.employeeId === maya.employeeId)!;
    expect(reminder.key).toBe(`${maya.orgId}:reminder:${sessionId}:${maya.employeeId}`);
    expect(reminder.runAt.getTime()).toBe(new Date(startsAt).getTime() - 86_400_000);
    expect(queued.find((j) => j.payload.kind === 'FEEDBACK_PROMPT')!.runAt.getTime()).toBe(new Date(startsAt).getTime() + 45 * 60_000);

    const mentorEmail = (await systemDb().employee.findFirstOrThrow({ where: { id: mentor.employeeId } })).email;
    await runQueuedJobsOnce(process.env.DATABASE_URL!);
    const [confirmation] = await outboxFor(ACME_EMPLOYEE);
    expect(confirmation).toMatchObject({ subject: 'Confirmed: Docker mentoring' });
    expect(confirmation!.text).toContain('You are booked into "Docker mentoring"');
    expect(confirmation!.ics).toContain('METHOD:REQUEST');
    expect(confirmation!.ics).toContain(`UID:${sessionId}@peerbridge`);
    expect(confirmation!.ics).toContain('SEQUENCE:0');
    expect(confirmation!.ics).toContain('DESCRIPTION:Compose\\; volumes\\, networks');
    expect((await outboxFor(mentorEmail)).map((m) => m.subject)).toEqual(['Confirmed: Docker mentoring']);
    // Only the due jobs ran: the reminder and the feedback prompt wait for their time.
    expect(kinds(await jobs(sessionId)).filter((k) => k.startsWith('SESSION_CONFIRMATION'))).toEqual([]);

    const { notified } = await cancelSession(maya, { sessionId, reason: 'Moved to the Berlin office' });
    expect(notified).toBe(1);
    await runQueuedJobsOnce(process.env.DATABASE_URL!);
    const cancellation = (await outboxFor(mentorEmail)).at(-1)!;
    expect(cancellation.subject).toBe('Canceled: Docker mentoring');
    expect(cancellation.text).toContain(`${maya.employeeName} canceled "Docker mentoring".`);
    expect(cancellation.text).toContain('Reason: Moved to the Berlin office');
    expect(cancellation.ics).toContain('METHOD:CANCEL');
    expect(cancellation.ics).toContain('STATUS:CANCELLED');
    expect(cancellation.ics).toContain(`UID:${sessionId}@peerbridge`);
    expect(cancellation.ics).toContain('SEQUENCE:1');
    // The one who canceled gets the withdrawal for their own calendar too.
    expect((await outboxFor(ACME_EMPLOYEE)).at(-1)!.text).toContain('You canceled "Docker mentoring".');

    // The reminder still queued for tomorrow finds the session canceled and sends nothing.
    expect(await sendSessionEmail(reminder.payload)).toEqual({ sent: false, reason: 'no longer booked at that time' });
  });

  it('a muted kind is skipped, and the settings action refuses another org\'s member', async () => {
    const tom = await contextFor(GLOBEX_EMPLOYEE, 'globex');
    session.userId = tom.userId;
    expect(await updateEmailPreferencesAction(null, form({ orgSlug: 'acme', SESSION_REMINDER: 'on' }))).toMatchObject({ ok: false, error: 'That organization was not found.' });
    for (const id of [maya.employeeId, tom.employeeId]) expect((await systemDb().employee.findFirstOrThrow({ where: { id } })).mutedEmails).toEqual([]);

    session.userId = maya.userId;
    const kept = ['SESSION_REMINDER', 'SESSION_CHANGE', 'SESSION_CANCELLATION', 'FEEDBACK_PROMPT'];
    expect(await updateEmailPreferencesAction(null, form({ orgSlug: 'acme', ...Object.fromEntries(kept.map((k) => [k, 'on'])) }))).toMatchObject({ ok: true, data: { muted: ['SESSION_CONFIRMATION'] } });
    const before = (await outboxFor(ACME_EMPLOYEE)).length;
    const { sessionId } = await bookMentoringSession(maya, bookMentoringSessionInput.parse({ matchId, startsAt: await slotAfterTomorrow(1), durationMinutes: '30', idempotencyKey: 'emails-muted' }));
    await runQueuedJobsOnce(process.env.DATABASE_URL!);
    expect((await outboxFor(ACME_EMPLOYEE)).length).toBe(before);
    const mentorEmail = (await systemDb().employee.findFirstOrThrow({ where: { id: mentor.employeeId } })).email;
    expect((await outboxFor(mentorEmail)).at(-1)!.ics).toContain(`UID:${sessionId}@peerbridge`);
  });

  it('moving a session emails the change with a higher SEQUENCE and replaces the reminder', async () => {
    const { sessionId } = await bookMentoringSession(maya, bookMentoringSessionInput.parse({ matchId, startsAt: await slotAfterTomorrow(2), durationMinutes: '30', idempotencyKey: 'emails-move' }));
    await runQueuedJobsOnce(process.env.DATABASE_URL!);
    const oldReminder = (await jobs(sessionId)).find((j) => j.payload.kind === 'SESSION_REMINDER' && j.payload.employeeId === maya.employeeId)!;
    // What a reschedule does: new times and sequence on the session, new times on the booked places.
    const startsAt = new Date(new Date(oldReminder.payload.startsAt).getTime() + 2 * 86_400_000);
    const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
    await withTenant(maya, async (db) => {
      await db.peerSession.update({ where: { orgId_id: { orgId: maya.orgId, id: sessionId } }, data: { startsAt, endsAt, sequence: { increment: 1 }, rescheduleReason: 'Team offsite' } });
      await db.sessionParticipant.updateMany({ where: { orgId: maya.orgId, sessionId, status: 'BOOKED' }, data: { startsAt, endsAt } });
    });
    const queued = await jobs(sessionId);
    const reminders = queued.filter((j) => j.payload.kind === 'SESSION_REMINDER' && j.payload.employeeId === maya.employeeId);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.runAt.getTime()).toBe(startsAt.getTime() - 86_400_000);
    expect(kinds(queued.filter((j) => j.payload.kind === 'SESSION_CHANGE'))).toEqual([`SESSION_CHANGE:${maya.employeeId}`, `SESSION_CHANGE:${mentor.employeeId}`].sort());
    // A reminder queued for the old time (e.g. picked up just before the change) is skipped.
    expect(await sendSessionEmail(oldReminder.payload)).toMatchObject({ sent: false });

    await runQueuedJobsOnce(process.env.DATABASE_URL!);
    const change = (await outboxFor(ACME_EMPLOYEE)).at(-1)!;
    expect(change.subject).toBe('New time: Docker mentoring');
    expect(change.text).toContain('Why: Team offsite');
    expect(change.ics).toContain('METHOD:REQUEST');
    expect(change.ics).toContain('SEQUENCE:1');
    expect(change.ics).toContain(`DTSTART:${startsAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
  });

  it('a waitlisted person who gets the freed seat is sent the confirmation; the one who left gets the withdrawal', async () => {
    const [sofia, priya, daniel] = await Promise.all([contextFor(ACME_ADMIN, 'acme'), contextFor(ACME_STEWARD, 'acme'), contextFor(ACME_HR, 'acme')]);
    const startsAt = new Date(Date.now() + 9 * 86_400_000);
    startsAt.setUTCHours(5, 0, 0, 0);
    const { sessionId } = await createGroupSession(sofia, createGroupSessionInput.parse({ kind: 'WORKSHOP', title: 'Helm charts, hands on', startsAt: startsAt.toISOString(), durationMinutes: '60', capacity: '2' }));
    await bookSeat(priya, { sessionId });
    await bookSeat(maya, { sessionId });
    expect(await bookSeat(daniel, { sessionId })).toMatchObject({ status: 'WAITLISTED' });
    expect((await jobs(sessionId)).some((j) => j.payload.employeeId === daniel.employeeId)).toBe(false);
    await runQueuedJobsOnce(process.env.DATABASE_URL!);

    expect(await cancelSeat(priya, { sessionId })).toEqual({ promotedEmployeeId: daniel.employeeId });
    await runQueuedJobsOnce(process.env.DATABASE_URL!);
    const danielMail = (await outboxFor(ACME_HR)).at(-1)!;
    expect(danielMail.subject).toBe('Confirmed: Helm charts, hands on');
    expect(danielMail.ics).toContain(`UID:${sessionId}@peerbridge`);
    const priyaMail = (await outboxFor(ACME_STEWARD)).at(-1)!;
    expect(priyaMail.text).toContain('You left "Helm charts, hands on"');
    expect(priyaMail.ics).toContain('METHOD:CANCEL');
  });
});

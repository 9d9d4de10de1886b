import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { bookSeat, createGroupSession, createGroupSessionInput } from '../../lib/sessions';
import { ACME_EMPLOYEE, ACME_HR, ACME_STEWARD, ACME_ADMIN, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// The feedback and attendance actions as the browser posts them, on a workshop that ended yesterday: field
// errors keep what was typed, only the host marks attendance, and a colleague outside the session or a
// Globex member (under either slug) is refused with nothing written. (Session and cache are stand-ins.)
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { submitFeedbackAction } = await import('../../app/o/[org]/sessions/[id]/feedback/actions');
const { markAttendanceAction } = await import('../../app/o/[org]/sessions/[id]/attendance/actions');

const HOUR = 3_600_000;
let priya: TenantContext;
let maya: TenantContext;
let sofia: TenantContext;
let daniel: TenantContext;
let tom: TenantContext;
let sessionId: string;

const as = (ctx: TenantContext) => {
  session.userId = ctx.userId;
};
const state = async () => ({
  feedback: await systemDb().sessionFeedback.findMany({ where: { sessionId }, orderBy: { authorId: 'asc' } }),
  notes: await systemDb().privateNote.count({ where: { sessionId } }),
  places: await systemDb().sessionParticipant.findMany({ where: { sessionId }, orderBy: { employeeId: 'asc' }, select: { employeeId: true, attendance: true } }),
});

beforeAll(async () => {
  await seedDemoOrgs();
  [priya, maya, sofia, daniel, tom] = await Promise.all([contextFor(ACME_STEWARD, 'acme'), contextFor(ACME_EMPLOYEE, 'acme'), contextFor(ACME_ADMIN, 'acme'), contextFor(ACME_HR, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
  const startsAt = new Date(Date.now() + 40 * 24 * HOUR);
  sessionId = (await createGroupSession(priya, createGroupSessionInput.parse({ kind: 'WORKSHOP', title: 'Yesterday’s workshop', startsAt: startsAt.toISOString(), durationMinutes: '60', capacity: '5' }))).sessionId;
  for (const ctx of [maya, sofia]) await bookSeat(ctx, { sessionId });
  // It took place yesterday: the booking functions only take future times, so move it.
  const past = { startsAt: new Date(Date.now() - 27 * HOUR), endsAt: new Date(Date.now() - 26 * HOUR) };
  await systemDb().peerSession.update({ where: { orgId_id: { orgId: priya.orgId, id: sessionId } }, data: past });
  await systemDb().sessionParticipant.updateMany({ where: { sessionId }, data: past });
});

describe('submitFeedbackAction', () => {
  it('saves an attendee’s feedback, says what is wrong per field, and refuses outsiders with nothing written', async () => {
    const valid = { orgSlug: 'acme', sessionId, rating: '4', progress: '3', comment: 'Well prepared', privateNote: 'Read the compose spec' };
    for (const outsider of [daniel, tom]) {
      as(outsider);
      for (const orgSlug of ['acme', 'globex']) {
        const refused = await submitFeedbackAction(null, form({ ...valid, orgSlug }));
        expect(refused.ok).toBe(false);
        if (!refused.ok) expect(refused.error).toMatch(/not found/);
      }
    }
    expect(await state()).toMatchObject({ feedback: [], notes: 0 });

    as(maya);
    const bad = await submitFeedbackAction(null, form({ ...valid, rating: '', progress: '9', comment: 'x'.repeat(2001), skillsPracticed: 'not-a-skill' }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { rating: ['Choose a rating from 1 to 5.'], progress: ['Choose your progress from 1 to 5.'], comment: ['Keep the comment under 2,000 characters.'], skillsPracticed: ['Choose skills from the list.'] },
      values: { privateNote: 'Read the compose spec' },
    });
    expect(await submitFeedbackAction(null, form(valid))).toMatchObject({ ok: true, message: 'Feedback saved.', data: { created: true } });
    expect(await state()).toMatchObject({ feedback: [{ authorId: maya.employeeId, subjectId: priya.employeeId, rating: 4, progress: 3, comment: 'Well prepared' }], notes: 1 });
  });
});

describe('markAttendanceAction', () => {
  it('lets only the host mark attendance, and a no-show can then not give feedback', async () => {
    const before = await state();
    for (const [who, orgSlugs] of [[tom, ['acme', 'globex']], [daniel, ['acme']], [maya, ['acme']]] as const) {
      as(who);
      for (const orgSlug of orgSlugs) {
        expect((await markAttendanceAction(null, form({ orgSlug, sessionId, employeeId: sofia.employeeId, attendance: 'NO_SHOW' }))).ok).toBe(false);
      }
    }
    as(maya);
    expect(await markAttendanceAction(null, form({ orgSlug: 'acme', sessionId, employeeId: sofia.employeeId, attendance: 'NO_SHOW' }))).toMatchObject({ ok: false, error: 'Only the host marks attendance.' });
    expect(await state()).toEqual(before);

    as(priya);
    expect(await markAttendanceAction(null, form({ orgSlug: 'acme', sessionId, employeeId: sofia.employeeId, attendance: 'MAYBE' }))).toMatchObject({ ok: false, fieldErrors: { attendance: ['Choose attended or no-show.'] } });
    expect(await markAttendanceAction(null, form({ orgSlug: 'acme', sessionId, employeeId: sofia.employeeId, attendance: 'NO_SHOW' }))).toMatchObject({ ok: true, message: 'Attendance saved.', data: { name: sofia.employeeName } });
    expect(await markAttendanceAction(null, form({ orgSlug: 'acme', sessionId, employeeId: maya.employeeId, attendance: 'NO_SHOW' }))).toMatchObject({ ok: false, error: expect.stringContaining('has already given feedback') });
    expect((await state()).places).toEqual(
      expect.arrayContaining([
        { employeeId: sofia.employeeId, attendance: 'NO_SHOW' },
        { employeeId: maya.employeeId, attendance: null },
      ]),
    );

    as(sofia);
    expect(await submitFeedbackAction(null, form({ orgSlug: 'acme', sessionId, rating: '1' }))).toMatchObject({ ok: false, error: 'The host marked you as not attending, so you cannot give feedback on this session.' });
    expect((await state()).feedback).toHaveLength(1);
  });
});

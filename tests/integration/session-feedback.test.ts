import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import {
  bookMentoringSession,
  bookMentoringSessionInput,
  bookSeat,
  createGroupSession,
  createGroupSessionInput,
  feedbackClosesAt,
  getSessionFeedback,
  listAttendance,
  listFeedbackDue,
  listMentorSlots,
  markAttendance,
  submitFeedback,
  submitFeedbackInput,
} from '../../lib/sessions';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_HR, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// Blind feedback on real Postgres. Maya and her mentor (given a sign-in here, so row-level security can
// tell them apart) have 1:1s; Priya hosts group sessions. Time moves through each function's `now`.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let maya: TenantContext;
let mentor: TenantContext;
let sofia: TenantContext;
let daniel: TenantContext;
let priya: TenantContext;
let tom: TenantContext;
let extras: TenantContext[];
let matchId: string;
let dockerSkillId: string;

const feedback = (sessionId: string, values: Record<string, string>) => submitFeedbackInput.parse({ sessionId, ...values });
const rowsOf = (sessionId: string) => systemDb().sessionFeedback.findMany({ where: { sessionId }, orderBy: { authorId: 'asc' } });
const after = (date: Date, ms: number) => new Date(date.getTime() + ms);

async function bookOneToOne(key: string) {
  const [slot] = (await listMentorSlots(maya, matchId, 60)).slots;
  const { sessionId } = await bookMentoringSession(maya, bookMentoringSessionInput.parse({ matchId, startsAt: new Date(slot!.start).toISOString(), durationMinutes: '60', idempotencyKey: key }));
  const row = await systemDb().peerSession.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: sessionId } } });
  return { sessionId, startsAt: row.startsAt, endsAt: row.endsAt };
}

async function groupSession(daysAhead: number, attendees: TenantContext[], title: string) {
  const startsAt = new Date(Math.floor(Date.now() / DAY) * DAY + daysAhead * DAY + 2 * HOUR);
  const { sessionId } = await createGroupSession(priya, createGroupSessionInput.parse({ kind: 'WORKSHOP', title, startsAt: startsAt.toISOString(), durationMinutes: '60', capacity: '10', skillIds: dockerSkillId }));
  for (const ctx of attendees) expect((await bookSeat(ctx, { sessionId })).status).toBe('BOOKED');
  return { sessionId, startsAt, endsAt: after(startsAt, HOUR) };
}

/** Every way an outsider could act on the session, each refused with "not found". */
async function expectNotFoundForOutsider(ctx: TenantContext, sessionId: string, now: Date) {
  await expect(getSessionFeedback(ctx, sessionId, now)).rejects.toThrow('That session was not found.');
  await expect(submitFeedback(ctx, feedback(sessionId, { rating: '1', comment: 'Not mine to judge' }), now)).rejects.toThrow('That session was not found.');
  await expect(markAttendance(ctx, { sessionId, employeeId: maya.employeeId, attendance: 'NO_SHOW' }, now)).rejects.toThrow('That session was not found.');
  await expect(listAttendance(ctx, sessionId, now)).rejects.toThrow('That session was not found.');
}

beforeAll(async () => {
  await seedDemoOrgs();
  [maya, sofia, daniel, priya, tom] = await Promise.all([contextFor(ACME_EMPLOYEE, 'acme'), contextFor(ACME_ADMIN, 'acme'), contextFor(ACME_HR, 'acme'), contextFor(ACME_STEWARD, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
  const match = await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, learnerId: maya.employeeId, status: 'ACCEPTED' }, select: { id: true, skillId: true, mentor: { select: { id: true, email: true } } } });
  matchId = match.id;
  dockerSkillId = match.skillId;
  // The seeded mentor has no sign-in; give them one so their tenant scope names a real user.
  const user = await systemDb().user.create({ data: { email: match.mentor.email } });
  await systemDb().employee.update({ where: { orgId_id: { orgId: maya.orgId, id: match.mentor.id } }, data: { userId: user.id } });
  mentor = await contextFor(match.mentor.email, 'acme');
  const others = await systemDb().employee.findMany({ where: { orgId: maya.orgId, status: 'ACTIVE', userId: null }, orderBy: { email: 'asc' }, take: 3, select: { id: true, name: true } });
  extras = others.map((e) => ({ ...maya, employeeId: e.id, employeeName: e.name, userId: crypto.randomUUID() }));
});

describe('blind feedback in a 1:1', () => {
  it('hides each side’s rating and comment until both have submitted, then shows both and freezes them', async () => {
    const s = await bookOneToOne('feedback-blind-1');
    const open = after(s.endsAt, HOUR);
    await expect(submitFeedback(maya, feedback(s.sessionId, { rating: '4' }), after(s.endsAt, -1))).rejects.toThrow('Feedback opens when the session ends.');

    expect((await listFeedbackDue(maya, open)).map((d) => d.sessionId)).toContain(s.sessionId);
    expect(await submitFeedback(maya, feedback(s.sessionId, { rating: '4', progress: '3', skillsPracticed: dockerSkillId, comment: 'Clear explanations of layers', privateNote: 'I still mix up volumes and bind mounts' }), open)).toEqual({ created: true });
    expect((await listFeedbackDue(maya, open)).map((d) => d.sessionId)).not.toContain(s.sessionId);
    const [row] = await rowsOf(s.sessionId);
    expect(row).toMatchObject({ authorId: maya.employeeId, subjectId: mentor.employeeId, rating: 4, progress: 3, skillsPracticed: [dockerSkillId] });

    // The mentor learns that Maya gave feedback, but not what it says.
    const mentorView = await getSessionFeedback(mentor, s.sessionId, open);
    expect(mentorView.otherSide).toEqual({ state: 'HIDDEN_UNTIL_YOU_SUBMIT' });
    expect(JSON.stringify(mentorView)).not.toMatch(/Clear explanations|volumes/);
    expect(mentorView.subject).toEqual({ id: maya.employeeId, name: maya.employeeName });

    const mayaView = await getSessionFeedback(maya, s.sessionId, open);
    expect(mayaView.otherSide).toEqual({ state: 'WAITING' });
    expect(mayaView.mine).toMatchObject({ rating: 4, comment: 'Clear explanations of layers', privateNote: 'I still mix up volumes and bind mounts', revealed: false, skillsPracticed: [{ id: dockerSkillId }] });
    expect(mayaView.refusal).toBeNull();

    // Until it is revealed Maya may change it; clearing the note deletes it.
    await submitFeedback(maya, feedback(s.sessionId, { rating: '5', comment: 'Clear explanations of layers', privateNote: 'Practise volumes before next time' }), after(open, HOUR));
    expect((await rowsOf(s.sessionId))[0]).toMatchObject({ rating: 5, progress: null, skillsPracticed: [] });

    await submitFeedback(mentor, feedback(s.sessionId, { rating: '5', comment: 'Maya came well prepared' }), after(open, 2 * HOUR));
    const revealedToMaya = await getSessionFeedback(maya, s.sessionId, after(open, 3 * HOUR));
    expect(revealedToMaya.otherSide).toMatchObject({ state: 'REVEALED', rating: 5, comment: 'Maya came well prepared' });
    expect(revealedToMaya.mine?.revealed).toBe(true);
    expect(revealedToMaya.refusal).toBe('Your feedback is already visible to the other side, so it can no longer be changed.');
    const revealedToMentor = await getSessionFeedback(mentor, s.sessionId, after(open, 3 * HOUR));
    expect(revealedToMentor.otherSide).toMatchObject({ state: 'REVEALED', rating: 5, comment: 'Clear explanations of layers' });
    expect(JSON.stringify(revealedToMentor)).not.toContain('Practise volumes');

    await expect(submitFeedback(maya, feedback(s.sessionId, { rating: '1' }), after(open, 4 * HOUR))).rejects.toThrow('already visible to the other side');
    expect((await rowsOf(s.sessionId)).find((r) => r.authorId === maya.employeeId)?.rating).toBe(5);
  });

  it('keeps the private note to its author even when the other side queries the table directly', async () => {
    const s = await bookOneToOne('feedback-note-1');
    const open = after(s.endsAt, HOUR);
    await submitFeedback(maya, feedback(s.sessionId, { rating: '3', privateNote: 'Ask about multi-arch images' }), open);
    await submitFeedback(mentor, feedback(s.sessionId, { rating: '4', privateNote: 'Maya should try buildx' }), open);

    const notesSeenBy = (ctx: TenantContext) =>
      withTenant(ctx, async (db) => ({
        prisma: await db.privateNote.findMany({ where: { sessionId: s.sessionId }, select: { authorId: true, body: true } }),
        raw: await db.$queryRaw<{ body: string }[]>`SELECT "body" FROM "PrivateNote" WHERE "sessionId" = ${s.sessionId}::uuid`,
      }));
    expect(await notesSeenBy(mentor)).toEqual({ prisma: [{ authorId: mentor.employeeId, body: 'Maya should try buildx' }], raw: [{ body: 'Maya should try buildx' }] });
    expect(await notesSeenBy(maya)).toEqual({ prisma: [{ authorId: maya.employeeId, body: 'Ask about multi-arch images' }], raw: [{ body: 'Ask about multi-arch images' }] });
    // Nor can the mentor overwrite or write a note in Maya's name.
    const changed = await withTenant(mentor, (db) => db.$executeRaw`UPDATE "PrivateNote" SET "body" = 'changed' WHERE "sessionId" = ${s.sessionId}::uuid AND "authorId" = ${maya.employeeId}::uuid`);
    expect(changed).toBe(0);
    await expect(withTenant(mentor, (db) => db.privateNote.create({ data: { orgId: maya.orgId, sessionId: s.sessionId, authorId: maya.employeeId, body: 'forged' } }))).rejects.toThrow();
    const all = await systemDb().privateNote.findMany({ where: { sessionId: s.sessionId }, orderBy: { body: 'asc' } });
    expect(all.map((n) => n.body)).toEqual(['Ask about multi-arch images', 'Maya should try buildx']);
  });

  it('reveals what was submitted when the window closes (to the millisecond) and then takes no more feedback', async () => {
    const s = await bookOneToOne('feedback-window-1');
    const closes = feedbackClosesAt(s.endsAt);
    expect(closes.getTime() - s.endsAt.getTime()).toBe(7 * DAY);
    await submitFeedback(maya, feedback(s.sessionId, { rating: '2', comment: 'We ran out of time' }), after(s.endsAt, DAY));

    expect((await getSessionFeedback(mentor, s.sessionId, after(closes, -1))).otherSide).toEqual({ state: 'HIDDEN_UNTIL_YOU_SUBMIT' });
    expect((await listFeedbackDue(mentor, after(closes, -1))).map((d) => d.sessionId)).toContain(s.sessionId);
    const closed = await getSessionFeedback(mentor, s.sessionId, closes);
    expect(closed.otherSide).toMatchObject({ state: 'REVEALED', rating: 2, comment: 'We ran out of time' });
    expect(closed.window.state).toBe('CLOSED');
    expect(closed.refusal).toBe('The feedback window closed 7 days after the session.');
    expect((await listFeedbackDue(mentor, closes)).map((d) => d.sessionId)).not.toContain(s.sessionId);
    await expect(submitFeedback(mentor, feedback(s.sessionId, { rating: '5' }), closes)).rejects.toThrow('The feedback window closed');
    expect((await getSessionFeedback(maya, s.sessionId, closes)).otherSide).toEqual({ state: 'NONE', noShow: false });
    expect(await rowsOf(s.sessionId)).toHaveLength(1);
  });

  it('is not found for a colleague outside the session or a Globex member, and they change nothing', async () => {
    const s = await bookOneToOne('feedback-outsiders-1');
    const open = after(s.endsAt, HOUR);
    await submitFeedback(maya, feedback(s.sessionId, { rating: '4', privateNote: 'mine' }), open);
    const before = { feedback: await rowsOf(s.sessionId), places: await systemDb().sessionParticipant.findMany({ where: { sessionId: s.sessionId }, orderBy: { employeeId: 'asc' } }) };
    for (const outsider of [sofia, tom, { ...tom, orgId: maya.orgId, orgSlug: 'acme' }]) await expectNotFoundForOutsider(outsider, s.sessionId, open);
    expect(await rowsOf(s.sessionId)).toEqual(before.feedback);
    expect(await systemDb().sessionParticipant.findMany({ where: { sessionId: s.sessionId }, orderBy: { employeeId: 'asc' } })).toEqual(before.places);
    expect(await systemDb().privateNote.count({ where: { sessionId: s.sessionId } })).toBe(1);
    // A skill of another org is not a skill practiced here.
    const globexSkill = await systemDb().skill.findFirstOrThrow({ where: { orgId: tom.orgId, kind: 'SKILL' } });
    await expect(submitFeedback(mentor, feedback(s.sessionId, { rating: '4', skillsPracticed: globexSkill.id }), open)).rejects.toMatchObject({ fieldErrors: { skillsPracticed: ['Choose skills from the list.'] } });
  });
});

describe('attendance and group sessions', () => {
  it('only the host marks attendance, after the start; a no-show cannot give feedback', async () => {
    const g = await groupSession(20, [maya, sofia, daniel], 'Compose in practice');
    const during = after(g.startsAt, 30 * 60_000);
    await expect(markAttendance(priya, { sessionId: g.sessionId, employeeId: daniel.employeeId, attendance: 'NO_SHOW' }, after(g.startsAt, -1))).rejects.toThrow('once the session has started');
    await expect(markAttendance(maya, { sessionId: g.sessionId, employeeId: daniel.employeeId, attendance: 'NO_SHOW' }, during)).rejects.toThrow('Only the host marks attendance.');
    await expect(listAttendance(sofia, g.sessionId, during)).rejects.toThrow('Only the host marks attendance.');
    await expect(markAttendance(priya, { sessionId: g.sessionId, employeeId: priya.employeeId, attendance: 'ATTENDED' }, during)).rejects.toThrow('That attendee was not found.');
    await expect(markAttendance(priya, { sessionId: g.sessionId, employeeId: tom.employeeId, attendance: 'NO_SHOW' }, during)).rejects.toThrow('That attendee was not found.');
    expect(await systemDb().sessionParticipant.count({ where: { sessionId: g.sessionId, attendance: { not: null } } })).toBe(0);

    await markAttendance(priya, { sessionId: g.sessionId, employeeId: daniel.employeeId, attendance: 'NO_SHOW' }, during);
    await markAttendance(priya, { sessionId: g.sessionId, employeeId: maya.employeeId, attendance: 'ATTENDED' }, during);
    const sheet = await listAttendance(priya, g.sessionId, during);
    expect(sheet.open).toBe(true);
    expect(Object.fromEntries(sheet.attendees.map((a) => [a.name, a.attendance]))).toEqual({ [daniel.employeeName]: 'NO_SHOW', [maya.employeeName]: 'ATTENDED', [sofia.employeeName]: null });

    const open = after(g.endsAt, HOUR);
    await expect(submitFeedback(daniel, feedback(g.sessionId, { rating: '1' }), open)).rejects.toThrow('The host marked you as not attending');
    expect((await listFeedbackDue(daniel, open)).map((d) => d.sessionId)).not.toContain(g.sessionId);
    expect((await getSessionFeedback(daniel, g.sessionId, open)).refusal).toMatch(/not attending/);

    // Someone who gave feedback was there: the host cannot turn them into a no-show.
    await submitFeedback(sofia, feedback(g.sessionId, { rating: '2', comment: 'Too fast' }), open);
    await expect(markAttendance(priya, { sessionId: g.sessionId, employeeId: sofia.employeeId, attendance: 'NO_SHOW' }, open)).rejects.toThrow('has already given feedback');
    expect((await listAttendance(priya, g.sessionId, open)).attendees.find((a) => a.id === sofia.employeeId)).toMatchObject({ attendance: null, gaveFeedback: true });
    expect(await rowsOf(g.sessionId)).toHaveLength(1);
  });

  it('in a 1:1 the mentor is the host: the learner cannot mark them', async () => {
    const s = await bookOneToOne('feedback-attendance-1');
    const during = after(s.startsAt, 10 * 60_000);
    await expect(markAttendance(maya, { sessionId: s.sessionId, employeeId: mentor.employeeId, attendance: 'NO_SHOW' }, during)).rejects.toThrow('Only the host marks attendance.');
    await markAttendance(mentor, { sessionId: s.sessionId, employeeId: maya.employeeId, attendance: 'NO_SHOW' }, during);
    await expect(submitFeedback(maya, feedback(s.sessionId, { rating: '5' }), s.endsAt)).rejects.toThrow('not attending');
    expect((await getSessionFeedback(mentor, s.sessionId, s.endsAt)).otherSide).toEqual({ state: 'NONE', noShow: true });
  });

  it('the host sees attendees’ ratings only as an aggregate of 3 or more after the window, and comments without names', async () => {
    const g = await groupSession(21, [maya, sofia, ...extras], 'Image security');
    const open = after(g.endsAt, HOUR);
    await submitFeedback(maya, feedback(g.sessionId, { rating: '5', comment: 'Loved the scanning demo', privateNote: 'Try trivy at work' }), open);
    await submitFeedback(sofia, feedback(g.sessionId, { rating: '4', comment: 'Good pace' }), open);
    await submitFeedback(extras[0]!, feedback(g.sessionId, { rating: '2' }), open);
    await submitFeedback(priya, feedback(g.sessionId, { rating: '4', comment: 'A lively group', skillsPracticed: dockerSkillId }), open);
    const rows = await rowsOf(g.sessionId);
    expect(Object.fromEntries(rows.map((r) => [r.authorId, r.subjectId]))).toEqual({ [maya.employeeId]: priya.employeeId, [sofia.employeeId]: priya.employeeId, [extras[0]!.employeeId]: priya.employeeId, [priya.employeeId]: null });

    // An attendee may still change theirs while the window is open.
    await submitFeedback(sofia, feedback(g.sessionId, { rating: '3', comment: 'Good pace' }), after(open, HOUR));

    const during = await getSessionFeedback(priya, g.sessionId, after(open, 2 * HOUR));
    expect(during.group).toEqual({ attendees: 5, ratings: { visible: false, count: 3, reason: 'WINDOW_OPEN' }, comments: null });
    expect(during.otherSide).toBeNull();
    expect(during.subject).toBeNull();
    expect(JSON.stringify(during)).not.toMatch(/Loved|Good pace|trivy/);

    const closes = feedbackClosesAt(g.endsAt);
    const closed = await getSessionFeedback(priya, g.sessionId, closes);
    expect(closed.group).toEqual({ attendees: 5, ratings: { visible: true, count: 3, average: 3.3, distribution: [0, 1, 1, 0, 1] }, comments: ['Good pace', 'Loved the scanning demo'] });
    expect(JSON.stringify(closed)).not.toMatch(new RegExp(`${maya.employeeName}|${sofia.employeeName}|trivy`));

    // An attendee sees their own feedback and nothing of the others'.
    const mayaView = await getSessionFeedback(maya, g.sessionId, closes);
    expect(mayaView).toMatchObject({ subject: { id: priya.employeeId }, group: null, otherSide: null, mine: { rating: 5, privateNote: 'Try trivy at work' } });
    expect(JSON.stringify(mayaView)).not.toMatch(/Good pace|lively/);
  });

  it('says how many rated when fewer than 3 did, and shows no average', async () => {
    const g = await groupSession(22, [maya, sofia, daniel], 'Small circle');
    const open = after(g.endsAt, HOUR);
    await submitFeedback(maya, feedback(g.sessionId, { rating: '5' }), open);
    await submitFeedback(sofia, feedback(g.sessionId, { rating: '1' }), open);
    const view = await getSessionFeedback(priya, g.sessionId, feedbackClosesAt(g.endsAt));
    expect(view.group?.ratings).toEqual({ visible: false, count: 2, reason: 'TOO_FEW' });
  });
});

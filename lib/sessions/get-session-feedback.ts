import type { TenantContext } from '../auth/tenant-context';
import type { Attendance, ParticipantRole, SessionKind, SessionStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { feedbackClosesAt, feedbackRefusal, feedbackWindowState, groupCommentsForHost, isFeedbackRevealed, summarizeGroupRatings, type GroupRatingSummary } from './feedback-visibility';

interface Person {
  id: string;
  name: string;
}

export interface MyFeedback {
  rating: number;
  progress: number | null;
  skillsPracticed: Person[];
  comment: string | null;
  privateNote: string | null;
  submittedAt: Date;
  updatedAt: Date;
  /** Visible to its subject (and so final). */
  revealed: boolean;
}

/** The other side of a 1:1, as the caller may see it. */
export type OtherSideFeedback =
  | { state: 'REVEALED'; rating: number; comment: string | null; submittedAt: Date }
  /** They submitted; it shows once the caller submits too, or when the window closes. */
  | { state: 'HIDDEN_UNTIL_YOU_SUBMIT' }
  /** They have not submitted yet and still can. */
  | { state: 'WAITING' }
  | { state: 'NONE'; noShow: boolean };

export interface SessionFeedbackView {
  session: { id: string; kind: SessionKind; title: string; startsAt: Date; endsAt: Date; status: SessionStatus; host: Person };
  timeZone: string;
  myRole: ParticipantRole;
  myAttendance: Attendance | null;
  window: { state: 'NOT_YET' | 'OPEN' | 'CLOSED'; closesAt: Date };
  /** Why the caller cannot give or change feedback now; null when the form is open. */
  refusal: string | null;
  /** Whom the caller's rating and comment are about (null for a group's host: it is about the session). */
  subject: Person | null;
  sessionSkills: Person[];
  mine: MyFeedback | null;
  /** A 1:1 only. */
  otherSide: OtherSideFeedback | null;
  /** A group session's host only: the attendees' ratings as an aggregate, their comments without names. */
  group: { attendees: number; ratings: GroupRatingSummary; comments: string[] | null } | null;
}

/**
 * What the caller may see of a session's feedback: their own (with their private note), the other side's
 * of a 1:1 once revealed, what they are waiting for, and for a group's host the attendees' aggregate.
 * Anyone who was never on the session gets "not found".
 */
export async function getSessionFeedback(ctx: TenantContext, sessionId: string, now: Date = new Date()): Promise<SessionFeedbackView> {
  return withTenant(ctx, async (db) => {
    const session = await db.peerSession.findFirst({
      where: { orgId: ctx.orgId, id: sessionId, participants: { some: { employeeId: ctx.employeeId } } },
      select: {
        id: true, kind: true, title: true, startsAt: true, endsAt: true, status: true,
        host: { select: { id: true, name: true } },
        skills: { select: { skill: { select: { id: true, name: true } } }, orderBy: { skill: { name: 'asc' } } },
        participants: { where: { OR: [{ status: 'BOOKED' }, { employeeId: ctx.employeeId }] }, select: { employeeId: true, role: true, status: true, attendance: true, employee: { select: { id: true, name: true } } } },
        // Only the caller's own feedback and what was written about them.
        feedback: { where: { OR: [{ authorId: ctx.employeeId }, { subjectId: ctx.employeeId }] }, select: { authorId: true, subjectId: true, rating: true, progress: true, skillsPracticed: true, comment: true, submittedAt: true, updatedAt: true } },
      },
    });
    if (!session) throw notFound('That session');
    const [me, note] = await Promise.all([
      db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } }),
      db.privateNote.findFirst({ where: { orgId: ctx.orgId, sessionId, authorId: ctx.employeeId }, select: { body: true } }),
    ]);
    const myPlace = session.participants.find((p) => p.employeeId === ctx.employeeId)!;
    const isGroup = session.kind !== 'MENTORING';
    const other = isGroup ? null : (session.participants.find((p) => p.employeeId !== ctx.employeeId && p.status === 'BOOKED') ?? null);
    const subject = isGroup ? (myPlace.role === 'HOST' ? null : session.host) : (other?.employee ?? null);
    const byAuthor = new Map(session.feedback.map((f) => [f.authorId, f]));
    const mineRow = byAuthor.get(ctx.employeeId) ?? null;
    const theirs = other ? (byAuthor.get(other.employeeId) ?? null) : null;
    const window = { state: feedbackWindowState(session.endsAt, now), closesAt: feedbackClosesAt(session.endsAt) };
    const myRevealed = !isGroup && isFeedbackRevealed({ authorSubmitted: !!mineRow, subjectSubmitted: !!theirs }, session.endsAt, now);

    const skillIds = new Set(mineRow?.skillsPracticed ?? []);
    const skillNames = skillIds.size
      ? await db.skill.findMany({ where: { orgId: ctx.orgId, id: { in: [...skillIds] } }, select: { id: true, name: true }, orderBy: { name: 'asc' } })
      : [];

    let otherSide: OtherSideFeedback | null = null;
    if (!isGroup) {
      if (theirs && isFeedbackRevealed({ authorSubmitted: true, subjectSubmitted: !!mineRow }, session.endsAt, now)) {
        otherSide = { state: 'REVEALED', rating: theirs.rating, comment: theirs.comment, submittedAt: theirs.submittedAt };
      } else if (theirs) otherSide = { state: 'HIDDEN_UNTIL_YOU_SUBMIT' };
      else if (window.state !== 'CLOSED' && other?.attendance !== 'NO_SHOW') otherSide = { state: 'WAITING' };
      else otherSide = { state: 'NONE', noShow: other?.attendance === 'NO_SHOW' };
    }

    let group: SessionFeedbackView['group'] = null;
    if (isGroup && myPlace.role === 'HOST') {
      const fromAttendees = session.feedback.filter((f) => f.authorId !== ctx.employeeId && f.subjectId === ctx.employeeId);
      group = {
        attendees: session.participants.filter((p) => p.role === 'ATTENDEE' && p.status === 'BOOKED' && p.attendance !== 'NO_SHOW').length,
        ratings: summarizeGroupRatings(fromAttendees.map((f) => f.rating), session.endsAt, now),
        comments: groupCommentsForHost(fromAttendees.map((f) => f.comment), session.endsAt, now),
      };
    }

    return {
      session: { id: session.id, kind: session.kind, title: session.title, startsAt: session.startsAt, endsAt: session.endsAt, status: session.status, host: session.host },
      timeZone: me.timeZone,
      myRole: myPlace.role,
      myAttendance: myPlace.attendance,
      window,
      refusal: feedbackRefusal({ sessionStatus: session.status, participantStatus: myPlace.status, attendance: myPlace.attendance, endsAt: session.endsAt, revealed: myRevealed }, now),
      subject,
      sessionSkills: session.skills.map((s) => s.skill),
      mine: mineRow && {
        rating: mineRow.rating,
        progress: mineRow.progress,
        skillsPracticed: skillNames,
        comment: mineRow.comment,
        privateNote: note?.body ?? null,
        submittedAt: mineRow.submittedAt,
        updatedAt: mineRow.updatedAt,
        revealed: myRevealed,
      },
      otherSide,
      group,
    };
  });
}

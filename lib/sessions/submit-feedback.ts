import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, invalid, notFound } from '../errors';
import { FEEDBACK_COMMENT_MAX, PRIVATE_NOTE_MAX, SKILLS_PRACTICED_MAX, feedbackRefusal, isFeedbackRevealed } from './feedback-visibility';

const scale = (message: string) => z.coerce.number({ error: message }).int(message).min(1, message).max(5, message);
const blankAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export const submitFeedbackInput = z.object({
  sessionId: z.uuid('That session was not found.'),
  rating: scale('Choose a rating from 1 to 5.'),
  progress: z.preprocess(blankAsUndefined, scale('Choose your progress from 1 to 5.').optional()),
  // Comma-separated ids from the form, or a list.
  skillsPracticed: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => [...new Set((Array.isArray(value) ? value : (value ?? '').split(',')).map((id) => id.trim()).filter(Boolean))])
    .pipe(z.array(z.uuid('Choose skills from the list.')).max(SKILLS_PRACTICED_MAX, `Choose at most ${SKILLS_PRACTICED_MAX} skills.`)),
  comment: z
    .string()
    .trim()
    .max(FEEDBACK_COMMENT_MAX, 'Keep the comment under 2,000 characters.')
    .optional()
    .transform((v) => v || null),
  privateNote: z
    .string()
    .trim()
    .max(PRIVATE_NOTE_MAX, 'Keep the private note under 10,000 characters.')
    .optional()
    .transform((v) => v || null),
});

export type SubmitFeedbackInput = z.output<typeof submitFeedbackInput>;

/**
 * Saves the caller's feedback on a session they had a seat in, after it ended and until the window closes:
 * a rating and comment about the other side of a 1:1 (or the host, for a group attendee; a group host's is
 * about the session), the skills practiced, self-assessed progress, and a private note only they can read.
 * It can be changed until it becomes visible to its subject. Submissions for one session are serialized
 * (the session row is locked), so "has the other side submitted?" cannot change under a save.
 */
export async function submitFeedback(ctx: TenantContext, input: SubmitFeedbackInput, now: Date = new Date()): Promise<{ created: boolean }> {
  return withTenant(ctx, async (db) => {
    const locked = await db.$queryRaw<{ id: string }[]>`
      SELECT s."id" FROM "PeerSession" s
       WHERE s."orgId" = ${ctx.orgId}::uuid AND s."id" = ${input.sessionId}::uuid
         AND EXISTS (SELECT 1 FROM "SessionParticipant" p WHERE p."orgId" = s."orgId" AND p."sessionId" = s."id" AND p."employeeId" = ${ctx.employeeId}::uuid)
       FOR UPDATE`;
    if (locked.length === 0) throw notFound('That session');
    const session = await db.peerSession.findUniqueOrThrow({
      where: { orgId_id: { orgId: ctx.orgId, id: input.sessionId } },
      select: {
        kind: true, status: true, hostId: true, endsAt: true,
        participants: { where: { OR: [{ status: 'BOOKED' }, { employeeId: ctx.employeeId }] }, select: { employeeId: true, status: true, attendance: true } },
        feedback: { select: { authorId: true } },
      },
    });
    const me = session.participants.find((p) => p.employeeId === ctx.employeeId)!;
    const subjectId =
      session.kind === 'MENTORING'
        ? (session.participants.find((p) => p.employeeId !== ctx.employeeId && p.status === 'BOOKED')?.employeeId ?? null)
        : session.hostId === ctx.employeeId
          ? null
          : session.hostId;
    const submitted = new Set(session.feedback.map((f) => f.authorId));
    const mine = submitted.has(ctx.employeeId);
    // Only a 1:1 reveals before the window closes; a group's ratings are shown to the host after it.
    const revealed = session.kind === 'MENTORING' && subjectId !== null && isFeedbackRevealed({ authorSubmitted: mine, subjectSubmitted: submitted.has(subjectId) }, session.endsAt, now);
    const refusal = feedbackRefusal({ sessionStatus: session.status, participantStatus: me.status, attendance: me.attendance, endsAt: session.endsAt, revealed }, now);
    if (refusal) throw conflict(refusal);

    if (input.skillsPracticed.length > 0) {
      const known = await db.skill.count({ where: { orgId: ctx.orgId, id: { in: input.skillsPracticed }, kind: 'SKILL' } });
      if (known !== input.skillsPracticed.length) throw invalid('Please correct the highlighted fields.', { skillsPracticed: ['Choose skills from the list.'] });
    }

    const values = { subjectId, rating: input.rating, progress: input.progress ?? null, skillsPracticed: input.skillsPracticed, comment: input.comment };
    const key = { orgId_sessionId_authorId: { orgId: ctx.orgId, sessionId: input.sessionId, authorId: ctx.employeeId } };
    if (mine) await db.sessionFeedback.update({ where: key, data: values });
    else await db.sessionFeedback.create({ data: { orgId: ctx.orgId, sessionId: input.sessionId, authorId: ctx.employeeId, submittedAt: now, ...values } });
    if (input.privateNote) {
      await db.privateNote.upsert({ where: key, create: { orgId: ctx.orgId, sessionId: input.sessionId, authorId: ctx.employeeId, body: input.privateNote }, update: { body: input.privateNote } });
    } else {
      await db.privateNote.deleteMany({ where: { orgId: ctx.orgId, sessionId: input.sessionId, authorId: ctx.employeeId } });
    }
    return { created: !mine };
  });
}

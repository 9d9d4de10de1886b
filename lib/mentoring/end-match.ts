import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, invalid, notFound } from '../errors';
import { appUrl, sendMail } from '../mail';

export const END_REASON_MAX = 1000;

export const endMatchInput = z.object({
  matchId: z.uuid('That match was not found.'),
  reason: z
    .string('Say briefly why you are ending this match')
    .trim()
    .min(1, 'Say briefly why you are ending this match')
    .max(END_REASON_MAX, `Use at most ${END_REASON_MAX} characters`),
  /** The learner's 1–5 rating of the mentorship; empty means no rating. */
  rating: z.preprocess(
    (value) => (value === '' || value === undefined || value === null ? null : value),
    z.coerce.number('Choose a rating from 1 to 5').int('Choose a rating from 1 to 5').min(1, 'Choose a rating from 1 to 5').max(5, 'Choose a rating from 1 to 5').nullable(),
  ),
});

export type EndMatchInput = z.input<typeof endMatchInput>;

/**
 * Either side ends an active match, with a reason the other side is emailed. Only the learner may rate it
 * (the rating feeds the mentor's "rated 4.8 by past mentees" term). Anyone else gets "not found".
 */
export async function endMatch(ctx: TenantContext, input: z.output<typeof endMatchInput>, now: Date = new Date()): Promise<{ status: 'ENDED' }> {
  const mail = await withTenant(ctx, async (db) => {
    const match = await db.match.findFirst({
      where: { orgId: ctx.orgId, id: input.matchId, OR: [{ learnerId: ctx.employeeId }, { mentorId: ctx.employeeId }] },
      select: {
        id: true,
        status: true,
        learnerId: true,
        learner: { select: { name: true, email: true } },
        mentor: { select: { name: true, email: true } },
        skill: { select: { name: true } },
        org: { select: { slug: true } },
      },
    });
    if (!match) throw notFound('That match');
    if (match.status === 'ENDED') throw conflict('This match has already ended.');
    if (match.status !== 'ACCEPTED') throw conflict('Only an active match can be ended.');
    const isLearner = match.learnerId === ctx.employeeId;
    if (input.rating !== null && !isLearner) throw invalid('Please correct the highlighted fields.', { rating: ['Only the learner rates a mentorship'] });

    const updated = await db.match.updateMany({
      where: { orgId: ctx.orgId, id: match.id, status: 'ACCEPTED' },
      data: { status: 'ENDED', endedAt: now, endedById: ctx.employeeId, endReason: input.reason, learnerRating: input.rating },
    });
    if (updated.count !== 1) throw conflict('This match has already ended.');

    const other = isLearner ? match.mentor : match.learner;
    return {
      to: other.email,
      subject: `${ctx.employeeName} ended your ${match.skill.name} mentoring match`,
      text: [
        `Hi ${other.name},`,
        '',
        `${ctx.employeeName} ended your mentoring match in ${match.skill.name}. Their reason:`,
        input.reason,
        '',
        appUrl(`/o/${match.org.slug}/mentors/matches/${match.id}`),
      ].join('\n'),
    };
  });
  await sendMail(mail);
  return { status: 'ENDED' };
}

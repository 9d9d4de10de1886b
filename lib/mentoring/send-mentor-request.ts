import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { databaseErrorCode } from '../db/database-error-code';
import { withTenant } from '../db/tenant';
import { conflict, invalid, notFound } from '../errors';
import { appUrl, sendMail, type Mail } from '../mail';
import { optionalText } from '../profiles/form-fields';
import { levelName } from '../skills/levels';
import { expireProposalsAndNotify } from './expire-proposals-and-notify';
import { findMentorCandidates, loadLearner } from './find-mentor-candidates';
import { findOwnMentorRequest } from './find-own-mentor-request';
import { getMatchingPolicy } from './get-matching-policy';

const MENTOR_MESSAGE_MAX = 2000;

export const sendMentorRequestInput = z.object({
  requestId: z.uuid('That mentoring request was not found.'),
  mentorId: z.uuid('That person was not found.'),
  message: optionalText(MENTOR_MESSAGE_MAX),
});

export type SendMentorRequestInput = z.output<typeof sendMentorRequestInput>;

const ONE_AT_A_TIME = 'This request is already waiting for a mentor’s answer. Withdraw it from them first to ask someone else.';

/**
 * The learner sends their open request to one eligible mentor: a proposal that expires after the policy's
 * days, with the score and its reasons as they stand now. The mentor's row is locked while their load is
 * counted, so two learners cannot both take the mentor's last free slot; the request's row is locked too,
 * and the database allows one live proposal per request. The mentor is told by email after the commit.
 */
export async function sendMentorRequest(ctx: TenantContext, input: SendMentorRequestInput, now: Date = new Date()): Promise<{ matchId: string }> {
  await expireProposalsAndNotify(ctx.orgId, now);
  let sent: { matchId: string; mail: Mail };
  try {
    sent = await withTenant(ctx, async (db) => {
      const request = await findOwnMentorRequest(db, ctx, input.requestId, { forUpdate: true });
      if (request.status === 'MATCHED') throw conflict('This request already has a mentor.');
      if (request.status === 'WITHDRAWN') throw conflict('This request was withdrawn; start a new one to ask again.');
      const live = await db.match.findFirst({ where: { orgId: ctx.orgId, requestId: request.id, status: { in: ['PROPOSED', 'ACCEPTED'] } }, select: { id: true } });
      if (live) throw conflict(ONE_AT_A_TIME);

      const locked = await db.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Employee" WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${input.mentorId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw notFound('That person');

      const learner = await loadLearner(db, ctx.orgId, ctx.employeeId);
      if (!learner) throw new Error(`The caller's employee row ${ctx.employeeId} is missing`);
      const policy = await getMatchingPolicy(db, ctx.orgId);
      const search = await findMentorCandidates(db, ctx.orgId, learner, { ...request, learnerId: ctx.employeeId }, policy, now);
      const mentor = search.mentors.find((m) => m.id === input.mentorId);
      if (!mentor) throw invalid('This person cannot mentor this request right now (they may have no free slot left). Choose another suggestion.');

      const expiresAt = new Date(now.getTime() + policy.requestExpiryDays * 86_400_000);
      const match = await db.match.create({
        data: {
          orgId: ctx.orgId,
          requestId: request.id,
          learnerId: ctx.employeeId,
          mentorId: mentor.id,
          skillId: request.skillId,
          goalId: request.goalId,
          cycleId: request.cycleId,
          source: 'REQUEST',
          score: mentor.score,
          explanation: mentor.terms.map((t) => ({ key: t.key, label: t.label, points: t.points })),
          message: input.message,
          expiresAt,
        },
        select: { id: true, mentor: { select: { email: true, name: true } } },
      });
      const target = `${levelName(request.targetLevel)} (level ${request.targetLevel})`;
      const mail: Mail = {
        to: match.mentor.email,
        subject: `${learner.name} asks you to mentor them in ${search.skillName}`,
        text: [
          `Hi ${match.mentor.name},`,
          '',
          `${learner.name} would like your mentoring in ${search.skillName}, aiming for ${target}.`,
          ...(input.message ? ['', 'Their message:', input.message] : []),
          '',
          `Please accept or decline by ${expiresAt.toUTCString()}:`,
          appUrl(`/o/${ctx.orgSlug}/mentors/mentoring`),
        ].join('\n'),
      };
      return { matchId: match.id, mail };
    });
  } catch (error) {
    // Another submit for the same request won the race: the one-live-proposal index refused this one.
    if (['P2002', '23505'].includes(databaseErrorCode(error) ?? '')) throw conflict(ONE_AT_A_TIME);
    throw error;
  }
  await sendMail(sent.mail);
  return { matchId: sent.matchId };
}

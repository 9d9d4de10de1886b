import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, notFound } from '../errors';
import { appUrl, sendMail, type Mail } from '../mail';
import { checkbox, optionalText } from '../profiles/form-fields';
import { expireProposalsAndNotify } from './expire-proposals-and-notify';

export const RESPONSE_MESSAGE_MAX = 2000;

export const respondToProposalInput = z.object({
  matchId: z.uuid('That mentoring request was not found.'),
  decision: z.enum(['accept', 'decline'], 'Choose Accept or Decline'),
  message: optionalText(RESPONSE_MESSAGE_MAX),
  /** Declining only: do not suggest this learner and me to each other again. */
  block: checkbox,
});

export type RespondToProposalInput = z.input<typeof respondToProposalInput>;

export interface ProposalAnswer {
  matchId: string;
  status: 'ACCEPTED' | 'DECLINED';
  learnerName: string;
}

const notThere = () => notFound('That mentoring request');

function day(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone }).format(date);
}

/**
 * The mentor answers a proposal (sent by a learner, or published by a matching cycle). Accepting makes it an
 * active match and the request MATCHED; the mentor's row is locked first, so two acceptances at once cannot
 * both take the last free slot. Declining can also block the learner from future suggestions. The learner is
 * emailed either way. Anyone but the proposal's mentor gets "not found".
 */
export async function respondToProposal(ctx: TenantContext, input: z.output<typeof respondToProposalInput>, now: Date = new Date()): Promise<ProposalAnswer> {
  await expireProposalsAndNotify(ctx.orgId, now);
  const { answer, mail } = await withTenant(ctx, async (db) => {
    const match = await db.match.findFirst({
      where: { orgId: ctx.orgId, id: input.matchId, mentorId: ctx.employeeId },
      select: {
        id: true,
        status: true,
        expiresAt: true,
        respondedAt: true,
        requestId: true,
        learnerId: true,
        learner: { select: { name: true, email: true } },
        mentor: { select: { timeZone: true } },
        skill: { select: { name: true } },
        org: { select: { slug: true } },
      },
    });
    if (!match) throw notThere();
    const zone = match.mentor.timeZone;
    if (match.status === 'EXPIRED' || (match.status === 'PROPOSED' && match.expiresAt && match.expiresAt <= now)) {
      throw conflict(`This request expired on ${day(match.expiresAt ?? now, zone)} before it was answered. ${match.learner.name} has been told and can ask someone else.`);
    }
    if (match.status === 'WITHDRAWN') throw conflict(`${match.learner.name} withdrew this request, so there is nothing to answer.`);
    if (match.status !== 'PROPOSED') throw conflict(`You already answered this request${match.respondedAt ? ` on ${day(match.respondedAt, zone)}` : ''}.`);

    const accept = input.decision === 'accept';
    if (accept) {
      // Serializes acceptances by the same mentor: the count below then sees every committed one.
      const [mentor] = await db.$queryRaw<{ mentoringCapacity: number }[]>`
        SELECT "mentoringCapacity" FROM "Employee" WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${ctx.employeeId}::uuid FOR UPDATE`;
      const capacity = mentor?.mentoringCapacity ?? 0;
      const active = await db.match.count({ where: { orgId: ctx.orgId, mentorId: ctx.employeeId, status: 'ACCEPTED' } });
      if (active >= capacity) {
        const slots = capacity === 0 ? 'Your mentoring capacity is 0' : capacity === 1 ? 'Your one mentee slot is taken by an active match' : `All ${capacity} of your mentee slots are taken by active matches`;
        throw conflict(`${slots}. Raise your capacity on your profile to take ${match.learner.name} on, or decline the request.`);
      }
    }
    const status = accept ? ('ACCEPTED' as const) : ('DECLINED' as const);
    const updated = await db.match.updateMany({
      where: { orgId: ctx.orgId, id: match.id, status: 'PROPOSED' },
      data: { status, respondedAt: now, responseMessage: input.message },
    });
    if (updated.count !== 1) throw conflict('This request was answered a moment ago. Reload the page to see where it stands.');
    if (accept) {
      await db.mentorRequest.update({ where: { orgId_id: { orgId: ctx.orgId, id: match.requestId } }, data: { status: 'MATCHED' } });
    } else if (input.block) {
      await db.matchingBlock.createMany({ data: [{ orgId: ctx.orgId, employeeId: ctx.employeeId, blockedEmployeeId: match.learnerId }], skipDuplicates: true });
    }

    const base = `/o/${match.org.slug}/mentors`;
    const note = input.message ? ['', `${ctx.employeeName} wrote:`, input.message] : [];
    const mail: Mail = accept
      ? {
          to: match.learner.email,
          subject: `${ctx.employeeName} accepted your ${match.skill.name} mentoring request`,
          text: [`Hi ${match.learner.name},`, '', `${ctx.employeeName} accepted your request for mentoring in ${match.skill.name}.`, ...note, '', 'Your match:', appUrl(`${base}/matches/${match.id}`)].join('\n'),
        }
      : {
          to: match.learner.email,
          subject: `${ctx.employeeName} declined your ${match.skill.name} mentoring request`,
          text: [`Hi ${match.learner.name},`, '', `${ctx.employeeName} cannot mentor you in ${match.skill.name} right now.`, ...note, '', 'Your request is still open: choose the next suggestion here:', appUrl(`${base}/requests/${match.requestId}`)].join('\n'),
        };
    return { answer: { matchId: match.id, status, learnerName: match.learner.name }, mail };
  });
  await sendMail(mail);
  return answer;
}

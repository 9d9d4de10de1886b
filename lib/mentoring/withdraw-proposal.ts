import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict, notFound } from '../errors';
import { expireProposalsAndNotify } from './expire-proposals-and-notify';

export const withdrawProposalInput = z.object({ matchId: z.uuid('That mentoring request was not found.') });

/**
 * The learner takes back a proposal the mentor has not answered yet; the request stays open for the next
 * suggestion. Only the learner may; to anyone else the proposal is not found. A proposal already answered
 * (or expired) cannot be withdrawn: the update is conditional, so it never overwrites the mentor's answer.
 */
export async function withdrawProposal(ctx: TenantContext, input: z.output<typeof withdrawProposalInput>, now: Date = new Date()): Promise<{ requestId: string }> {
  await expireProposalsAndNotify(ctx.orgId, now);
  return withTenant(ctx, async (db) => {
    const match = await db.match.findFirst({ where: { orgId: ctx.orgId, id: input.matchId, learnerId: ctx.employeeId }, select: { id: true, requestId: true } });
    if (!match) throw notFound('That mentoring request');
    const { count } = await db.match.updateMany({ where: { orgId: ctx.orgId, id: match.id, status: 'PROPOSED' }, data: { status: 'WITHDRAWN' } });
    if (count === 0) {
      const { status } = await db.match.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: match.id } }, select: { status: true } });
      throw conflict(`It cannot be withdrawn any more: it was ${status.toLowerCase()}.`);
    }
    return { requestId: match.requestId };
  });
}

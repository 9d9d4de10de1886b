import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict } from '../errors';
import { findOwnMentorRequest } from './find-own-mentor-request';

export const withdrawMentorRequestInput = z.object({ requestId: z.uuid('That mentoring request was not found.') });

/**
 * The learner closes an open request they no longer need; a proposal still waiting for the mentor's answer
 * is withdrawn with it. The request's row is locked, so a mentor accepting at the same moment either comes
 * first (and the request is matched) or finds the proposal withdrawn.
 */
export async function withdrawMentorRequest(ctx: TenantContext, input: z.output<typeof withdrawMentorRequestInput>, now: Date = new Date()): Promise<{ id: string }> {
  return withTenant(ctx, async (db) => {
    const request = await findOwnMentorRequest(db, ctx, input.requestId, { forUpdate: true });
    if (request.status === 'MATCHED') throw conflict('This request already has a mentor; end the mentorship from its page instead.');
    if (request.status === 'WITHDRAWN') throw conflict('This request was already withdrawn.');
    await db.match.updateMany({ where: { orgId: ctx.orgId, requestId: request.id, status: 'PROPOSED' }, data: { status: 'WITHDRAWN' } });
    await db.mentorRequest.update({ where: { orgId_id: { orgId: ctx.orgId, id: request.id } }, data: { status: 'WITHDRAWN', closedAt: now } });
    return { id: request.id };
  });
}

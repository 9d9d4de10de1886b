import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { INELIGIBLE_REASONS, type IneligibleReason } from '../matching';
import { conflict, notFound } from '../errors';
import { findMentorCandidates, loadLearner } from './find-mentor-candidates';
import { findUnpublishedCycle } from './find-matching-cycle';
import { getMatchingPolicy } from './get-matching-policy';

export const setPairRuleInput = z.object({
  cycleId: z.uuid('That matching round was not found.'),
  requestId: z.uuid('That request was not found.'),
  mentorId: z.uuid('That mentor was not found.'),
  kind: z.enum(['LOCK', 'FORBID', 'NONE'], 'Choose lock, forbid or none'),
});

/**
 * A steward's override for the next run: LOCK (this request goes to this mentor), FORBID (never to this
 * mentor) or NONE (remove the rule). The request and the mentor must both be in the round; a lock must
 * pass the hard constraints, and a request has at most one lock and a mentor no more locks than slots.
 */
export async function setPairRule(ctx: TenantContext, input: z.output<typeof setPairRuleInput>, now = new Date()): Promise<void> {
  requireRole(ctx, 'STEWARD');
  await withTenant(ctx, async (db) => {
    const cycle = await findUnpublishedCycle(db, ctx, input.cycleId);
    const request = await db.mentorRequest.findFirst({
      where: { orgId: ctx.orgId, id: input.requestId, cycleId: cycle.id, status: 'OPEN' },
      select: { id: true, learnerId: true, skillId: true, currentLevel: true, targetLevel: true, preferOutsideTeam: true, acceptsAsync: true, learner: { select: { name: true } } },
    });
    if (!request) throw notFound('That request in this round');
    const mentor = await db.cycleMentor.findFirst({ where: { orgId: ctx.orgId, cycleId: cycle.id, mentorId: input.mentorId, capacity: { gt: 0 } }, select: { capacity: true, mentor: { select: { id: true, name: true } } } });
    if (!mentor) throw notFound('That mentor in this round');
    const key = { orgId_cycleId_requestId_mentorId: { orgId: ctx.orgId, cycleId: cycle.id, requestId: request.id, mentorId: mentor.mentor.id } };
    const existing = await db.cyclePairRule.findUnique({ where: key, select: { kind: true } });
    if ((existing?.kind ?? 'NONE') === input.kind) return;

    if (input.kind === 'LOCK') {
      const otherLock = await db.cyclePairRule.findFirst({ where: { orgId: ctx.orgId, cycleId: cycle.id, requestId: request.id, kind: 'LOCK', mentorId: { not: mentor.mentor.id } }, select: { mentor: { select: { name: true } } } });
      if (otherLock) throw conflict(`${request.learner.name}’s request is already locked to ${otherLock.mentor.name}. Remove that lock first.`);
      const learner = await loadLearner(db, ctx.orgId, request.learnerId);
      const policy = await getMatchingPolicy(db, ctx.orgId);
      const search = await findMentorCandidates(db, ctx.orgId, learner!, request, policy, now, new Map([[mentor.mentor.id, mentor.capacity]]));
      if (!search.mentors.some((m) => m.id === mentor.mentor.id)) {
        const [reason] = Object.keys(search.ruledOut) as IneligibleReason[];
        const minLevel = Math.max(request.targetLevel, (request.currentLevel ?? 0) + 1);
        const why = reason ? INELIGIBLE_REASONS[reason] : `does not teach ${search.skillName} (or a related skill) at level ${minLevel}+`;
        throw conflict(`${mentor.mentor.name} cannot be locked to ${request.learner.name}: ${reason === 'BLOCKED' ? why : `${mentor.mentor.name} ${why}`}.`);
      }
      const mentorLocks = await db.cyclePairRule.count({ where: { orgId: ctx.orgId, cycleId: cycle.id, mentorId: mentor.mentor.id, kind: 'LOCK' } });
      if (mentorLocks >= mentor.capacity) throw conflict(`${mentor.mentor.name} offered ${mentor.capacity} ${mentor.capacity === 1 ? 'slot' : 'slots'} in this round and all of them are locked.`);
    }

    if (input.kind === 'NONE') await db.cyclePairRule.delete({ where: key });
    else await db.cyclePairRule.upsert({ where: key, create: { ...key.orgId_cycleId_requestId_mentorId, kind: input.kind, createdAt: now }, update: { kind: input.kind, createdAt: now } });
    // A removed rule leaves no row behind: touching the round marks earlier runs as out of date.
    await db.matchingCycle.update({ where: { orgId_id: { orgId: ctx.orgId, id: cycle.id } }, data: { updatedAt: now } });
    await recordAuditEvent(db, ctx, { action: 'matching_cycle.pair_rule_set', entityType: 'MatchingCycle', entityId: cycle.id, before: { requestId: request.id, mentorId: mentor.mentor.id, kind: existing?.kind ?? 'NONE' }, after: { requestId: request.id, mentorId: mentor.mentor.id, kind: input.kind } });
  });
}

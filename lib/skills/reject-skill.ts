import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { invalid, notFound } from '../errors';
import { REVIEW_NOTE_MAX, skillIdField } from './skill-fields';

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

export const rejectSkillInput = z.object({
  skillId: skillIdField('That proposal was not found.'),
  reason: z
    .string({ error: 'Say why the proposal is rejected' })
    .trim()
    .min(1, 'Say why the proposal is rejected (the proposer sees it)')
    .max(REVIEW_NOTE_MAX, `Use at most ${REVIEW_NOTE_MAX} characters`),
  removeFromProfiles: checkbox,
});

export interface RejectSkillResult {
  profilesRemoved: number;
  goalsRemoved: number;
}

/**
 * Rejects a proposed skill with a reason the proposer sees (status REJECTED, reviewNote).
 *
 * A proposal is usable on its proposer's profile at once, so by the time a steward reviews it, people may
 * have it on their profiles or in learning goals. Rejecting never drops those silently: while any exist,
 * the steward must either merge the proposal into an existing skill instead (which keeps everything) or
 * tick "remove from profiles" explicitly. The removed entries and goals are written into the audit event,
 * so they can be restored by hand. Its synonyms and relations go (the names become free again).
 */
export async function rejectSkill(ctx: TenantContext, input: z.output<typeof rejectSkillInput>): Promise<RejectSkillResult> {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    const orgId = ctx.orgId;
    const proposal = await db.skill.findUnique({ where: { orgId_id: { orgId, id: input.skillId } }, select: { id: true, name: true, status: true, parentId: true } });
    if (!proposal || proposal.status !== 'PROPOSED') throw notFound('That proposal');
    const [profiles, goals] = await Promise.all([
      db.employeeSkill.findMany({ where: { orgId, skillId: proposal.id }, select: { employeeId: true, level: true, canTeach: true, wantsToLearn: true, targetLevel: true } }),
      db.learningGoal.findMany({ where: { orgId, skillId: proposal.id }, select: { id: true, employeeId: true, targetLevel: true, status: true, dueDate: true, why: true } }),
    ]);
    if ((profiles.length || goals.length) && !input.removeFromProfiles) {
      const used = [profiles.length ? `${profiles.length} ${profiles.length === 1 ? 'profile' : 'profiles'}` : '', goals.length ? `${goals.length} learning ${goals.length === 1 ? 'goal' : 'goals'}` : '']
        .filter(Boolean)
        .join(' and ');
      throw invalid('Please correct the highlighted fields.', {
        removeFromProfiles: [`“${proposal.name}” is on ${used}. Merge it into an existing skill to keep them, or confirm removing it.`],
      });
    }
    await db.employeeSkill.deleteMany({ where: { orgId, skillId: proposal.id } });
    await db.learningGoal.deleteMany({ where: { orgId, skillId: proposal.id } });
    await db.skillSynonym.deleteMany({ where: { orgId, skillId: proposal.id } });
    await db.skillRelation.deleteMany({ where: { orgId, OR: [{ fromSkillId: proposal.id }, { toSkillId: proposal.id }] } });
    await db.skill.updateMany({ where: { orgId, parentId: proposal.id }, data: { parentId: proposal.parentId } });
    await db.skill.update({ where: { orgId_id: { orgId, id: proposal.id } }, data: { status: 'REJECTED', reviewNote: input.reason } });
    await recordAuditEvent(db, ctx, {
      action: 'skill.rejected',
      entityType: 'Skill',
      entityId: proposal.id,
      before: { name: proposal.name, status: 'PROPOSED', profiles: profiles.length, goals: goals.length, removedProfiles: profiles, removedGoals: goals.map((g) => ({ ...g, dueDate: g.dueDate?.toISOString().slice(0, 10) ?? null })) },
      after: { name: proposal.name, status: 'REJECTED', reason: input.reason, profiles: 0, goals: 0 },
    });
    return { profilesRemoved: profiles.length, goalsRemoved: goals.length };
  });
}

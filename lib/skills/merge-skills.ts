import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant, type TenantDb } from '../db/tenant';
import { invalid, notFound } from '../errors';
import { combineEmployeeSkills, type EmployeeSkillValues } from './combine-employee-skills';
import { loadTaxonomy } from './load-taxonomy';
import { skillIdField } from './skill-fields';

export const mergeSkillsInput = z.object({
  sourceId: skillIdField(),
  targetId: skillIdField('Choose the skill to keep from the list'),
});

export type MergeSkillsInput = z.output<typeof mergeSkillsInput>;

export interface MergeSkillsResult {
  targetId: string;
  targetName: string;
  /** People whose entry moved to the surviving skill as it was. */
  peopleMoved: number;
  /** People who had both skills: their two entries became one. */
  peopleCombined: number;
  goalsMoved: number;
}

// A large org may have thousands of holders of one skill.
const MERGE_TIMEOUT_MS = 60_000;

interface OverlapRow {
  employeeId: string;
  a_level: number | null;
  a_canTeach: boolean;
  a_wantsToLearn: boolean;
  a_targetLevel: number | null;
  a_source: EmployeeSkillValues['source'];
  b_level: number | null;
  b_canTeach: boolean;
  b_wantsToLearn: boolean;
  b_targetLevel: number | null;
  b_source: EmployeeSkillValues['source'];
}

async function counts(db: TenantDb, orgId: string, skillId: string) {
  const [holders, goals] = await Promise.all([db.employeeSkill.count({ where: { orgId, skillId } }), db.learningGoal.count({ where: { orgId, skillId } })]);
  return { holders, goals };
}

/**
 * Merges skill A (source) into skill B (target) in one transaction, losing nothing:
 * - every EmployeeSkill of A moves to B; a person who has both keeps one entry (combineEmployeeSkills);
 * - every LearningGoal of A moves to B, whatever its status;
 * - A's synonyms move to B, and A's name becomes a synonym of B, so searching the old name finds B;
 * - A's relations move to B (without duplicates or a relation of B to itself);
 * - A's children move under B (if B was inside A, B first takes A's place in the tree);
 * - skills merged into A earlier now point at B; A becomes MERGED with mergedIntoId = B.
 * A may be approved, retired or proposed (the review queue merges proposals this way); B must be an
 * approved skill of the same kind.
 */
export async function mergeSkills(ctx: TenantContext, input: MergeSkillsInput): Promise<MergeSkillsResult> {
  requireRole(ctx, 'STEWARD');
  if (input.sourceId === input.targetId) throw invalid('Please correct the highlighted fields.', { targetId: ['Choose a different skill to keep'] });
  return withTenant(ctx, async (db) => {
    const orgId = ctx.orgId;
    const taxonomy = await loadTaxonomy(db, orgId, { forUpdate: true });
    const byId = new Map(taxonomy.map((e) => [e.id, e]));
    const source = byId.get(input.sourceId);
    if (!source) throw notFound('That skill');
    const target = byId.get(input.targetId);
    if (!target || target.status !== 'APPROVED') throw invalid('Please correct the highlighted fields.', { targetId: ['Choose an approved skill to keep'] });
    if (target.kind !== source.kind) {
      throw invalid('Please correct the highlighted fields.', { targetId: [source.kind === 'CATEGORY' ? 'A category can only be merged into another category' : 'A skill can only be merged into another skill, not a category'] });
    }
    const before = { source: await counts(db, orgId, source.id), target: await counts(db, orgId, target.id) };

    // People with both: one combined entry on B, A's entry removed.
    const overlap = await db.$queryRaw<OverlapRow[]>`
      SELECT a."employeeId",
             a."level" AS a_level, a."canTeach" AS "a_canTeach", a."wantsToLearn" AS "a_wantsToLearn", a."targetLevel" AS "a_targetLevel", a."source"::text AS a_source,
             b."level" AS b_level, b."canTeach" AS "b_canTeach", b."wantsToLearn" AS "b_wantsToLearn", b."targetLevel" AS "b_targetLevel", b."source"::text AS b_source
        FROM "EmployeeSkill" a
        JOIN "EmployeeSkill" b ON b."orgId" = a."orgId" AND b."employeeId" = a."employeeId" AND b."skillId" = ${target.id}::uuid
       WHERE a."orgId" = ${orgId}::uuid AND a."skillId" = ${source.id}::uuid`;
    if (overlap.length) {
      const combined = overlap.map((row) =>
        combineEmployeeSkills(
          { level: row.a_level, canTeach: row.a_canTeach, wantsToLearn: row.a_wantsToLearn, targetLevel: row.a_targetLevel, source: row.a_source },
          { level: row.b_level, canTeach: row.b_canTeach, wantsToLearn: row.b_wantsToLearn, targetLevel: row.b_targetLevel, source: row.b_source },
        ),
      );
      await db.$executeRaw`
        UPDATE "EmployeeSkill" AS e
           SET "level" = v.level, "canTeach" = v.can_teach, "wantsToLearn" = v.wants_to_learn, "targetLevel" = v.target_level,
               "source" = v.source::"SkillSource", "updatedAt" = now()
          FROM unnest(${overlap.map((r) => r.employeeId)}::uuid[], ${combined.map((c) => c.level)}::int[], ${combined.map((c) => c.canTeach)}::boolean[],
                      ${combined.map((c) => c.wantsToLearn)}::boolean[], ${combined.map((c) => c.targetLevel)}::int[], ${combined.map((c) => c.source)}::text[])
               AS v(employee_id, level, can_teach, wants_to_learn, target_level, source)
         WHERE e."orgId" = ${orgId}::uuid AND e."skillId" = ${target.id}::uuid AND e."employeeId" = v.employee_id`;
      await db.$executeRaw`DELETE FROM "EmployeeSkill" WHERE "orgId" = ${orgId}::uuid AND "skillId" = ${source.id}::uuid AND "employeeId" = ANY(${overlap.map((r) => r.employeeId)}::uuid[])`;
    }
    const peopleMoved = await db.$executeRaw`UPDATE "EmployeeSkill" SET "skillId" = ${target.id}::uuid, "updatedAt" = now() WHERE "orgId" = ${orgId}::uuid AND "skillId" = ${source.id}::uuid`;
    const goalsMoved = (await db.learningGoal.updateMany({ where: { orgId, skillId: source.id }, data: { skillId: target.id } })).count;
    // Mentoring requests and matches follow. A learner with an open request for both skills keeps the
    // one for B; the one for A is closed (a learner has one open request per skill).
    await db.$executeRaw`
      UPDATE "MentorRequest" r SET "status" = 'WITHDRAWN', "closedAt" = now()
       WHERE r."orgId" = ${orgId}::uuid AND r."skillId" = ${source.id}::uuid AND r."status" = 'OPEN'
         AND EXISTS (SELECT 1 FROM "MentorRequest" o WHERE o."orgId" = r."orgId" AND o."learnerId" = r."learnerId" AND o."skillId" = ${target.id}::uuid AND o."status" = 'OPEN')`;
    await db.mentorRequest.updateMany({ where: { orgId, skillId: source.id }, data: { skillId: target.id } });
    await db.match.updateMany({ where: { orgId, skillId: source.id }, data: { skillId: target.id } });
    // Sessions tagged with A are tagged with B (once), and feedback's "skills practiced" names B.
    await db.$executeRaw`
      INSERT INTO "SessionSkill" ("orgId", "sessionId", "skillId")
      SELECT "orgId", "sessionId", ${target.id}::uuid FROM "SessionSkill" WHERE "orgId" = ${orgId}::uuid AND "skillId" = ${source.id}::uuid
      ON CONFLICT DO NOTHING`;
    await db.$executeRaw`DELETE FROM "SessionSkill" WHERE "orgId" = ${orgId}::uuid AND "skillId" = ${source.id}::uuid`;
    await db.$executeRaw`
      UPDATE "SessionFeedback"
         SET "skillsPracticed" = array(SELECT DISTINCT unnest(array_replace("skillsPracticed", ${source.id}::uuid, ${target.id}::uuid)))
       WHERE "orgId" = ${orgId}::uuid AND ${source.id}::uuid = ANY("skillsPracticed")`;

    // Synonyms: A's own (except one that is B's name), then A's name.
    await db.$executeRaw`DELETE FROM "SkillSynonym" WHERE "orgId" = ${orgId}::uuid AND "skillId" = ${source.id}::uuid AND lower("name") = lower(${target.name})`;
    await db.skillSynonym.updateMany({ where: { orgId, skillId: source.id }, data: { skillId: target.id } });
    if (source.name.toLowerCase() !== target.name.toLowerCase()) {
      await db.$executeRaw`INSERT INTO "SkillSynonym" ("orgId", "skillId", "name") VALUES (${orgId}::uuid, ${target.id}::uuid, ${source.name}) ON CONFLICT ("orgId", lower("name")) DO NOTHING`;
    }

    // Relations: every skill related to A becomes related to B.
    await db.$executeRaw`
      INSERT INTO "SkillRelation" ("orgId", "fromSkillId", "toSkillId")
      SELECT ${orgId}::uuid, least(other, ${target.id}::uuid), greatest(other, ${target.id}::uuid)
        FROM (SELECT CASE WHEN "fromSkillId" = ${source.id}::uuid THEN "toSkillId" ELSE "fromSkillId" END AS other
                FROM "SkillRelation"
               WHERE "orgId" = ${orgId}::uuid AND (${source.id}::uuid IN ("fromSkillId", "toSkillId"))) related
       WHERE other <> ${target.id}::uuid
      ON CONFLICT DO NOTHING`;
    await db.skillRelation.deleteMany({ where: { orgId, OR: [{ fromSkillId: source.id }, { toSkillId: source.id }] } });

    // The tree: B leaves A's subtree first (taking A's place), so moving A's children under B makes no cycle.
    let inside = false;
    for (let up = target.parentId ? byId.get(target.parentId) : undefined; up; up = up.parentId ? byId.get(up.parentId) : undefined) {
      if (up.id === source.id) {
        inside = true;
        break;
      }
    }
    if (inside) await db.skill.update({ where: { orgId_id: { orgId, id: target.id } }, data: { parentId: source.parentId } });
    const childrenMoved = (await db.skill.updateMany({ where: { orgId, parentId: source.id, id: { not: target.id } }, data: { parentId: target.id } })).count;
    await db.skill.updateMany({ where: { orgId, mergedIntoId: source.id }, data: { mergedIntoId: target.id } });
    await db.skill.update({ where: { orgId_id: { orgId, id: source.id } }, data: { status: 'MERGED', mergedIntoId: target.id } });

    const after = { source: await counts(db, orgId, source.id), target: await counts(db, orgId, target.id) };
    await recordAuditEvent(db, ctx, {
      action: 'skill.merged',
      entityType: 'Skill',
      entityId: source.id,
      before: { name: source.name, status: source.status, mergedInto: null, holders: before.source.holders, goals: before.source.goals, targetHolders: before.target.holders, targetGoals: before.target.goals },
      after: {
        name: source.name,
        status: 'MERGED',
        mergedInto: target.name,
        holders: after.source.holders,
        goals: after.source.goals,
        targetHolders: after.target.holders,
        targetGoals: after.target.goals,
        peopleCombined: overlap.length,
        synonymsMoved: source.synonyms.length,
        relationsMoved: source.related.filter((id) => id !== target.id).length,
        childrenMoved,
      },
    });
    return { targetId: target.id, targetName: target.name, peopleMoved, peopleCombined: overlap.length, goalsMoved };
  }, { timeoutMs: MERGE_TIMEOUT_MS });
}

import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { checkbox } from './form-fields';
import { skillLevelProblems } from './skill-level-rules';
import { findUsableSkill } from './usable-skill';

export const upsertMySkillInput = z
  .object({
    skillId: z.uuid('Choose a skill from the list.'),
    /** "1"–"5", or "new" for "New to it". */
    level: z
      .string('Choose a level')
      .refine((v) => v === 'new' || /^[1-5]$/.test(v), { message: 'Choose a level from 1 to 5', abort: true })
      .transform((v) => (v === 'new' ? null : Number(v))),
    canTeach: checkbox,
    wantsToLearn: checkbox,
    targetLevel: z
      .preprocess((value) => (value === '' ? undefined : value), z.string().refine((v) => /^[1-5]$/.test(v), { message: 'Choose a target level from 1 to 5', abort: true }).optional())
      .transform((v) => (v === undefined ? null : Number(v))),
  })
  .superRefine((choice, issues) => {
    for (const [field, message] of Object.entries(skillLevelProblems(choice))) issues.addIssue({ code: 'custom', path: [field], message });
  });

export type UpsertMySkillInput = z.output<typeof upsertMySkillInput>;

/** Adds a skill to the caller's own profile, or changes its level and flags when it is already there. */
export async function upsertMySkill(ctx: TenantContext, input: UpsertMySkillInput): Promise<{ skillId: string; name: string }> {
  return withTenant(ctx, async (db) => {
    const skill = await findUsableSkill(db, ctx, input.skillId);
    const { skillId, ...values } = input;
    await db.employeeSkill.upsert({
      where: { orgId_employeeId_skillId: { orgId: ctx.orgId, employeeId: ctx.employeeId, skillId } },
      create: { orgId: ctx.orgId, employeeId: ctx.employeeId, skillId, ...values },
      update: values,
    });
    return { skillId: skill.id, name: skill.name };
  });
}

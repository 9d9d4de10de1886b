import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';

export const removeMySkillInput = z.object({ skillId: z.uuid('That skill is not on your profile.') });

/** Takes a skill off the caller's own profile (their learning goals for it stay). */
export async function removeMySkill(ctx: TenantContext, input: z.output<typeof removeMySkillInput>): Promise<void> {
  await withTenant(ctx, async (db) => {
    const { count } = await db.employeeSkill.deleteMany({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId, skillId: input.skillId } });
    if (count === 0) throw notFound('That skill on your profile');
  });
}

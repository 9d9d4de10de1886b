import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';

export const unblockFromMatchingInput = z.object({ employeeId: z.uuid('That person was not found.') });

/** Lifts the caller's own "don't suggest this person to me again" (a block the other person set stays). */
export async function unblockFromMatching(ctx: TenantContext, input: z.output<typeof unblockFromMatchingInput>): Promise<void> {
  await withTenant(ctx, async (db) => {
    const removed = await db.matchingBlock.deleteMany({ where: { orgId: ctx.orgId, employeeId: ctx.employeeId, blockedEmployeeId: input.employeeId } });
    if (removed.count === 0) throw notFound('That person on your list');
  });
}

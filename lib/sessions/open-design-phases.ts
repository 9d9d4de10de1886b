import type { TenantContext } from '../auth/tenant-context';
import type { TenantDb } from '../db/tenant';
import { conflict, forbidden, notFound } from '../errors';
import { findSessionAccess, type SessionAccess } from './session-access';

/**
 * The start of every change to a design-thinking session's phases: the caller must see the session (host
 * or booked participant; anyone else gets "not found"), be its host when `who` is HOST, and the session must
 * not be canceled. The five phase rows are locked for the rest of the transaction, so a phase change and an
 * outputs save never interleave.
 */
export async function openDesignPhases(db: TenantDb, ctx: TenantContext, sessionId: string, who: 'HOST' | 'HOST_OR_PARTICIPANT') {
  const access: SessionAccess | null = await findSessionAccess(db, ctx, sessionId);
  if (!access || access.session.kind !== 'DESIGN_THINKING') throw notFound('That session');
  if (who === 'HOST' && !access.isHost) throw forbidden('Only the host runs the phases and changes the plan.');
  if (access.session.status === 'CANCELED') throw conflict('This session was canceled.');
  await db.$queryRaw`SELECT 1 FROM "DesignThinkingPhase" WHERE "orgId" = ${ctx.orgId}::uuid AND "sessionId" = ${sessionId}::uuid FOR UPDATE`;
  const phases = await db.designThinkingPhase.findMany({ where: { orgId: ctx.orgId, sessionId }, orderBy: { position: 'asc' } });
  return { ...access, phases };
}

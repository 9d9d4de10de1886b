import type { Role } from '../db/generated/enums';
import { findMembership, type Membership } from '../db/system';
import { forbidden } from '../errors';

/** Who is asking, inside which org. Built from the session and the org in the URL, never from form input. */
export interface TenantContext {
  orgId: string;
  orgSlug: string;
  orgName: string;
  userId: string;
  employeeId: string;
  employeeName: string;
  role: Role;
}

/** Every role can do what an employee does; ADMIN can also do what stewards and HR admins do. */
export function hasRole(role: Role, required: Role): boolean {
  return role === required || required === 'EMPLOYEE' || role === 'ADMIN';
}

export function requireRole(ctx: TenantContext, required: Role): void {
  if (!hasRole(ctx.role, required)) throw forbidden();
}

/** The caller's context in the org with this slug, or null when they are not an active member of it. */
export async function resolveTenantContext(userId: string, orgSlug: string): Promise<TenantContext | null> {
  const membership = await findMembership(userId, orgSlug);
  return membership ? contextFromMembership(userId, membership) : null;
}

export function contextFromMembership(userId: string, membership: Membership): TenantContext {
  return { ...membership, userId };
}

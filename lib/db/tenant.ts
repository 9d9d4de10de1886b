import type { Prisma } from './generated/client';
import { tenantClient } from './client';

/** The database handle inside withTenant: every query on it is limited to one org by row-level security. */
export type TenantDb = Prisma.TransactionClient;

export interface TenantScope {
  orgId: string;
  userId: string;
}

/**
 * Runs `fn` in one transaction as the role peerbridge_app with app.org_id / app.user_id set, so Postgres
 * row-level security limits every query to the caller's org, even when the login user is a superuser.
 */
export async function withTenant<T>(scope: TenantScope, fn: (db: TenantDb) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  return tenantClient().$transaction(async (db) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
    await db.$queryRaw`select set_config('role', 'peerbridge_app', true), set_config('app.org_id', ${scope.orgId}, true), set_config('app.user_id', ${scope.userId}, true)`;
    return fn(db);
  }, { timeout: options.timeoutMs ?? 5_000, maxWait: 5_000 });
}

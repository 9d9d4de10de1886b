import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

// Two connection pools to the same database, told apart by the role each connection starts as:
// - tenant: starts as peerbridge_app with no org set, so a query outside withTenant() sees no tenant rows;
// - system: starts as peerbridge_system, for lib/db/system.ts and seeding only.
// Clients are cached per URL because tests point DATABASE_URL at a database of their own.

export type Db = PrismaClient;

type Pools = { tenant: PrismaClient; system: PrismaClient };
const cache = globalThis as typeof globalThis & { __peerbridgePools?: Map<string, Pools> };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which set it.');
  return url;
}

function createClient(url: string, role: string, max: number): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, options: `-c role=${role}`, max });
  return new PrismaClient({ adapter });
}

function pools(): Pools {
  const url = databaseUrl();
  cache.__peerbridgePools ??= new Map();
  let entry = cache.__peerbridgePools.get(url);
  if (!entry) {
    entry = { tenant: createClient(url, 'peerbridge_app', 10), system: createClient(url, 'peerbridge_system', 4) };
    cache.__peerbridgePools.set(url, entry);
  }
  return entry;
}

export function tenantClient(): PrismaClient {
  return pools().tenant;
}

/** Only lib/db/system.ts may call this (a unit test checks who imports it). */
export function systemClient(): PrismaClient {
  return pools().system;
}

export async function disconnectDatabase(): Promise<void> {
  const all = [...(cache.__peerbridgePools?.values() ?? [])];
  cache.__peerbridgePools?.clear();
  await Promise.all(all.flatMap((p) => [p.tenant.$disconnect(), p.system.$disconnect()]));
}

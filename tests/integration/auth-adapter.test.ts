import { beforeAll, describe, expect, it } from 'vitest';
import { peerbridgeAdapter } from '../../lib/auth/adapter';
import { systemDb } from '../../lib/db/system';
import { GLOBEX_EMPLOYEE, seedDemoOrgs } from './fixtures/demo-orgs';

// The next-auth adapter over lib/db/system.ts: users by email (any spelling), provider accounts, and
// single-use, expiring verification tokens.

const adapter = peerbridgeAdapter();
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

beforeAll(seedDemoOrgs);

describe('users', () => {
  it('finds a user by email however it is typed', async () => {
    const tom = await adapter.getUserByEmail!('  Tom.Becker@GLOBEX.example ');
    expect(tom).toMatchObject({ email: GLOBEX_EMPLOYEE, name: 'Tom Becker' });
    expect(await adapter.getUserByEmail!('nobody@globex.example')).toBeNull();
  });

  it('creates users with a normalized email, finds them by id, and updates them', async () => {
    const created = await adapter.createUser!({ email: ' New.Person@Example.COM', emailVerified: new Date('2026-03-01T00:00:00Z'), name: null });
    expect(created.email).toBe('new.person@example.com');
    expect(await adapter.getUser!(created.id)).toMatchObject({ id: created.id, email: 'new.person@example.com' });
    const updated = await adapter.updateUser!({ id: created.id, name: 'New Person' });
    expect(updated).toMatchObject({ name: 'New Person', emailVerified: new Date('2026-03-01T00:00:00Z') });
    // A JWT `sub` that is not one of our ids is just "no such user".
    expect(await adapter.getUser!('new.person@example.com')).toBeNull();
  });

  it('returns the existing user when the same address is created twice (concurrent first sign-ins)', async () => {
    const [a, b] = await Promise.all([
      adapter.createUser!({ email: 'twice@example.com', emailVerified: null }),
      adapter.createUser!({ email: 'TWICE@example.com', emailVerified: null }),
    ]);
    expect(a.id).toBe(b.id);
  });

  it('links a provider account to a user and finds the user by it, without storing provider tokens', async () => {
    const tom = (await adapter.getUserByEmail!(GLOBEX_EMPLOYEE))!;
    expect(await adapter.getUserByAccount!({ provider: 'oidc', providerAccountId: 'sub-123' })).toBeNull();
    await adapter.linkAccount!({ userId: tom.id, type: 'oauth', provider: 'oidc', providerAccountId: 'sub-123', access_token: 'secret-access', id_token: 'secret-id' });
    await adapter.linkAccount!({ userId: tom.id, type: 'oauth', provider: 'oidc', providerAccountId: 'sub-123' });
    expect(await adapter.getUserByAccount!({ provider: 'oidc', providerAccountId: 'sub-123' })).toMatchObject({ id: tom.id });
    const stored = await systemDb().account.findMany({ where: { userId: tom.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ access_token: null, id_token: null, refresh_token: null });
  });
});

describe('verification tokens', () => {
  it('work once: the second use of the same token gets nothing', async () => {
    await adapter.createVerificationToken!({ identifier: 'tom.becker@globex.example', token: 'hash-once', expires: inMinutes(15) });
    const first = await adapter.useVerificationToken!({ identifier: 'tom.becker@globex.example', token: 'hash-once' });
    expect(first).toMatchObject({ identifier: 'tom.becker@globex.example', token: 'hash-once' });
    expect(await adapter.useVerificationToken!({ identifier: 'tom.becker@globex.example', token: 'hash-once' })).toBeNull();
  });

  it('work once even when two requests use the token at the same moment', async () => {
    await adapter.createVerificationToken!({ identifier: 'race@example.com', token: 'hash-race', expires: inMinutes(15) });
    const results = await Promise.all(Array.from({ length: 5 }, () => adapter.useVerificationToken!({ identifier: 'race@example.com', token: 'hash-race' })));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('are refused once expired (and deleted all the same)', async () => {
    await adapter.createVerificationToken!({ identifier: 'late@example.com', token: 'hash-expired', expires: inMinutes(-1) });
    expect(await adapter.useVerificationToken!({ identifier: 'late@example.com', token: 'hash-expired' })).toBeNull();
    expect(await systemDb().verificationToken.count({ where: { token: 'hash-expired' } })).toBe(0);
  });

  it('belong to one address: another identifier cannot use them', async () => {
    await adapter.createVerificationToken!({ identifier: 'owner@example.com', token: 'hash-owned', expires: inMinutes(15) });
    expect(await adapter.useVerificationToken!({ identifier: 'intruder@example.com', token: 'hash-owned' })).toBeNull();
    // The address may arrive in any spelling.
    expect(await adapter.useVerificationToken!({ identifier: 'Owner@Example.com', token: 'hash-owned' })).toMatchObject({ identifier: 'owner@example.com' });
  });
});

import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiToken, createApiTokenInput, listApiTokens, revokeApiToken } from '../../lib/api-tokens';
import { resolveApiTokenCaller } from '../../lib/auth/api-token-caller';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_HR, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// Personal API tokens: shown once and stored only as a hash, listed and revoked by their owner alone, and
// the settings page's actions as the browser posts them. (Session and cache are stand-ins.)
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { createApiTokenAction, revokeApiTokenAction } = await import('../../app/o/[org]/account/api-tokens/actions');

let maya: TenantContext;
let sofia: TenantContext;
let tom: TenantContext;

const create = (ctx: TenantContext, values: Record<string, unknown>, now?: Date) => createApiToken(ctx, createApiTokenInput.parse(values), now);

beforeAll(async () => {
  await seedDemoOrgs();
  [maya, sofia, tom] = await Promise.all([contextFor(ACME_EMPLOYEE, 'acme'), contextFor(ACME_ADMIN, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
});

describe('API tokens', () => {
  it('shows the token once and stores only its SHA-256 hash and a short prefix', async () => {
    const created = await create(maya, { name: 'Chat bot', scopes: ['sessions:read', 'sessions:write'], expiresInDays: 30 });
    expect(created.token).toMatch(/^pb_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 11));
    const row = await systemDb().apiToken.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: created.id } } });
    expect(row.tokenHash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(11));
    expect(row.expiresAt!.getTime() - row.createdAt.getTime()).toBe(30 * 86_400_000);

    const { tokens } = await listApiTokens(maya);
    const listed = tokens.find((t) => t.id === created.id)!;
    expect(listed).toMatchObject({ name: 'Chat bot', prefix: created.prefix, scopes: ['sessions:read', 'sessions:write'], lastUsedAt: null, expired: false });
    expect(JSON.stringify(tokens)).not.toContain(row.tokenHash);
    expect(Object.keys(listed)).not.toContain('tokenHash');

    const audit = await systemDb().auditEvent.findFirstOrThrow({ where: { orgId: maya.orgId, entityId: created.id, action: 'api_token.created' } });
    expect(JSON.stringify(audit.after)).not.toContain(created.token);
  });

  it('offers insights:read only to HR admins and admins', async () => {
    await expect(create(maya, { name: 'Insights', scopes: ['insights:read'] })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { scopes: ['Choose from the listed permissions.'] } });
    const hr = await contextFor(ACME_HR, 'acme');
    await expect(create(hr, { name: 'Insights', scopes: ['insights:read'] })).resolves.toMatchObject({ scopes: ['insights:read'] });
    expect(createApiTokenInput.safeParse({ name: 'x', scopes: '' }).success).toBe(false);
    expect(createApiTokenInput.safeParse({ name: 'x', scopes: 'sessions:read', expiresInDays: '12' }).success).toBe(false);
  });

  it('lets only the owner revoke a token: a colleague and another org get "not found", and it keeps working', async () => {
    const created = await create(maya, { name: 'Calendar script', scopes: ['sessions:read'] });
    await expect(revokeApiToken(sofia, { tokenId: created.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeApiToken(tom, { tokenId: created.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await resolveApiTokenCaller(created.token)).not.toBeNull();
    expect((await listApiTokens(sofia)).tokens.some((t) => t.id === created.id)).toBe(false);

    await revokeApiToken(maya, { tokenId: created.id });
    expect(await resolveApiTokenCaller(created.token)).toBeNull();
    expect((await listApiTokens(maya)).tokens.some((t) => t.id === created.id)).toBe(false);
    await expect(revokeApiToken(maya, { tokenId: created.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await systemDb().auditEvent.count({ where: { orgId: maya.orgId, entityId: created.id, action: 'api_token.revoked' } })).toBe(1);
  });

  it('resolves a token to its owner’s org and person, notes its use at most once a minute, and refuses expired ones', async () => {
    const created = await create(maya, { name: 'Usage', scopes: ['sessions:read'] });
    const first = new Date(Date.now() + 1_000);
    const caller = await resolveApiTokenCaller(created.token, first);
    expect(caller).toMatchObject({ tokenId: created.id, scopes: ['sessions:read'], ctx: { orgId: maya.orgId, orgSlug: 'acme', employeeId: maya.employeeId, userId: maya.userId, role: maya.role } });
    await resolveApiTokenCaller(created.token, new Date(first.getTime() + 30_000));
    const lastUsed = async () => (await systemDb().apiToken.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: created.id } } })).lastUsedAt;
    expect(await lastUsed()).toEqual(first);
    await resolveApiTokenCaller(created.token, new Date(first.getTime() + 61_000));
    expect(await lastUsed()).toEqual(new Date(first.getTime() + 61_000));

    const old = await create(maya, { name: 'Old', scopes: ['sessions:read'], expiresInDays: 7 }, new Date(Date.now() - 8 * 86_400_000));
    expect(await resolveApiTokenCaller(old.token)).toBeNull();
    expect((await listApiTokens(maya)).tokens.find((t) => t.id === old.id)).toMatchObject({ expired: true });
    expect(await resolveApiTokenCaller(`${created.token.slice(0, -1)}A`)).toBeNull();
    expect(await resolveApiTokenCaller('not-a-token')).toBeNull();
  });
});

describe('API token settings actions', () => {
  it('create through the form: the token comes back once; field errors keep what was typed', async () => {
    session.userId = maya.userId;
    const bad = await createApiTokenAction(null, form({ orgSlug: 'acme', name: ' ', scopes: '', expiresInDays: '90' }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { name: ['Name the token, e.g. after the tool that will use it.'], scopes: ['Choose at least one permission.'] }, values: { expiresInDays: '90' } });
    const made = await createApiTokenAction(null, form({ orgSlug: 'acme', name: 'From the form', scopes: 'sessions:read,sessions:write', expiresInDays: '' }));
    expect(made).toMatchObject({ ok: true, data: { name: 'From the form', scopes: ['sessions:read', 'sessions:write'], expiresAt: null } });
    expect(made.ok && made.data.token).toMatch(/^pb_/);
  });

  it('refuses a Globex member revoking an Acme token under either slug, and creates nothing in Acme for them', async () => {
    const target = await create(maya, { name: 'Keep me', scopes: ['sessions:read'] });
    session.userId = tom.userId;
    for (const orgSlug of ['acme', 'globex']) {
      const refused = await revokeApiTokenAction(null, form({ orgSlug, tokenId: target.id }));
      expect(refused.ok).toBe(false);
    }
    const acmeAttempt = await createApiTokenAction(null, form({ orgSlug: 'acme', name: 'Sneaky', scopes: 'sessions:read', expiresInDays: '7' }));
    expect(acmeAttempt).toMatchObject({ ok: false, error: 'That organization was not found.' });
    expect(await systemDb().apiToken.count({ where: { orgId: maya.orgId, name: 'Sneaky' } })).toBe(0);
    expect((await systemDb().apiToken.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: target.id } } })).revokedAt).toBeNull();

    session.userId = maya.userId;
    expect(await revokeApiTokenAction(null, form({ orgSlug: 'acme', tokenId: target.id }))).toMatchObject({ ok: true, message: 'Token revoked. It no longer works.' });
  });
});

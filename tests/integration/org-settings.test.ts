import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { listAuditEvents } from '../../lib/audit';
import { getOrganizationProfile, updateOrganizationSettings, updateOrganizationSettingsInput } from '../../lib/orgs';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_HR, GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// The server action reads the signed-in user from next-auth and revalidates Next's cache; outside a Next
// request those two are stubbed. Everything else (wrapper, domain, database) is real.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { saveOrganizationSettings } = await import('../../app/o/[org]/settings/actions');

let acmeAdmin: TenantContext;
const valid = { name: 'Acme Global Inc.', allowedEmailDomains: 'acme.example, acme-labs.example', minGroupSize: '7', defaultTimeZone: 'Europe/London', allowDomainJoin: 'on' };

beforeAll(async () => {
  await seedDemoOrgs();
  acmeAdmin = await contextFor(ACME_ADMIN, 'acme');
});

describe('updateOrganizationSettings', () => {
  it('saves the settings and records who changed what in the audit log', async () => {
    const input = updateOrganizationSettingsInput.parse(valid);
    await updateOrganizationSettings(acmeAdmin, input);
    const profile = await getOrganizationProfile(acmeAdmin);
    expect(profile).toEqual({ name: 'Acme Global Inc.', settings: { allowedEmailDomains: ['acme.example', 'acme-labs.example'], minGroupSize: 7, defaultTimeZone: 'Europe/London', allowDomainJoin: true } });
    const [event] = (await listAuditEvents(acmeAdmin)).rows;
    expect(event).toMatchObject({ action: 'organization.settings.updated', entityType: 'Organization', entityId: acmeAdmin.orgId, actorName: 'Sofia Alvarez' });
    const stored = await systemDb().auditEvent.findFirstOrThrow({ where: { orgId: acmeAdmin.orgId } });
    expect(stored.before).toMatchObject({ name: 'Acme Global' });
    expect(stored.after).toMatchObject({ name: 'Acme Global Inc.' });
  });

  it('refuses employees and HR admins', async () => {
    const input = updateOrganizationSettingsInput.parse(valid);
    for (const email of [ACME_EMPLOYEE, ACME_HR]) {
      await expect(updateOrganizationSettings(await contextFor(email, 'acme'), input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('changes only the caller’s own org', async () => {
    const globex = await contextFor(GLOBEX_ADMIN, 'globex');
    await updateOrganizationSettings(globex, updateOrganizationSettingsInput.parse({ ...valid, name: 'Globex Renamed' }));
    const names = (await systemDb().organization.findMany({ orderBy: { slug: 'asc' } })).map((o) => o.name);
    expect(names).toEqual(['Acme Global Inc.', 'Globex Renamed']);
  });
});

describe('saveOrganizationSettings (server action)', () => {
  it('refuses a member of another org posting for Acme, and changes nothing', async () => {
    session.userId = (await contextFor(GLOBEX_ADMIN, 'globex')).userId;
    const before = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
    const result = await saveOrganizationSettings(null, form({ ...valid, orgSlug: 'acme', name: 'Owned by Globex' }));
    expect(result).toMatchObject({ ok: false, error: 'That organization was not found.' });
    const after = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
    expect(after.name).toBe(before.name);
  });

  it('refuses a signed-out caller', async () => {
    session.userId = null;
    expect(await saveOrganizationSettings(null, form({ ...valid, orgSlug: 'acme' }))).toMatchObject({ ok: false, error: expect.stringMatching(/sign in/i) });
  });

  it('refuses an Acme employee with a permission message', async () => {
    session.userId = (await contextFor(ACME_EMPLOYEE, 'acme')).userId;
    expect(await saveOrganizationSettings(null, form({ ...valid, orgSlug: 'acme' }))).toMatchObject({ ok: false, error: 'You do not have permission to do that.' });
  });

  it('returns field messages and the typed values for bad input', async () => {
    session.userId = acmeAdmin.userId;
    const bad = { orgSlug: 'acme', name: 'A', allowedEmailDomains: 'acme.example, not a domain', minGroupSize: '1', defaultTimeZone: 'Mars/Olympus' };
    const result = await saveOrganizationSettings(null, form(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['allowedEmailDomains', 'defaultTimeZone', 'minGroupSize', 'name']);
    expect(result.fieldErrors.minGroupSize).toEqual(['At least 3']);
    expect(result.values).toMatchObject(bad);
  });

  it('saves for the Acme admin', async () => {
    session.userId = acmeAdmin.userId;
    const result = await saveOrganizationSettings(null, form({ ...valid, orgSlug: 'acme', name: 'Acme Global' }));
    expect(result).toMatchObject({ ok: true, message: 'Organization settings saved.', data: { name: 'Acme Global' } });
  });
});

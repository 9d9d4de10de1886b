import { beforeAll, describe, expect, it } from 'vitest';
import { resolveTenantContext } from '../../lib/auth/tenant-context';
import { insertOrganizationAsTenant, systemDb } from '../../lib/db/system';
import { createOrganization, createOrganizationInput } from '../../lib/orgs';
import { seedDemoOrgs } from './fixtures/demo-orgs';

beforeAll(async () => {
  await seedDemoOrgs();
});

async function newUser(email: string, name: string | null = null): Promise<string> {
  return (await systemDb().user.create({ data: { email, name }, select: { id: true } })).id;
}

const input = (values: Record<string, string>) => createOrganizationInput.parse({ name: 'Initech', slug: 'initech', allowedEmailDomains: '', ...values });

describe('createOrganization', () => {
  it('creates the org with its settings and makes the caller its ADMIN, with an audit event', async () => {
    const userId = await newUser('bill.lumbergh@initech.example', 'Bill Lumbergh');
    const created = await createOrganization(userId, input({ name: '  Initech  ', slug: 'Initech', allowedEmailDomains: 'initech.example,\nInitech.co.uk' }));

    const org = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'initech' } });
    expect(created).toEqual({ orgId: org.id, slug: 'initech', name: 'Initech', employeeId: expect.any(String) });
    expect(org).toMatchObject({ name: 'Initech', settings: { allowedEmailDomains: ['initech.example', 'initech.co.uk'], minGroupSize: 5, defaultTimeZone: 'UTC' } });

    const ctx = await resolveTenantContext(userId, 'initech');
    expect(ctx).toEqual({ orgId: org.id, orgSlug: 'initech', orgName: 'Initech', userId, employeeId: created.employeeId, employeeName: 'Bill Lumbergh', role: 'ADMIN' });
    const employee = await systemDb().employee.findUniqueOrThrow({ where: { orgId_id: { orgId: org.id, id: created.employeeId } } });
    expect(employee).toMatchObject({ email: 'bill.lumbergh@initech.example', name: 'Bill Lumbergh', role: 'ADMIN', status: 'ACTIVE', timeZone: 'UTC' });
    expect(await systemDb().employee.count({ where: { orgId: org.id } })).toBe(1);

    const events = await systemDb().auditEvent.findMany({ where: { orgId: org.id } });
    expect(events).toEqual([
      expect.objectContaining({ action: 'organization.created', entityType: 'Organization', entityId: org.id, actorId: created.employeeId, after: { name: 'Initech', slug: 'initech', settings: org.settings } }),
    ]);
  });

  it('names the admin after their email when the user has no name', async () => {
    const userId = await newUser('peter@chotchkies.example');
    const created = await createOrganization(userId, input({ name: 'Chotchkie’s', slug: 'chotchkies' }));
    expect(await systemDb().employee.findFirstOrThrow({ where: { id: created.employeeId } })).toMatchObject({ name: 'Peter', email: 'peter@chotchkies.example' });
  });

  it('refuses a taken slug as a field error and creates nothing', async () => {
    const userId = await newUser('taken@example.com');
    const before = await systemDb().organization.count();
    await expect(createOrganization(userId, input({ name: 'Acme Again', slug: 'acme' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { slug: ['That address is taken'] },
    });
    expect(await systemDb().organization.count()).toBe(before);
    expect(await systemDb().employee.count({ where: { userId } })).toBe(0);
  });

  it('lets exactly one of two simultaneous requests take a slug (the unique index decides)', async () => {
    const [first, second] = [await newUser('racer.one@example.com'), await newUser('racer.two@example.com')];
    const results = await Promise.allSettled([
      createOrganization(first, input({ name: 'Race One', slug: 'photo-finish' })),
      createOrganization(second, input({ name: 'Race Two', slug: 'photo-finish' })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: 'INVALID', fieldErrors: { slug: ['That address is taken'] } });
    const org = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'photo-finish' }, include: { employees: true } });
    expect(org.employees).toHaveLength(1);
  });

  it('refuses an unknown user', async () => {
    await expect(createOrganization('00000000-0000-4000-8000-000000000000', input({ slug: 'ghost-town' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await systemDb().organization.findUnique({ where: { slug: 'ghost-town' } })).toBeNull();
  });
});

describe('insertOrganizationAsTenant', () => {
  it('runs the rest of the creation as peerbridge_app, limited to the new org', async () => {
    const userId = await newUser('scoped@example.com');
    const seen = await insertOrganizationAsTenant({ name: 'Scoped', slug: 'scoped', settings: {} }, userId, async (orgId, db) => {
      const [row] = await db.$queryRaw<{ role: string; org: string }[]>`select current_user as role, current_setting('app.org_id') as org`;
      return { row, orgId, employees: await db.employee.count(), orgs: await db.organization.count() };
    });
    expect(seen).toEqual({ row: { role: 'peerbridge_app', org: seen.orgId }, orgId: seen.orgId, employees: 0, orgs: 1 });
  });

  it('leaves no org behind when a later step fails', async () => {
    const userId = await newUser('half-done@example.com');
    await expect(
      insertOrganizationAsTenant({ name: 'Half Done', slug: 'half-done', settings: {} }, userId, async () => {
        throw new Error('the founder could not be added');
      }),
    ).rejects.toThrow('the founder could not be added');
    expect(await systemDb().organization.findUnique({ where: { slug: 'half-done' } })).toBeNull();
  });
});

describe('createOrganizationInput', () => {
  const valid = { name: 'Initech', slug: 'initech', allowedEmailDomains: '' };
  const messageFor = (values: Record<string, string>, field: string) =>
    createOrganizationInput.safeParse({ ...valid, ...values }).error?.issues.find((i) => i.path[0] === field)?.message;

  it('trims and lowercases the slug and splits domains like the settings form', () => {
    expect(createOrganizationInput.parse({ name: ' Initech Corp ', slug: ' Initech-2 ', allowedEmailDomains: 'Initech.example; initech.co.uk' })).toEqual({
      name: 'Initech Corp', slug: 'initech-2', allowedEmailDomains: ['initech.example', 'initech.co.uk'],
    });
    expect(createOrganizationInput.parse({ name: 'Initech', slug: 'initech' }).allowedEmailDomains).toEqual([]);
  });

  it.each(['new', 'api', 'admin', 'sign-in', 'dev', 'settings'])('refuses the reserved slug "%s"', (slug) => {
    expect(messageFor({ slug }, 'slug')).toBe('That address is reserved; choose another');
  });

  it.each([
    ['ab', 'Use at least 3 characters'],
    ['a'.repeat(41), 'Use at most 40 characters'],
    ['-acme', 'Use lowercase letters, digits and single hyphens, starting and ending with a letter or digit'],
    ['acme--labs', 'Use lowercase letters, digits and single hyphens, starting and ending with a letter or digit'],
    ['acme_labs', 'Use lowercase letters, digits and single hyphens, starting and ending with a letter or digit'],
    ['acmé', 'Use lowercase letters, digits and single hyphens, starting and ending with a letter or digit'],
  ])('refuses the slug "%s"', (slug, message) => {
    expect(messageFor({ slug }, 'slug')).toBe(message);
  });

  it('checks the name length and the domains', () => {
    expect(messageFor({ name: ' A ' }, 'name')).toBe('Use at least 2 characters');
    expect(messageFor({ name: 'x'.repeat(81) }, 'name')).toBe('Use at most 80 characters');
    expect(messageFor({ allowedEmailDomains: 'initech.example, not a domain' }, 'allowedEmailDomains')).toBe('“not a domain” is not a domain like example.com');
  });
});

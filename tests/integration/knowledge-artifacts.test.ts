import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { listSessionArtifacts, saveDesignOutputsAsArtifact } from '../../lib/knowledge';
import { bookSeat, createGroupSession, createGroupSessionInput, getFacilitation, savePhaseOutputs } from '../../lib/sessions';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_HR, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// Knowledge artifacts of a session through the actions as the browser posts them: the host and booked
// participants add notes and links and save the design-thinking outputs as one document; only the host
// publishes to (and withdraws from) an active community of the org; a waitlisted person and another org's
// member are refused every action with nothing changed.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { createArtifactAction, previewMarkdownAction, publishArtifactAction, unpublishArtifactAction } = await import('../../app/o/[org]/sessions/[id]/artifacts/actions');
const { saveDesignOutputsAction } = await import('../../app/o/[org]/sessions/[id]/facilitate/actions');

let sofia: TenantContext; // host
let maya: TenantContext; // booked
let priya: TenantContext; // booked
let daniel: TenantContext; // waitlisted
let tom: TenantContext; // Globex
let sessionId: string;
let guild: string; // Acme, active
let proposed: string; // Acme, proposed
let globexGuild: string; // Globex, active
const DAY = 86_400_000;

const as = (ctx: TenantContext) => {
  session.userId = ctx.userId;
};

const artifactRows = () => systemDb().knowledgeArtifact.findMany({ where: { sessionId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  await seedDemoOrgs();
  [sofia, maya, priya, daniel, tom] = await Promise.all([
    contextFor(ACME_ADMIN, 'acme'),
    contextFor(ACME_EMPLOYEE, 'acme'),
    contextFor(ACME_STEWARD, 'acme'),
    contextFor(ACME_HR, 'acme'),
    contextFor(GLOBEX_EMPLOYEE, 'globex'),
  ]);
  const startsAt = new Date(Math.floor((Date.now() + 320 * DAY) / DAY) * DAY + 10 * 3_600_000).toISOString();
  ({ sessionId } = await createGroupSession(sofia, createGroupSessionInput.parse({ kind: 'DESIGN_THINKING', title: 'Expense claims', startsAt, durationMinutes: '90', capacity: '2' })));
  for (const ctx of [maya, priya, daniel]) await bookSeat(ctx, { sessionId });
  const community = (orgId: string, slug: string, name: string, status: 'ACTIVE' | 'PROPOSED') => systemDb().community.create({ data: { orgId, slug, name, status }, select: { id: true } });
  guild = (await community(sofia.orgId, 'finance-ops', 'Finance Ops Guild', 'ACTIVE')).id;
  proposed = (await community(sofia.orgId, 'ux-circle', 'UX Circle', 'PROPOSED')).id;
  globexGuild = (await community(tom.orgId, 'globex-guild', 'Globex Guild', 'ACTIVE')).id;
});

describe('adding artifacts', () => {
  it('lets the host and booked participants add notes and links, with clear field errors', async () => {
    as(maya);
    expect(await createArtifactAction(null, form({ orgSlug: 'acme', sessionId, kind: 'NOTES', title: 'Our notes', body: '**Receipts** get lost' }))).toMatchObject({ ok: true, message: 'Added to the session’s knowledge.' });
    expect(await createArtifactAction(null, form({ orgSlug: 'acme', sessionId, kind: 'LINK', title: 'Miro board', url: 'javascript:alert(1)' }))).toMatchObject({ ok: false, fieldErrors: { url: ['Use a web address starting with https:// or http://.'] } });
    expect(await createArtifactAction(null, form({ orgSlug: 'acme', sessionId, kind: 'LINK', title: 'Miro board', url: '' }))).toMatchObject({ ok: false, fieldErrors: { url: ['Add the link.'] } });
    expect(await createArtifactAction(null, form({ orgSlug: 'acme', sessionId, kind: 'NOTES', title: ' ', body: ' ' }))).toMatchObject({ ok: false, fieldErrors: { title: ['Give it a title.'], body: ['Write the notes.'] } });
    as(sofia);
    expect(await createArtifactAction(null, form({ orgSlug: 'acme', sessionId, kind: 'LINK', title: 'Miro board', url: 'HTTPS://miro.example/board/1' }))).toMatchObject({ ok: true });
    expect((await artifactRows()).map((a) => [a.kind, a.title, a.url, a.authorId]).sort()).toEqual([
      ['LINK', 'Miro board', 'https://miro.example/board/1', sofia.employeeId],
      ['NOTES', 'Our notes', null, maya.employeeId],
    ]);
  });

  it('refuses a waitlisted person and another org’s member, and lists only for those who may see the session', async () => {
    const before = await artifactRows();
    as(daniel);
    expect(await createArtifactAction(null, form({ orgSlug: 'acme', sessionId, kind: 'NOTES', title: 'Sneaky', body: 'x' }))).toMatchObject({ ok: false, error: 'That session was not found.' });
    as(tom);
    for (const orgSlug of ['acme', 'globex']) expect((await createArtifactAction(null, form({ orgSlug, sessionId, kind: 'NOTES', title: 'Sneaky', body: 'x' }))).ok).toBe(false);
    expect(await artifactRows()).toEqual(before);

    await expect(listSessionArtifacts(daniel, sessionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listSessionArtifacts(tom, sessionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const host = await listSessionArtifacts(sofia, sessionId);
    expect(host.isHost).toBe(true);
    // The org's active communities only (the seed adds its own).
    const active = await systemDb().community.findMany({ where: { orgId: sofia.orgId, status: 'ACTIVE' }, select: { id: true } });
    expect(host.communities.map((c) => c.id).sort()).toEqual(active.map((c) => c.id).sort());
    expect(host.communities).toContainEqual({ id: guild, name: 'Finance Ops Guild' });
    expect(host.communities.map((c) => c.id)).not.toContain(proposed);
    expect(host.artifacts).toHaveLength(2);
    expect(await listSessionArtifacts(maya, sessionId)).toMatchObject({ isHost: false, communities: [] });
  });
});

describe('saving the design-thinking outputs as an artifact', () => {
  it('compiles the five phases under headings, and a second save updates the same artifact', async () => {
    as(maya);
    expect(await saveDesignOutputsAction(null, form({ orgSlug: 'acme', sessionId }))).toMatchObject({ ok: false, error: 'Nothing to save yet: record the outputs of at least one phase first.' });

    const phases = (await getFacilitation(maya, sessionId)).phases;
    await savePhaseOutputs(maya, { sessionId, phase: 'EMPATHIZE', outputs: '- Claims take 3 weeks\n- Receipts fade', baseUpdatedAt: phases[0]!.updatedAt.toISOString() });
    await savePhaseOutputs(sofia, { sessionId, phase: 'IDEATE', outputs: '1. Photo receipts\n2. Auto-approve under $50', baseUpdatedAt: phases[2]!.updatedAt.toISOString() });

    const first = await saveDesignOutputsAction(null, form({ orgSlug: 'acme', sessionId }));
    expect(first).toMatchObject({ ok: true, message: 'Outputs saved as an artifact.', data: { created: true } });
    const artifactId = first.ok ? first.data.artifactId : '';
    const row = await systemDb().knowledgeArtifact.findFirstOrThrow({ where: { id: artifactId } });
    expect(row).toMatchObject({ kind: 'DESIGN_OUTPUTS', title: 'Design-thinking outputs: Expense claims', authorId: maya.employeeId, sessionId });
    expect(row.body).toBe(
      [
        `## 1. Empathize\n\n> ${phases[0]!.prompt}\n\n- Claims take 3 weeks\n- Receipts fade\n`,
        `## 2. Define\n\n> ${phases[1]!.prompt}\n\n_Nothing recorded._\n`,
        `## 3. Ideate\n\n> ${phases[2]!.prompt}\n\n1. Photo receipts\n2. Auto-approve under $50\n`,
        `## 4. Prototype\n\n> ${phases[3]!.prompt}\n\n_Nothing recorded._\n`,
        `## 5. Test\n\n> ${phases[4]!.prompt}\n\n_Nothing recorded._\n`,
      ].join('\n'),
    );

    const current = (await getFacilitation(sofia, sessionId)).phases[4]!;
    await savePhaseOutputs(sofia, { sessionId, phase: 'TEST', outputs: 'Finance liked the photo flow.', baseUpdatedAt: current.updatedAt.toISOString() });
    as(priya);
    expect(await saveDesignOutputsAction(null, form({ orgSlug: 'acme', sessionId }))).toMatchObject({ ok: true, data: { artifactId, created: false } });
    expect((await systemDb().knowledgeArtifact.findFirstOrThrow({ where: { id: artifactId } })).body).toContain('## 5. Test\n\n> ');
    expect((await systemDb().knowledgeArtifact.findFirstOrThrow({ where: { id: artifactId } })).body).toContain('Finance liked the photo flow.');
    expect(await systemDb().knowledgeArtifact.count({ where: { sessionId, kind: 'DESIGN_OUTPUTS' } })).toBe(1);

    const before = await artifactRows();
    as(daniel);
    expect((await saveDesignOutputsAction(null, form({ orgSlug: 'acme', sessionId }))).ok).toBe(false);
    as(tom);
    for (const orgSlug of ['acme', 'globex']) expect((await saveDesignOutputsAction(null, form({ orgSlug, sessionId }))).ok).toBe(false);
    await expect(saveDesignOutputsAsArtifact(tom, { sessionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await artifactRows()).toEqual(before);
  });
});

describe('publishing to a community', () => {
  it('is the host’s decision, to an active community of the org; it can be withdrawn', async () => {
    const notes = (await artifactRows()).find((a) => a.kind === 'NOTES')!;
    const publish = (communityId: string, orgSlug = 'acme') => publishArtifactAction(null, form({ orgSlug, artifactId: notes.id, communityId }));

    as(maya);
    expect(await publish(guild)).toMatchObject({ ok: false, error: 'Only the session’s host decides what is published.' });
    as(daniel);
    expect(await publish(guild)).toMatchObject({ ok: false, error: 'That artifact was not found.' });
    as(tom);
    for (const orgSlug of ['acme', 'globex']) expect((await publish(globexGuild, orgSlug)).ok).toBe(false);
    as(sofia);
    expect(await publish(proposed)).toMatchObject({ ok: false, fieldErrors: { communityId: ['Choose an active community.'] } });
    expect(await publish(globexGuild)).toMatchObject({ ok: false, fieldErrors: { communityId: ['Choose an active community.'] } });
    expect(await systemDb().knowledgeArtifact.findFirstOrThrow({ where: { id: notes.id } })).toMatchObject({ publishedAt: null, communityId: null });

    expect(await publish(guild)).toMatchObject({ ok: true, data: { communityName: 'Finance Ops Guild' } });
    const published = await systemDb().knowledgeArtifact.findFirstOrThrow({ where: { id: notes.id } });
    expect(published.communityId).toBe(guild);
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect((await listSessionArtifacts(maya, sessionId)).artifacts.find((a) => a.id === notes.id)!.community).toEqual({ id: guild, name: 'Finance Ops Guild' });

    for (const [ctx, orgSlug] of [[maya, 'acme'], [daniel, 'acme'], [tom, 'acme'], [tom, 'globex']] as const) {
      as(ctx);
      expect((await unpublishArtifactAction(null, form({ orgSlug, artifactId: notes.id }))).ok).toBe(false);
    }
    expect(await systemDb().knowledgeArtifact.findFirstOrThrow({ where: { id: notes.id } })).toEqual(published);
    as(sofia);
    expect(await unpublishArtifactAction(null, form({ orgSlug: 'acme', artifactId: notes.id }))).toMatchObject({ ok: true });
    expect(await systemDb().knowledgeArtifact.findFirstOrThrow({ where: { id: notes.id } })).toMatchObject({ publishedAt: null, communityId: null });
  });
});

describe('previewMarkdownAction', () => {
  it('renders sanitized HTML for a member and nothing for someone outside the org', async () => {
    as(maya);
    expect(await previewMarkdownAction(null, form({ orgSlug: 'acme', markdown: '**Hi** <script>alert(1)</script>' }))).toMatchObject({ ok: true, data: { html: '<p><strong>Hi</strong> alert(1)</p>' } });
    as(tom);
    expect((await previewMarkdownAction(null, form({ orgSlug: 'acme', markdown: '**Hi**' }))).ok).toBe(false);
  });
});

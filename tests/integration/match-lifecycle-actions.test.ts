import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { withTenant } from '../../lib/db/tenant';
import { expireProposalsAndNotify } from '../../lib/mentoring';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_ADMIN, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// The server actions of the mentor inbox and the match page, posted as forms: the mentor's answers go
// through; another org's admin and a colleague who is neither side are refused and change nothing.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const inbox = await import('../../app/o/[org]/mentors/mentoring/actions');
const matchPage = await import('../../app/o/[org]/mentors/matches/[matchId]/actions');

let sofia: TenantContext;
let maya: TenantContext;

/** Maya asks Sofia for mentoring in a skill she has no open request for (one open request per skill). */
async function proposeToSofia() {
  return withTenant(sofia, async (db) => {
    const skill = await db.skill.findFirstOrThrow({
      where: { orgId: sofia.orgId, status: 'APPROVED', mentorRequests: { none: { learnerId: maya.employeeId, status: 'OPEN' } } },
      orderBy: { name: 'asc' },
    });
    const request = await db.mentorRequest.create({ data: { orgId: sofia.orgId, learnerId: maya.employeeId, skillId: skill.id, targetLevel: 5 } });
    return db.match.create({
      data: { orgId: sofia.orgId, requestId: request.id, learnerId: maya.employeeId, mentorId: sofia.employeeId, skillId: skill.id, score: 10, expiresAt: new Date(Date.now() + 3 * 86_400_000) },
    });
  });
}

async function acmeMatching() {
  const acme = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
  const [matches, requests, blocks, mail] = await Promise.all([
    systemDb().match.findMany({ where: { orgId: acme.id }, orderBy: { id: 'asc' } }),
    systemDb().mentorRequest.findMany({ where: { orgId: acme.id }, orderBy: { id: 'asc' } }),
    systemDb().matchingBlock.findMany({ where: { orgId: acme.id }, orderBy: [{ employeeId: 'asc' }, { blockedEmployeeId: 'asc' }] }),
    systemDb().outboxEmail.count(),
  ]);
  return { matches, requests, blocks, mail };
}

beforeAll(async () => {
  await seedDemoOrgs();
  sofia = await contextFor(ACME_ADMIN, 'acme');
  maya = await contextFor(ACME_EMPLOYEE, 'acme');
  await systemDb().employee.update({ where: { orgId_id: { orgId: sofia.orgId, id: sofia.employeeId } }, data: { mentoringCapacity: 10 } });
});

describe('mentor inbox and match actions', () => {
  it('lets the mentor accept with a message and the learner end it with a rating, through the forms', async () => {
    const proposal = await proposeToSofia();
    session.userId = sofia.userId;
    const accepted = await inbox.respondToProposalAction(null, form({ orgSlug: 'acme', matchId: proposal.id, decision: 'accept', message: 'Glad to help.' }));
    expect(accepted).toMatchObject({ ok: true, data: { matchId: proposal.id, status: 'ACCEPTED', learnerName: maya.employeeName } });

    session.userId = maya.userId;
    const tooLong = await matchPage.endMatchAction(null, form({ orgSlug: 'acme', matchId: proposal.id, reason: 'x'.repeat(1001), rating: '5' }));
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { reason: ['Use at most 1000 characters'] } });
    const ended = await matchPage.endMatchAction(null, form({ orgSlug: 'acme', matchId: proposal.id, reason: 'Done, thank you!', rating: '5' }));
    expect(ended).toMatchObject({ ok: true });
    expect(await systemDb().match.findUniqueOrThrow({ where: { orgId_id: { orgId: sofia.orgId, id: proposal.id } } })).toMatchObject({ status: 'ENDED', learnerRating: 5, endedById: maya.employeeId });
  });

  it('lets the mentor decline with a block and lift it again', async () => {
    const proposal = await proposeToSofia();
    session.userId = sofia.userId;
    expect(await inbox.respondToProposalAction(null, form({ orgSlug: 'acme', matchId: proposal.id, decision: 'decline', block: 'on' }))).toMatchObject({ ok: true, data: { status: 'DECLINED' } });
    expect(await systemDb().matchingBlock.count({ where: { orgId: sofia.orgId, employeeId: sofia.employeeId, blockedEmployeeId: maya.employeeId } })).toBe(1);
    expect(await inbox.unblockFromMatchingAction(null, form({ orgSlug: 'acme', employeeId: maya.employeeId }))).toMatchObject({ ok: true });
    expect(await systemDb().matchingBlock.count({ where: { orgId: sofia.orgId, employeeId: sofia.employeeId, blockedEmployeeId: maya.employeeId } })).toBe(0);
  });

  it('refuses a Globex admin and an Acme colleague who is neither side, and leaves everything unchanged', async () => {
    const proposal = await proposeToSofia();
    const active = await proposeToSofia();
    session.userId = sofia.userId;
    expect(await inbox.respondToProposalAction(null, form({ orgSlug: 'acme', matchId: active.id, decision: 'accept' }))).toMatchObject({ ok: true });
    await withTenant(sofia, (db) => db.matchingBlock.create({ data: { orgId: sofia.orgId, employeeId: sofia.employeeId, blockedEmployeeId: maya.employeeId } }));
    // Answering sweeps overdue proposals first; sweep now so that only the refused attempts could change anything.
    for (const org of await systemDb().organization.findMany({ select: { id: true } })) await expireProposalsAndNotify(org.id);
    const before = await acmeMatching();

    const attempts = (orgSlug: string) => [
      inbox.respondToProposalAction(null, form({ orgSlug, matchId: proposal.id, decision: 'accept' })),
      inbox.respondToProposalAction(null, form({ orgSlug, matchId: proposal.id, decision: 'decline', block: 'on' })),
      inbox.unblockFromMatchingAction(null, form({ orgSlug, employeeId: maya.employeeId })),
      matchPage.endMatchAction(null, form({ orgSlug, matchId: active.id, reason: 'Hijacked' })),
    ];

    session.userId = (await contextFor(GLOBEX_ADMIN, 'globex')).userId;
    for (const result of await Promise.all(attempts('acme'))) expect(result).toMatchObject({ ok: false, error: 'That organization was not found.' });
    const underGlobex = await Promise.all(attempts('globex'));
    expect(underGlobex.map((r) => (r.ok ? 'ok' : r.error))).toEqual([
      'That mentoring request was not found.',
      'That mentoring request was not found.',
      'That person on your list was not found.',
      'That match was not found.',
    ]);

    session.userId = (await contextFor(ACME_STEWARD, 'acme')).userId;
    const colleague = await Promise.all(attempts('acme'));
    expect(colleague.map((r) => (r.ok ? 'ok' : r.error))).toEqual([
      'That mentoring request was not found.',
      'That mentoring request was not found.',
      'That person on your list was not found.',
      'That match was not found.',
    ]);

    expect(await acmeMatching()).toEqual(before);
  });
});

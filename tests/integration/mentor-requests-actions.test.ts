import { beforeAll, describe, expect, it, vi } from 'vitest';
import { systemDb } from '../../lib/db/system';
import { suggestMentors } from '../../lib/mentoring';
import { ACME_EMPLOYEE, ACME_STEWARD, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// The learner's mentoring actions as the browser posts them: form values in, ActionResult out. Another
// org's member is refused everything and nothing changes. (The signed-in user and Next's cache are stand-ins.)
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const actions = await import('../../app/o/[org]/mentors/actions');

async function acmeMentoringState() {
  const acme = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
  const [requests, matches] = await Promise.all([
    systemDb().mentorRequest.findMany({ where: { orgId: acme.id }, orderBy: { id: 'asc' } }),
    systemDb().match.findMany({ where: { orgId: acme.id }, orderBy: { id: 'asc' } }),
  ]);
  return { requests, matches };
}

let acmeSkill: (name: string) => Promise<string>;

beforeAll(async () => {
  await seedDemoOrgs();
  const acme = await systemDb().organization.findUniqueOrThrow({ where: { slug: 'acme' } });
  acmeSkill = async (name) => (await systemDb().skill.findFirstOrThrow({ where: { orgId: acme.id, name } })).id;
});

describe('mentoring request actions', () => {
  it('creates a request from form values and says what is wrong field by field', async () => {
    session.userId = (await contextFor(ACME_EMPLOYEE, 'acme')).userId;
    const empty = await actions.createMentorRequestAction(null, form({ orgSlug: 'acme', skillId: '', targetLevel: '', outcome: 'x'.repeat(1001) }));
    expect(empty).toMatchObject({
      ok: false,
      error: 'Please correct the highlighted fields.',
      fieldErrors: { skillId: ['Choose a skill from the list.'], targetLevel: ['Choose a target level from 1 to 5'], outcome: ['Use at most 1000 characters'] },
    });
    const created = await actions.createMentorRequestAction(
      null,
      form({ orgSlug: 'acme', skillId: await acmeSkill('Kubernetes'), targetLevel: '3', outcome: 'Deploy our services', format: 'SMALL_GROUP', preferOutsideTeam: 'on', acceptsAsync: 'on' }),
    );
    expect(created).toMatchObject({ ok: true, message: 'Request created. Here are your suggestions.' });
    const row = await systemDb().mentorRequest.findFirstOrThrow({ where: { id: created.ok ? created.data.id : '' } });
    expect(row).toMatchObject({ targetLevel: 3, outcome: 'Deploy our services', format: 'SMALL_GROUP', preferOutsideTeam: true, acceptsAsync: true, currentLevel: null });
  });

  it('refuses a Globex member every learner action on Acme ids and leaves Acme unchanged', async () => {
    const maya = await contextFor(ACME_EMPLOYEE, 'acme');
    session.userId = maya.userId;
    const request = await systemDb().mentorRequest.findFirstOrThrow({ where: { learnerId: maya.employeeId, status: 'OPEN', skill: { name: 'Kubernetes' } } });
    const [top] = (await suggestMentors(maya, request.id)).mentors;
    const sent = await actions.sendMentorRequestAction(null, form({ orgSlug: 'acme', requestId: request.id, mentorId: top!.id, message: 'Hello!' }));
    const match = await systemDb().match.findFirstOrThrow({ where: { requestId: request.id } });

    const tom = await contextFor(GLOBEX_EMPLOYEE, 'globex');
    session.userId = tom.userId;
    const before = await acmeMentoringState();
    const ids = { requestId: request.id, mentorId: top!.id, matchId: match.id };
    for (const orgSlug of ['acme', 'globex']) {
      const results = await Promise.all([
        actions.createMentorRequestAction(null, form({ orgSlug, skillId: await acmeSkill('Terraform'), targetLevel: '2' })),
        actions.sendMentorRequestAction(null, form({ orgSlug, requestId: ids.requestId, mentorId: ids.mentorId, message: 'mole' })),
        actions.withdrawProposalAction(null, form({ orgSlug, matchId: ids.matchId })),
        actions.withdrawMentorRequestAction(null, form({ orgSlug, requestId: ids.requestId })),
      ]);
      if (orgSlug === 'acme') for (const r of results) expect(r).toMatchObject({ ok: false, error: 'That organization was not found.' });
      else {
        expect(results[0]).toMatchObject({ ok: false, fieldErrors: { skillId: ['Choose a skill from the list.'] } });
        expect(results[1]).toMatchObject({ ok: false, error: 'That mentoring request was not found.' });
        expect(results[2]).toMatchObject({ ok: false, error: 'That mentoring request was not found.' });
        expect(results[3]).toMatchObject({ ok: false, error: 'That mentoring request was not found.' });
      }
    }
    expect(await acmeMentoringState()).toEqual(before);
    expect(sent).toMatchObject({ ok: true, message: 'Request sent.' });
  });

  it('refuses an Acme learner sending to a Globex employee', async () => {
    const priya = await contextFor(ACME_STEWARD, 'acme');
    session.userId = priya.userId;
    const created = await actions.createMentorRequestAction(null, form({ orgSlug: 'acme', skillId: await acmeSkill('Python'), targetLevel: '2', acceptsAsync: 'on' }));
    expect(created.ok).toBe(true);
    const globexEmployee = (await contextFor(GLOBEX_EMPLOYEE, 'globex')).employeeId;
    const result = await actions.sendMentorRequestAction(null, form({ orgSlug: 'acme', requestId: created.ok ? created.data.id : '', mentorId: globexEmployee, message: '' }));
    expect(result).toMatchObject({ ok: false, error: 'That person was not found.' });
    expect(await systemDb().match.count({ where: { mentorId: globexEmployee } })).toBe(0);
  });

  it('withdraws a proposal and closes a request for their learner', async () => {
    const maya = await contextFor(ACME_EMPLOYEE, 'acme');
    session.userId = maya.userId;
    const match = await systemDb().match.findFirstOrThrow({ where: { learnerId: maya.employeeId, status: 'PROPOSED', skill: { name: 'Kubernetes' } } });
    expect(await actions.withdrawProposalAction(null, form({ orgSlug: 'acme', matchId: match.id }))).toMatchObject({ ok: true, message: 'Request taken back. You can ask someone else now.' });
    expect(await actions.withdrawMentorRequestAction(null, form({ orgSlug: 'acme', requestId: match.requestId }))).toMatchObject({ ok: true, message: 'Request closed.' });
    expect((await systemDb().mentorRequest.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: match.requestId } } })).status).toBe('WITHDRAWN');
    expect((await systemDb().match.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id: match.id } } })).status).toBe('WITHDRAWN');
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { systemDb } from '../../lib/db/system';
import { listMentorSlots } from '../../lib/sessions';
import { ACME_EMPLOYEE, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// The booking action as the browser posts it. Maya books in her own match; a Globex member posting the
// same form (under either org's slug) is refused and nothing is written. (Session and cache are stand-ins.)
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { bookMentoringSessionAction } = await import('../../app/o/[org]/mentors/matches/[matchId]/book/actions');

beforeAll(async () => {
  await seedDemoOrgs();
});

describe('bookMentoringSessionAction', () => {
  it('books for the match’s learner, refuses another org’s member, and says what is wrong', async () => {
    const maya = await contextFor(ACME_EMPLOYEE, 'acme');
    const match = await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, learnerId: maya.employeeId, status: 'ACCEPTED' } });
    const [slot] = (await listMentorSlots(maya, match.id, 30)).slots;
    const values = (start: number, key: string) => ({ orgSlug: 'acme', matchId: match.id, startsAt: new Date(start).toISOString(), durationMinutes: '30', idempotencyKey: key, agenda: 'Docker basics' });

    session.userId = (await contextFor(GLOBEX_EMPLOYEE, 'globex')).userId;
    for (const orgSlug of ['acme', 'globex']) {
      const refused = await bookMentoringSessionAction(null, form({ ...values(slot!.start, `globex-${orgSlug}-key`), orgSlug }));
      expect(refused.ok).toBe(false);
    }
    expect(await systemDb().peerSession.count({ where: { matchId: match.id, status: 'SCHEDULED' } })).toBe(0);

    session.userId = maya.userId;
    const bad = await bookMentoringSessionAction(null, form({ ...values(slot!.start, 'short'), durationMinutes: '20' }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { durationMinutes: ['Choose 30, 45 or 60 minutes.'], idempotencyKey: ['Missing booking key.'] } });
    const booked = await bookMentoringSessionAction(null, form(values(slot!.start, 'maya-action-key-1')));
    expect(booked).toMatchObject({ ok: true, message: 'Session booked.' });
    const taken = await bookMentoringSessionAction(null, form(values(slot!.start, 'maya-action-key-2')));
    expect(taken).toMatchObject({ ok: false, error: 'That time was just taken. Choose another slot.' });
    expect(await systemDb().peerSession.count({ where: { matchId: match.id, status: 'SCHEDULED' } })).toBe(1);
  });
});

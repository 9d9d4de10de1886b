import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { bookMentoringSession, bookMentoringSessionInput, cancelSession, listMentorSlots } from '../../lib/sessions';
import { ACME_ADMIN, ACME_EMPLOYEE, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';
import { form } from './fixtures/form-data';

// The private calendar feed (GET /api/calendar/<token>) and one session's invite (GET …/invite.ics), through
// the route handlers; the feed URL is created, regenerated and revoked through the settings actions.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session', () => ({ getSessionUserId: async () => session.userId }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { createCalendarFeedAction, revokeCalendarFeedAction } = await import('../../app/o/[org]/account/actions');
const { GET: feedRoute } = await import('../../app/api/calendar/[token]/route');
const { GET: inviteRoute } = await import('../../app/o/[org]/sessions/[id]/invite.ics/route');

let maya: TenantContext;
let tom: TenantContext;
let booked: string;
let canceled: string;

async function newFeed(as: TenantContext): Promise<string> {
  session.userId = as.userId;
  const result = await createCalendarFeedAction(null, form({ orgSlug: as.orgSlug }));
  if (!result.ok) throw new Error(result.error);
  return result.data.url;
}

const fetchFeed = (url: string) => feedRoute(new Request(url), { params: Promise.resolve({ token: new URL(url).pathname.split('/').at(-1)! }) });
const fetchInvite = (org: string, id: string) => inviteRoute(new Request(`http://localhost/o/${org}/sessions/${id}/invite.ics`), { params: Promise.resolve({ org, id }) });

beforeAll(async () => {
  await seedDemoOrgs();
  maya = await contextFor(ACME_EMPLOYEE, 'acme');
  tom = await contextFor(GLOBEX_EMPLOYEE, 'globex');
  const match = await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, learnerId: maya.employeeId, status: 'ACCEPTED' }, select: { id: true } });
  const slots = (await listMentorSlots(maya, match.id, 30)).slots;
  const book = (i: number, key: string) => bookMentoringSession(maya, bookMentoringSessionInput.parse({ matchId: match.id, startsAt: new Date(slots[i]!.start).toISOString(), durationMinutes: '30', idempotencyKey: key }));
  booked = (await book(0, 'feed-booked')).sessionId;
  canceled = (await book(3, 'feed-canceled')).sessionId;
  await cancelSession(maya, { sessionId: canceled, reason: 'Clash with a review' });
});

describe('calendar feed', () => {
  it('serves the owner\'s sessions, canceled ones as CANCELLED, and nobody else\'s', async () => {
    const url = await newFeed(maya);
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}$/);
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = (await response.text()).replace(/\r\n /g, '');
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain(`UID:${booked}@peerbridge`);
    const canceledEvent = ics.slice(ics.indexOf(`UID:${canceled}@peerbridge`));
    expect(canceledEvent.slice(0, canceledEvent.indexOf('END:VEVENT'))).toContain('STATUS:CANCELLED');
    // Only sessions Maya is in.
    const mine = await systemDb().sessionParticipant.findMany({ where: { employeeId: maya.employeeId }, select: { sessionId: true } });
    const uids = [...ics.matchAll(/^UID:(.+)@peerbridge$/gm)].map((m) => m[1]);
    expect(uids.length).toBeGreaterThanOrEqual(2);
    for (const uid of uids) expect(mine.map((m) => m.sessionId)).toContain(uid);
  });

  it('regenerating stops the old URL; revoking stops the new one; unknown tokens are 404', async () => {
    const first = await newFeed(maya);
    const second = await newFeed(maya);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    session.userId = maya.userId;
    expect(await revokeCalendarFeedAction(null, form({ orgSlug: 'acme' }))).toMatchObject({ ok: true });
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await revokeCalendarFeedAction(null, form({ orgSlug: 'acme' }))).toMatchObject({ ok: false, error: 'Your calendar feed was not found.' });
    expect((await fetchFeed('http://localhost/api/calendar/not-a-real-token-at-all-000000')).status).toBe(404);
    expect((await fetchFeed('http://localhost/api/calendar/x')).status).toBe(404);
  });

  it('a token reads only its own org and person; another org\'s member cannot make or revoke a feed in Acme', async () => {
    const tomsFeed = await (await fetchFeed(await newFeed(tom))).text();
    expect(tomsFeed).toContain('BEGIN:VCALENDAR');
    expect(tomsFeed).not.toContain(booked);
    expect(tomsFeed).not.toContain('acme');

    const mayaFeed = await newFeed(maya);
    session.userId = tom.userId;
    const before = await systemDb().calendarFeed.count();
    expect(await createCalendarFeedAction(null, form({ orgSlug: 'acme' }))).toMatchObject({ ok: false, error: 'That organization was not found.' });
    expect(await revokeCalendarFeedAction(null, form({ orgSlug: 'acme' }))).toMatchObject({ ok: false, error: 'That organization was not found.' });
    expect(await systemDb().calendarFeed.count()).toBe(before);
    expect((await fetchFeed(mayaFeed)).status).toBe(200);
  });
});

describe('one session\'s invite', () => {
  it('downloads for a participant; an invite for a canceled session withdraws it', async () => {
    session.userId = maya.userId;
    const response = await fetchInvite('acme', booked);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="docker-mentoring.ics"');
    const ics = await response.text();
    expect(ics).toContain(`UID:${booked}@peerbridge`);
    expect(ics).toContain('METHOD:REQUEST');
    const withdrawn = await (await fetchInvite('acme', canceled)).text();
    expect(withdrawn).toContain('METHOD:CANCEL');
    expect(withdrawn).toContain('SEQUENCE:1');
  });

  it('is 404 for someone not in the session, another org\'s member (under either slug), and signed-out visitors are sent to sign in', async () => {
    session.userId = (await contextFor(ACME_ADMIN, 'acme')).userId;
    expect((await fetchInvite('acme', booked)).status).toBe(404);
    session.userId = tom.userId;
    expect((await fetchInvite('acme', booked)).status).toBe(404);
    expect((await fetchInvite('globex', booked)).status).toBe(404);
    expect((await fetchInvite('globex', 'not-a-uuid')).status).toBe(404);
    session.userId = null;
    const response = await fetchInvite('acme', booked);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('/sign-in?callbackUrl=');
  });
});

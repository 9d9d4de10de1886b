import { beforeAll, describe, expect, it } from 'vitest';
import { GET as unknownPath } from '../../app/api/v1/[...path]/route';
import { POST as book } from '../../app/api/v1/matches/[matchId]/bookings/route';
import { GET as listSlots } from '../../app/api/v1/matches/[matchId]/slots/route';
import { GET as openapi } from '../../app/api/v1/openapi.json/route';
import { POST as cancel } from '../../app/api/v1/sessions/[id]/cancel/route';
import { GET as listSessions } from '../../app/api/v1/sessions/route';
import { createApiToken, createApiTokenInput, revokeApiToken, type ApiTokenScope } from '../../lib/api-tokens';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { listMentorSlots } from '../../lib/sessions';
import { ACME_ADMIN, ACME_EMPLOYEE, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

// The JSON API's route handlers, called as Next calls them (a Request and the path params), against real
// Postgres: bearer tokens, scopes, stable error codes, tenant isolation, and idempotent booking.

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Response | Promise<Response>;

async function call<P>(handler: Handler<P>, params: P, options: { token?: string; method?: string; query?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers = new Headers(options.headers);
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  const request = new Request(`http://localhost/api/v1/x${options.query ?? ''}`, { method: options.method ?? (options.body === undefined ? 'GET' : 'POST'), headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
}

const tokenFor = async (ctx: TenantContext, scopes: ApiTokenScope[], now?: Date) => (await createApiToken(ctx, createApiTokenInput.parse({ name: `t-${scopes.join('+')}`, scopes, expiresInDays: 7 }), now)).token;
const noParams = {} as Record<string, never>;

let maya: TenantContext;
let matchId: string;
let slots: { start: number }[];
let mayaRead: string;
let mayaWrite: string;
let mayaAll: string;
let sofiaAll: string;
let globexAll: string;
/** The match's sessions from the seed, before these tests book any. */
let seeded: number;

beforeAll(async () => {
  await seedDemoOrgs();
  const [sofia, tom] = await Promise.all([contextFor(ACME_ADMIN, 'acme'), contextFor(GLOBEX_EMPLOYEE, 'globex')]);
  maya = await contextFor(ACME_EMPLOYEE, 'acme');
  matchId = (await systemDb().match.findFirstOrThrow({ where: { orgId: maya.orgId, learnerId: maya.employeeId, status: 'ACCEPTED' } })).id;
  slots = (await listMentorSlots(maya, matchId, 30)).slots;
  expect(slots.length).toBeGreaterThan(20);
  seeded = await systemDb().peerSession.count({ where: { orgId: maya.orgId, matchId } });
  [mayaRead, mayaWrite, mayaAll, sofiaAll, globexAll] = await Promise.all([
    tokenFor(maya, ['sessions:read']),
    tokenFor(maya, ['sessions:write']),
    tokenFor(maya, ['sessions:read', 'sessions:write']),
    tokenFor(sofia, ['sessions:read', 'sessions:write']),
    tokenFor(tom, ['sessions:read', 'sessions:write']),
  ]);
});

const bookingsOf = async () => (await systemDb().peerSession.count({ where: { orgId: maya.orgId, matchId } })) - seeded;
const at = (i: number) => new Date(slots[i]!.start).toISOString();

describe('authentication and scopes', () => {
  it('answers 401 without a token, with a malformed, unknown, revoked or expired one', async () => {
    const none = await call(listSessions, noParams);
    expect(none).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await call(listSessions, noParams, { headers: { authorization: `Basic ${mayaAll}` } })).status).toBe(401);
    expect((await call(listSessions, noParams, { token: `${mayaAll.slice(0, -2)}xx` })).body.error.code).toBe('unauthorized');

    const revoked = await createApiToken(maya, createApiTokenInput.parse({ name: 'Revoked', scopes: ['sessions:read'] }));
    expect((await call(listSessions, noParams, { token: revoked.token })).status).toBe(200);
    await revokeApiToken(maya, { tokenId: revoked.id });
    expect(await call(listSessions, noParams, { token: revoked.token })).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });

    const expired = await tokenFor(maya, ['sessions:read'], new Date(Date.now() - 8 * 86_400_000));
    expect(await call(listSessions, noParams, { token: expired })).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });

  it('answers 403 insufficient_scope when the token lacks the route’s scope, and writes nothing', async () => {
    expect(await call(listSessions, noParams, { token: mayaWrite })).toMatchObject({ status: 403, body: { error: { code: 'insufficient_scope' } } });
    const refused = await call(book, { matchId }, { token: mayaRead, body: { startsAt: at(0), durationMinutes: 30 }, headers: { 'idempotency-key': 'scope-check-1' } });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'insufficient_scope' } } });
    expect(refused.headers.get('www-authenticate')).toContain('scope="sessions:write"');
    expect(await bookingsOf()).toBe(0);
  });

  it('answers unknown paths with a JSON not_found and serves the OpenAPI document without a token', async () => {
    expect(await call(unknownPath, { path: ['nope'] })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const doc = await openapi();
    const body = await doc.json();
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(['/matches/{matchId}/bookings', '/matches/{matchId}/slots', '/sessions', '/sessions/{id}/cancel']);
    expect(body.components.securitySchemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(body.components.schemas.Error.properties.error.properties.code.enum).toEqual(expect.arrayContaining(['unauthorized', 'insufficient_scope', 'not_found', 'slot_taken', 'idempotency_mismatch']));
  });
});

describe('slots', () => {
  it('lists the mentor’s free slots for the match’s learner only', async () => {
    const ok = await call(listSlots, { matchId }, { token: mayaRead, query: '?duration=45' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ matchId, durationMinutes: 45, mentor: { name: expect.any(String) } });
    expect(ok.body.slots[0].endsAt).toBe(new Date(new Date(ok.body.slots[0].startsAt).getTime() + 45 * 60_000).toISOString());
    expect(await call(listSlots, { matchId }, { token: sofiaAll })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await call(listSlots, { matchId }, { token: globexAll })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await call(listSlots, { matchId: 'not-a-uuid' }, { token: mayaRead })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await call(listSlots, { matchId }, { token: mayaRead, query: '?duration=20' })).toMatchObject({ status: 400, body: { error: { code: 'invalid_request', fields: { duration: ['Choose 30, 45 or 60 minutes.'] } } } });
  });
});

describe('booking', () => {
  it('needs an Idempotency-Key and a valid body', async () => {
    expect(await call(book, { matchId }, { token: mayaAll, body: { startsAt: at(0), durationMinutes: 30 } })).toMatchObject({ status: 400, body: { error: { code: 'invalid_request', fields: { 'Idempotency-Key': ['Required.'] } } } });
    const bad = await call(book, { matchId }, { token: mayaAll, body: { startsAt: 'soon', durationMinutes: 20 }, headers: { 'idempotency-key': 'bad-body-key-1' } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_request', fields: { startsAt: expect.any(Array), durationMinutes: expect.any(Array) } } } });
    const notJson = await book(new Request('http://localhost/x', { method: 'POST', headers: { authorization: `Bearer ${mayaAll}`, 'idempotency-key': 'not-json-key' }, body: 'startsAt=now' }), { params: Promise.resolve({ matchId }) });
    expect(notJson.status).toBe(400);
    expect(await bookingsOf()).toBe(0);
  });

  it('a Globex token on an Acme match gets 404 and nothing is booked', async () => {
    const refused = await call(book, { matchId }, { token: globexAll, body: { startsAt: at(0), durationMinutes: 30 }, headers: { 'idempotency-key': 'globex-try-1' } });
    expect(refused).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await bookingsOf()).toBe(0);
  });

  it('books once per Idempotency-Key: 201, then 200 with the same body; a different request with the key is 422', async () => {
    const request = { startsAt: at(2), durationMinutes: 30, agenda: 'Compose files' };
    const first = await call(book, { matchId }, { token: mayaAll, body: request, headers: { 'idempotency-key': 'retry-key-0001' } });
    expect(first).toMatchObject({ status: 201, body: { matchId, startsAt: at(2), durationMinutes: 30, agenda: 'Compose files', status: 'SCHEDULED' } });
    const again = await call(book, { matchId }, { token: mayaAll, body: request, headers: { 'idempotency-key': 'retry-key-0001' } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const changed = await call(book, { matchId }, { token: mayaAll, body: { ...request, startsAt: at(10) }, headers: { 'idempotency-key': 'retry-key-0001' } });
    expect(changed).toMatchObject({ status: 422, body: { error: { code: 'idempotency_mismatch' } } });
    expect(await systemDb().peerSession.count({ where: { orgId: maya.orgId, matchId, idempotencyKey: 'retry-key-0001' } })).toBe(1);
    expect(await bookingsOf()).toBe(1);

    const listed = await call(listSessions, noParams, { token: mayaRead });
    expect(listed.body.sessions.map((s: { id: string }) => s.id)).toContain(first.body.id);
    expect((await call(listSessions, noParams, { token: globexAll })).body.sessions.map((s: { id: string }) => s.id)).not.toContain(first.body.id);
  });

  it('50 concurrent API bookings of one slot: exactly one 201, the others 409 slot_taken', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => call(book, { matchId }, { token: mayaAll, body: { startsAt: at(20), durationMinutes: 30 }, headers: { 'idempotency-key': `race-key-${i}` } })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(49);
    expect(refused.every((r) => r.status === 409 && r.body.error.code === 'slot_taken')).toBe(true);
    expect(await systemDb().sessionParticipant.count({ where: { orgId: maya.orgId, startsAt: new Date(slots[20]!.start), status: 'BOOKED' } })).toBe(2);
  });
});

describe('cancel', () => {
  it('cancels the caller’s session; another org’s token gets 404 and nothing changes; a second cancel is refused', async () => {
    const booked = await call(book, { matchId }, { token: mayaAll, body: { startsAt: at(6), durationMinutes: 30 }, headers: { 'idempotency-key': 'cancel-me-0001' } });
    const id = booked.body.id as string;
    const status = async () => (await systemDb().peerSession.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id } } })).status;

    expect(await call(cancel, { id }, { token: globexAll, body: { reason: 'Not mine' } })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await call(cancel, { id }, { token: sofiaAll, body: { reason: 'Not mine either' } })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await call(cancel, { id }, { token: mayaRead, body: { reason: 'Read only' } })).toMatchObject({ status: 403, body: { error: { code: 'insufficient_scope' } } });
    expect(await status()).toBe('SCHEDULED');

    expect(await call(cancel, { id }, { token: mayaAll, body: { reason: '' } })).toMatchObject({ status: 400, body: { error: { code: 'invalid_request', fields: { reason: ['Say why, so the others know.'] } } } });
    expect(await call(cancel, { id }, { token: mayaAll, body: { reason: 'Sick today' } })).toMatchObject({ status: 200, body: { id, status: 'CANCELED', cancelReason: 'Sick today', notified: 1 } });
    expect(await status()).toBe('CANCELED');
    // Canceling again changes nothing (cancelSession no longer finds Maya booked in it: not_found).
    const again = await call(cancel, { id }, { token: mayaAll, body: { reason: 'Again' } });
    expect([404, 409]).toContain(again.status);
    expect((await systemDb().peerSession.findUniqueOrThrow({ where: { orgId_id: { orgId: maya.orgId, id } } })).cancelReason).toBe('Sick today');
    expect((await call(listSessions, noParams, { token: mayaRead, query: '?tab=canceled' })).body.sessions.map((s: { id: string }) => s.id)).toContain(id);
  });
});

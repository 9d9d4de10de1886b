// Booking load: the production server on loopback, against a freshly seeded database of its own, takes
// 1:1 bookings through the JSON API from 50 concurrent connections (autocannon): every learner books many
// different slots with their mentor, some slots are asked for by several requests at once (collisions:
// exactly one may win), and some requests are retries with the same Idempotency-Key. Prints throughput,
// latency, the status counts and the double bookings found by SQL afterwards (must be 0). Asserts nothing.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { createApiToken, createApiTokenInput } from '../lib/api-tokens';
import { resolveTenantContext } from '../lib/auth/tenant-context';
import { disconnectDatabase } from '../lib/db/client';
import { applyMigrations } from '../lib/db/migrate';
import { databaseUrlWithName, dropDatabase, recreateDatabase } from '../lib/db/provision';
import { ensureVerifiedUser, systemDb } from '../lib/db/system';
import { PERSONA_EMAILS, seedDemo } from '../lib/seed';
import { serverEnv } from '../scripts/runtime-env';

const PAIRS = 50;
const SLOTS_PER_PAIR = 12;
/** Of each pair's slots, this many are also asked for by two more requests with their own keys. */
const CONTESTED_PER_PAIR = 4;
/** And this many are sent twice with the same Idempotency-Key. */
const RETRIED_PER_PAIR = 2;
const CONNECTIONS = 50;
const PORT = Number(process.env.PEERBRIDGE_BENCH_PORT ?? 3400);
const DATABASE = 'peerbridge_bench_booking';

interface Pair {
  matchId: string;
  token: string;
}

interface Booking {
  path: string;
  token: string;
  key: string;
  body: string;
}

/** N mentors (every day 07:00–19:00 on their own clock) each in an accepted match with their own learner, who holds a token. */
async function createPairs(): Promise<Pair[]> {
  const db = systemDb();
  const org = await db.organization.findUniqueOrThrow({ where: { slug: 'acme' }, select: { id: true } });
  const skill = await db.skill.findFirstOrThrow({ where: { orgId: org.id, status: 'APPROVED', kind: 'SKILL' }, select: { id: true } });
  const people = await db.employee.findMany({
    where: { orgId: org.id, status: 'ACTIVE', email: { notIn: [...PERSONA_EMAILS] }, matchesAsLearner: { none: {} }, matchesAsMentor: { none: {} } },
    orderBy: { email: 'asc' },
    take: PAIRS * 2,
    select: { id: true, email: true },
  });
  if (people.length < PAIRS * 2) throw new Error(`The demo org has only ${people.length} people without a match; ${PAIRS * 2} are needed.`);
  const mentors = people.slice(0, PAIRS);
  const learners = people.slice(PAIRS);
  await db.availabilityWindow.deleteMany({ where: { orgId: org.id, employeeId: { in: mentors.map((m) => m.id) } } });
  await db.timeOff.deleteMany({ where: { orgId: org.id, employeeId: { in: mentors.map((m) => m.id) } } });
  await db.availabilityWindow.createMany({
    data: mentors.flatMap((m) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ orgId: org.id, employeeId: m.id, weekday, startMinute: 7 * 60, endMinute: 19 * 60 }))),
  });
  return Promise.all(
    learners.map(async (learner, i) => {
      const request = await db.mentorRequest.create({ data: { orgId: org.id, learnerId: learner.id, skillId: skill.id, targetLevel: 3, status: 'MATCHED' }, select: { id: true } });
      const match = await db.match.create({
        data: { orgId: org.id, requestId: request.id, learnerId: learner.id, mentorId: mentors[i]!.id, skillId: skill.id, score: 1, status: 'ACCEPTED', respondedAt: new Date() },
        select: { id: true },
      });
      const user = await ensureVerifiedUser(learner.email);
      await db.employee.update({ where: { orgId_id: { orgId: org.id, id: learner.id } }, data: { userId: user.id } });
      const ctx = (await resolveTenantContext(user.id, 'acme'))!;
      const { token } = await createApiToken(ctx, createApiTokenInput.parse({ name: 'Booking load', scopes: ['sessions:read', 'sessions:write'] }));
      return { matchId: match.id, token };
    }),
  );
}

async function startServer(url: string) {
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(PORT), '-H', '127.0.0.1'], { env: serverEnv(url, true, PORT), stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.ok, () => false);
    if (up) return stop;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`The server did not answer on port ${PORT}.`);
}

/** Each pair's first free slots at least an hour apart (so one booking never blocks the next), as booking requests. */
async function plan(pairs: Pair[]): Promise<{ requests: Booking[]; distinctSlots: number }> {
  const requests: Booking[] = [];
  let distinctSlots = 0;
  for (const [p, pair] of pairs.entries()) {
    const response = await fetch(`http://127.0.0.1:${PORT}/api/v1/matches/${pair.matchId}/slots?duration=30`, { headers: { authorization: `Bearer ${pair.token}` } });
    const { slots } = (await response.json()) as { slots: { startsAt: string }[] };
    const chosen: string[] = [];
    for (const slot of slots) {
      if (chosen.length === SLOTS_PER_PAIR) break;
      if (!chosen.length || new Date(slot.startsAt).getTime() - new Date(chosen.at(-1)!).getTime() >= 3_600_000) chosen.push(slot.startsAt);
    }
    distinctSlots += chosen.length;
    chosen.forEach((startsAt, s) => {
      const booking = (key: string) => ({ path: `/api/v1/matches/${pair.matchId}/bookings`, token: pair.token, key, body: JSON.stringify({ startsAt, durationMinutes: 30, agenda: 'Load test' }) });
      requests.push(booking(`load-${p}-${s}`));
      if (s < CONTESTED_PER_PAIR) requests.push(booking(`load-${p}-${s}-rival-a`), booking(`load-${p}-${s}-rival-b`));
      else if (s < CONTESTED_PER_PAIR + RETRIED_PER_PAIR) requests.push(booking(`load-${p}-${s}`));
    });
  }
  // Interleave everything, keeping rivals and retries of one slot close enough to race each other.
  for (let i = requests.length - 1; i > 0; i--) {
    const j = Math.max(0, i - 1 - Math.floor(Math.random() * 40));
    [requests[i], requests[j]] = [requests[j]!, requests[i]!];
  }
  return { requests, distinctSlots };
}

async function doubleBookings(): Promise<{ overlapping: number; repeatedSlots: number }> {
  const [overlap] = await systemDb().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "SessionParticipant" a JOIN "SessionParticipant" b
      ON a."orgId" = b."orgId" AND a."employeeId" = b."employeeId" AND a."sessionId" < b."sessionId"
     WHERE a."status" = 'BOOKED' AND b."status" = 'BOOKED' AND tstzrange(a."startsAt", a."endsAt") && tstzrange(b."startsAt", b."endsAt")`;
  const [repeated] = await systemDb().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (SELECT 1 FROM "PeerSession" WHERE "status" = 'SCHEDULED' AND "matchId" IS NOT NULL
      GROUP BY "orgId", "matchId", "startsAt" HAVING count(*) > 1) s`;
  return { overlapping: Number(overlap!.n), repeatedSlots: Number(repeated!.n) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

export async function benchBookingLoad(): Promise<void> {
  const adminUrl = databaseUrlWithName(process.env.DATABASE_URL!, 'postgres');
  const url = databaseUrlWithName(process.env.DATABASE_URL!, DATABASE);
  const mainUrl = process.env.DATABASE_URL;
  await disconnectDatabase();
  await recreateDatabase(adminUrl, DATABASE);
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  let stop = () => {};
  try {
    await seedDemo();
    const pairs = await createPairs();
    stop = await startServer(url);
    const { requests, distinctSlots } = await plan(pairs);

    let next = 0;
    const statuses = new Map<number, number>();
    const latencies: number[] = [];
    const started = performance.now();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const options: autocannon.Options = {
        url: `http://127.0.0.1:${PORT}`,
        connections: CONNECTIONS,
        amount: requests.length,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            // Every connection takes the next booking of one shared list (autocannon may build one more than it sends at the end).
            setupRequest: (request) => {
              const booking = requests[next++ % requests.length]!;
              return { ...request, path: booking.path, body: booking.body, headers: { 'content-type': 'application/json', authorization: `Bearer ${booking.token}`, 'idempotency-key': booking.key } };
            },
          },
        ],
      };
      const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
        latencies.push(responseTime);
      });
    });
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const count = (status: number) => statuses.get(status) ?? 0;
    const other = [...statuses].filter(([status]) => ![200, 201, 409].includes(status));
    const doubles = await doubleBookings();

    const size = `${PAIRS} pairs, ${distinctSlots} slots`;
    console.log(`\nBooking load (POST /api/v1/matches/{id}/bookings, ${CONNECTIONS} connections, production server on loopback)`);
    console.log(`${'requests'.padEnd(44)} ${size.padEnd(22)} ${result.requests.total} in ${seconds.toFixed(1)} s (${requests.length} planned: each slot once, ${CONTESTED_PER_PAIR} per pair ×3 with rival keys, ${RETRIED_PER_PAIR} per pair retried with the same key)`);
    console.log(`${'bookings/s (201 responses / s)'.padEnd(44)} ${size.padEnd(22)} ${(count(201) / seconds).toFixed(1)}   (all responses ${(result.requests.total / seconds).toFixed(1)}/s)`);
    console.log(`${'latency'.padEnd(44)} ${size.padEnd(22)} p50 ${percentile(latencies, 0.5).toFixed(1)} ms  p95 ${percentile(latencies, 0.95).toFixed(1)} ms  max ${(latencies.at(-1) ?? 0).toFixed(1)} ms`);
    console.log(`${'responses'.padEnd(44)} ${size.padEnd(22)} 201 booked ${count(201)} · 200 repeated key ${count(200)} · 409 slot taken ${count(409)}${other.length ? ` · other ${other.map(([s, n]) => `${s}×${n}`).join(', ')}` : ''} · errors ${result.errors} · timeouts ${result.timeouts}`);
    console.log(`${'double bookings (SQL, must be 0)'.padEnd(44)} ${size.padEnd(22)} ${doubles.overlapping} overlapping booked pairs · ${doubles.repeatedSlots} slots booked twice`);
  } finally {
    stop();
    await disconnectDatabase();
    process.env.DATABASE_URL = mainUrl;
    await dropDatabase(adminUrl, DATABASE);
  }
}

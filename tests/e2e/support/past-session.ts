import pg from 'pg';
import { databaseUrlWithName, ensureTestServer } from '../../../lib/db/provision';

// A 1:1 between Maya and her mentor that ended a day ago, written straight into the e2e server's database
// (the booking functions only take future times, and the browser cannot go back in time). The next free
// hour of both, going back from 26 hours ago, so it never meets a seeded session; a fresh id each call,
// so a reused server or a retry starts from nothing.

export interface PastSession {
  sessionId: string;
  title: string;
  mentorName: string;
}

export async function createPastMentoringSession(title: string): Promise<PastSession> {
  const { adminUrl } = await ensureTestServer();
  const client = new pg.Client({ connectionString: databaseUrlWithName(adminUrl, 'peerbridge_e2e') });
  await client.connect();
  try {
    const { rows } = await client.query<{ orgId: string; learnerId: string; mentorId: string; mentorName: string; matchId: string; skillId: string }>(
      `SELECT m."orgId", m."learnerId", m."mentorId", mentor."name" AS "mentorName", m."id" AS "matchId", m."skillId"
         FROM "Match" m
         JOIN "Organization" o ON o."id" = m."orgId" AND o."slug" = 'acme'
         JOIN "Employee" learner ON learner."orgId" = m."orgId" AND learner."id" = m."learnerId" AND learner."email" = 'maya.chen@acme.example'
         JOIN "Employee" mentor ON mentor."orgId" = m."orgId" AND mentor."id" = m."mentorId"
        WHERE m."status" = 'ACCEPTED'
        ORDER BY m."id" LIMIT 1`,
    );
    const match = rows[0];
    if (!match) throw new Error('The seeded demo has no accepted match for Maya');
    await client.query('BEGIN');
    const session = await client.query<{ id: string }>(
      `WITH slot AS (
         SELECT tstzrange(date_trunc('hour', now()) - make_interval(hours => 26 + h), date_trunc('hour', now()) - make_interval(hours => 25 + h)) AS r
           FROM generate_series(0, 96) AS h
          WHERE NOT EXISTS (SELECT 1 FROM "SessionParticipant" p
                             WHERE p."orgId" = $1 AND p."employeeId" IN ($2, $3) AND p."status" = 'BOOKED'
                               AND tstzrange(p."startsAt" - interval '15 minutes', p."endsAt" + interval '15 minutes') && tstzrange(date_trunc('hour', now()) - make_interval(hours => 26 + h), date_trunc('hour', now()) - make_interval(hours => 25 + h)))
          ORDER BY h LIMIT 1)
       INSERT INTO "PeerSession" ("orgId", "kind", "title", "hostId", "matchId", "startsAt", "endsAt", "capacity", "seatsTaken", "createdById", "updatedAt")
       SELECT $1, 'MENTORING', $4, $3, $5, lower(slot.r), upper(slot.r), 1, 1, $2, now() FROM slot
       RETURNING "id"`,
      [match.orgId, match.learnerId, match.mentorId, title, match.matchId],
    );
    const sessionId = session.rows[0]!.id;
    await client.query(
      `INSERT INTO "SessionParticipant" ("orgId", "sessionId", "employeeId", "role", "startsAt", "endsAt", "updatedAt")
       SELECT s."orgId", s."id", x."employeeId", x."role"::"ParticipantRole", s."startsAt", s."endsAt", now()
         FROM "PeerSession" s, (VALUES ($3::uuid, 'HOST'), ($4::uuid, 'ATTENDEE')) AS x("employeeId", "role")
        WHERE s."orgId" = $1 AND s."id" = $2`,
      [match.orgId, sessionId, match.mentorId, match.learnerId],
    );
    await client.query(`INSERT INTO "SessionSkill" ("orgId", "sessionId", "skillId") VALUES ($1, $2, $3)`, [match.orgId, sessionId, match.skillId]);
    await client.query('COMMIT');
    return { sessionId, title, mentorName: match.mentorName };
  } finally {
    await client.end();
  }
}

import type { TenantDb } from '../db/tenant';

/**
 * Gives up to `seats` freed seats to the first people on the waitlist (in the order they joined it) who are
 * not booked elsewhere at that time, and counts them in the session's seats. Returns who was promoted.
 */
export async function promoteFromWaitlist(db: TenantDb, orgId: string, sessionId: string, seats: number): Promise<string[]> {
  if (seats <= 0) return [];
  // The choice is a materialized CTE: as a subquery in UPDATE … FROM it could be rescanned after the first
  // row changed, and its LIMIT would then pick more people than there are seats.
  const promoted = await db.$queryRaw<{ employeeId: string }[]>`
    WITH next AS MATERIALIZED (
      SELECT w."employeeId" FROM "SessionParticipant" w
       WHERE w."orgId" = ${orgId}::uuid AND w."sessionId" = ${sessionId}::uuid AND w."status" = 'WAITLISTED'
         AND NOT EXISTS (SELECT 1 FROM "SessionParticipant" b
                          WHERE b."orgId" = w."orgId" AND b."employeeId" = w."employeeId" AND b."status" = 'BOOKED'
                            AND tstzrange(b."startsAt", b."endsAt") && tstzrange(w."startsAt", w."endsAt"))
       ORDER BY w."updatedAt", w."employeeId" LIMIT ${seats} FOR UPDATE SKIP LOCKED)
    UPDATE "SessionParticipant" p SET "status" = 'BOOKED', "updatedAt" = now()
      FROM next
     WHERE p."orgId" = ${orgId}::uuid AND p."sessionId" = ${sessionId}::uuid AND p."employeeId" = next."employeeId"
    RETURNING p."employeeId"`;
  if (promoted.length > 0) {
    await db.$executeRaw`UPDATE "PeerSession" SET "seatsTaken" = "seatsTaken" + ${promoted.length}, "updatedAt" = now() WHERE "orgId" = ${orgId}::uuid AND "id" = ${sessionId}::uuid`;
  }
  return promoted.map((p) => p.employeeId);
}

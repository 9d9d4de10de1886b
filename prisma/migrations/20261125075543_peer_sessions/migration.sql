-- Generated from prisma/schema.prisma by scripts/new-migration.ts. Append raw SQL (RLS policies for new
-- tenant tables, constraints) below; every table with "orgId" needs forced RLS and a tenant policy.
-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('MENTORING', 'WORKSHOP', 'DESIGN_THINKING', 'SPRINT_CHECKIN');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'CANCELED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('HOST', 'ATTENDEE');

-- CreateEnum
CREATE TYPE "ParticipantStatus" AS ENUM ('BOOKED', 'WAITLISTED', 'CANCELED');

-- CreateTable
CREATE TABLE "PeerSession" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "SessionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "agenda" TEXT,
    "hostId" UUID NOT NULL,
    "matchId" UUID,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "location" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "idempotencyKey" TEXT,
    "canceledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PeerSession_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "SessionParticipant" (
    "orgId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "role" "ParticipantRole" NOT NULL DEFAULT 'ATTENDEE',
    "status" "ParticipantStatus" NOT NULL DEFAULT 'BOOKED',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SessionParticipant_pkey" PRIMARY KEY ("orgId","sessionId","employeeId")
);

-- CreateIndex
CREATE INDEX "PeerSession_orgId_hostId_startsAt_idx" ON "PeerSession"("orgId", "hostId", "startsAt");

-- CreateIndex
CREATE INDEX "PeerSession_orgId_matchId_idx" ON "PeerSession"("orgId", "matchId");

-- CreateIndex
CREATE INDEX "PeerSession_orgId_status_startsAt_idx" ON "PeerSession"("orgId", "status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "PeerSession_orgId_createdById_idempotencyKey_key" ON "PeerSession"("orgId", "createdById", "idempotencyKey");

-- CreateIndex
CREATE INDEX "SessionParticipant_orgId_employeeId_startsAt_idx" ON "SessionParticipant"("orgId", "employeeId", "startsAt");

-- AddForeignKey
ALTER TABLE "PeerSession" ADD CONSTRAINT "PeerSession_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerSession" ADD CONSTRAINT "PeerSession_orgId_hostId_fkey" FOREIGN KEY ("orgId", "hostId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerSession" ADD CONSTRAINT "PeerSession_orgId_createdById_fkey" FOREIGN KEY ("orgId", "createdById") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerSession" ADD CONSTRAINT "PeerSession_orgId_matchId_fkey" FOREIGN KEY ("orgId", "matchId") REFERENCES "Match"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_orgId_sessionId_fkey" FOREIGN KEY ("orgId", "sessionId") REFERENCES "PeerSession"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_orgId_employeeId_fkey" FOREIGN KEY ("orgId", "employeeId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- Booking integrity lives in the database, so no race between two requests can break it.
ALTER TABLE "PeerSession"
  ADD CONSTRAINT "PeerSession_times_check" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "PeerSession_seats_check" CHECK ("capacity" BETWEEN 1 AND 500 AND "seatsTaken" BETWEEN 0 AND "capacity"),
  ADD CONSTRAINT "PeerSession_texts_check" CHECK (char_length(btrim("title")) BETWEEN 1 AND 160 AND char_length("agenda") <= 5000 AND char_length("cancelReason") <= 1000),
  ADD CONSTRAINT "PeerSession_idempotency_key_check" CHECK (char_length("idempotencyKey") BETWEEN 8 AND 200);
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_times_check" CHECK ("endsAt" > "startsAt");

-- Nobody, host or attendee, is booked into two sessions whose times overlap (half-open ranges, so
-- back-to-back sessions are fine). A violation is SQLSTATE 23P01.
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_no_overlap"
  EXCLUDE USING gist ("orgId" WITH =, "employeeId" WITH =, tstzrange("startsAt", "endsAt") WITH &&) WHERE ("status" = 'BOOKED');

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['PeerSession', 'SessionParticipant'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO peerbridge_app USING ("orgId" = app_current_org_id()) WITH CHECK ("orgId" = app_current_org_id())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO peerbridge_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

-- Generated from prisma/schema.prisma by scripts/new-migration.ts. Append raw SQL (RLS policies for new
-- tenant tables, constraints) below; every table with "orgId" needs forced RLS and a tenant policy.
-- CreateEnum
CREATE TYPE "MentoringFormat" AS ENUM ('ONE_TO_ONE', 'SMALL_GROUP');

-- CreateEnum
CREATE TYPE "MentorRequestStatus" AS ENUM ('OPEN', 'MATCHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MatchStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'ENDED');

-- CreateEnum
CREATE TYPE "MatchSource" AS ENUM ('REQUEST', 'CYCLE');

-- CreateEnum
CREATE TYPE "MatchingCycleStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "PairRuleKind" AS ENUM ('LOCK', 'FORBID');

-- CreateEnum
CREATE TYPE "CycleRunStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "MatchingPolicy" (
    "orgId" UUID NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MatchingPolicy_pkey" PRIMARY KEY ("orgId")
);

-- CreateTable
CREATE TABLE "MentorRequest" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "learnerId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "goalId" UUID,
    "cycleId" UUID,
    "currentLevel" INTEGER,
    "targetLevel" INTEGER NOT NULL,
    "outcome" TEXT,
    "format" "MentoringFormat" NOT NULL DEFAULT 'ONE_TO_ONE',
    "preferOutsideTeam" BOOLEAN NOT NULL DEFAULT false,
    "acceptsAsync" BOOLEAN NOT NULL DEFAULT false,
    "status" "MentorRequestStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MentorRequest_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "Match" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "requestId" UUID NOT NULL,
    "learnerId" UUID NOT NULL,
    "mentorId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "goalId" UUID,
    "cycleId" UUID,
    "source" "MatchSource" NOT NULL DEFAULT 'REQUEST',
    "score" DOUBLE PRECISION NOT NULL,
    "explanation" JSONB NOT NULL DEFAULT '[]',
    "message" TEXT,
    "status" "MatchStatus" NOT NULL DEFAULT 'PROPOSED',
    "expiresAt" TIMESTAMPTZ(3),
    "respondedAt" TIMESTAMPTZ(3),
    "responseMessage" TEXT,
    "endedAt" TIMESTAMPTZ(3),
    "endedById" UUID,
    "endReason" TEXT,
    "learnerRating" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Match_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "MatchingBlock" (
    "orgId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "blockedEmployeeId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchingBlock_pkey" PRIMARY KEY ("orgId","employeeId","blockedEmployeeId")
);

-- CreateTable
CREATE TABLE "MatchingCycle" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "programName" TEXT,
    "status" "MatchingCycleStatus" NOT NULL DEFAULT 'DRAFT',
    "signupOpensAt" TIMESTAMPTZ(3) NOT NULL,
    "signupClosesAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MatchingCycle_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "CycleMentor" (
    "orgId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "mentorId" UUID NOT NULL,
    "capacity" INTEGER NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CycleMentor_pkey" PRIMARY KEY ("orgId","cycleId","mentorId")
);

-- CreateTable
CREATE TABLE "CyclePairRule" (
    "orgId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "mentorId" UUID NOT NULL,
    "kind" "PairRuleKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CyclePairRule_pkey" PRIMARY KEY ("orgId","cycleId","requestId","mentorId")
);

-- CreateTable
CREATE TABLE "CycleRun" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "cycleId" UUID NOT NULL,
    "status" "CycleRunStatus" NOT NULL DEFAULT 'RUNNING',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "startedById" UUID,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "result" JSONB,
    "error" TEXT,

    CONSTRAINT "CycleRun_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateIndex
CREATE INDEX "MentorRequest_orgId_learnerId_status_idx" ON "MentorRequest"("orgId", "learnerId", "status");

-- CreateIndex
CREATE INDEX "MentorRequest_orgId_cycleId_idx" ON "MentorRequest"("orgId", "cycleId");

-- CreateIndex
CREATE INDEX "MentorRequest_orgId_skillId_status_idx" ON "MentorRequest"("orgId", "skillId", "status");

-- CreateIndex
CREATE INDEX "Match_orgId_mentorId_status_idx" ON "Match"("orgId", "mentorId", "status");

-- CreateIndex
CREATE INDEX "Match_orgId_learnerId_status_idx" ON "Match"("orgId", "learnerId", "status");

-- CreateIndex
CREATE INDEX "Match_orgId_requestId_idx" ON "Match"("orgId", "requestId");

-- CreateIndex
CREATE INDEX "MatchingBlock_orgId_blockedEmployeeId_idx" ON "MatchingBlock"("orgId", "blockedEmployeeId");

-- CreateIndex
CREATE INDEX "MatchingCycle_orgId_status_idx" ON "MatchingCycle"("orgId", "status");

-- CreateIndex
CREATE INDEX "CycleRun_orgId_cycleId_startedAt_idx" ON "CycleRun"("orgId", "cycleId", "startedAt" DESC);

-- AddForeignKey
ALTER TABLE "MatchingPolicy" ADD CONSTRAINT "MatchingPolicy_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorRequest" ADD CONSTRAINT "MentorRequest_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorRequest" ADD CONSTRAINT "MentorRequest_orgId_learnerId_fkey" FOREIGN KEY ("orgId", "learnerId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorRequest" ADD CONSTRAINT "MentorRequest_orgId_skillId_fkey" FOREIGN KEY ("orgId", "skillId") REFERENCES "Skill"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorRequest" ADD CONSTRAINT "MentorRequest_orgId_goalId_fkey" FOREIGN KEY ("orgId", "goalId") REFERENCES "LearningGoal"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorRequest" ADD CONSTRAINT "MentorRequest_orgId_cycleId_fkey" FOREIGN KEY ("orgId", "cycleId") REFERENCES "MatchingCycle"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_orgId_requestId_fkey" FOREIGN KEY ("orgId", "requestId") REFERENCES "MentorRequest"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_orgId_learnerId_fkey" FOREIGN KEY ("orgId", "learnerId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_orgId_mentorId_fkey" FOREIGN KEY ("orgId", "mentorId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_orgId_endedById_fkey" FOREIGN KEY ("orgId", "endedById") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_orgId_skillId_fkey" FOREIGN KEY ("orgId", "skillId") REFERENCES "Skill"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_orgId_goalId_fkey" FOREIGN KEY ("orgId", "goalId") REFERENCES "LearningGoal"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_orgId_cycleId_fkey" FOREIGN KEY ("orgId", "cycleId") REFERENCES "MatchingCycle"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingBlock" ADD CONSTRAINT "MatchingBlock_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingBlock" ADD CONSTRAINT "MatchingBlock_orgId_employeeId_fkey" FOREIGN KEY ("orgId", "employeeId") REFERENCES "Employee"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingBlock" ADD CONSTRAINT "MatchingBlock_orgId_blockedEmployeeId_fkey" FOREIGN KEY ("orgId", "blockedEmployeeId") REFERENCES "Employee"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingCycle" ADD CONSTRAINT "MatchingCycle_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingCycle" ADD CONSTRAINT "MatchingCycle_orgId_createdById_fkey" FOREIGN KEY ("orgId", "createdById") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleMentor" ADD CONSTRAINT "CycleMentor_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleMentor" ADD CONSTRAINT "CycleMentor_orgId_cycleId_fkey" FOREIGN KEY ("orgId", "cycleId") REFERENCES "MatchingCycle"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleMentor" ADD CONSTRAINT "CycleMentor_orgId_mentorId_fkey" FOREIGN KEY ("orgId", "mentorId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CyclePairRule" ADD CONSTRAINT "CyclePairRule_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CyclePairRule" ADD CONSTRAINT "CyclePairRule_orgId_cycleId_fkey" FOREIGN KEY ("orgId", "cycleId") REFERENCES "MatchingCycle"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CyclePairRule" ADD CONSTRAINT "CyclePairRule_orgId_requestId_fkey" FOREIGN KEY ("orgId", "requestId") REFERENCES "MentorRequest"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CyclePairRule" ADD CONSTRAINT "CyclePairRule_orgId_mentorId_fkey" FOREIGN KEY ("orgId", "mentorId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleRun" ADD CONSTRAINT "CycleRun_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleRun" ADD CONSTRAINT "CycleRun_orgId_cycleId_fkey" FOREIGN KEY ("orgId", "cycleId") REFERENCES "MatchingCycle"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleRun" ADD CONSTRAINT "CycleRun_orgId_startedById_fkey" FOREIGN KEY ("orgId", "startedById") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- Rules the database keeps, whatever the application does.
ALTER TABLE "MentorRequest"
  ADD CONSTRAINT "MentorRequest_levels_check" CHECK ("targetLevel" BETWEEN 1 AND 5 AND ("currentLevel" IS NULL OR ("currentLevel" BETWEEN 1 AND 5 AND "currentLevel" < "targetLevel"))),
  ADD CONSTRAINT "MentorRequest_outcome_check" CHECK (char_length("outcome") <= 1000);
ALTER TABLE "Match"
  ADD CONSTRAINT "Match_not_self_check" CHECK ("learnerId" <> "mentorId"),
  ADD CONSTRAINT "Match_rating_check" CHECK ("learnerRating" BETWEEN 1 AND 5),
  ADD CONSTRAINT "Match_texts_check" CHECK (char_length("message") <= 2000 AND char_length("responseMessage") <= 2000 AND char_length("endReason") <= 1000);
ALTER TABLE "MatchingBlock" ADD CONSTRAINT "MatchingBlock_not_self_check" CHECK ("employeeId" <> "blockedEmployeeId");
ALTER TABLE "MatchingCycle"
  ADD CONSTRAINT "MatchingCycle_window_check" CHECK ("signupOpensAt" < "signupClosesAt"),
  ADD CONSTRAINT "MatchingCycle_name_check" CHECK (char_length(btrim("name")) BETWEEN 1 AND 120);
ALTER TABLE "CycleMentor" ADD CONSTRAINT "CycleMentor_capacity_check" CHECK ("capacity" BETWEEN 0 AND 20);
ALTER TABLE "CycleRun" ADD CONSTRAINT "CycleRun_progress_check" CHECK ("progress" BETWEEN 0 AND 100);

-- One open request per learner and skill (a double click or a second tab cannot file two), and at most
-- one live proposal or match per request (a learner asks one mentor at a time).
CREATE UNIQUE INDEX "MentorRequest_one_open_per_skill" ON "MentorRequest" ("orgId", "learnerId", "skillId") WHERE "status" = 'OPEN';
CREATE UNIQUE INDEX "Match_one_live_per_request" ON "Match" ("orgId", "requestId") WHERE "status" IN ('PROPOSED', 'ACCEPTED');
-- Expiry sweeps look for proposals past their deadline.
CREATE INDEX "Match_pending_expiry_idx" ON "Match" ("orgId", "expiresAt") WHERE "status" = 'PROPOSED';

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['MatchingPolicy', 'MentorRequest', 'Match', 'MatchingBlock', 'MatchingCycle', 'CycleMentor', 'CyclePairRule', 'CycleRun'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO peerbridge_app USING ("orgId" = app_current_org_id()) WITH CHECK ("orgId" = app_current_org_id())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO peerbridge_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

-- A learner may delete a goal a request or match came from: keep the request and the match, forget the
-- goal. SET NULL on the goal column only (a composite key's plain SET NULL would clear orgId too).
ALTER TABLE "MentorRequest" DROP CONSTRAINT "MentorRequest_orgId_goalId_fkey",
  ADD CONSTRAINT "MentorRequest_orgId_goalId_fkey" FOREIGN KEY ("orgId", "goalId") REFERENCES "LearningGoal"("orgId", "id") ON DELETE SET NULL ("goalId") ON UPDATE CASCADE;
ALTER TABLE "Match" DROP CONSTRAINT "Match_orgId_goalId_fkey",
  ADD CONSTRAINT "Match_orgId_goalId_fkey" FOREIGN KEY ("orgId", "goalId") REFERENCES "LearningGoal"("orgId", "id") ON DELETE SET NULL ("goalId") ON UPDATE CASCADE;

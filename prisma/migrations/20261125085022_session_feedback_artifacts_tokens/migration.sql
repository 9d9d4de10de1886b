-- Generated from prisma/schema.prisma by scripts/new-migration.ts. Append raw SQL (RLS policies for new
-- tenant tables, constraints) below; every table with "orgId" needs forced RLS and a tenant policy.
-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('ATTENDED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "CommunityStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "DesignPhase" AS ENUM ('EMPATHIZE', 'DEFINE', 'IDEATE', 'PROTOTYPE', 'TEST');

-- CreateEnum
CREATE TYPE "ArtifactKind" AS ENUM ('NOTES', 'LINK', 'DESIGN_OUTPUTS');

-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "mutedEmails" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "PeerSession" ADD COLUMN     "communityId" UUID,
ADD COLUMN     "rescheduleReason" TEXT;

-- AlterTable
ALTER TABLE "SessionParticipant" ADD COLUMN     "attendance" "Attendance";

-- CreateTable
CREATE TABLE "Community" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT,
    "status" "CommunityStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "SessionSkill" (
    "orgId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "skillId" UUID NOT NULL,

    CONSTRAINT "SessionSkill_pkey" PRIMARY KEY ("orgId","sessionId","skillId")
);

-- CreateTable
CREATE TABLE "DesignThinkingPhase" (
    "orgId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "phase" "DesignPhase" NOT NULL,
    "position" INTEGER NOT NULL,
    "timeboxMinutes" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "outputs" TEXT NOT NULL DEFAULT '',
    "startedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DesignThinkingPhase_pkey" PRIMARY KEY ("orgId","sessionId","phase")
);

-- CreateTable
CREATE TABLE "SessionFeedback" (
    "orgId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "subjectId" UUID,
    "rating" INTEGER NOT NULL,
    "progress" INTEGER,
    "skillsPracticed" UUID[] DEFAULT ARRAY[]::UUID[],
    "comment" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SessionFeedback_pkey" PRIMARY KEY ("orgId","sessionId","authorId")
);

-- CreateTable
CREATE TABLE "PrivateNote" (
    "orgId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PrivateNote_pkey" PRIMARY KEY ("orgId","sessionId","authorId")
);

-- CreateTable
CREATE TABLE "KnowledgeArtifact" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "ArtifactKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "sessionId" UUID,
    "communityId" UUID,
    "authorId" UUID NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KnowledgeArtifact_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "employeeId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "employeeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Community_orgId_slug_key" ON "Community"("orgId", "slug");

-- CreateIndex
CREATE INDEX "SessionSkill_orgId_skillId_idx" ON "SessionSkill"("orgId", "skillId");

-- CreateIndex
CREATE INDEX "SessionFeedback_orgId_subjectId_idx" ON "SessionFeedback"("orgId", "subjectId");

-- CreateIndex
CREATE INDEX "KnowledgeArtifact_orgId_sessionId_idx" ON "KnowledgeArtifact"("orgId", "sessionId");

-- CreateIndex
CREATE INDEX "KnowledgeArtifact_orgId_communityId_publishedAt_idx" ON "KnowledgeArtifact"("orgId", "communityId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeed_orgId_employeeId_idx" ON "CalendarFeed"("orgId", "employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_orgId_employeeId_idx" ON "ApiToken"("orgId", "employeeId");

-- CreateIndex
CREATE INDEX "PeerSession_orgId_communityId_startsAt_idx" ON "PeerSession"("orgId", "communityId", "startsAt");

-- AddForeignKey
ALTER TABLE "PeerSession" ADD CONSTRAINT "PeerSession_orgId_communityId_fkey" FOREIGN KEY ("orgId", "communityId") REFERENCES "Community"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Community" ADD CONSTRAINT "Community_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSkill" ADD CONSTRAINT "SessionSkill_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSkill" ADD CONSTRAINT "SessionSkill_orgId_sessionId_fkey" FOREIGN KEY ("orgId", "sessionId") REFERENCES "PeerSession"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSkill" ADD CONSTRAINT "SessionSkill_orgId_skillId_fkey" FOREIGN KEY ("orgId", "skillId") REFERENCES "Skill"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignThinkingPhase" ADD CONSTRAINT "DesignThinkingPhase_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignThinkingPhase" ADD CONSTRAINT "DesignThinkingPhase_orgId_sessionId_fkey" FOREIGN KEY ("orgId", "sessionId") REFERENCES "PeerSession"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_orgId_sessionId_fkey" FOREIGN KEY ("orgId", "sessionId") REFERENCES "PeerSession"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_orgId_authorId_fkey" FOREIGN KEY ("orgId", "authorId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_orgId_subjectId_fkey" FOREIGN KEY ("orgId", "subjectId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateNote" ADD CONSTRAINT "PrivateNote_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateNote" ADD CONSTRAINT "PrivateNote_orgId_sessionId_fkey" FOREIGN KEY ("orgId", "sessionId") REFERENCES "PeerSession"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateNote" ADD CONSTRAINT "PrivateNote_orgId_authorId_fkey" FOREIGN KEY ("orgId", "authorId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeArtifact" ADD CONSTRAINT "KnowledgeArtifact_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeArtifact" ADD CONSTRAINT "KnowledgeArtifact_orgId_sessionId_fkey" FOREIGN KEY ("orgId", "sessionId") REFERENCES "PeerSession"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeArtifact" ADD CONSTRAINT "KnowledgeArtifact_orgId_communityId_fkey" FOREIGN KEY ("orgId", "communityId") REFERENCES "Community"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeArtifact" ADD CONSTRAINT "KnowledgeArtifact_orgId_authorId_fkey" FOREIGN KEY ("orgId", "authorId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_orgId_employeeId_fkey" FOREIGN KEY ("orgId", "employeeId") REFERENCES "Employee"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_orgId_employeeId_fkey" FOREIGN KEY ("orgId", "employeeId") REFERENCES "Employee"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the database keeps, whatever the application does.
ALTER TABLE "Community"
  ADD CONSTRAINT "Community_texts_check" CHECK (char_length(btrim("name")) BETWEEN 1 AND 120 AND "slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length("purpose") <= 2000);
ALTER TABLE "PeerSession"
  ADD CONSTRAINT "PeerSession_reschedule_reason_check" CHECK (char_length("rescheduleReason") <= 1000);
ALTER TABLE "DesignThinkingPhase"
  ADD CONSTRAINT "DesignThinkingPhase_values_check" CHECK ("position" BETWEEN 1 AND 5 AND "timeboxMinutes" BETWEEN 1 AND 240
    AND char_length("prompt") <= 2000 AND char_length("outputs") <= 20000);
ALTER TABLE "SessionFeedback"
  ADD CONSTRAINT "SessionFeedback_values_check" CHECK ("rating" BETWEEN 1 AND 5 AND "progress" BETWEEN 1 AND 5
    AND char_length("comment") <= 2000 AND cardinality("skillsPracticed") <= 20 AND "subjectId" <> "authorId");
ALTER TABLE "PrivateNote"
  ADD CONSTRAINT "PrivateNote_body_check" CHECK (char_length("body") <= 10000);
ALTER TABLE "KnowledgeArtifact"
  ADD CONSTRAINT "KnowledgeArtifact_values_check" CHECK (char_length(btrim("title")) BETWEEN 1 AND 200 AND char_length("body") <= 50000
    AND ("url" IS NULL OR ("url" ~ '^https?://' AND char_length("url") <= 2000))
    AND ("publishedAt" IS NULL OR "communityId" IS NOT NULL));
ALTER TABLE "ApiToken"
  ADD CONSTRAINT "ApiToken_values_check" CHECK (char_length(btrim("name")) BETWEEN 1 AND 80 AND cardinality("scopes") >= 1
    AND "scopes" <@ ARRAY['sessions:read', 'sessions:write', 'insights:read']::text[]);
ALTER TABLE "Employee"
  ADD CONSTRAINT "Employee_muted_emails_check" CHECK ("mutedEmails" <@ ARRAY['SESSION_CONFIRMATION', 'SESSION_REMINDER', 'SESSION_CHANGE', 'SESSION_CANCELLATION', 'FEEDBACK_PROMPT']::text[]);

-- At most one live calendar feed per person: making a new one revokes the old.
CREATE UNIQUE INDEX "CalendarFeed_one_live_per_employee" ON "CalendarFeed" ("orgId", "employeeId") WHERE "revokedAt" IS NULL;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Community', 'SessionSkill', 'DesignThinkingPhase', 'SessionFeedback', 'KnowledgeArtifact', 'CalendarFeed', 'ApiToken'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO peerbridge_app USING ("orgId" = app_current_org_id()) WITH CHECK ("orgId" = app_current_org_id())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO peerbridge_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

-- Private notes: the org is not enough, the row must be the signed-in person's own.
ALTER TABLE "PrivateNote" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PrivateNote" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PrivateNote" TO peerbridge_app
  USING ("orgId" = app_current_org_id() AND "authorId" IN (
    SELECT e."id" FROM "Employee" e WHERE e."orgId" = app_current_org_id() AND e."userId" = nullif(current_setting('app.user_id', true), '')::uuid))
  WITH CHECK ("orgId" = app_current_org_id() AND "authorId" IN (
    SELECT e."id" FROM "Employee" e WHERE e."orgId" = app_current_org_id() AND e."userId" = nullif(current_setting('app.user_id', true), '')::uuid));
CREATE POLICY system_access ON "PrivateNote" TO peerbridge_system USING (true) WITH CHECK (true);

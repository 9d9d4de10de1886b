-- Generated from prisma/schema.prisma by scripts/new-migration.ts. Append raw SQL (RLS policies for new
-- tenant tables, constraints) below; every table with "orgId" needs forced RLS and a tenant policy.
-- CreateEnum
CREATE TYPE "SkillKind" AS ENUM ('CATEGORY', 'SKILL');

-- CreateEnum
CREATE TYPE "SkillStatus" AS ENUM ('PROPOSED', 'APPROVED', 'RETIRED', 'MERGED', 'REJECTED');

-- CreateEnum
CREATE TYPE "SkillSource" AS ENUM ('SELF', 'PEER_VALIDATED');

-- CreateEnum
CREATE TYPE "GoalStatus" AS ENUM ('ACTIVE', 'ACHIEVED', 'PAUSED', 'ABANDONED');

-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "bio" TEXT,
ADD COLUMN     "headline" TEXT,
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "mentoringCapacity" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "sessionsPerWeek" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "weeklyAvailability" int4multirange;

-- CreateTable
CREATE TABLE "Skill" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "SkillKind" NOT NULL DEFAULT 'SKILL',
    "status" "SkillStatus" NOT NULL DEFAULT 'APPROVED',
    "parentId" UUID,
    "mergedIntoId" UUID,
    "proposedById" UUID,
    "reviewNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "SkillSynonym" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "skillId" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "SkillSynonym_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "SkillRelation" (
    "orgId" UUID NOT NULL,
    "fromSkillId" UUID NOT NULL,
    "toSkillId" UUID NOT NULL,

    CONSTRAINT "SkillRelation_pkey" PRIMARY KEY ("orgId","fromSkillId","toSkillId")
);

-- CreateTable
CREATE TABLE "EmployeeSkill" (
    "orgId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "level" INTEGER,
    "canTeach" BOOLEAN NOT NULL DEFAULT false,
    "wantsToLearn" BOOLEAN NOT NULL DEFAULT false,
    "targetLevel" INTEGER,
    "source" "SkillSource" NOT NULL DEFAULT 'SELF',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmployeeSkill_pkey" PRIMARY KEY ("orgId","employeeId","skillId")
);

-- CreateTable
CREATE TABLE "LearningGoal" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "employeeId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "targetLevel" INTEGER NOT NULL,
    "dueDate" DATE,
    "why" TEXT,
    "status" "GoalStatus" NOT NULL DEFAULT 'ACTIVE',
    "completedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LearningGoal_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "AvailabilityWindow" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "employeeId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "AvailabilityWindow_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "TimeOff" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "employeeId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimeOff_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateIndex
CREATE INDEX "Skill_orgId_parentId_idx" ON "Skill"("orgId", "parentId");

-- CreateIndex
CREATE INDEX "Skill_orgId_status_idx" ON "Skill"("orgId", "status");

-- CreateIndex
CREATE INDEX "SkillSynonym_orgId_skillId_idx" ON "SkillSynonym"("orgId", "skillId");

-- CreateIndex
CREATE INDEX "SkillRelation_orgId_toSkillId_idx" ON "SkillRelation"("orgId", "toSkillId");

-- CreateIndex
CREATE INDEX "EmployeeSkill_orgId_skillId_level_idx" ON "EmployeeSkill"("orgId", "skillId", "level" DESC);

-- CreateIndex
CREATE INDEX "LearningGoal_orgId_employeeId_idx" ON "LearningGoal"("orgId", "employeeId");

-- CreateIndex
CREATE INDEX "LearningGoal_orgId_skillId_status_idx" ON "LearningGoal"("orgId", "skillId", "status");

-- CreateIndex
CREATE INDEX "AvailabilityWindow_orgId_employeeId_idx" ON "AvailabilityWindow"("orgId", "employeeId");

-- CreateIndex
CREATE INDEX "TimeOff_orgId_employeeId_startDate_idx" ON "TimeOff"("orgId", "employeeId", "startDate");

-- AddForeignKey
ALTER TABLE "Skill" ADD CONSTRAINT "Skill_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skill" ADD CONSTRAINT "Skill_orgId_parentId_fkey" FOREIGN KEY ("orgId", "parentId") REFERENCES "Skill"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skill" ADD CONSTRAINT "Skill_orgId_mergedIntoId_fkey" FOREIGN KEY ("orgId", "mergedIntoId") REFERENCES "Skill"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skill" ADD CONSTRAINT "Skill_orgId_proposedById_fkey" FOREIGN KEY ("orgId", "proposedById") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillSynonym" ADD CONSTRAINT "SkillSynonym_orgId_skillId_fkey" FOREIGN KEY ("orgId", "skillId") REFERENCES "Skill"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillRelation" ADD CONSTRAINT "SkillRelation_orgId_fromSkillId_fkey" FOREIGN KEY ("orgId", "fromSkillId") REFERENCES "Skill"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillRelation" ADD CONSTRAINT "SkillRelation_orgId_toSkillId_fkey" FOREIGN KEY ("orgId", "toSkillId") REFERENCES "Skill"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeSkill" ADD CONSTRAINT "EmployeeSkill_orgId_employeeId_fkey" FOREIGN KEY ("orgId", "employeeId") REFERENCES "Employee"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeSkill" ADD CONSTRAINT "EmployeeSkill_orgId_skillId_fkey" FOREIGN KEY ("orgId", "skillId") REFERENCES "Skill"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningGoal" ADD CONSTRAINT "LearningGoal_orgId_employeeId_fkey" FOREIGN KEY ("orgId", "employeeId") REFERENCES "Employee"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningGoal" ADD CONSTRAINT "LearningGoal_orgId_skillId_fkey" FOREIGN KEY ("orgId", "skillId") REFERENCES "Skill"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityWindow" ADD CONSTRAINT "AvailabilityWindow_orgId_employeeId_fkey" FOREIGN KEY ("orgId", "employeeId") REFERENCES "Employee"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_orgId_employeeId_fkey" FOREIGN KEY ("orgId", "employeeId") REFERENCES "Employee"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─── Hand-written: extensions, integrity, search, derived availability, tenant isolation ─────────
-- Both are trusted extensions (a database owner may create them without superuser).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "Employee" ALTER COLUMN "languages" SET NOT NULL;
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_mentoringCapacity_check" CHECK ("mentoringCapacity" BETWEEN 0 AND 20);
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_sessionsPerWeek_check" CHECK ("sessionsPerWeek" BETWEEN 0 AND 40);

ALTER TABLE "Skill" ADD CONSTRAINT "Skill_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 80);
ALTER TABLE "Skill" ADD CONSTRAINT "Skill_not_own_parent" CHECK ("parentId" IS NULL OR "parentId" <> "id");
ALTER TABLE "Skill" ADD CONSTRAINT "Skill_merged_has_target" CHECK (("status" = 'MERGED') = ("mergedIntoId" IS NOT NULL));
-- Names are unique per org among skills still in use (a rejected or merged name may come back).
CREATE UNIQUE INDEX "Skill_orgId_live_name_key" ON "Skill" ("orgId", lower("name")) WHERE "status" IN ('PROPOSED', 'APPROVED', 'RETIRED');
CREATE UNIQUE INDEX "SkillSynonym_orgId_name_key" ON "SkillSynonym" ("orgId", lower("name"));
CREATE INDEX "Skill_name_trgm_idx" ON "Skill" USING gin (lower("name") gin_trgm_ops);
CREATE INDEX "SkillSynonym_name_trgm_idx" ON "SkillSynonym" USING gin (lower("name") gin_trgm_ops);
ALTER TABLE "SkillRelation" ADD CONSTRAINT "SkillRelation_ordered_check" CHECK ("fromSkillId" < "toSkillId");

ALTER TABLE "EmployeeSkill" ADD CONSTRAINT "EmployeeSkill_level_check" CHECK ("level" BETWEEN 1 AND 5);
ALTER TABLE "EmployeeSkill" ADD CONSTRAINT "EmployeeSkill_level_or_learning_check" CHECK ("level" IS NOT NULL OR "wantsToLearn");
ALTER TABLE "EmployeeSkill" ADD CONSTRAINT "EmployeeSkill_teach_level_check" CHECK (NOT "canTeach" OR "level" >= 3);
ALTER TABLE "EmployeeSkill" ADD CONSTRAINT "EmployeeSkill_target_check"
  CHECK ("targetLevel" IS NULL OR ("wantsToLearn" AND "targetLevel" BETWEEN 1 AND 5 AND "targetLevel" > coalesce("level", 0)));
-- The expert finder reads holders of a skill by level without visiting the table.
CREATE INDEX "EmployeeSkill_finder_idx" ON "EmployeeSkill" ("orgId", "skillId", "level" DESC) INCLUDE ("employeeId", "canTeach");

ALTER TABLE "LearningGoal" ADD CONSTRAINT "LearningGoal_targetLevel_check" CHECK ("targetLevel" BETWEEN 1 AND 5);

ALTER TABLE "AvailabilityWindow" ADD CONSTRAINT "AvailabilityWindow_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7);
ALTER TABLE "AvailabilityWindow" ADD CONSTRAINT "AvailabilityWindow_minutes_check" CHECK (0 <= "startMinute" AND "startMinute" < "endMinute" AND "endMinute" <= 1440);
ALTER TABLE "AvailabilityWindow" ADD CONSTRAINT "AvailabilityWindow_no_overlap"
  EXCLUDE USING gist ("orgId" WITH =, "employeeId" WITH =, "weekday" WITH =, int4range("startMinute", "endMinute") WITH &&);

ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_dates_check" CHECK ("startDate" <= "endDate");

-- Free-text search on the directory and the expert finder (ILIKE '%…%' uses these).
CREATE INDEX "Employee_name_trgm_idx" ON "Employee" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Employee_title_trgm_idx" ON "Employee" USING gin ("title" gin_trgm_ops);

-- Employee.weeklyAvailability mirrors the person's windows as one multirange of minutes of the week
-- (Monday 00:00 local = 0). Statement-level triggers with transition tables keep bulk inserts cheap.
CREATE FUNCTION app_refresh_weekly_availability(target_org uuid, target_employees uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Employee" e
     SET "weeklyAvailability" = (
       SELECT range_agg(int4range((w."weekday" - 1) * 1440 + w."startMinute", (w."weekday" - 1) * 1440 + w."endMinute"))
         FROM "AvailabilityWindow" w
        WHERE w."orgId" = e."orgId" AND w."employeeId" = e."id")
   WHERE e."orgId" = target_org AND e."id" = ANY (target_employees);
$$;

CREATE FUNCTION app_availability_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  affected record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    FOR affected IN SELECT "orgId", array_agg(DISTINCT "employeeId") AS ids FROM new_rows GROUP BY "orgId" LOOP
      PERFORM app_refresh_weekly_availability(affected."orgId", affected.ids);
    END LOOP;
  ELSIF TG_OP = 'DELETE' THEN
    FOR affected IN SELECT "orgId", array_agg(DISTINCT "employeeId") AS ids FROM old_rows GROUP BY "orgId" LOOP
      PERFORM app_refresh_weekly_availability(affected."orgId", affected.ids);
    END LOOP;
  ELSE
    FOR affected IN
      SELECT "orgId", array_agg(DISTINCT "employeeId") AS ids
        FROM (SELECT "orgId", "employeeId" FROM new_rows UNION SELECT "orgId", "employeeId" FROM old_rows) changed
       GROUP BY "orgId"
    LOOP
      PERFORM app_refresh_weekly_availability(affected."orgId", affected.ids);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "AvailabilityWindow_inserted" AFTER INSERT ON "AvailabilityWindow"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_availability_changed();
CREATE TRIGGER "AvailabilityWindow_deleted" AFTER DELETE ON "AvailabilityWindow"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_availability_changed();
CREATE TRIGGER "AvailabilityWindow_updated" AFTER UPDATE ON "AvailabilityWindow"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_availability_changed();

GRANT EXECUTE ON FUNCTION app_refresh_weekly_availability(uuid, uuid[]), app_availability_changed() TO peerbridge_app, peerbridge_system;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Skill', 'SkillSynonym', 'SkillRelation', 'EmployeeSkill', 'LearningGoal', 'AvailabilityWindow', 'TimeOff'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO peerbridge_app USING ("orgId" = app_current_org_id()) WITH CHECK ("orgId" = app_current_org_id())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO peerbridge_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

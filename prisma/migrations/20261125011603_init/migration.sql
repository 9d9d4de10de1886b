-- Generated from prisma/schema.prisma by scripts/new-migration.ts. Append raw SQL (RLS policies for new
-- tenant tables, constraints) below; every table with "orgId" needs forced RLS and a tenant policy.
-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EMPLOYEE', 'STEWARD', 'HR_ADMIN', 'ADMIN');

-- CreateEnum
CREATE TYPE "EmployeeStatus" AS ENUM ('ACTIVE', 'DEACTIVATED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" TIMESTAMPTZ(3),
    "image" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "Location" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "Employee" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EMPLOYEE',
    "title" TEXT,
    "departmentId" UUID,
    "locationId" UUID,
    "managerId" UUID,
    "timeZone" TEXT NOT NULL,
    "status" "EmployeeStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Employee_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "orgId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("orgId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Department_orgId_name_key" ON "Department"("orgId", "name");

-- CreateIndex
CREATE INDEX "Location_orgId_region_idx" ON "Location"("orgId", "region");

-- CreateIndex
CREATE UNIQUE INDEX "Location_orgId_name_key" ON "Location"("orgId", "name");

-- CreateIndex
CREATE INDEX "Employee_userId_idx" ON "Employee"("userId");

-- CreateIndex
CREATE INDEX "Employee_orgId_departmentId_idx" ON "Employee"("orgId", "departmentId");

-- CreateIndex
CREATE INDEX "Employee_orgId_locationId_idx" ON "Employee"("orgId", "locationId");

-- CreateIndex
CREATE INDEX "Employee_orgId_managerId_idx" ON "Employee"("orgId", "managerId");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_orgId_email_key" ON "Employee"("orgId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_orgId_userId_key" ON "Employee"("orgId", "userId");

-- CreateIndex
CREATE INDEX "AuditEvent_orgId_at_idx" ON "AuditEvent"("orgId", "at" DESC);

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_orgId_departmentId_fkey" FOREIGN KEY ("orgId", "departmentId") REFERENCES "Department"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_orgId_locationId_fkey" FOREIGN KEY ("orgId", "locationId") REFERENCES "Location"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_orgId_managerId_fkey" FOREIGN KEY ("orgId", "managerId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_orgId_actorId_fkey" FOREIGN KEY ("orgId", "actorId") REFERENCES "Employee"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- ─── Tenant isolation (hand-written) ─────────────────────────────────────────────────────────────
-- peerbridge_app: the role every tenant request runs as (withTenant does SET LOCAL ROLE). It owns nothing,
-- is not superuser and has no BYPASSRLS, so the policies below always apply to it.
-- peerbridge_system: the role of lib/db/system.ts (lookups before an org is known, seeding, the CLI). It
-- sees every org, but only where a policy says so, and it works even when the login user is not a superuser.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'peerbridge_app') THEN
    CREATE ROLE peerbridge_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'peerbridge_system') THEN
    CREATE ROLE peerbridge_system NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
  IF NOT pg_has_role(current_user, 'peerbridge_app', 'MEMBER') THEN
    EXECUTE format('GRANT peerbridge_app TO %I', current_user);
  END IF;
  IF NOT pg_has_role(current_user, 'peerbridge_system', 'MEMBER') THEN
    EXECUTE format('GRANT peerbridge_system TO %I', current_user);
  END IF;
END $$;

-- The org of the current transaction, set by withTenant with set_config('app.org_id', …, true).
-- NULLIF: after a transaction ends the setting reads '' rather than NULL.
CREATE FUNCTION app_current_org_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT NULLIF(current_setting('app.org_id', true), '')::uuid
$$;

GRANT USAGE ON SCHEMA public TO peerbridge_app, peerbridge_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO peerbridge_app, peerbridge_system;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO peerbridge_app, peerbridge_system;
GRANT EXECUTE ON FUNCTION app_current_org_id() TO peerbridge_app, peerbridge_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO peerbridge_app, peerbridge_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO peerbridge_app, peerbridge_system;

-- Global identity and sign-in tables are for the system role only.
REVOKE ALL ON "User", "Account", "VerificationToken" FROM peerbridge_app;
DO $$
BEGIN
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM peerbridge_app, peerbridge_system;
  END IF;
END $$;

-- Organization: a tenant sees only its own org row.
ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Organization" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Organization" TO peerbridge_app
  USING ("id" = app_current_org_id()) WITH CHECK ("id" = app_current_org_id());
CREATE POLICY system_access ON "Organization" TO peerbridge_system USING (true) WITH CHECK (true);

-- Every table with "orgId": forced RLS, the tenant policy for the app role, full access for the system role.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Department', 'Location', 'Employee', 'AuditEvent'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO peerbridge_app USING ("orgId" = app_current_org_id()) WITH CHECK ("orgId" = app_current_org_id())', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO peerbridge_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

-- Audit history is append-only for tenants.
REVOKE UPDATE, DELETE ON "AuditEvent" FROM peerbridge_app;

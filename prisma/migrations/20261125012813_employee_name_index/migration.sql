-- Generated from prisma/schema.prisma by scripts/new-migration.ts. Append raw SQL (RLS policies for new
-- tenant tables, constraints) below; every table with "orgId" needs forced RLS and a tenant policy.
-- CreateIndex
CREATE INDEX "Employee_orgId_name_idx" ON "Employee"("orgId", "name");

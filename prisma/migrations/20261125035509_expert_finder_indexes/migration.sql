-- Raw SQL (no schema change): two indexes the expert finder (lib/people/find-experts.ts) relies on at
-- 100,000 employees; the query plans are in the issue note.

-- The finder converts the viewer's weekly hours into every time zone in use; a skip scan over this index
-- lists an org's zones with one probe per zone instead of reading every employee.
CREATE INDEX "Employee_orgId_timeZone_idx" ON "Employee" ("orgId", "timeZone");

-- A skill's holders are filtered by status, department and office and ranked by mentoring capacity: with
-- those columns included, the join from EmployeeSkill_finder_idx reads only indexes (a merge join in id
-- order), and a person's row is fetched only for the page being shown.
CREATE INDEX "Employee_finder_idx" ON "Employee" ("orgId", "id") INCLUDE ("status", "departmentId", "locationId", "mentoringCapacity", "timeZone");

-- Raw SQL (no schema change): two indexes the expert finder (lib/people/find-experts.ts) relies on at
-- 100,000 employees; the query plans are in the issue note.

-- The finder converts the viewer's weekly hours into every time zone in use; a skip scan over this index
-- lists an org's zones with one probe per zone instead of reading every employee.
CREATE INDEX "Employee_orgId_timeZone_idx" ON "Employee" ("orgId", "timeZone");

-- The finder filters a skill's holders by status, department and office and ranks them by teaching room:
-- with those columns included, it joins the holders from EmployeeSkill_finder_idx to this index alone (a
-- merge join in id order) and reads table rows only for the groups of the page being shown. The
-- directory's counts by department or region read it the same way. (Including name, title and the
-- weekly hours as well makes the index twice as large and the planner then prefers a table scan.)
CREATE INDEX "Employee_finder_idx" ON "Employee" ("orgId", "id") INCLUDE ("status", "departmentId", "locationId", "mentoringCapacity", "timeZone");

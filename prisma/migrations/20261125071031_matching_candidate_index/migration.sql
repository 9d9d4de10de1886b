-- Matching reads, for every teacher of a skill, the few Employee columns the scoring model needs. For a
-- popular skill that is 10,000+ people of a 100,000-person org; a covering index lets Postgres read them
-- without visiting the (much wider) table rows.
CREATE INDEX "Employee_matching_idx" ON "Employee" ("orgId", "id")
  INCLUDE ("name", "title", "status", "departmentId", "locationId", "managerId", "timeZone", "mentoringCapacity", "languages", "weeklyAvailability");

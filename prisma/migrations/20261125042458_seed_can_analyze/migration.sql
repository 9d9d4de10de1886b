-- Raw SQL (no schema change): lets peerbridge_system (seeding, the CLI) refresh planner statistics of the
-- tables a large seed fills. Right after the scale seed bulk-loads a million rows, autovacuum has not yet
-- analyzed them; with stale statistics the planner picks an index on "orgId" alone for the per-employee
-- cascade of a delete (about 70 ms per employee instead of 0.01 ms), so replacing the scale org took over
-- ten minutes, and the first benchmark queries would be planned blind. MAINTAIN (PostgreSQL 17+) allows
-- ANALYZE and VACUUM only: no ownership, no schema changes. On an older server (DATABASE_URL) the grant is
-- skipped and the seed's ANALYZE is skipped with it (lib/seed/scale.ts).
DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 170000 THEN
    GRANT MAINTAIN ON "Employee", "EmployeeSkill", "LearningGoal", "AvailabilityWindow", "TimeOff", "Skill", "SkillSynonym" TO peerbridge_system;
  END IF;
END $$;

-- Raw SQL (no schema change): name/title search that can use the trigram indexes.
-- Under row-level security PostgreSQL will not use an index for a qual whose operator is not LEAKPROOF
-- (ILIKE is not), so as peerbridge_app `name ILIKE '%garcia%'` reads every employee of every org. This
-- function runs as peerbridge_system (whose policy is `true`, so the planner may use the GIN indexes) and
-- applies the tenant rule itself: only rows of the transaction's org, app_current_org_id(), the same
-- expression as the tenant_isolation policy, so no org is known (NULL) means no rows. It returns ids only;
-- callers join them back to "Employee" under RLS. tests/integration/employee-text-search.test.ts checks it.
CREATE FUNCTION app_employee_ids_matching(pattern text) RETURNS TABLE ("id" uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT e."id" FROM "Employee" e
   WHERE e."orgId" = app_current_org_id() AND (e."name" ILIKE pattern OR e."title" ILIKE pattern)
$$;
-- A new owner needs CREATE on the schema unless the migrating user is a superuser; grant it just for this.
GRANT CREATE ON SCHEMA public TO peerbridge_system;
ALTER FUNCTION app_employee_ids_matching(text) OWNER TO peerbridge_system;
REVOKE CREATE ON SCHEMA public FROM peerbridge_system;
REVOKE ALL ON FUNCTION app_employee_ids_matching(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_employee_ids_matching(text) TO peerbridge_app;

-- Generated from prisma/schema.prisma by scripts/new-migration.ts. Append raw SQL (RLS policies for new
-- tenant tables, constraints) below; every table with "orgId" needs forced RLS and a tenant policy.
-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "ics" TEXT;

-- ─── Session emails through the job queue (hand-written) ───────────────────────────────────────────
-- Emails about a session are queued in the same transaction as the change that causes them: a booking that
-- rolls back never emails, one that commits always does. The queue is graphile-worker's (schema
-- graphile_worker, installed by lib/db/migrate.ts right after these migrations); plpgsql resolves
-- graphile_worker.add_job when it runs, so this migration does not need that schema yet.

-- The app role's only way into the queue. It runs as its owner (the migrating user, who also owns the
-- graphile_worker schema); it stamps the transaction's org into the payload (overriding any orgId the
-- caller put there) and into the job key, so a tenant can neither queue work for another org nor replace
-- another org's job. Workers scope everything they read to that orgId.
CREATE FUNCTION app_enqueue_job(task text, payload jsonb, run_at timestamptz DEFAULT NULL, job_key text DEFAULT NULL) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  org uuid := public.app_current_org_id();
BEGIN
  IF org IS NULL THEN
    RAISE EXCEPTION 'app_enqueue_job: no org in this transaction (app.org_id)';
  END IF;
  PERFORM graphile_worker.add_job(
    task,
    (coalesce(payload, '{}'::jsonb) || jsonb_build_object('orgId', org))::json,
    NULL,
    run_at,
    10,
    CASE WHEN job_key IS NULL THEN NULL ELSE org::text || ':' || job_key END);
END $$;
REVOKE ALL ON FUNCTION app_enqueue_job(text, jsonb, timestamptz, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_enqueue_job(text, jsonb, timestamptz, text) TO peerbridge_app;

-- Every way a person's place in a session changes goes through SessionParticipant (booking, the host's
-- own row, waitlist promotion, leaving, canceling the whole session, rescheduling), so a trigger there
-- queues the emails and no code path can forget to. The worker (lib/notifications) reads the current state
-- when it sends and skips what no longer applies (canceled since, moved since, muted by the recipient).
-- Only for the app role: seeding and the CLI write as peerbridge_system and queue nothing.
CREATE FUNCTION app_queue_session_emails() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  was_booked boolean := TG_OP = 'UPDATE' AND OLD."status" = 'BOOKED';
  is_booked boolean := NEW."status" = 'BOOKED';
  person text := NEW."sessionId"::text || ':' || NEW."employeeId"::text;
  actor uuid;
  base jsonb;
BEGIN
  IF current_user <> 'peerbridge_app' THEN
    RETURN NULL;
  END IF;
  SELECT e."id" INTO actor FROM "Employee" e
   WHERE e."orgId" = NEW."orgId" AND e."userId" = NULLIF(current_setting('app.user_id', true), '')::uuid;
  base := jsonb_build_object('sessionId', NEW."sessionId", 'employeeId', NEW."employeeId", 'actorId', actor,
                             'startsAt', NEW."startsAt", 'endsAt', NEW."endsAt");
  IF is_booked AND NOT was_booked THEN
    PERFORM app_enqueue_job('session_email', base || '{"kind": "SESSION_CONFIRMATION"}');
  ELSIF was_booked AND NOT is_booked THEN
    PERFORM app_enqueue_job('session_email', base || '{"kind": "SESSION_CANCELLATION", "hadInvite": true}');
    RETURN NULL;
  ELSIF TG_OP = 'UPDATE' AND OLD."status" = 'WAITLISTED' AND NEW."status" = 'CANCELED' THEN
    -- Someone waiting for a seat hears that the whole session is off (leaving the waitlist yourself is silent).
    IF EXISTS (SELECT 1 FROM "PeerSession" s WHERE s."orgId" = NEW."orgId" AND s."id" = NEW."sessionId" AND s."status" = 'CANCELED') THEN
      PERFORM app_enqueue_job('session_email', base || '{"kind": "SESSION_CANCELLATION", "hadInvite": false}');
    END IF;
    RETURN NULL;
  ELSIF is_booked AND (OLD."startsAt" <> NEW."startsAt" OR OLD."endsAt" <> NEW."endsAt") THEN
    PERFORM app_enqueue_job('session_email', base || '{"kind": "SESSION_CHANGE"}');
  ELSE
    RETURN NULL;
  END IF;
  -- Booked now (newly, or at new times): the reminder a day before (unless that has passed) and the
  -- feedback prompt at the end, keyed per session and person so a later change replaces them.
  IF NEW."startsAt" - interval '24 hours' > now() THEN
    PERFORM app_enqueue_job('session_email', base || '{"kind": "SESSION_REMINDER"}', NEW."startsAt" - interval '24 hours', 'reminder:' || person);
  END IF;
  PERFORM app_enqueue_job('session_email', base || '{"kind": "FEEDBACK_PROMPT"}', NEW."endsAt", 'feedback:' || person);
  RETURN NULL;
END $$;

CREATE TRIGGER "SessionParticipant_queue_emails"
  AFTER INSERT OR UPDATE OF "status", "startsAt", "endsAt" ON "SessionParticipant"
  FOR EACH ROW EXECUTE FUNCTION app_queue_session_emails();

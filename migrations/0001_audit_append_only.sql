-- The audit log is append-only. The one update allowed is the sealer's: giving
-- an unsealed row its chain position and hash, leaving every other column as it was.
-- These triggers stop mistakes and the application's own roles; a database
-- superuser can still disable them, which is why `komar audit verify` checks
-- the hash chain as well.
CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.seq IS NULL AND OLD.hash IS NULL
     AND NEW.seq IS NOT NULL AND NEW.hash IS NOT NULL
     AND NEW.id = OLD.id AND NEW.at = OLD.at
     AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
     AND NEW.actor_label = OLD.actor_label AND NEW.action = OLD.action
     AND NEW.record_type IS NOT DISTINCT FROM OLD.record_type
     AND NEW.record_id IS NOT DISTINCT FROM OLD.record_id
     AND NEW.detail = OLD.detail THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard();

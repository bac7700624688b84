-- A commitment letter's text is frozen when it is drafted; once signed, nothing about the signature
-- changes either; the only change left is marking it withdrawn (中途退出), and a withdrawn letter
-- is final. Letters are never deleted. This holds for every database user, admins included
-- (ISSUE 5 item 8); the application refuses the same in its use cases.
CREATE OR REPLACE FUNCTION commitment_letters_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'commitment letters are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.number IS DISTINCT FROM OLD.number OR NEW.application_id IS DISTINCT FROM OLD.application_id
     OR NEW.entry_id IS DISTINCT FROM OLD.entry_id OR NEW.applicant_id IS DISTINCT FROM OLD.applicant_id
     OR NEW.region_code IS DISTINCT FROM OLD.region_code OR NEW.proof_name IS DISTINCT FROM OLD.proof_name
     OR NEW.text IS DISTINCT FROM OLD.text OR NEW.sm3 IS DISTINCT FROM OLD.sm3 OR NEW.disclosure IS DISTINCT FROM OLD.disclosure
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'the text of commitment letter % is frozen', OLD.number USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status = 'withdrawn' THEN
    RAISE EXCEPTION 'commitment letter % is withdrawn and final', OLD.number USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status = 'signed' AND (NEW.status <> 'withdrawn'
     OR NEW.sign_method IS DISTINCT FROM OLD.sign_method OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
     OR NEW.signed_by IS DISTINCT FROM OLD.signed_by OR NEW.signed_payload IS DISTINCT FROM OLD.signed_payload
     OR NEW.signature IS DISTINCT FROM OLD.signature OR NEW.key_id IS DISTINCT FROM OLD.key_id
     OR NEW.scan_file_id IS DISTINCT FROM OLD.scan_file_id) THEN
    RAISE EXCEPTION 'commitment letter % is signed: only withdrawal is possible', OLD.number USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status = 'signed' AND (NEW.signature IS NULL OR NEW.signed_payload IS NULL OR NEW.signed_at IS NULL) THEN
    RAISE EXCEPTION 'commitment letter % cannot be signed without a signature', OLD.number USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER commitment_letters_frozen BEFORE UPDATE OR DELETE ON commitment_letters
  FOR EACH ROW EXECUTE FUNCTION commitment_letters_guard();
--> statement-breakpoint
-- Evidence tables refuse truncation outright, and uploaded files (proofs, scans of signed paper
-- letters) any change at all: one function, naming the table and the operation refused.
CREATE OR REPLACE FUNCTION commitment_records_refuse() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER commitment_letters_no_truncate BEFORE TRUNCATE ON commitment_letters
  FOR EACH STATEMENT EXECUTE FUNCTION commitment_records_refuse();
--> statement-breakpoint
CREATE TRIGGER application_files_append_only BEFORE UPDATE OR DELETE ON application_files
  FOR EACH ROW EXECUTE FUNCTION commitment_records_refuse();
--> statement-breakpoint
CREATE TRIGGER application_files_no_truncate BEFORE TRUNCATE ON application_files
  FOR EACH STATEMENT EXECUTE FUNCTION commitment_records_refuse();

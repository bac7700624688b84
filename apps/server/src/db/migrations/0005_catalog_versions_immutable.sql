-- A published list version is a legal record: once written it never changes (ISSUE 3: immutable versions).
CREATE OR REPLACE FUNCTION list_versions_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is immutable once published: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER list_versions_immutable BEFORE UPDATE OR DELETE ON list_versions
  FOR EACH ROW EXECUTE FUNCTION list_versions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER list_version_entries_immutable BEFORE UPDATE OR DELETE ON list_version_entries
  FOR EACH ROW EXECUTE FUNCTION list_versions_refuse_change();

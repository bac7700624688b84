-- Every app server keeps its search index current: a change to the published lists, the
-- adoptions or the synonyms sends NOTIFY pfc_search after commit (servers also poll, in case a
-- listening connection was down when it was sent).
CREATE OR REPLACE FUNCTION pfc_search_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('pfc_search', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER list_versions_search_notify AFTER INSERT OR UPDATE OR DELETE ON list_versions FOR EACH STATEMENT EXECUTE FUNCTION pfc_search_notify();
--> statement-breakpoint
CREATE TRIGGER list_adoptions_search_notify AFTER INSERT OR UPDATE OR DELETE ON list_adoptions FOR EACH STATEMENT EXECUTE FUNCTION pfc_search_notify();
--> statement-breakpoint
CREATE TRIGGER search_synonyms_search_notify AFTER INSERT OR UPDATE OR DELETE ON search_synonyms FOR EACH STATEMENT EXECUTE FUNCTION pfc_search_notify();

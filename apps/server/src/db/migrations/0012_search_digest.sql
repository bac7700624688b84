-- A fingerprint of each published entry (lists and snapshot), so that the search index can find
-- what a new version changed by comparing 8-byte hashes in the database instead of reading every
-- snapshot again. Generated and stored: the immutable rows keep it true without any writer's help.
ALTER TABLE "list_version_entries" ADD COLUMN "digest" bigint GENERATED ALWAYS AS (jsonb_hash_extended(lists, jsonb_hash_extended(snapshot, 0))) STORED NOT NULL;
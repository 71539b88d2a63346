-- The reader data generation (docs/decisions/0016-cache-sharing.md). Every
-- transaction that changes what readers see adds one row (count 1) to
-- "ReaderChange", so sum(count) counts the committed changes a snapshot can
-- see: an app server that reads the same sum as before knows no change has
-- become visible since. Triggers do it, so writes from anywhere count: the
-- app, the CLI importer, psql, a restore.
--
-- Writers only insert, so they never wait on one another (a single counter
-- row would serialise them and could deadlock against their row locks).
-- Every 128th row folds the older rows into one row carrying their sum,
-- skipping rows another compaction holds, so the sum never changes by it and
-- the table stays small. (Constraint triggers, which would run at commit, are
-- avoided: Prisma's introspection cannot read them.)

-- CreateTable
CREATE TABLE "ReaderChange" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ReaderChange_pkey" PRIMARY KEY ("id")
);

CREATE FUNCTION hindsight_reader_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  added integer;
BEGIN
  -- Once per transaction (the flag is transaction-local and rolls back with it).
  IF current_setting('hindsight.reader_changed', true) IS NOT DISTINCT FROM 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('hindsight.reader_changed', 'on', true);
  INSERT INTO "ReaderChange" ("count") VALUES (1) RETURNING "id" INTO added;
  IF added % 128 = 0 THEN
    WITH gone AS (
      DELETE FROM "ReaderChange" WHERE "id" IN (
        SELECT "id" FROM "ReaderChange" WHERE "id" < added ORDER BY "id" FOR UPDATE SKIP LOCKED
      ) RETURNING "count"
    )
    INSERT INTO "ReaderChange" ("count") SELECT sum("count") FROM gone HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END;
$$;

-- What readers see: outlets, articles, events, claims, evidence, verdicts.
-- Accounts, sessions, rate limits, tokens, the audit log and suggestion
-- rejections are left out, so sign-ins and API calls keep the caches.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Outlet', 'Article', 'Event', 'Claim', 'Evidence', 'Verdict'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION hindsight_reader_changed()', t || '_reader_changed', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION hindsight_reader_changed()', t || '_reader_changed_truncate', t);
  END LOOP;
END;
$$;

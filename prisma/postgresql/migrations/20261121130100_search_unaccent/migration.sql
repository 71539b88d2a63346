-- Accent-blind search on PostgreSQL, as SQLite's FTS5 index already is
-- (tokenize = 'unicode61 remove_diacritics 2', server/search-sqlite.ts): a
-- search for "ceremonie" finds "cérémonie". The SQLite side needs no change,
-- so this migration has no SQLite twin.
--
-- unaccent() is only STABLE (its dictionary could change), and a generated
-- column may only call IMMUTABLE functions; the wrapper names the dictionary
-- and schema explicitly and promises immutability, the usual pattern. If the
-- unaccent rules were ever edited, rebuild the columns (this migration's
-- DROP/ADD does that).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

CREATE FUNCTION public.hindsight_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- PostgreSQL 15 cannot change a generation expression in place: drop the
-- columns (their GIN indexes go with them) and add them again.
ALTER TABLE "Claim" DROP COLUMN "searchVector";
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, public.hindsight_unaccent((((statement || ' '::text) || "quoteText") || ' '::text) || "attributedTo"))) STORED;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

ALTER TABLE "Evidence" DROP COLUMN "searchVector";
ALTER TABLE "Evidence" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, public.hindsight_unaccent(("quoteText" || ' '::text) || COALESCE(note, ''::text)))) STORED;
CREATE INDEX "Evidence_searchVector_idx" ON "Evidence" USING GIN ("searchVector");

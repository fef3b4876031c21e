-- Full-text search over tickets (issue 6). Hand-written: Drizzle cannot express a text search
-- configuration, and the tsvector columns stay out of schema.ts on purpose (every `select()` of a
-- ticket or message would otherwise carry them). PGlite loads `unaccent` at every open (db/client.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- French stemming with accents folded before stemming: « échec » and « echec » are one lexeme.
CREATE TEXT SEARCH CONFIGURATION "guichet_fr" (COPY = pg_catalog.french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION "guichet_fr" ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could be changed); with the dictionary named, the
-- result is fixed for our purposes, so this wrapper may be IMMUTABLE and serve in an index.
CREATE FUNCTION "guichet_unaccent"(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('guichet_fr'::regconfig, "subject"), 'A') || setweight(to_tsvector('guichet_fr'::regconfig, "description"), 'B')
) STORED;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('guichet_fr'::regconfig, "body")) STORED;--> statement-breakpoint
CREATE INDEX "tickets_search_idx" ON "tickets" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "messages_search_idx" ON "messages" USING gin ("search_vector");--> statement-breakpoint
-- The typo fallback (« imprimnte ») on subjects only: a trigram index over descriptions and
-- messages would be several times the size of the tables' text for little gain.
CREATE INDEX "tickets_subject_trgm_idx" ON "tickets" USING gin (guichet_unaccent("subject") gin_trgm_ops);

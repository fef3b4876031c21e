CREATE TABLE "rating_days" (
	"day" date NOT NULL,
	"agent_id" uuid NOT NULL,
	"ratings" integer DEFAULT 0 NOT NULL,
	"stars" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rating_days_day_agent_id_pk" PRIMARY KEY("day","agent_id")
);
--> statement-breakpoint
CREATE TABLE "resolution_days" (
	"day" date NOT NULL,
	"bucket" integer NOT NULL,
	"tickets" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "resolution_days_day_bucket_pk" PRIMARY KEY("day","bucket")
);
--> statement-breakpoint
CREATE TABLE "ticket_stats_days" (
	"day" date NOT NULL,
	"agent_id" uuid NOT NULL,
	"opened" integer DEFAULT 0 NOT NULL,
	"first_responses" integer DEFAULT 0 NOT NULL,
	"first_response_ms" bigint DEFAULT 0 NOT NULL,
	"resolved" integer DEFAULT 0 NOT NULL,
	"resolution_ms" bigint DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ticket_stats_days_day_agent_id_pk" PRIMARY KEY("day","agent_id")
);
--> statement-breakpoint
-- each message carries its ticket's client (search: a client's newest messages first), held to it
-- by a foreign key on both columns
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_id_client_key" UNIQUE("id","client_id");--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "client_id" uuid;--> statement-breakpoint
UPDATE "messages" AS "m" SET "client_id" = "t"."client_id" FROM "tickets" AS "t" WHERE "t"."id" = "m"."ticket_id";--> statement-breakpoint
ALTER TABLE "messages" ALTER COLUMN "client_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_ticket_client_fk" FOREIGN KEY ("ticket_id","client_id") REFERENCES "public"."tickets"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_created_idx" ON "messages" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "messages_client_created_idx" ON "messages" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "tickets_assignee_resolved_idx" ON "tickets" USING btree ("assignee_id","resolved_at") INCLUDE ("created_at") WHERE "tickets"."resolved_at" is not null;--> statement-breakpoint
CREATE INDEX "tickets_client_resolved_idx" ON "tickets" USING btree ("client_id","resolved_at") INCLUDE ("created_at", "assignee_id") WHERE "tickets"."resolved_at" is not null;--> statement-breakpoint
-- The performance report's rollups (docs/decisions.md, « Performance report »): tickets per company
-- day and current assignee, resolved tickets per day and resolution-time bucket, ratings per day and
-- credited agent. Statement triggers hand their rows, +1 for the new and -1 for the old, to one
-- function per table that adds them up per key and upserts in key order (concurrent writers lock
-- rollup rows in the same order); a change of the company's time zone rebuilds them all. INCLUDE
-- columns above: written by hand.
CREATE FUNCTION "guichet_resolution_bucket"("minutes" bigint) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN "minutes" < 100 THEN greatest("minutes", 0)::int ELSE 100 + floor(ln("minutes" / 100.0) / ln(1.02))::int END $$;--> statement-breakpoint
-- a bucket's minutes: the minute itself below 100, else the bucket's geometric middle (within 1 % of any time in it)
CREATE FUNCTION "guichet_bucket_minutes"("bucket" integer) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN "bucket" < 100 THEN "bucket"::double precision ELSE 100 * power(1.02::double precision, "bucket" - 100 + 0.5) END $$;--> statement-breakpoint
CREATE TYPE "ticket_stats_move" AS ("created_at" timestamptz, "first_response_at" timestamptz, "resolved_at" timestamptz, "closed_at" timestamptz, "agent_id" uuid, "sign" integer);--> statement-breakpoint
CREATE FUNCTION "ticket_stats_record"("moves" "ticket_stats_move"[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	"zone" text := coalesce((SELECT "time_zone" FROM "settings" WHERE "id" = 1), 'UTC');
BEGIN
	INSERT INTO "ticket_stats_days" AS "r" ("day", "agent_id", "opened", "first_responses", "first_response_ms", "resolved", "resolution_ms", "closed")
	SELECT "day", "agent_id", sum("opened"), sum("first_responses"), sum("first_response_ms"), sum("resolved"), sum("resolution_ms"), sum("closed")
	FROM (
		SELECT ("m"."created_at" AT TIME ZONE "zone")::date AS "day", "m"."agent_id", "m"."sign" AS "opened",
			CASE WHEN "m"."first_response_at" IS NOT NULL THEN "m"."sign" ELSE 0 END AS "first_responses",
			coalesce("m"."sign" * round(extract(epoch FROM "m"."first_response_at" - "m"."created_at") * 1000)::bigint, 0) AS "first_response_ms",
			0 AS "resolved", 0::bigint AS "resolution_ms", 0 AS "closed"
		FROM unnest("moves") AS "m"
		UNION ALL
		SELECT ("m"."resolved_at" AT TIME ZONE "zone")::date, "m"."agent_id", 0, 0, 0, "m"."sign",
			"m"."sign" * round(extract(epoch FROM "m"."resolved_at" - "m"."created_at") * 1000)::bigint, 0
		FROM unnest("moves") AS "m" WHERE "m"."resolved_at" IS NOT NULL
		UNION ALL
		SELECT ("m"."closed_at" AT TIME ZONE "zone")::date, "m"."agent_id", 0, 0, 0, 0, 0, "m"."sign"
		FROM unnest("moves") AS "m" WHERE "m"."closed_at" IS NOT NULL
	) AS "parts"
	GROUP BY 1, 2
	HAVING sum("opened") <> 0 OR sum("first_responses") <> 0 OR sum("first_response_ms") <> 0 OR sum("resolved") <> 0 OR sum("resolution_ms") <> 0 OR sum("closed") <> 0
	ORDER BY 1, 2
	ON CONFLICT ("day", "agent_id") DO UPDATE SET
		"opened" = "r"."opened" + excluded."opened",
		"first_responses" = "r"."first_responses" + excluded."first_responses",
		"first_response_ms" = "r"."first_response_ms" + excluded."first_response_ms",
		"resolved" = "r"."resolved" + excluded."resolved",
		"resolution_ms" = "r"."resolution_ms" + excluded."resolution_ms",
		"closed" = "r"."closed" + excluded."closed";
	INSERT INTO "resolution_days" AS "r" ("day", "bucket", "tickets")
	SELECT ("m"."resolved_at" AT TIME ZONE "zone")::date,
		guichet_resolution_bucket(round(extract(epoch FROM "m"."resolved_at" - "m"."created_at") / 60)::bigint), sum("m"."sign")
	FROM unnest("moves") AS "m" WHERE "m"."resolved_at" IS NOT NULL
	GROUP BY 1, 2 HAVING sum("m"."sign") <> 0 ORDER BY 1, 2
	ON CONFLICT ("day", "bucket") DO UPDATE SET "tickets" = "r"."tickets" + excluded."tickets";
END $$;--> statement-breakpoint
-- what the report counts of a ticket: a closing day only while it is closed; no assignee = the nil uuid
CREATE FUNCTION "ticket_stats_move_of"("t" "tickets", "sign" integer) RETURNS "ticket_stats_move" LANGUAGE sql IMMUTABLE
AS $$ SELECT ROW("t"."created_at", "t"."first_response_at", "t"."resolved_at", CASE WHEN "t"."status" = 'closed' THEN "t"."closed_at" END,
	coalesce("t"."assignee_id", '00000000-0000-0000-0000-000000000000'), "sign")::ticket_stats_move $$;--> statement-breakpoint
CREATE FUNCTION "ticket_stats_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM ticket_stats_record(array(
			SELECT ticket_stats_move_of("n", 1) FROM "new_rows" AS "n"));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM ticket_stats_record(array(
			SELECT ticket_stats_move_of("o", -1) FROM "old_rows" AS "o"));
	ELSE
		-- only the tickets where something the report counts changed: out with the old, in with the new
		PERFORM ticket_stats_record(array(
			SELECT "v"."m" FROM "new_rows" AS "n" JOIN "old_rows" AS "o" ON "o"."id" = "n"."id"
			CROSS JOIN LATERAL (VALUES (ticket_stats_move_of("n", 1)), (ticket_stats_move_of("o", -1))) AS "v"("m")
			WHERE ticket_stats_move_of("n", 1) IS DISTINCT FROM ticket_stats_move_of("o", 1)));
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "tickets_stats_insert" AFTER INSERT ON "tickets" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ticket_stats_apply"();--> statement-breakpoint
CREATE TRIGGER "tickets_stats_update" AFTER UPDATE ON "tickets" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ticket_stats_apply"();--> statement-breakpoint
CREATE TRIGGER "tickets_stats_delete" AFTER DELETE ON "tickets" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ticket_stats_apply"();--> statement-breakpoint
-- ratings: the same, per day of the rating and credited agent
CREATE TYPE "rating_move" AS ("created_at" timestamptz, "agent_id" uuid, "stars" integer, "sign" integer);--> statement-breakpoint
CREATE FUNCTION "rating_move_of"("r" "ratings", "sign" integer) RETURNS "rating_move" LANGUAGE sql IMMUTABLE
AS $$ SELECT ROW("r"."created_at", coalesce("r"."agent_id", '00000000-0000-0000-0000-000000000000'), "r"."stars", "sign")::rating_move $$;--> statement-breakpoint
CREATE FUNCTION "rating_days_record"("moves" "rating_move"[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	"zone" text := coalesce((SELECT "time_zone" FROM "settings" WHERE "id" = 1), 'UTC');
BEGIN
	INSERT INTO "rating_days" AS "r" ("day", "agent_id", "ratings", "stars")
	SELECT ("m"."created_at" AT TIME ZONE "zone")::date, "m"."agent_id", sum("m"."sign"), sum("m"."sign" * "m"."stars")
	FROM unnest("moves") AS "m"
	GROUP BY 1, 2 HAVING sum("m"."sign") <> 0 OR sum("m"."sign" * "m"."stars") <> 0 ORDER BY 1, 2
	ON CONFLICT ("day", "agent_id") DO UPDATE SET "ratings" = "r"."ratings" + excluded."ratings", "stars" = "r"."stars" + excluded."stars";
END $$;--> statement-breakpoint
CREATE FUNCTION "rating_days_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM rating_days_record(array(SELECT rating_move_of("n", 1) FROM "new_rows" AS "n"));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM rating_days_record(array(SELECT rating_move_of("o", -1) FROM "old_rows" AS "o"));
	ELSE
		PERFORM rating_days_record(array(
			SELECT "v"."m" FROM "new_rows" AS "n" JOIN "old_rows" AS "o" ON "o"."ticket_id" = "n"."ticket_id"
			CROSS JOIN LATERAL (VALUES (rating_move_of("n", 1)), (rating_move_of("o", -1))) AS "v"("m")
			WHERE rating_move_of("n", 1) IS DISTINCT FROM rating_move_of("o", 1)));
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "ratings_days_insert" AFTER INSERT ON "ratings" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "rating_days_apply"();--> statement-breakpoint
CREATE TRIGGER "ratings_days_update" AFTER UPDATE ON "ratings" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "rating_days_apply"();--> statement-breakpoint
CREATE TRIGGER "ratings_days_delete" AFTER DELETE ON "ratings" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "rating_days_apply"();--> statement-breakpoint
-- everything again, in the new zone (also what is already there, below)
CREATE FUNCTION "ticket_stats_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	"t" "tickets";
	"r" "ratings";
	"moves" "ticket_stats_move"[] := '{}';
	"rated" "rating_move"[] := '{}';
BEGIN
	-- writers in flight finish first, and new ones wait for the new zone: none is counted in the old one
	LOCK TABLE "tickets", "ratings" IN SHARE MODE;
	DELETE FROM "ticket_stats_days";
	DELETE FROM "resolution_days";
	DELETE FROM "rating_days";
	-- by batches of 10,000, so a million tickets never sit in one array
	FOR "t" IN SELECT * FROM "tickets" LOOP
		"moves" := "moves" || ticket_stats_move_of("t", 1);
		IF cardinality("moves") >= 10000 THEN
			PERFORM ticket_stats_record("moves");
			"moves" := '{}';
		END IF;
	END LOOP;
	PERFORM ticket_stats_record("moves");
	FOR "r" IN SELECT * FROM "ratings" LOOP
		"rated" := "rated" || rating_move_of("r", 1);
		IF cardinality("rated") >= 10000 THEN
			PERFORM rating_days_record("rated");
			"rated" := '{}';
		END IF;
	END LOOP;
	PERFORM rating_days_record("rated");
END $$;--> statement-breakpoint
CREATE FUNCTION "ticket_stats_zone_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM ticket_stats_rebuild();
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "settings_time_zone_stats" AFTER UPDATE OF "time_zone" ON "settings" FOR EACH ROW WHEN (OLD."time_zone" IS DISTINCT FROM NEW."time_zone") EXECUTE FUNCTION "ticket_stats_zone_changed"();--> statement-breakpoint
SELECT ticket_stats_rebuild();

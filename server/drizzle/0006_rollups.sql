CREATE TABLE "agent_loads" (
	"agent_id" uuid PRIMARY KEY NOT NULL,
	"active_tickets" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cost_agent_days" (
	"agent_id" uuid NOT NULL,
	"work_date" date NOT NULL,
	"entries" integer NOT NULL,
	"minutes" bigint NOT NULL,
	"cost_cents" bigint NOT NULL,
	CONSTRAINT "cost_agent_days_agent_id_work_date_pk" PRIMARY KEY("agent_id","work_date")
);
--> statement-breakpoint
CREATE TABLE "cost_client_months" (
	"client_id" uuid NOT NULL,
	"month" date NOT NULL,
	"entries" integer NOT NULL,
	"minutes" bigint NOT NULL,
	"cost_cents" bigint NOT NULL,
	CONSTRAINT "cost_client_months_client_id_month_pk" PRIMARY KEY("client_id","month")
);
--> statement-breakpoint
ALTER TABLE "agent_loads" ADD CONSTRAINT "agent_loads_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_agent_days" ADD CONSTRAINT "cost_agent_days_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_client_months" ADD CONSTRAINT "cost_client_months_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cost_agent_days_day_idx" ON "cost_agent_days" USING btree ("work_date");--> statement-breakpoint
CREATE INDEX "cost_client_months_month_idx" ON "cost_client_months" USING btree ("month");--> statement-breakpoint
CREATE INDEX "time_entries_day_idx" ON "time_entries" USING btree ("work_date") INCLUDE ("client_id", "agent_id", "minutes", "cost_cents");--> statement-breakpoint
-- Rollups kept in step by statement triggers: one aggregated upsert per statement, in key order
-- (so concurrent writers lock rollup rows in the same order), whatever the number of rows.
CREATE FUNCTION "agent_loads_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO "agent_loads" ("agent_id", "active_tickets")
		SELECT "assignee_id", count(*)::int FROM "new_rows"
		WHERE "assignee_id" IS NOT NULL AND "status" IN ('open', 'in_progress')
		GROUP BY 1 ORDER BY 1
		ON CONFLICT ("agent_id") DO UPDATE SET "active_tickets" = "agent_loads"."active_tickets" + excluded."active_tickets";
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO "agent_loads" ("agent_id", "active_tickets")
		SELECT "assignee_id", -count(*)::int FROM "old_rows"
		WHERE "assignee_id" IS NOT NULL AND "status" IN ('open', 'in_progress')
		GROUP BY 1 ORDER BY 1
		ON CONFLICT ("agent_id") DO UPDATE SET "active_tickets" = "agent_loads"."active_tickets" + excluded."active_tickets";
	ELSE
		INSERT INTO "agent_loads" ("agent_id", "active_tickets")
		SELECT "agent_id", sum("d")::int FROM (
			SELECT "assignee_id" AS "agent_id", 1 AS "d" FROM "new_rows" WHERE "assignee_id" IS NOT NULL AND "status" IN ('open', 'in_progress')
			UNION ALL
			SELECT "assignee_id", -1 FROM "old_rows" WHERE "assignee_id" IS NOT NULL AND "status" IN ('open', 'in_progress')
		) AS "moves"
		GROUP BY 1 HAVING sum("d") <> 0 ORDER BY 1
		ON CONFLICT ("agent_id") DO UPDATE SET "active_tickets" = "agent_loads"."active_tickets" + excluded."active_tickets";
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "tickets_agent_loads_insert" AFTER INSERT ON "tickets" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "agent_loads_apply"();--> statement-breakpoint
CREATE TRIGGER "tickets_agent_loads_update" AFTER UPDATE ON "tickets" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "agent_loads_apply"();--> statement-breakpoint
CREATE TRIGGER "tickets_agent_loads_delete" AFTER DELETE ON "tickets" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "agent_loads_apply"();--> statement-breakpoint
CREATE FUNCTION "cost_rollups_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO "cost_client_months" AS "r" ("client_id", "month", "entries", "minutes", "cost_cents")
		SELECT "client_id", date_trunc('month', "work_date")::date, sum("n"), sum("minutes"), sum("cost_cents") FROM (SELECT "client_id", "agent_id", "work_date", 1 AS "n", "minutes"::bigint AS "minutes", "cost_cents"::bigint AS "cost_cents" FROM "new_rows") AS "m"
		GROUP BY 1, 2 HAVING sum("n") <> 0 OR sum("minutes") <> 0 OR sum("cost_cents") <> 0 ORDER BY 1, 2
		ON CONFLICT ("client_id", "month") DO UPDATE SET "entries" = "r"."entries" + excluded."entries", "minutes" = "r"."minutes" + excluded."minutes", "cost_cents" = "r"."cost_cents" + excluded."cost_cents";
		INSERT INTO "cost_agent_days" AS "r" ("agent_id", "work_date", "entries", "minutes", "cost_cents")
		SELECT "agent_id", "work_date", sum("n"), sum("minutes"), sum("cost_cents") FROM (SELECT "client_id", "agent_id", "work_date", 1 AS "n", "minutes"::bigint AS "minutes", "cost_cents"::bigint AS "cost_cents" FROM "new_rows") AS "m"
		GROUP BY 1, 2 HAVING sum("n") <> 0 OR sum("minutes") <> 0 OR sum("cost_cents") <> 0 ORDER BY 1, 2
		ON CONFLICT ("agent_id", "work_date") DO UPDATE SET "entries" = "r"."entries" + excluded."entries", "minutes" = "r"."minutes" + excluded."minutes", "cost_cents" = "r"."cost_cents" + excluded."cost_cents";
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO "cost_client_months" AS "r" ("client_id", "month", "entries", "minutes", "cost_cents")
		SELECT "client_id", date_trunc('month', "work_date")::date, sum("n"), sum("minutes"), sum("cost_cents") FROM (SELECT "client_id", "agent_id", "work_date", -1 AS "n", -"minutes"::bigint AS "minutes", -"cost_cents"::bigint AS "cost_cents" FROM "old_rows") AS "m"
		GROUP BY 1, 2 HAVING sum("n") <> 0 OR sum("minutes") <> 0 OR sum("cost_cents") <> 0 ORDER BY 1, 2
		ON CONFLICT ("client_id", "month") DO UPDATE SET "entries" = "r"."entries" + excluded."entries", "minutes" = "r"."minutes" + excluded."minutes", "cost_cents" = "r"."cost_cents" + excluded."cost_cents";
		INSERT INTO "cost_agent_days" AS "r" ("agent_id", "work_date", "entries", "minutes", "cost_cents")
		SELECT "agent_id", "work_date", sum("n"), sum("minutes"), sum("cost_cents") FROM (SELECT "client_id", "agent_id", "work_date", -1 AS "n", -"minutes"::bigint AS "minutes", -"cost_cents"::bigint AS "cost_cents" FROM "old_rows") AS "m"
		GROUP BY 1, 2 HAVING sum("n") <> 0 OR sum("minutes") <> 0 OR sum("cost_cents") <> 0 ORDER BY 1, 2
		ON CONFLICT ("agent_id", "work_date") DO UPDATE SET "entries" = "r"."entries" + excluded."entries", "minutes" = "r"."minutes" + excluded."minutes", "cost_cents" = "r"."cost_cents" + excluded."cost_cents";
	ELSE
		INSERT INTO "cost_client_months" AS "r" ("client_id", "month", "entries", "minutes", "cost_cents")
		SELECT "client_id", date_trunc('month', "work_date")::date, sum("n"), sum("minutes"), sum("cost_cents") FROM (SELECT "client_id", "agent_id", "work_date", 1 AS "n", "minutes"::bigint AS "minutes", "cost_cents"::bigint AS "cost_cents" FROM "new_rows" UNION ALL SELECT "client_id", "agent_id", "work_date", -1, -"minutes"::bigint, -"cost_cents"::bigint FROM "old_rows") AS "m"
		GROUP BY 1, 2 HAVING sum("n") <> 0 OR sum("minutes") <> 0 OR sum("cost_cents") <> 0 ORDER BY 1, 2
		ON CONFLICT ("client_id", "month") DO UPDATE SET "entries" = "r"."entries" + excluded."entries", "minutes" = "r"."minutes" + excluded."minutes", "cost_cents" = "r"."cost_cents" + excluded."cost_cents";
		INSERT INTO "cost_agent_days" AS "r" ("agent_id", "work_date", "entries", "minutes", "cost_cents")
		SELECT "agent_id", "work_date", sum("n"), sum("minutes"), sum("cost_cents") FROM (SELECT "client_id", "agent_id", "work_date", 1 AS "n", "minutes"::bigint AS "minutes", "cost_cents"::bigint AS "cost_cents" FROM "new_rows" UNION ALL SELECT "client_id", "agent_id", "work_date", -1, -"minutes"::bigint, -"cost_cents"::bigint FROM "old_rows") AS "m"
		GROUP BY 1, 2 HAVING sum("n") <> 0 OR sum("minutes") <> 0 OR sum("cost_cents") <> 0 ORDER BY 1, 2
		ON CONFLICT ("agent_id", "work_date") DO UPDATE SET "entries" = "r"."entries" + excluded."entries", "minutes" = "r"."minutes" + excluded."minutes", "cost_cents" = "r"."cost_cents" + excluded."cost_cents";
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "time_entries_cost_insert" AFTER INSERT ON "time_entries" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "cost_rollups_apply"();--> statement-breakpoint
CREATE TRIGGER "time_entries_cost_update" AFTER UPDATE ON "time_entries" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "cost_rollups_apply"();--> statement-breakpoint
CREATE TRIGGER "time_entries_cost_delete" AFTER DELETE ON "time_entries" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "cost_rollups_apply"();--> statement-breakpoint
-- what is already there
INSERT INTO "agent_loads" ("agent_id", "active_tickets")
SELECT "assignee_id", count(*)::int FROM "tickets" WHERE "assignee_id" IS NOT NULL AND "status" IN ('open', 'in_progress') GROUP BY 1;--> statement-breakpoint
INSERT INTO "cost_client_months" ("client_id", "month", "entries", "minutes", "cost_cents")
SELECT "client_id", date_trunc('month', "work_date")::date, count(*), sum("minutes"), sum("cost_cents") FROM "time_entries" GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO "cost_agent_days" ("agent_id", "work_date", "entries", "minutes", "cost_cents")
SELECT "agent_id", "work_date", count(*), sum("minutes"), sum("cost_cents") FROM "time_entries" GROUP BY 1, 2;

CREATE TABLE "budget_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"threshold_percent" integer NOT NULL,
	"actual_cents" bigint NOT NULL,
	"projected_cents" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"period_kind" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"thresholds" integer[] DEFAULT array[80,100] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_amount_check" CHECK ("budgets"."amount_cents" > 0),
	CONSTRAINT "budgets_period_check" CHECK ("budgets"."period_start" <= "budgets"."period_end")
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "budget_alert_id" uuid;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "time_zone" text DEFAULT 'Europe/Paris' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_alerts" ADD CONSTRAINT "budget_alerts_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_alerts_once_key" ON "budget_alerts" USING btree ("budget_id","kind","threshold_percent");--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_client_start_key" ON "budgets" USING btree ("client_id","period_start");--> statement-breakpoint
CREATE INDEX "budgets_period_idx" ON "budgets" USING btree ("period_start","period_end");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_budget_alert_id_budget_alerts_id_fk" FOREIGN KEY ("budget_alert_id") REFERENCES "public"."budget_alerts"("id") ON DELETE cascade ON UPDATE no action;
DROP INDEX "ticket_events_ticket_idx";--> statement-breakpoint
ALTER TABLE "ticket_events" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
CREATE INDEX "ticket_events_ticket_idx" ON "ticket_events" USING btree ("ticket_id","at","seq");
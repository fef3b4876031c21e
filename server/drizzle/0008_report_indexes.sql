-- The performance report reads a period's tickets by creation, resolution and closing day, and its
-- ratings by day, from these indexes alone (INCLUDE: written by hand, drizzle-kit cannot).
CREATE INDEX "ratings_created_idx" ON "ratings" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "tickets_resolved_idx" ON "tickets" USING btree ("resolved_at") INCLUDE ("created_at", "client_id", "assignee_id") WHERE "tickets"."resolved_at" is not null;--> statement-breakpoint
CREATE INDEX "tickets_closed_idx" ON "tickets" USING btree ("closed_at") INCLUDE ("client_id", "assignee_id") WHERE "tickets"."status" = 'closed';--> statement-breakpoint
CREATE INDEX "tickets_created_cover_idx" ON "tickets" USING btree ("created_at") INCLUDE ("first_response_at", "client_id", "assignee_id");
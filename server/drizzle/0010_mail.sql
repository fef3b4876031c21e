CREATE TABLE "inbound_mails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" text NOT NULL,
	"uid_validity" bigint,
	"uid" bigint,
	"from_email" text,
	"from_name" text,
	"subject" text,
	"sent_at" timestamp with time zone,
	"status" text NOT NULL,
	"reason" text,
	"detail" text,
	"ticket_id" uuid,
	"contact_id" uuid,
	"text" text,
	"raw_key" text,
	"size_bytes" integer DEFAULT 0 NOT NULL,
	"attachment_count" integer DEFAULT 0 NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" uuid
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"ticket_id" uuid,
	"user_id" uuid,
	"contact_id" uuid,
	"to_email" text NOT NULL,
	"to_name" text,
	"locale" text NOT NULL,
	"message_id" text NOT NULL,
	"reply_tag" text,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"headers" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"response" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_outbox_status_check" CHECK ("mail_outbox"."status" in ('queued', 'sending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "mail_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"signing_key" text DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') NOT NULL,
	"from_address" text,
	"from_name" text,
	"smtp_host" text,
	"smtp_port" integer,
	"smtp_security" text DEFAULT 'starttls' NOT NULL,
	"smtp_user" text,
	"smtp_password_enc" text,
	"imap_enabled" boolean DEFAULT false NOT NULL,
	"imap_host" text,
	"imap_port" integer,
	"imap_tls" boolean DEFAULT true NOT NULL,
	"imap_user" text,
	"imap_password_enc" text,
	"imap_folder" text DEFAULT 'INBOX' NOT NULL,
	"imap_uid_validity" bigint,
	"imap_last_uid" bigint DEFAULT 0 NOT NULL,
	"poll_owner" text,
	"poll_lease_until" timestamp with time zone,
	"last_poll_at" timestamp with time zone,
	"last_poll_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_settings_single_row" CHECK ("mail_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "ticket_cc" (
	"ticket_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	CONSTRAINT "ticket_cc_ticket_id_contact_id_pk" PRIMARY KEY("ticket_id","contact_id")
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "main" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "locale" text DEFAULT 'fr' NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "mail_opt_out" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "author_contact_id" uuid;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "inbound_mail_id" uuid;--> statement-breakpoint
ALTER TABLE "ratings" ADD COLUMN "rater_contact_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "requester_contact_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "source" text DEFAULT 'web' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "mail_opt_out" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "inbound_mails" ADD CONSTRAINT "inbound_mails_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_mails" ADD CONSTRAINT "inbound_mails_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_mails" ADD CONSTRAINT "inbound_mails_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_cc" ADD CONSTRAINT "ticket_cc_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_cc" ADD CONSTRAINT "ticket_cc_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inbound_mails_message_id_key" ON "inbound_mails" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "inbound_mails_status_idx" ON "inbound_mails" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "inbound_mails_received_idx" ON "inbound_mails" USING btree ("received_at","id");--> statement-breakpoint
CREATE INDEX "inbound_mails_from_idx" ON "inbound_mails" USING btree ("from_email","received_at");--> statement-breakpoint
CREATE INDEX "inbound_mails_ticket_idx" ON "inbound_mails" USING btree ("ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mail_outbox_message_id_key" ON "mail_outbox" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("next_attempt_at") WHERE "mail_outbox"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "mail_outbox_sending_idx" ON "mail_outbox" USING btree ("locked_until") WHERE "mail_outbox"."status" = 'sending';--> statement-breakpoint
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "mail_outbox_ticket_idx" ON "mail_outbox" USING btree ("ticket_id");--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_contact_id_contacts_id_fk" FOREIGN KEY ("author_contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_inbound_mail_id_inbound_mails_id_fk" FOREIGN KEY ("inbound_mail_id") REFERENCES "public"."inbound_mails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_rater_contact_id_contacts_id_fk" FOREIGN KEY ("rater_contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_requester_contact_id_contacts_id_fk" FOREIGN KEY ("requester_contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_main_key" ON "contacts" USING btree ("client_id") WHERE "contacts"."main";--> statement-breakpoint
CREATE INDEX "contacts_email_idx" ON "contacts" USING btree ("email");--> statement-breakpoint
-- each client's oldest contact becomes its main contact (the default requester)
UPDATE "contacts" SET "main" = true WHERE "id" IN (
  SELECT DISTINCT ON ("client_id") "id" FROM "contacts" ORDER BY "client_id", "created_at", "id"
);--> statement-breakpoint
-- a ticket a contact opened has that contact as its requester; tickets staff opened keep theirs
UPDATE "tickets" t SET "requester_contact_id" = c."id"
FROM "contacts" c WHERE c."user_id" = t."requester_id";--> statement-breakpoint
INSERT INTO "mail_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;

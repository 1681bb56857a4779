CREATE TABLE "calendar_feed" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"is_network_feed" boolean DEFAULT false NOT NULL,
	CONSTRAINT "calendar_feed_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "membership_year" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"contribution_cents" integer,
	"contribution_in_kind" text,
	"invoice_status" text,
	"ambition_jobs" integer,
	"realised_jobs" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "membership_year_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "need_supporter" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_supporter_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "search_text" text GENERATED ALWAYS AS (nr_fold(coalesce(name, '') || ' ' || coalesce(email, ''))) STORED;--> statement-breakpoint
ALTER TABLE "membership" ADD COLUMN "admission_decision_id" uuid;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "search_text" text GENERATED ALWAYS AS (nr_fold(coalesce(name, '') || ' ' || coalesce(kvk_number, '') || ' ' || coalesce(city, ''))) STORED;--> statement-breakpoint
ALTER TABLE "need" ADD COLUMN "prioritised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "need" ADD COLUMN "prioritised_by_person_id" uuid;--> statement-breakpoint
ALTER TABLE "need" ADD COLUMN "outcome_note" text;--> statement-breakpoint
ALTER TABLE "need" ADD COLUMN "evaluated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registration" ADD COLUMN "checked_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registration" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registration" ADD COLUMN "evaluation_comment" text;--> statement-breakpoint
ALTER TABLE "registration" ADD COLUMN "evaluated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_network_id_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","person_id") REFERENCES "public"."person"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_year" ADD CONSTRAINT "membership_year_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_year" ADD CONSTRAINT "membership_year_network_id_membership_id_membership_network_id_id_fk" FOREIGN KEY ("network_id","membership_id") REFERENCES "public"."membership"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_supporter" ADD CONSTRAINT "need_supporter_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_supporter" ADD CONSTRAINT "need_supporter_network_id_need_id_need_network_id_id_fk" FOREIGN KEY ("network_id","need_id") REFERENCES "public"."need"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_supporter" ADD CONSTRAINT "need_supporter_network_id_organisation_id_organisation_network_id_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisation"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_token_uq" ON "calendar_feed" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feed_person_idx" ON "calendar_feed" USING btree ("network_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_year_uq" ON "membership_year" USING btree ("network_id","membership_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "need_supporter_uq" ON "need_supporter" USING btree ("network_id","need_id","organisation_id");--> statement-breakpoint
CREATE INDEX "person_search_trgm_idx" ON "person" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_network_organisation_idx" ON "person" USING btree ("network_id","organisation_id");--> statement-breakpoint
CREATE INDEX "membership_network_status_idx" ON "membership" USING btree ("network_id","status");--> statement-breakpoint
CREATE INDEX "organisation_search_trgm_idx" ON "organisation" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisation_network_postcode_idx" ON "organisation" USING btree ("network_id","postcode");--> statement-breakpoint
CREATE INDEX "need_activity_idx" ON "need" USING btree ("network_id","activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_open_uq" ON "registration" USING btree ("network_id","activity_id","person_id") WHERE "registration"."status" <> 'cancelled';
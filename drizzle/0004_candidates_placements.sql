CREATE TABLE "candidate_consent" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"organisation_id" uuid,
	"other_network_name" text,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"given_on" date NOT NULL,
	"valid_until" date,
	"recorded_by" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_consent_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "candidate_status_change" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"changed_by" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_status_change_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "match_proposal" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"score_parts" jsonb NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"note" text,
	"proposed_by" text,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "match_proposal_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "placement_check_in" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"months" integer NOT NULL,
	"held_on" date NOT NULL,
	"still_employed" boolean NOT NULL,
	"hours_per_week" numeric(4, 1),
	"note" text,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placement_check_in_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "work_opportunity" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"hours_per_week" numeric(4, 1),
	"place" text,
	"postcode_area" text,
	"requirements" text,
	"support_offered" text[] DEFAULT '{}'::text[] NOT NULL,
	"starts_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"activity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "work_opportunity_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "candidate" ADD COLUMN "support_needed" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "candidate" ADD COLUMN "available_from" date;--> statement-breakpoint
ALTER TABLE "candidate" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "placement" ADD COLUMN "opportunity_id" uuid;--> statement-breakpoint
ALTER TABLE "placement" ADD COLUMN "jobcoach" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "placement" ADD COLUMN "wage_subsidy" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "placement" ADD COLUMN "no_risk_policy" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "candidate_consent" ADD CONSTRAINT "candidate_consent_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_consent" ADD CONSTRAINT "candidate_consent_network_id_candidate_id_candidate_network_id_id_fk" FOREIGN KEY ("network_id","candidate_id") REFERENCES "public"."candidate"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_status_change" ADD CONSTRAINT "candidate_status_change_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_status_change" ADD CONSTRAINT "candidate_status_change_network_id_candidate_id_candidate_network_id_id_fk" FOREIGN KEY ("network_id","candidate_id") REFERENCES "public"."candidate"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD CONSTRAINT "match_proposal_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD CONSTRAINT "match_proposal_network_id_candidate_id_candidate_network_id_id_fk" FOREIGN KEY ("network_id","candidate_id") REFERENCES "public"."candidate"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD CONSTRAINT "match_proposal_network_id_opportunity_id_work_opportunity_network_id_id_fk" FOREIGN KEY ("network_id","opportunity_id") REFERENCES "public"."work_opportunity"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_check_in" ADD CONSTRAINT "placement_check_in_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_check_in" ADD CONSTRAINT "placement_check_in_network_id_placement_id_placement_network_id_id_fk" FOREIGN KEY ("network_id","placement_id") REFERENCES "public"."placement"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_opportunity" ADD CONSTRAINT "work_opportunity_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_opportunity" ADD CONSTRAINT "work_opportunity_network_id_organisation_id_organisation_network_id_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisation"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_consent_candidate_idx" ON "candidate_consent" USING btree ("network_id","candidate_id");--> statement-breakpoint
CREATE INDEX "candidate_status_change_candidate_idx" ON "candidate_status_change" USING btree ("network_id","candidate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "match_proposal_candidate_opportunity_uq" ON "match_proposal" USING btree ("network_id","candidate_id","opportunity_id");--> statement-breakpoint
CREATE INDEX "match_proposal_org_idx" ON "match_proposal" USING btree ("network_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_check_in_uq" ON "placement_check_in" USING btree ("network_id","placement_id","months");--> statement-breakpoint
CREATE INDEX "work_opportunity_status_idx" ON "work_opportunity" USING btree ("network_id","status");--> statement-breakpoint
CREATE INDEX "work_opportunity_org_idx" ON "work_opportunity" USING btree ("network_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_network_code_uq" ON "candidate" USING btree ("network_id","code");--> statement-breakpoint
-- The pipeline's code for kennismaking was 'intake' in the first demo data; the stable code is 'introduction'.
UPDATE "candidate" SET "status" = 'introduction' WHERE "status" = 'intake';

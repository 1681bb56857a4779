CREATE TABLE "funder_agreement" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"funder_name" text NOT NULL,
	"funder_type" text NOT NULL,
	"organisation_id" uuid,
	"contact_person_id" uuid,
	"amount_cents" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"mandate" text DEFAULT '' NOT NULL,
	"mission_targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"year_plan_required" boolean DEFAULT false NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "funder_agreement_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "mission_version" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"version_number" integer NOT NULL,
	"mission" text NOT NULL,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mission_version_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "phase_change" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"from_phase" text NOT NULL,
	"to_phase" text NOT NULL,
	"effective_on" date NOT NULL,
	"reason" text NOT NULL,
	"decision_id" uuid NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phase_change_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "funder_agreement" ADD CONSTRAINT "funder_agreement_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funder_agreement" ADD CONSTRAINT "funder_agreement_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funder_agreement" ADD CONSTRAINT "funder_agreement_network_id_organisation_id_organisation_network_id_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisation"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funder_agreement" ADD CONSTRAINT "funder_agreement_network_id_contact_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","contact_person_id") REFERENCES "public"."person"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_version" ADD CONSTRAINT "mission_version_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_version" ADD CONSTRAINT "mission_version_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phase_change" ADD CONSTRAINT "phase_change_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phase_change" ADD CONSTRAINT "phase_change_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phase_change" ADD CONSTRAINT "phase_change_network_id_decision_id_decision_network_id_id_fk" FOREIGN KEY ("network_id","decision_id") REFERENCES "public"."decision"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "funder_agreement_network_end_idx" ON "funder_agreement" USING btree ("network_id","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mission_version_number_uq" ON "mission_version" USING btree ("network_id","version_number");--> statement-breakpoint
CREATE INDEX "phase_change_network_date_idx" ON "phase_change" USING btree ("network_id","effective_on");
CREATE TABLE "mission_target" (
	"network_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"placements" integer,
	"banen" numeric(7, 2),
	"active_members" integer,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "mission_target_network_id_year_pk" PRIMARY KEY("network_id","year")
);
--> statement-breakpoint
CREATE TABLE "report" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"period_kind" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"label" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'frozen' NOT NULL,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"frozen_by" text,
	"released_at" timestamp with time zone,
	"released_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "report_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "membership" ADD COLUMN "referred_by_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "mission_target" ADD CONSTRAINT "mission_target_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_target" ADD CONSTRAINT "mission_target_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_frozen_by_user_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_released_by_user_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_period_uq" ON "report" USING btree ("network_id","period_kind","period_from");--> statement-breakpoint
CREATE INDEX "report_network_status_idx" ON "report" USING btree ("network_id","status");
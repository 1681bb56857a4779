CREATE TABLE "candidate_registration" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"registered_by" text NOT NULL,
	"attended" boolean,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "candidate_registration_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "activity" ADD COLUMN "open_to_candidates" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "candidate_registration" ADD CONSTRAINT "candidate_registration_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_registration" ADD CONSTRAINT "candidate_registration_network_id_activity_id_activity_network_id_id_fk" FOREIGN KEY ("network_id","activity_id") REFERENCES "public"."activity"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_registration" ADD CONSTRAINT "candidate_registration_network_id_candidate_id_candidate_network_id_id_fk" FOREIGN KEY ("network_id","candidate_id") REFERENCES "public"."candidate"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_registration_activity_idx" ON "candidate_registration" USING btree ("network_id","activity_id");--> statement-breakpoint
CREATE INDEX "candidate_registration_candidate_idx" ON "candidate_registration" USING btree ("network_id","candidate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_registration_open_uq" ON "candidate_registration" USING btree ("network_id","activity_id","candidate_id") WHERE "candidate_registration"."status" <> 'cancelled';
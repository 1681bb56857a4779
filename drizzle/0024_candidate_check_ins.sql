CREATE TABLE "candidate_check_in" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"months" integer NOT NULL,
	"score" integer NOT NULL,
	"help" text NOT NULL,
	"wants_contact" boolean NOT NULL,
	"note" text,
	"worrying" boolean NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" text,
	CONSTRAINT "candidate_check_in_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "candidate_check_in" ADD CONSTRAINT "candidate_check_in_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_check_in" ADD CONSTRAINT "candidate_check_in_network_id_placement_id_placement_network_id_id_fk" FOREIGN KEY ("network_id","placement_id") REFERENCES "public"."placement"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_check_in" ADD CONSTRAINT "candidate_check_in_network_id_candidate_id_candidate_network_id_id_fk" FOREIGN KEY ("network_id","candidate_id") REFERENCES "public"."candidate"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_check_in_uq" ON "candidate_check_in" USING btree ("network_id","placement_id","months");--> statement-breakpoint
CREATE INDEX "candidate_check_in_candidate_idx" ON "candidate_check_in" USING btree ("network_id","candidate_id");
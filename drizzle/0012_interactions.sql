CREATE TABLE "interaction" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_person_id" uuid,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"recorded_by_person_id" uuid,
	"note" text NOT NULL,
	"outcome" text,
	"follow_up" text,
	"follow_up_owner_person_id" uuid,
	"follow_up_due_on" date,
	"follow_up_done_at" timestamp with time zone,
	"follow_up_reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "interaction_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_network_id_organisation_id_organisation_network_id_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisation"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_network_id_contact_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","contact_person_id") REFERENCES "public"."person"("network_id","id") ON DELETE set null ("contact_person_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_network_id_recorded_by_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","recorded_by_person_id") REFERENCES "public"."person"("network_id","id") ON DELETE set null ("recorded_by_person_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_network_id_follow_up_owner_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","follow_up_owner_person_id") REFERENCES "public"."person"("network_id","id") ON DELETE set null ("follow_up_owner_person_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interaction_org_idx" ON "interaction" USING btree ("network_id","organisation_id","occurred_on");--> statement-breakpoint
CREATE INDEX "interaction_open_follow_up_idx" ON "interaction" USING btree ("network_id","follow_up_owner_person_id","follow_up_due_on") WHERE "interaction"."follow_up" is not null and "interaction"."follow_up_done_at" is null;
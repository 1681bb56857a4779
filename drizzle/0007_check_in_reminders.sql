CREATE TABLE "placement_check_in_reminder" (
	"network_id" uuid NOT NULL,
	"placement_id" uuid NOT NULL,
	"months" integer NOT NULL,
	"due_on" date NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placement_check_in_reminder_network_id_placement_id_months_pk" PRIMARY KEY("network_id","placement_id","months")
);
--> statement-breakpoint
ALTER TABLE "placement_check_in_reminder" ADD CONSTRAINT "placement_check_in_reminder_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_check_in_reminder" ADD CONSTRAINT "placement_check_in_reminder_network_id_placement_id_placement_network_id_id_fk" FOREIGN KEY ("network_id","placement_id") REFERENCES "public"."placement"("network_id","id") ON DELETE cascade ON UPDATE no action;
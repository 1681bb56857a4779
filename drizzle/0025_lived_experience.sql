CREATE TABLE "candidate_lived_experience" (
	"network_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"linked_by" text,
	CONSTRAINT "candidate_lived_experience_network_id_candidate_id_pk" PRIMARY KEY("network_id","candidate_id")
);
--> statement-breakpoint
ALTER TABLE "candidate_lived_experience" ADD CONSTRAINT "candidate_lived_experience_network_id_candidate_id_candidate_network_id_id_fk" FOREIGN KEY ("network_id","candidate_id") REFERENCES "public"."candidate"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_lived_experience" ADD CONSTRAINT "candidate_lived_experience_network_id_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","person_id") REFERENCES "public"."person"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_lived_experience_person_uq" ON "candidate_lived_experience" USING btree ("network_id","person_id");
CREATE TABLE "candidate_portal_link" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by" text,
	CONSTRAINT "candidate_portal_link_network_id_id_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "candidate_portal_link_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "candidate_request" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_on" date NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" text,
	"handled_note" text,
	CONSTRAINT "candidate_request_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "candidate_portal_link" ADD CONSTRAINT "candidate_portal_link_network_id_candidate_id_candidate_network_id_id_fk" FOREIGN KEY ("network_id","candidate_id") REFERENCES "public"."candidate"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_request" ADD CONSTRAINT "candidate_request_network_id_candidate_id_candidate_network_id_id_fk" FOREIGN KEY ("network_id","candidate_id") REFERENCES "public"."candidate"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_portal_link_candidate_idx" ON "candidate_portal_link" USING btree ("network_id","candidate_id");--> statement-breakpoint
CREATE INDEX "candidate_request_candidate_idx" ON "candidate_request" USING btree ("network_id","candidate_id");
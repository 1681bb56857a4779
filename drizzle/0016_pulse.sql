CREATE TABLE "pulse_answer" (
	"network_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"scores" jsonb NOT NULL,
	"open_answer" text,
	CONSTRAINT "pulse_answer_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "pulse_round" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"statements" jsonb NOT NULL,
	"open_question" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"sent_at" timestamp with time zone,
	"invited" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pulse_round_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "pulse_token" (
	"network_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"organisation_id" uuid,
	"token_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "pulse_token_network_id_id_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "pulse_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "pulse_answer" ADD CONSTRAINT "pulse_answer_network_id_round_id_pulse_round_network_id_id_fk" FOREIGN KEY ("network_id","round_id") REFERENCES "public"."pulse_round"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_round" ADD CONSTRAINT "pulse_round_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_token" ADD CONSTRAINT "pulse_token_network_id_round_id_pulse_round_network_id_id_fk" FOREIGN KEY ("network_id","round_id") REFERENCES "public"."pulse_round"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pulse_answer_round_idx" ON "pulse_answer" USING btree ("network_id","round_id");
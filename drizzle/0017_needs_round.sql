CREATE TABLE "needs_round" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"themes" jsonb NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"sent_at" timestamp with time zone,
	"invited" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "needs_round_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "needs_round_choice" (
	"network_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"theme" text NOT NULL,
	"description" text,
	CONSTRAINT "needs_round_choice_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "needs_round_support" (
	"network_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "needs_round_support_network_id_round_id_theme_organisation_id_pk" PRIMARY KEY("network_id","round_id","theme","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "needs_round_theme" (
	"network_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"need_id" uuid NOT NULL,
	"joined_existing" boolean DEFAULT false NOT NULL,
	CONSTRAINT "needs_round_theme_network_id_round_id_theme_pk" PRIMARY KEY("network_id","round_id","theme")
);
--> statement-breakpoint
CREATE TABLE "needs_round_token" (
	"network_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"organisation_id" uuid,
	"token_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "needs_round_token_network_id_id_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "needs_round_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "needs_round" ADD CONSTRAINT "needs_round_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_round_choice" ADD CONSTRAINT "needs_round_choice_network_id_round_id_needs_round_network_id_id_fk" FOREIGN KEY ("network_id","round_id") REFERENCES "public"."needs_round"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_round_support" ADD CONSTRAINT "needs_round_support_network_id_round_id_needs_round_network_id_id_fk" FOREIGN KEY ("network_id","round_id") REFERENCES "public"."needs_round"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_round_support" ADD CONSTRAINT "needs_round_support_network_id_organisation_id_organisation_network_id_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisation"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_round_theme" ADD CONSTRAINT "needs_round_theme_network_id_round_id_needs_round_network_id_id_fk" FOREIGN KEY ("network_id","round_id") REFERENCES "public"."needs_round"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_round_theme" ADD CONSTRAINT "needs_round_theme_network_id_need_id_need_network_id_id_fk" FOREIGN KEY ("network_id","need_id") REFERENCES "public"."need"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_round_token" ADD CONSTRAINT "needs_round_token_network_id_round_id_needs_round_network_id_id_fk" FOREIGN KEY ("network_id","round_id") REFERENCES "public"."needs_round"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "needs_round_choice_round_idx" ON "needs_round_choice" USING btree ("network_id","round_id");
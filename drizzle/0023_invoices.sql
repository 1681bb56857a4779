CREATE TABLE "invoice" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"number" text NOT NULL,
	"kind" text DEFAULT 'invoice' NOT NULL,
	"status" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contribution_year" integer NOT NULL,
	"credit_of_id" uuid,
	"amount_cents" integer NOT NULL,
	"description" text NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date NOT NULL,
	"paid_on" date,
	"reminded_at" timestamp with time zone,
	"reminder_count" integer DEFAULT 0 NOT NULL,
	"written_off_at" timestamp with time zone,
	"seller_name" text NOT NULL,
	"seller_kvk" text,
	"buyer_name" text NOT NULL,
	"buyer_address" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "invoice_network_id_id_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "invoice_kind_amount_check" CHECK (("invoice"."kind" = 'invoice' and "invoice"."amount_cents" >= 0 and "invoice"."credit_of_id" is null) or ("invoice"."kind" = 'credit_note' and "invoice"."amount_cents" < 0 and "invoice"."credit_of_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "invoice_counter" (
	"network_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "invoice_counter_network_id_year_pk" PRIMARY KEY("network_id","year")
);
--> statement-breakpoint
CREATE TABLE "invoice_tier" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"employees_from" integer NOT NULL,
	"employees_to" integer,
	"amount_cents" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_tier_network_id_id_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "invoice_tier_amount_check" CHECK ("invoice_tier"."amount_cents" >= 0),
	CONSTRAINT "invoice_tier_range_check" CHECK ("invoice_tier"."employees_from" >= 0 and ("invoice_tier"."employees_to" is null or "invoice_tier"."employees_to" >= "invoice_tier"."employees_from"))
);
--> statement-breakpoint
ALTER TABLE "network" ADD COLUMN "kvk_number" text;--> statement-breakpoint
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_network_id_organisation_id_organisation_network_id_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisation"("network_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_network_id_credit_of_id_invoice_network_id_id_fk" FOREIGN KEY ("network_id","credit_of_id") REFERENCES "public"."invoice"("network_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_counter" ADD CONSTRAINT "invoice_counter_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_tier" ADD CONSTRAINT "invoice_tier_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_number_uq" ON "invoice" USING btree ("network_id","year","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_member_year_uq" ON "invoice" USING btree ("network_id","organisation_id","contribution_year") WHERE "invoice"."kind" = 'invoice';--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_credit_of_uq" ON "invoice" USING btree ("network_id","credit_of_id") WHERE "invoice"."credit_of_id" is not null;--> statement-breakpoint
CREATE INDEX "invoice_network_status_idx" ON "invoice" USING btree ("network_id","status");
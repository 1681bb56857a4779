CREATE TABLE "budget_line" (
	"network_id" uuid NOT NULL,
	"budget_year_id" uuid NOT NULL,
	"item" text NOT NULL,
	"payer" text NOT NULL,
	"planned_cents" integer NOT NULL,
	CONSTRAINT "budget_line_network_id_budget_year_id_item_payer_pk" PRIMARY KEY("network_id","budget_year_id","item","payer"),
	CONSTRAINT "budget_line_planned_cents_check" CHECK ("budget_line"."planned_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "budget_spending" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"spent_on" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"item" text NOT NULL,
	"payer" text NOT NULL,
	"description" text NOT NULL,
	"attachment_name" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "budget_spending_network_id_id_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "budget_spending_amount_cents_check" CHECK ("budget_spending"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "budget_year" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"design_version_number" integer,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "budget_year_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "in_kind_contribution" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"given_on" date NOT NULL,
	"kind" text NOT NULL,
	"item" text NOT NULL,
	"value_cents" integer NOT NULL,
	"description" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "in_kind_contribution_network_id_id_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "in_kind_contribution_value_cents_check" CHECK ("in_kind_contribution"."value_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_network_id_budget_year_id_budget_year_network_id_id_fk" FOREIGN KEY ("network_id","budget_year_id") REFERENCES "public"."budget_year"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_spending" ADD CONSTRAINT "budget_spending_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_spending" ADD CONSTRAINT "budget_spending_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_year" ADD CONSTRAINT "budget_year_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_year" ADD CONSTRAINT "budget_year_closed_by_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_year" ADD CONSTRAINT "budget_year_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_kind_contribution" ADD CONSTRAINT "in_kind_contribution_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_kind_contribution" ADD CONSTRAINT "in_kind_contribution_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_kind_contribution" ADD CONSTRAINT "in_kind_contribution_network_id_organisation_id_organisation_network_id_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisation"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_spending_date_idx" ON "budget_spending" USING btree ("network_id","spent_on");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_year_uq" ON "budget_year" USING btree ("network_id","year");--> statement-breakpoint
CREATE INDEX "in_kind_contribution_date_idx" ON "in_kind_contribution" USING btree ("network_id","given_on");--> statement-breakpoint
CREATE INDEX "in_kind_contribution_org_idx" ON "in_kind_contribution" USING btree ("network_id","organisation_id");
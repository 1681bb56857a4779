CREATE TABLE "budget_statement" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"snapshot" jsonb NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'frozen' NOT NULL,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"frozen_by" text,
	"released_at" timestamp with time zone,
	"released_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "budget_statement_network_id_id_pk" PRIMARY KEY("network_id","id"),
	CONSTRAINT "budget_statement_status_check" CHECK ("budget_statement"."status" in ('frozen', 'released'))
);
--> statement-breakpoint
ALTER TABLE "budget_statement" ADD CONSTRAINT "budget_statement_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_statement" ADD CONSTRAINT "budget_statement_frozen_by_user_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_statement" ADD CONSTRAINT "budget_statement_released_by_user_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_statement_period_uq" ON "budget_statement" USING btree ("network_id","period_from","period_to");--> statement-breakpoint
CREATE INDEX "budget_statement_status_idx" ON "budget_statement" USING btree ("network_id","status");
CREATE TABLE "advice" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid,
	"author_person_id" uuid NOT NULL,
	"text" text NOT NULL,
	"decision_id" uuid,
	"outcome" text,
	"outcome_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "advice_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "advice_request" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"question" text NOT NULL,
	"background" text DEFAULT '' NOT NULL,
	"deadline" date NOT NULL,
	"asked_by_person_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "advice_request_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "advice" ADD CONSTRAINT "advice_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice" ADD CONSTRAINT "advice_network_id_request_id_advice_request_network_id_id_fk" FOREIGN KEY ("network_id","request_id") REFERENCES "public"."advice_request"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice" ADD CONSTRAINT "advice_network_id_author_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","author_person_id") REFERENCES "public"."person"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice" ADD CONSTRAINT "advice_network_id_decision_id_decision_network_id_id_fk" FOREIGN KEY ("network_id","decision_id") REFERENCES "public"."decision"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_request" ADD CONSTRAINT "advice_request_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_request" ADD CONSTRAINT "advice_request_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_request" ADD CONSTRAINT "advice_request_network_id_asked_by_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","asked_by_person_id") REFERENCES "public"."person"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "advice_one_answer_uq" ON "advice" USING btree ("network_id","request_id","author_person_id") WHERE "advice"."request_id" is not null;--> statement-breakpoint
CREATE INDEX "advice_decision_idx" ON "advice" USING btree ("network_id","decision_id");--> statement-breakpoint
CREATE INDEX "advice_request_deadline_idx" ON "advice_request" USING btree ("network_id","deadline");
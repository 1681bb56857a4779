CREATE TABLE "body" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"theme" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "decision" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"meeting_id" uuid,
	"decided_on" date NOT NULL,
	"text" text NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid,
	"reason" text DEFAULT '' NOT NULL,
	"shared_with_funder" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "design_version" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"version_number" integer NOT NULL,
	"input" jsonb NOT NULL,
	"output" jsonb NOT NULL,
	"reason" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone,
	"applied_by" text,
	CONSTRAINT "design_version_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "meeting_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"network_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "meeting_attendance_network_id_meeting_id_person_id_pk" PRIMARY KEY("network_id","meeting_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "task" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"title" text,
	"source" text NOT NULL,
	"responsible_role" text,
	"assignee_person_id" uuid,
	"decision_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "task_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "body" ADD CONSTRAINT "body_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_network_id_body_id_body_network_id_id_fk" FOREIGN KEY ("network_id","body_id") REFERENCES "public"."body"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_network_id_meeting_id_meeting_network_id_id_fk" FOREIGN KEY ("network_id","meeting_id") REFERENCES "public"."meeting"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_network_id_organisation_id_organisation_network_id_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisation"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "design_version" ADD CONSTRAINT "design_version_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "design_version" ADD CONSTRAINT "design_version_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "design_version" ADD CONSTRAINT "design_version_applied_by_user_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_network_id_body_id_body_network_id_id_fk" FOREIGN KEY ("network_id","body_id") REFERENCES "public"."body"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_network_id_meeting_id_meeting_network_id_id_fk" FOREIGN KEY ("network_id","meeting_id") REFERENCES "public"."meeting"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_network_id_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","person_id") REFERENCES "public"."person"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_network_id_assignee_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","assignee_person_id") REFERENCES "public"."person"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_network_id_decision_id_decision_network_id_id_fk" FOREIGN KEY ("network_id","decision_id") REFERENCES "public"."decision"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "body_network_kind_idx" ON "body" USING btree ("network_id","kind");--> statement-breakpoint
CREATE INDEX "decision_network_date_idx" ON "decision" USING btree ("network_id","decided_on");--> statement-breakpoint
CREATE UNIQUE INDEX "design_version_number_uq" ON "design_version" USING btree ("network_id","version_number");--> statement-breakpoint
CREATE INDEX "meeting_body_idx" ON "meeting" USING btree ("network_id","body_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "task_design_code_uq" ON "task" USING btree ("network_id","code") WHERE "task"."source" = 'design';--> statement-breakpoint
CREATE INDEX "task_network_status_idx" ON "task" USING btree ("network_id","status");
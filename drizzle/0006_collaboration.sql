CREATE TABLE "activity_share" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"partner_network_id" uuid NOT NULL,
	"shared_by" text,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "activity_share_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "mail_delivery" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"mailing_id" uuid NOT NULL,
	"person_id" uuid,
	"email" text NOT NULL,
	"name" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"mail_message_id" uuid,
	"unsubscribe_token" text,
	"sent_at" timestamp with time zone,
	CONSTRAINT "mail_delivery_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "mail_unsubscribe" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_unsubscribe_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "mailing" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"segment" jsonb NOT NULL,
	"activity_id" uuid,
	"language" text DEFAULT 'nl' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "mailing_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "news_item" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "news_item_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "opportunity_share" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"partner_network_id" uuid NOT NULL,
	"shared_by" text,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "opportunity_share_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "partner" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid,
	"partner_network_id" uuid,
	"agreement" text,
	"since" date,
	"contact_name" text,
	"contact_email" text,
	"documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "partner_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "partner_activity" (
	"network_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_activity_network_id_partner_id_activity_id_pk" PRIMARY KEY("network_id","partner_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "referral" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid,
	"candidate_code" text NOT NULL,
	"to_network_id" uuid,
	"to_partner_id" uuid,
	"consent_id" uuid NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"shared" jsonb NOT NULL,
	"note" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"referred_by" text,
	"referred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "referral_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "shared_registration" (
	"network_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"share_network_id" uuid NOT NULL,
	"share_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "shared_registration_network_id_id_pk" PRIMARY KEY("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "activity_share" ADD CONSTRAINT "activity_share_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_share" ADD CONSTRAINT "activity_share_partner_network_id_network_id_fk" FOREIGN KEY ("partner_network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_share" ADD CONSTRAINT "activity_share_network_id_activity_id_activity_network_id_id_fk" FOREIGN KEY ("network_id","activity_id") REFERENCES "public"."activity"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_delivery" ADD CONSTRAINT "mail_delivery_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_delivery" ADD CONSTRAINT "mail_delivery_network_id_mailing_id_mailing_network_id_id_fk" FOREIGN KEY ("network_id","mailing_id") REFERENCES "public"."mailing"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_unsubscribe" ADD CONSTRAINT "mail_unsubscribe_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailing" ADD CONSTRAINT "mailing_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_item" ADD CONSTRAINT "news_item_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_share" ADD CONSTRAINT "opportunity_share_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_share" ADD CONSTRAINT "opportunity_share_partner_network_id_network_id_fk" FOREIGN KEY ("partner_network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_share" ADD CONSTRAINT "opportunity_share_network_id_opportunity_id_work_opportunity_network_id_id_fk" FOREIGN KEY ("network_id","opportunity_id") REFERENCES "public"."work_opportunity"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner" ADD CONSTRAINT "partner_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner" ADD CONSTRAINT "partner_partner_network_id_network_id_fk" FOREIGN KEY ("partner_network_id") REFERENCES "public"."network"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_activity" ADD CONSTRAINT "partner_activity_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_activity" ADD CONSTRAINT "partner_activity_network_id_partner_id_partner_network_id_id_fk" FOREIGN KEY ("network_id","partner_id") REFERENCES "public"."partner"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_activity" ADD CONSTRAINT "partner_activity_network_id_activity_id_activity_network_id_id_fk" FOREIGN KEY ("network_id","activity_id") REFERENCES "public"."activity"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_to_network_id_network_id_fk" FOREIGN KEY ("to_network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_network_id_to_partner_id_partner_network_id_id_fk" FOREIGN KEY ("network_id","to_partner_id") REFERENCES "public"."partner"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_registration" ADD CONSTRAINT "shared_registration_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_registration" ADD CONSTRAINT "shared_registration_network_id_person_id_person_network_id_id_fk" FOREIGN KEY ("network_id","person_id") REFERENCES "public"."person"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_registration" ADD CONSTRAINT "shared_registration_share_network_id_share_id_activity_share_network_id_id_fk" FOREIGN KEY ("share_network_id","share_id") REFERENCES "public"."activity_share"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_share_uq" ON "activity_share" USING btree ("network_id","activity_id","partner_network_id");--> statement-breakpoint
CREATE INDEX "activity_share_partner_idx" ON "activity_share" USING btree ("partner_network_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mail_delivery_mailing_email_uq" ON "mail_delivery" USING btree ("network_id","mailing_id","email");--> statement-breakpoint
CREATE INDEX "mail_delivery_queue_idx" ON "mail_delivery" USING btree ("network_id","mailing_id","next_attempt_at") WHERE "mail_delivery"."status" = 'queued';--> statement-breakpoint
CREATE UNIQUE INDEX "mail_delivery_unsubscribe_token_uq" ON "mail_delivery" USING btree ("unsubscribe_token");--> statement-breakpoint
CREATE UNIQUE INDEX "mail_unsubscribe_uq" ON "mail_unsubscribe" USING btree ("network_id","email","kind");--> statement-breakpoint
CREATE INDEX "mailing_network_created_idx" ON "mailing" USING btree ("network_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mailing_reminder_activity_uq" ON "mailing" USING btree ("network_id","activity_id") WHERE "mailing"."kind" = 'reminder';--> statement-breakpoint
CREATE INDEX "news_item_network_published_idx" ON "news_item" USING btree ("network_id","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "opportunity_share_uq" ON "opportunity_share" USING btree ("network_id","opportunity_id","partner_network_id");--> statement-breakpoint
CREATE INDEX "opportunity_share_partner_idx" ON "opportunity_share" USING btree ("partner_network_id");--> statement-breakpoint
CREATE INDEX "partner_organisation_idx" ON "partner" USING btree ("network_id","organisation_id");--> statement-breakpoint
CREATE INDEX "partner_network_name_idx" ON "partner" USING btree ("network_id","name");--> statement-breakpoint
CREATE INDEX "referral_to_network_idx" ON "referral" USING btree ("to_network_id");--> statement-breakpoint
CREATE INDEX "referral_candidate_idx" ON "referral" USING btree ("network_id","candidate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shared_registration_open_uq" ON "shared_registration" USING btree ("network_id","share_network_id","share_id","person_id") WHERE "shared_registration"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "shared_registration_share_idx" ON "shared_registration" USING btree ("share_network_id","share_id");
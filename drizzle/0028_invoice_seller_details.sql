ALTER TABLE "network" ADD COLUMN "invoice_address" text;--> statement-breakpoint
ALTER TABLE "network" ADD COLUMN "iban" text;--> statement-breakpoint
ALTER TABLE "invoice" ADD COLUMN "seller_address" text;--> statement-breakpoint
ALTER TABLE "invoice" ADD COLUMN "seller_iban" text;
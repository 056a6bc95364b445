ALTER TABLE "people" ADD COLUMN "estimated_age" integer;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "estimated_on" date;
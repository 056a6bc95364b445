CREATE TABLE "url_actions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"url_hash" text NOT NULL,
	"action" text NOT NULL,
	"recipient" text,
	"on" date NOT NULL,
	"by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "url_assessments" (
	"url_hash" text PRIMARY KEY NOT NULL,
	"verdict" text NOT NULL,
	"content_type" text,
	"age_group" text,
	"severity" integer,
	"hosting_country" text,
	"hosting_provider" text,
	"notes" text,
	"assessed_by" uuid NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "url_actions" ADD CONSTRAINT "url_actions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "url_assessments" ADD CONSTRAINT "url_assessments_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "url_actions_hash_idx" ON "url_actions" USING btree ("url_hash");
CREATE TABLE "event_facilitators" (
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "event_facilitators_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ref" text,
	"type" text NOT NULL,
	"held_on" date NOT NULL,
	"province_code" text,
	"place" text,
	"programme" text,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"participants" integer NOT NULL,
	"participants_female" integer,
	"participants_children" integer,
	"pre_test_score" numeric(4, 1),
	"post_test_score" numeric(4, 1),
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_ref_unique" UNIQUE("ref"),
	CONSTRAINT "events_participants_check" CHECK ("events"."participants" >= 0),
	CONSTRAINT "events_female_check" CHECK ("events"."participants_female" is null or "events"."participants_female" between 0 and "events"."participants"),
	CONSTRAINT "events_children_check" CHECK ("events"."participants_children" is null or "events"."participants_children" between 0 and "events"."participants"),
	CONSTRAINT "events_pre_test_check" CHECK ("events"."pre_test_score" between 0 and 100),
	CONSTRAINT "events_post_test_check" CHECK ("events"."post_test_score" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "event_facilitators" ADD CONSTRAINT "event_facilitators_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_facilitators" ADD CONSTRAINT "event_facilitators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_facilitators_user_idx" ON "event_facilitators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "events_held_on_idx" ON "events" USING btree ("held_on","type");
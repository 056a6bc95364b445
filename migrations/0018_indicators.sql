CREATE TABLE "indicator_targets" (
	"indicator" text PRIMARY KEY NOT NULL,
	"baseline_year" integer,
	"increase_kind" text NOT NULL,
	"increase" real NOT NULL,
	"target_year" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "standards_answers" (
	"court_case_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"answer" text NOT NULL,
	"on" date,
	"answered_by" uuid,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "standards_answers_court_case_id_item_id_pk" PRIMARY KEY("court_case_id","item_id"),
	CONSTRAINT "standards_answers_answer_check" CHECK ("standards_answers"."answer" in ('yes', 'no', 'not_applicable'))
);
--> statement-breakpoint
CREATE TABLE "standards_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"label_en" text NOT NULL,
	"label_km" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 1000 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "standards_items_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standards_answers" ADD CONSTRAINT "standards_answers_court_case_id_court_cases_id_fk" FOREIGN KEY ("court_case_id") REFERENCES "public"."court_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standards_answers" ADD CONSTRAINT "standards_answers_item_id_standards_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."standards_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standards_answers" ADD CONSTRAINT "standards_answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "standards_answers_item_idx" ON "standards_answers" USING btree ("item_id");
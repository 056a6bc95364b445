CREATE TABLE "arrests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"involvement_id" uuid NOT NULL,
	"arrested_on" date NOT NULL,
	"place" text,
	"agency" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "arrests_involvement_id_unique" UNIQUE("involvement_id")
);
--> statement-breakpoint
CREATE TABLE "investigation_members" (
	"investigation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "investigation_members_investigation_id_user_id_pk" PRIMARY KEY("investigation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "investigation_reports" (
	"investigation_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investigation_reports_investigation_id_report_id_pk" PRIMARY KEY("investigation_id","report_id")
);
--> statement-breakpoint
CREATE TABLE "investigation_status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"investigation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"on" date NOT NULL,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investigations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"ref" text,
	"office_code" text,
	"exploitation_type" text,
	"status" text NOT NULL,
	"opened_on" date NOT NULL,
	"case_opened_on" date,
	"closed_on" date,
	"national_police" boolean,
	"foreign_police" boolean,
	"foreign_agency" text,
	"lead_investigator_id" uuid,
	"summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investigations_number_unique" UNIQUE("number"),
	CONSTRAINT "investigations_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
CREATE TABLE "rescues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"involvement_id" uuid NOT NULL,
	"rescued_on" date NOT NULL,
	"place" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rescues_involvement_id_unique" UNIQUE("involvement_id")
);
--> statement-breakpoint
CREATE TABLE "involvements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"investigation_id" uuid,
	"role" text NOT NULL,
	"source_kind" text,
	"source_ref" text,
	"occupation" text,
	"modus_operandi" text[] DEFAULT '{}' NOT NULL,
	"charges" text,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "involvements_source_uq" UNIQUE("source_kind","source_ref")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"khmer_name" text,
	"latin_name" text,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"gender" text DEFAULT 'unknown' NOT NULL,
	"birth_date" date,
	"birth_year" integer,
	"nationality" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"merged_into" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "arrests" ADD CONSTRAINT "arrests_involvement_id_involvements_id_fk" FOREIGN KEY ("involvement_id") REFERENCES "public"."involvements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_members" ADD CONSTRAINT "investigation_members_investigation_id_investigations_id_fk" FOREIGN KEY ("investigation_id") REFERENCES "public"."investigations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_members" ADD CONSTRAINT "investigation_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_reports" ADD CONSTRAINT "investigation_reports_investigation_id_investigations_id_fk" FOREIGN KEY ("investigation_id") REFERENCES "public"."investigations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_reports" ADD CONSTRAINT "investigation_reports_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_reports" ADD CONSTRAINT "investigation_reports_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_status_changes" ADD CONSTRAINT "investigation_status_changes_investigation_id_investigations_id_fk" FOREIGN KEY ("investigation_id") REFERENCES "public"."investigations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_status_changes" ADD CONSTRAINT "investigation_status_changes_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigations" ADD CONSTRAINT "investigations_office_code_offices_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."offices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigations" ADD CONSTRAINT "investigations_lead_investigator_id_users_id_fk" FOREIGN KEY ("lead_investigator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rescues" ADD CONSTRAINT "rescues_involvement_id_involvements_id_fk" FOREIGN KEY ("involvement_id") REFERENCES "public"."involvements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "involvements" ADD CONSTRAINT "involvements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "investigation_members_user_idx" ON "investigation_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "investigation_reports_report_idx" ON "investigation_reports" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "investigation_status_changes_inv_idx" ON "investigation_status_changes" USING btree ("investigation_id");--> statement-breakpoint
CREATE INDEX "investigations_office_idx" ON "investigations" USING btree ("office_code","status");--> statement-breakpoint
CREATE INDEX "investigations_opened_idx" ON "investigations" USING btree ("opened_on");--> statement-breakpoint
CREATE INDEX "involvements_person_idx" ON "involvements" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "involvements_investigation_idx" ON "involvements" USING btree ("investigation_id");--> statement-breakpoint
ALTER TABLE "involvements" ADD CONSTRAINT "involvements_investigation_id_investigations_id_fk" FOREIGN KEY ("investigation_id") REFERENCES "public"."investigations"("id") ON DELETE no action ON UPDATE no action;

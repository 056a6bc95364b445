CREATE TABLE "court_compensation_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"court_case_id" uuid NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "court_compensation_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"court_case_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "court_case_members" (
	"court_case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "court_case_members_court_case_id_user_id_pk" PRIMARY KEY("court_case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "court_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"investigation_id" uuid NOT NULL,
	"office_code" text NOT NULL,
	"court_code" text NOT NULL,
	"case_number" text,
	"stage" text NOT NULL,
	"lawyer_id" uuid,
	"opened_on" date NOT NULL,
	"verdict" text,
	"verdict_on" date,
	"sentence" text,
	"complaint_withdrawn_on" date,
	"complaint_withdrawn_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "court_cases_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "court_charges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"label_en" text NOT NULL,
	"label_km" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 1000 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "court_charges_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "court_clients" (
	"court_case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "court_clients_court_case_id_person_id_pk" PRIMARY KEY("court_case_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "court_defendant_charges" (
	"court_case_id" uuid NOT NULL,
	"involvement_id" uuid NOT NULL,
	"charge_id" uuid NOT NULL,
	CONSTRAINT "court_defendant_charges_court_case_id_involvement_id_charge_id_pk" PRIMARY KEY("court_case_id","involvement_id","charge_id")
);
--> statement-breakpoint
CREATE TABLE "court_defendants" (
	"court_case_id" uuid NOT NULL,
	"involvement_id" uuid NOT NULL,
	CONSTRAINT "court_defendants_court_case_id_involvement_id_pk" PRIMARY KEY("court_case_id","involvement_id")
);
--> statement-breakpoint
CREATE TABLE "court_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"reminder_days" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "court_hearings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"court_case_id" uuid NOT NULL,
	"date" date NOT NULL,
	"time" text,
	"type" text NOT NULL,
	"child_testified" boolean DEFAULT false NOT NULL,
	"measures" text[] DEFAULT '{}' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_case_investigations" (
	"case_id" uuid NOT NULL,
	"investigation_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_case_investigations_case_id_investigation_id_pk" PRIMARY KEY("case_id","investigation_id")
);
--> statement-breakpoint
CREATE TABLE "support_case_members" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "support_case_members_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "support_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"ref" text,
	"person_id" uuid NOT NULL,
	"client_kind" text NOT NULL,
	"office_code" text,
	"status" text NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"social_worker_id" uuid,
	"lawyer_id" uuid,
	"risk_level" text,
	"assessed_on" date,
	"assessed_by" uuid,
	"assessment" text,
	"needs" text[] DEFAULT '{}' NOT NULL,
	"needs_notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_cases_number_unique" UNIQUE("number"),
	CONSTRAINT "support_cases_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
CREATE TABLE "support_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"decision" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "support_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"given_by" text NOT NULL,
	"given_on" date NOT NULL,
	"scope" text[] NOT NULL,
	"notes" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"assignee_id" uuid,
	"done_on" date,
	"done_by" uuid,
	"outcome" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"goal" text NOT NULL,
	"target_on" date,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"placement" text NOT NULL,
	"partner_id" uuid,
	"decided_on" date NOT NULL,
	"decided_by" uuid NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"service" text NOT NULL,
	"delivered_on" date NOT NULL,
	"provider" text,
	"notes" text,
	"import_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"record_label" text NOT NULL,
	"office_code" text,
	"reason" text NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "court_compensation_orders" ADD CONSTRAINT "court_compensation_orders_court_case_id_court_cases_id_fk" FOREIGN KEY ("court_case_id") REFERENCES "public"."court_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_compensation_payments" ADD CONSTRAINT "court_compensation_payments_court_case_id_court_cases_id_fk" FOREIGN KEY ("court_case_id") REFERENCES "public"."court_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_case_members" ADD CONSTRAINT "court_case_members_court_case_id_court_cases_id_fk" FOREIGN KEY ("court_case_id") REFERENCES "public"."court_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_case_members" ADD CONSTRAINT "court_case_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_cases" ADD CONSTRAINT "court_cases_investigation_id_investigations_id_fk" FOREIGN KEY ("investigation_id") REFERENCES "public"."investigations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_cases" ADD CONSTRAINT "court_cases_office_code_offices_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."offices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_cases" ADD CONSTRAINT "court_cases_lawyer_id_users_id_fk" FOREIGN KEY ("lawyer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_clients" ADD CONSTRAINT "court_clients_court_case_id_court_cases_id_fk" FOREIGN KEY ("court_case_id") REFERENCES "public"."court_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_clients" ADD CONSTRAINT "court_clients_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_defendant_charges" ADD CONSTRAINT "court_defendant_charges_court_case_id_court_cases_id_fk" FOREIGN KEY ("court_case_id") REFERENCES "public"."court_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_defendant_charges" ADD CONSTRAINT "court_defendant_charges_involvement_id_involvements_id_fk" FOREIGN KEY ("involvement_id") REFERENCES "public"."involvements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_defendant_charges" ADD CONSTRAINT "court_defendant_charges_charge_id_court_charges_id_fk" FOREIGN KEY ("charge_id") REFERENCES "public"."court_charges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_defendants" ADD CONSTRAINT "court_defendants_court_case_id_court_cases_id_fk" FOREIGN KEY ("court_case_id") REFERENCES "public"."court_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_defendants" ADD CONSTRAINT "court_defendants_involvement_id_involvements_id_fk" FOREIGN KEY ("involvement_id") REFERENCES "public"."involvements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_settings" ADD CONSTRAINT "court_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_hearings" ADD CONSTRAINT "court_hearings_court_case_id_court_cases_id_fk" FOREIGN KEY ("court_case_id") REFERENCES "public"."court_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_case_investigations" ADD CONSTRAINT "support_case_investigations_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_case_investigations" ADD CONSTRAINT "support_case_investigations_investigation_id_investigations_id_fk" FOREIGN KEY ("investigation_id") REFERENCES "public"."investigations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_case_investigations" ADD CONSTRAINT "support_case_investigations_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_case_members" ADD CONSTRAINT "support_case_members_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_case_members" ADD CONSTRAINT "support_case_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_office_code_offices_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."offices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_social_worker_id_users_id_fk" FOREIGN KEY ("social_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_lawyer_id_users_id_fk" FOREIGN KEY ("lawyer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_closures" ADD CONSTRAINT "support_closures_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_closures" ADD CONSTRAINT "support_closures_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_closures" ADD CONSTRAINT "support_closures_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_consents" ADD CONSTRAINT "support_consents_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_consents" ADD CONSTRAINT "support_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_follow_ups" ADD CONSTRAINT "support_follow_ups_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_follow_ups" ADD CONSTRAINT "support_follow_ups_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_follow_ups" ADD CONSTRAINT "support_follow_ups_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_follow_ups" ADD CONSTRAINT "support_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_goals" ADD CONSTRAINT "support_goals_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_goals" ADD CONSTRAINT "support_goals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_placements" ADD CONSTRAINT "support_placements_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_placements" ADD CONSTRAINT "support_placements_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_placements" ADD CONSTRAINT "support_placements_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_services" ADD CONSTRAINT "support_services_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_services" ADD CONSTRAINT "support_services_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_services" ADD CONSTRAINT "support_services_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "court_compensation_orders_case_idx" ON "court_compensation_orders" USING btree ("court_case_id");--> statement-breakpoint
CREATE INDEX "court_compensation_payments_case_idx" ON "court_compensation_payments" USING btree ("court_case_id");--> statement-breakpoint
CREATE INDEX "court_case_members_user_idx" ON "court_case_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "court_cases_office_idx" ON "court_cases" USING btree ("office_code","stage");--> statement-breakpoint
CREATE INDEX "court_cases_investigation_idx" ON "court_cases" USING btree ("investigation_id");--> statement-breakpoint
CREATE INDEX "court_cases_lawyer_idx" ON "court_cases" USING btree ("lawyer_id");--> statement-breakpoint
CREATE INDEX "court_defendant_charges_charge_idx" ON "court_defendant_charges" USING btree ("charge_id");--> statement-breakpoint
CREATE INDEX "court_hearings_case_idx" ON "court_hearings" USING btree ("court_case_id");--> statement-breakpoint
CREATE INDEX "court_hearings_date_idx" ON "court_hearings" USING btree ("date");--> statement-breakpoint
CREATE INDEX "support_case_investigations_inv_idx" ON "support_case_investigations" USING btree ("investigation_id");--> statement-breakpoint
CREATE INDEX "support_case_members_user_idx" ON "support_case_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "support_cases_office_idx" ON "support_cases" USING btree ("office_code","status");--> statement-breakpoint
CREATE INDEX "support_cases_person_idx" ON "support_cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "support_cases_social_worker_idx" ON "support_cases" USING btree ("social_worker_id");--> statement-breakpoint
CREATE INDEX "support_cases_lawyer_idx" ON "support_cases" USING btree ("lawyer_id");--> statement-breakpoint
CREATE INDEX "support_closures_case_idx" ON "support_closures" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "support_follow_ups_case_idx" ON "support_follow_ups" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "support_follow_ups_due_idx" ON "support_follow_ups" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "support_services_case_idx" ON "support_services" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "support_services_date_idx" ON "support_services" USING btree ("delivered_on","service");--> statement-breakpoint
CREATE UNIQUE INDEX "support_services_import_uq" ON "support_services" USING btree ("import_key");--> statement-breakpoint
CREATE INDEX "access_grants_user_idx" ON "access_grants" USING btree ("user_id","record_type","record_id");--> statement-breakpoint
CREATE INDEX "access_grants_review_idx" ON "access_grants" USING btree ("office_code","reviewed_at");
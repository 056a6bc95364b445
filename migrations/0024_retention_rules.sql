CREATE TABLE "retention_rules" (
	"rule" text PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"years" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"last_run_at" timestamp with time zone,
	"last_run_purged" integer
);

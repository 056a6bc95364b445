CREATE TABLE "name_tokens" (
	"token" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "people_search_key_trgm";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_keys" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX "name_tokens_trgm" ON "name_tokens" USING gist ("token" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_search_keys_idx" ON "people" USING gin ("search_keys");--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "search_key";
CREATE INDEX "calls_report_idx" ON "calls" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "idempotency_keys_report_idx" ON "idempotency_keys" USING btree ("report_id");
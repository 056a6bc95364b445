CREATE INDEX "arrests_arrested_on_idx" ON "arrests" USING btree ("arrested_on");--> statement-breakpoint
CREATE INDEX "investigations_case_opened_idx" ON "investigations" USING btree ("case_opened_on");--> statement-breakpoint
CREATE INDEX "rescues_rescued_on_idx" ON "rescues" USING btree ("rescued_on");
CREATE INDEX "invoices_corrects_idx" ON "invoices" USING btree ("corrects_id") WHERE corrects_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "invoices_issued_on_idx" ON "invoices" USING btree ("issued_on") WHERE state = 'issued';--> statement-breakpoint
CREATE INDEX "usage_records_occurred_idx" ON "usage_records" USING btree ("occurred_on");
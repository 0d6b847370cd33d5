-- The default orders of the two big lists (issue 8): the invoices newest made first, the customers by
-- name, case-insensitive, then id. Either way a page is read from the index, not by sorting every row.
CREATE INDEX "invoices_created_idx" ON "invoices" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "customers_name_sort_idx" ON "customers" USING btree (lower("legal_name"),"id");
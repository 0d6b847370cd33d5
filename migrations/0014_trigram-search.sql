-- Searching a part of a name or a number ("%…%") in lists of hundreds of thousands of rows: trigram
-- indexes serve ILIKE with a leading wildcard, which a b-tree cannot (issues 8 and 9: the customer
-- search read all 250,000 customers twice per request). pg_trgm is a trusted extension: the
-- database's owner may create it; PGlite loads it from its contrib bundle (open-pglite.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customers_legal_name_trgm_idx" ON "customers" USING gin ("legal_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "invoices_number_trgm_idx" ON "invoices" USING gin ("number" gin_trgm_ops);

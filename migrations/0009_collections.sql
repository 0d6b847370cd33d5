CREATE SEQUENCE "public"."bank_file_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."bank_statement_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."complaint_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."cost_claim_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."dispute_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."dunning_case_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."dunning_letter_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."payment_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "bank_statements" (
	"id" text PRIMARY KEY DEFAULT 'BST-' || nextval('bank_statement_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"kind" text NOT NULL,
	"message_id" text NOT NULL,
	"account_iban" text NOT NULL,
	"file_sha256" text NOT NULL,
	"entries" integer NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" text NOT NULL,
	CONSTRAINT "bank_statements_file_key" UNIQUE("seller_id","file_sha256")
);
--> statement-breakpoint
CREATE TABLE "bank_transfers" (
	"end_to_end_id" text PRIMARY KEY NOT NULL,
	"file_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"invoice_id" text,
	"refund_of" text,
	"mandate_id" text,
	"sequence_type" text,
	"amount_cents" bigint NOT NULL,
	"returned_on" date,
	"return_reason" text
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" text PRIMARY KEY DEFAULT 'CMP-' || nextval('complaint_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"about" text NOT NULL,
	"invoice_id" text,
	"counts_from" date NOT NULL,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"description" text NOT NULL,
	"deadline" date,
	"in_time" boolean NOT NULL,
	"because" text[] NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cost_claims" (
	"id" text PRIMARY KEY DEFAULT 'CC-' || nextval('cost_claim_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"raised_on" date NOT NULL,
	"letter_id" text,
	"because" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" text PRIMARY KEY DEFAULT 'DSP-' || nextval('dispute_numbers') NOT NULL,
	"invoice_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"complaint_id" text,
	"amount_cents" bigint NOT NULL,
	"reason" text NOT NULL,
	"opened_on" date NOT NULL,
	"state" text NOT NULL,
	"resolved_on" date,
	"credit_note_id" text
);
--> statement-breakpoint
CREATE TABLE "dunning_cases" (
	"id" text PRIMARY KEY DEFAULT 'DC-' || nextval('dunning_case_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"suspended_on" date,
	"dissolved_on" date
);
--> statement-breakpoint
CREATE TABLE "dunning_letters" (
	"id" text PRIMARY KEY DEFAULT 'DL-' || nextval('dunning_letter_numbers') NOT NULL,
	"case_id" text NOT NULL,
	"step" text NOT NULL,
	"sent_on" date NOT NULL,
	"pay_by" date,
	"letter" jsonb NOT NULL,
	"total_cents" bigint NOT NULL,
	"because" text[] NOT NULL,
	CONSTRAINT "dunning_letters_step_key" UNIQUE("case_id","step")
);
--> statement-breakpoint
CREATE TABLE "mandates" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"scheme" text NOT NULL,
	"iban" text NOT NULL,
	"debtor_name" text NOT NULL,
	"signed_on" date NOT NULL,
	"first_collected_on" date,
	"revoked_on" date
);
--> statement-breakpoint
CREATE TABLE "outgoing_bank_files" (
	"id" text PRIMARY KEY DEFAULT 'BF-' || nextval('bank_file_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"kind" text NOT NULL,
	"execution_date" date NOT NULL,
	"transactions" integer NOT NULL,
	"total_cents" bigint NOT NULL,
	"xml" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_allocations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"payment_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"invoice_id" text,
	"cost_claim_id" text,
	"bank_transfer_id" text,
	"component" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"allocated_on" date NOT NULL,
	"because" text[] NOT NULL,
	"reversed_on" date,
	CONSTRAINT "payment_allocations_one_target" CHECK (num_nonnulls(invoice_id, cost_claim_id, bank_transfer_id) = 1)
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" text PRIMARY KEY DEFAULT 'PAY-' || nextval('payment_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text,
	"source" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"value_date" date NOT NULL,
	"counterparty_name" text,
	"counterparty_iban" text,
	"end_to_end_id" text,
	"remittance" text NOT NULL,
	"named_invoice_id" text,
	"matched_by" text,
	"statement_id" text,
	"entry_key" text,
	"returned_on" date,
	"return_reason" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "payments_entry_key_unique" UNIQUE("entry_key")
);
--> statement-breakpoint
ALTER TABLE "sellers" ADD COLUMN "creditor_id" text;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD CONSTRAINT "bank_statements_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transfers" ADD CONSTRAINT "bank_transfers_file_id_outgoing_bank_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."outgoing_bank_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transfers" ADD CONSTRAINT "bank_transfers_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transfers" ADD CONSTRAINT "bank_transfers_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transfers" ADD CONSTRAINT "bank_transfers_mandate_id_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."mandates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_claims" ADD CONSTRAINT "cost_claims_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_claims" ADD CONSTRAINT "cost_claims_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_credit_note_id_invoices_id_fk" FOREIGN KEY ("credit_note_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_cases" ADD CONSTRAINT "dunning_cases_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_cases" ADD CONSTRAINT "dunning_cases_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_letters" ADD CONSTRAINT "dunning_letters_case_id_dunning_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."dunning_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_bank_files" ADD CONSTRAINT "outgoing_bank_files_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_cost_claim_id_cost_claims_id_fk" FOREIGN KEY ("cost_claim_id") REFERENCES "public"."cost_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_bank_transfer_id_bank_transfers_end_to_end_id_fk" FOREIGN KEY ("bank_transfer_id") REFERENCES "public"."bank_transfers"("end_to_end_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_named_invoice_id_invoices_id_fk" FOREIGN KEY ("named_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_statement_id_bank_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."bank_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bank_transfers_invoice_idx" ON "bank_transfers" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_transfers_refund_key" ON "bank_transfers" USING btree ("refund_of") WHERE refund_of IS NOT NULL;--> statement-breakpoint
CREATE INDEX "cost_claims_customer_idx" ON "cost_claims" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "disputes_invoice_idx" ON "disputes" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dunning_cases_open_key" ON "dunning_cases" USING btree ("seller_id","customer_id") WHERE closed_on IS NULL;--> statement-breakpoint
CREATE INDEX "mandates_customer_idx" ON "mandates" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "payment_allocations_payment_idx" ON "payment_allocations" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "payment_allocations_invoice_idx" ON "payment_allocations" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "payment_allocations_customer_idx" ON "payment_allocations" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "payments_customer_idx" ON "payments" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "payments_unmatched_idx" ON "payments" USING btree ("seller_id") WHERE customer_id IS NULL;
CREATE SEQUENCE "public"."bill_run_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."invoice_ids" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."subscription_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "bill_run_chunks" (
	"run_id" text NOT NULL,
	"chunk" integer NOT NULL,
	"customer_ids" text[] NOT NULL,
	"drafted_at" timestamp with time zone,
	"issued_at" timestamp with time zone,
	"invoices" integer,
	CONSTRAINT "bill_run_chunks_run_id_chunk_pk" PRIMARY KEY("run_id","chunk")
);
--> statement-breakpoint
CREATE TABLE "bill_runs" (
	"id" text PRIMARY KEY DEFAULT 'BR-' || nextval('bill_run_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"period" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"invoice_date" date NOT NULL,
	"state" text NOT NULL,
	"chunks" integer NOT NULL,
	"customers" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"drafted_at" timestamp with time zone,
	"issued_at" timestamp with time zone,
	CONSTRAINT "bill_runs_seller_period_key" UNIQUE("seller_id","period")
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"invoice_id" text NOT NULL,
	"position" integer NOT NULL,
	"source" text NOT NULL,
	"contract_id" text,
	"subscription_id" text,
	"product_id" text,
	"description" text NOT NULL,
	"period_from" date,
	"period_to" date,
	"quantity" numeric(20, 6) NOT NULL,
	"unit_code" text NOT NULL,
	"unit_price_cents" numeric(20, 4) NOT NULL,
	"net_cents" bigint NOT NULL,
	"vat_category" text NOT NULL,
	"vat_percent" numeric(5, 2) NOT NULL,
	"because" text[] NOT NULL,
	"figures" jsonb NOT NULL,
	"billing_key" text,
	CONSTRAINT "invoice_lines_billing_key_unique" UNIQUE("billing_key"),
	CONSTRAINT "invoice_lines_position_key" UNIQUE("invoice_id","position")
);
--> statement-breakpoint
CREATE TABLE "invoice_number_series" (
	"series" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"last_number" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" text PRIMARY KEY DEFAULT 'INV-' || nextval('invoice_ids') NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"bill_run_id" text,
	"corrects_id" text,
	"series" text,
	"number" text,
	"issued_on" date,
	"due_on" date,
	"payment_term_days" integer NOT NULL,
	"period_from" date,
	"period_to" date,
	"language" text NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"seller" jsonb NOT NULL,
	"customer" jsonb NOT NULL,
	"reverse_charge" boolean NOT NULL,
	"notes" text[] NOT NULL,
	"net_cents" bigint NOT NULL,
	"vat_cents" bigint NOT NULL,
	"total_cents" bigint NOT NULL,
	"vat_subtotals" jsonb NOT NULL,
	"payment_reference" text,
	"because" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"issued_at" timestamp with time zone,
	"issued_by" text,
	CONSTRAINT "invoices_series_number_key" UNIQUE("series","number")
);
--> statement-breakpoint
CREATE TABLE "metered_ports" (
	"id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"subscription_id" text,
	"product_id" text NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "port_samples" (
	"port_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"in_octets" numeric(20, 0) NOT NULL,
	"out_octets" numeric(20, 0) NOT NULL,
	CONSTRAINT "port_samples_port_id_at_pk" PRIMARY KEY("port_id","at")
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" text PRIMARY KEY DEFAULT 'SUB-' || nextval('subscription_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"contract_id" text,
	"product_id" text,
	"description" text NOT NULL,
	"cadence" text NOT NULL,
	"proration" text NOT NULL,
	"price_cents" bigint NOT NULL,
	"vat_category" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"billed_through" date,
	"because" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"record_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"subscription_id" text,
	"product_id" text NOT NULL,
	"quantity" numeric(20, 6) NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text,
	"because" text[] NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"invoice_id" text,
	CONSTRAINT "usage_records_seller_record_key" UNIQUE("seller_id","record_id")
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "language" text DEFAULT 'nl' NOT NULL;--> statement-breakpoint
ALTER TABLE "bill_run_chunks" ADD CONSTRAINT "bill_run_chunks_run_id_bill_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."bill_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bill_runs" ADD CONSTRAINT "bill_runs_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_number_series" ADD CONSTRAINT "invoice_number_series_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metered_ports" ADD CONSTRAINT "metered_ports_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metered_ports" ADD CONSTRAINT "metered_ports_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "port_samples" ADD CONSTRAINT "port_samples_port_id_metered_ports_id_fk" FOREIGN KEY ("port_id") REFERENCES "public"."metered_ports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invoice_lines_subscription_idx" ON "invoice_lines" USING btree ("subscription_id");--> statement-breakpoint
CREATE INDEX "invoices_customer_idx" ON "invoices" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "invoices_run_idx" ON "invoices" USING btree ("bill_run_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_run_customer_key" ON "invoices" USING btree ("bill_run_id","customer_id") WHERE bill_run_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "subscriptions_seller_customer_idx" ON "subscriptions" USING btree ("seller_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_contract_product_key" ON "subscriptions" USING btree ("contract_id","product_id") WHERE contract_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "usage_records_open_idx" ON "usage_records" USING btree ("seller_id","customer_id","occurred_on") WHERE invoice_id IS NULL;--> statement-breakpoint
-- nl:vat: an issued invoice or credit note never changes; corrections are credit notes.
CREATE FUNCTION vezel_refuse_issued_invoice_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.state = 'issued' THEN
    RAISE EXCEPTION 'invoice % is issued and cannot be changed; correct it with a credit note', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER invoices_issued_are_final BEFORE UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION vezel_refuse_issued_invoice_change();
--> statement-breakpoint
CREATE FUNCTION vezel_refuse_issued_invoice_line_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM invoices WHERE id = OLD.invoice_id AND state = 'issued') THEN
    RAISE EXCEPTION 'invoice % is issued and its lines cannot be changed', OLD.invoice_id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_of_issued_are_final BEFORE UPDATE OR DELETE ON invoice_lines
  FOR EACH ROW EXECUTE FUNCTION vezel_refuse_issued_invoice_line_change();

CREATE SEQUENCE "public"."charge_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."product_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."customer_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."cpe_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."link_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."nap_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."network_order_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."premises_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."network_service_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."message_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."provider_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."provider_token_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "pending_charges" (
	"id" text PRIMARY KEY DEFAULT 'CH-' || nextval('charge_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"contract_id" text,
	"product_id" text,
	"description" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"vat_category" text NOT NULL,
	"raised_on" date NOT NULL,
	"because" text[] NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"invoice_id" text,
	CONSTRAINT "pending_charges_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "product_prices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL,
	"effective_from" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"announced_on" date NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "product_prices_product_date_key" UNIQUE("product_id","effective_from")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" text PRIMARY KEY DEFAULT 'P-' || nextval('product_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"vat_category" text NOT NULL,
	"provider_id" text,
	"retired_on" date,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "products_seller_code_key" UNIQUE("seller_id","code")
);
--> statement-breakpoint
CREATE TABLE "customer_contacts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"name" text NOT NULL,
	"roles" text[] NOT NULL,
	"email" text,
	"phone_office_hours" text,
	"phone_outside_office_hours" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text PRIMARY KEY DEFAULT 'CU-' || nextval('customer_numbers') NOT NULL,
	"kind" text NOT NULL,
	"legal_name" text NOT NULL,
	"kvk_number" text,
	"vat_id" text,
	"iban" text,
	"email" text NOT NULL,
	"billing_address" jsonb NOT NULL,
	"delivery_address" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cables" (
	"id" text PRIMARY KEY NOT NULL,
	"fiber_count" integer NOT NULL,
	"description" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cables_fiber_count_check" CHECK ("cables"."fiber_count" IN (12, 24, 48, 96, 144, 192))
);
--> statement-breakpoint
CREATE TABLE "cpe_devices" (
	"id" text PRIMARY KEY DEFAULT 'CPE-' || nextval('cpe_numbers') NOT NULL,
	"serial_number" text NOT NULL,
	"model" text NOT NULL,
	"ports" integer NOT NULL,
	"sticker" text NOT NULL,
	"state" text NOT NULL,
	"ownership" text,
	"deposit_cents" integer DEFAULT 0 NOT NULL,
	"customer_id" text,
	"contract_id" text,
	"premises_id" text,
	"installed_on" date,
	"return_due_on" date,
	"return_reminders_sent" integer DEFAULT 0 NOT NULL,
	"returned_on" date,
	"damage_share" text,
	"deposit_settlement" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cpe_devices_serial_number_unique" UNIQUE("serial_number")
);
--> statement-breakpoint
CREATE TABLE "links" (
	"id" text PRIMARY KEY DEFAULT 'L-' || nextval('link_numbers') NOT NULL,
	"customer_id" text NOT NULL,
	"a_nap_id" text NOT NULL,
	"z_nap_id" text,
	"z_handoff" text,
	"bandwidth_mbps" integer NOT NULL,
	"pool_id" text NOT NULL,
	"vlan" integer NOT NULL,
	"contract_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"ended_on" date,
	CONSTRAINT "links_one_z_end" CHECK (("links"."z_nap_id" IS NULL) <> ("links"."z_handoff" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "naps" (
	"id" text PRIMARY KEY DEFAULT 'NAP-' || nextval('nap_numbers') NOT NULL,
	"premises_id" text NOT NULL,
	"cable_id" text NOT NULL,
	"fiber" integer,
	"state" text NOT NULL,
	"activated_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_order_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"payload" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_orders" (
	"id" text PRIMARY KEY DEFAULT 'NO-' || nextval('network_order_numbers') NOT NULL,
	"kind" text NOT NULL,
	"provider_id" text,
	"customer_id" text NOT NULL,
	"product_id" text,
	"nap_id" text,
	"spec" jsonb NOT NULL,
	"signed_form" jsonb,
	"requested_on" date,
	"state" text NOT NULL,
	"rejection_reason" text,
	"planned_on" date,
	"released_on" date,
	"activated_on" date,
	"cancelled_on" date,
	"first_invoice_paid_on" date,
	"one_time_charges_paid_on" date,
	"activation_waiver" jsonb,
	"contract_id" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_services" (
	"id" text PRIMARY KEY DEFAULT 'S-' || nextval('network_service_numbers') NOT NULL,
	"order_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"provider_id" text,
	"nap_id" text,
	"link_id" text,
	"cpe_id" text,
	"contract_id" text,
	"state" text NOT NULL,
	"opened_on" date,
	"closed_on" date,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "network_services_order_id_unique" UNIQUE("order_id")
);
--> statement-breakpoint
CREATE TABLE "premises" (
	"id" text PRIMARY KEY DEFAULT 'PR-' || nextval('premises_numbers') NOT NULL,
	"address" jsonb NOT NULL,
	"customer_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provisioning_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject" text NOT NULL,
	"action" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" text
);
--> statement-breakpoint
CREATE TABLE "vlan_pools" (
	"id" text PRIMARY KEY NOT NULL,
	"first" integer NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY DEFAULT 'M-' || nextval('message_numbers') NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"customer_id" text,
	"provider_id" text,
	"about" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"payload" jsonb NOT NULL,
	"because" text[] NOT NULL,
	"state" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"eml_file" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "provider_tokens" (
	"id" text PRIMARY KEY DEFAULT 'TK-' || nextval('provider_token_numbers') NOT NULL,
	"provider_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "provider_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" text PRIMARY KEY DEFAULT 'TP-' || nextval('provider_numbers') NOT NULL,
	"name" text NOT NULL,
	"kvk_number" text,
	"email" text NOT NULL,
	"helpdesk_phone" text,
	"helpdesk_email" text,
	"webhook_url" text,
	"webhook_secret" text,
	"admitted_on" date NOT NULL,
	"suspended_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sellers" (
	"id" text PRIMARY KEY NOT NULL,
	"legal_name" text NOT NULL,
	"profile_id" text NOT NULL,
	"kvk_number" text NOT NULL,
	"vat_id" text NOT NULL,
	"iban" text NOT NULL,
	"bic" text,
	"address" jsonb NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"invoice_series" text NOT NULL,
	"credit_note_series" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "sellers_invoice_series_unique" UNIQUE("invoice_series"),
	CONSTRAINT "sellers_credit_note_series_unique" UNIQUE("credit_note_series")
);
--> statement-breakpoint
ALTER TABLE "product_prices" ADD CONSTRAINT "product_prices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_contacts" ADD CONSTRAINT "customer_contacts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpe_devices" ADD CONSTRAINT "cpe_devices_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpe_devices" ADD CONSTRAINT "cpe_devices_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpe_devices" ADD CONSTRAINT "cpe_devices_premises_id_premises_id_fk" FOREIGN KEY ("premises_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_a_nap_id_naps_id_fk" FOREIGN KEY ("a_nap_id") REFERENCES "public"."naps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_z_nap_id_naps_id_fk" FOREIGN KEY ("z_nap_id") REFERENCES "public"."naps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_pool_id_vlan_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."vlan_pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "naps" ADD CONSTRAINT "naps_premises_id_premises_id_fk" FOREIGN KEY ("premises_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "naps" ADD CONSTRAINT "naps_cable_id_cables_id_fk" FOREIGN KEY ("cable_id") REFERENCES "public"."cables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_order_events" ADD CONSTRAINT "network_order_events_order_id_network_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."network_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_orders" ADD CONSTRAINT "network_orders_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_orders" ADD CONSTRAINT "network_orders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_orders" ADD CONSTRAINT "network_orders_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_orders" ADD CONSTRAINT "network_orders_nap_id_naps_id_fk" FOREIGN KEY ("nap_id") REFERENCES "public"."naps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_orders" ADD CONSTRAINT "network_orders_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_services" ADD CONSTRAINT "network_services_order_id_network_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."network_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_services" ADD CONSTRAINT "network_services_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_services" ADD CONSTRAINT "network_services_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_services" ADD CONSTRAINT "network_services_nap_id_naps_id_fk" FOREIGN KEY ("nap_id") REFERENCES "public"."naps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_services" ADD CONSTRAINT "network_services_link_id_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_services" ADD CONSTRAINT "network_services_cpe_id_cpe_devices_id_fk" FOREIGN KEY ("cpe_id") REFERENCES "public"."cpe_devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_services" ADD CONSTRAINT "network_services_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises" ADD CONSTRAINT "premises_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_tokens" ADD CONSTRAINT "provider_tokens_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pending_charges_open_idx" ON "pending_charges" USING btree ("seller_id","customer_id");--> statement-breakpoint
CREATE INDEX "customer_contacts_customer_idx" ON "customer_contacts" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_kvk_number_key" ON "customers" USING btree ("kvk_number") WHERE kvk_number IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "customers_vat_id_key" ON "customers" USING btree ("vat_id") WHERE vat_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "customers_legal_name_idx" ON "customers" USING btree ("legal_name");--> statement-breakpoint
CREATE INDEX "cpe_devices_premises_idx" ON "cpe_devices" USING btree ("premises_id");--> statement-breakpoint
CREATE UNIQUE INDEX "links_pool_vlan_key" ON "links" USING btree ("pool_id","vlan") WHERE ended_on IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "naps_cable_fiber_key" ON "naps" USING btree ("cable_id","fiber") WHERE fiber IS NOT NULL AND state <> 'removed';--> statement-breakpoint
CREATE INDEX "naps_premises_idx" ON "naps" USING btree ("premises_id");--> statement-breakpoint
CREATE INDEX "network_order_events_order_idx" ON "network_order_events" USING btree ("order_id","id");--> statement-breakpoint
CREATE INDEX "network_orders_provider_idx" ON "network_orders" USING btree ("provider_id","id");--> statement-breakpoint
CREATE INDEX "network_orders_customer_idx" ON "network_orders" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "network_services_customer_idx" ON "network_services" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "network_services_contract_idx" ON "network_services" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "provisioning_jobs_due_idx" ON "provisioning_jobs" USING btree ("next_attempt_at") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "provisioning_jobs_subject_idx" ON "provisioning_jobs" USING btree ("subject");--> statement-breakpoint
CREATE INDEX "messages_due_idx" ON "messages" USING btree ("next_attempt_at") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "messages_customer_idx" ON "messages" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_provider_idx" ON "messages" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE INDEX "provider_tokens_provider_idx" ON "provider_tokens" USING btree ("provider_id");
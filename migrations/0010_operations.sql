CREATE SEQUENCE "public"."abuse_case_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."fault_ticket_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."force_majeure_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."liability_claim_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."maintenance_window_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "service_holds" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"service_id" text NOT NULL,
	"reason" text NOT NULL,
	"measure" text NOT NULL,
	"reference" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone,
	"resumes_to" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "abuse_cases" (
	"id" text PRIMARY KEY DEFAULT 'AB-' || nextval('abuse_case_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"service_id" text,
	"contract_id" text,
	"category" text NOT NULL,
	"source" text NOT NULL,
	"evidence" text NOT NULL,
	"state" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" text NOT NULL,
	"escalation" text,
	"escalated_on" date,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "abuse_measures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"service_id" text NOT NULL,
	"measure" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" text NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by" text
);
--> statement-breakpoint
CREATE TABLE "fault_ticket_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ticket_id" text NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	"note" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fault_tickets" (
	"id" text PRIMARY KEY DEFAULT 'FLT-' || nextval('fault_ticket_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"service_id" text,
	"link_id" text,
	"cable_id" text,
	"provider_id" text,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"report" jsonb NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"reported_by" text NOT NULL,
	"state" text NOT NULL,
	"definitive_repair" boolean DEFAULT false NOT NULL,
	"fiber_count" integer,
	"average_by" timestamp with time zone,
	"maximum_by" timestamp with time zone,
	"maintenance_window_id" text,
	"routed_at" timestamp with time zone,
	"warned_at" timestamp with time zone,
	"breached_at" timestamp with time zone,
	"repair_reported_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closure_reason" text,
	"chargeable_hours" numeric(8, 2),
	"charge_record_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "force_majeure_events" (
	"id" text PRIMARY KEY DEFAULT 'FM-' || nextval('force_majeure_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"description" text NOT NULL,
	"started_on" date NOT NULL,
	"known_on" date NOT NULL,
	"ended_on" date,
	"declared_at" timestamp with time zone NOT NULL,
	"declared_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "force_majeure_services" (
	"event_id" text NOT NULL,
	"service_id" text NOT NULL,
	"contract_id" text,
	"ended_on" date,
	"ended_by" text,
	CONSTRAINT "force_majeure_services_event_id_service_id_pk" PRIMARY KEY("event_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "liability_claims" (
	"id" text PRIMARY KEY DEFAULT 'LC-' || nextval('liability_claim_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"contract_id" text NOT NULL,
	"damage_kind" text NOT NULL,
	"claimed_cents" bigint NOT NULL,
	"damage_on" date NOT NULL,
	"notified_on" date NOT NULL,
	"notified_by" text NOT NULL,
	"description" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "maintenance_windows" (
	"id" text PRIMARY KEY DEFAULT 'MW-' || nextval('maintenance_window_numbers') NOT NULL,
	"seller_id" text NOT NULL,
	"scope" text NOT NULL,
	"scope_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"planned_at" timestamp with time zone NOT NULL,
	"planned_by" text NOT NULL,
	"notified_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "maintenance_windows_order" CHECK ("maintenance_windows"."ends_at" > "maintenance_windows"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "service_holds" ADD CONSTRAINT "service_holds_service_id_network_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."network_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abuse_cases" ADD CONSTRAINT "abuse_cases_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abuse_cases" ADD CONSTRAINT "abuse_cases_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abuse_cases" ADD CONSTRAINT "abuse_cases_service_id_network_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."network_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abuse_cases" ADD CONSTRAINT "abuse_cases_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abuse_measures" ADD CONSTRAINT "abuse_measures_case_id_abuse_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."abuse_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abuse_measures" ADD CONSTRAINT "abuse_measures_service_id_network_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."network_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fault_ticket_events" ADD CONSTRAINT "fault_ticket_events_ticket_id_fault_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."fault_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fault_tickets" ADD CONSTRAINT "fault_tickets_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fault_tickets" ADD CONSTRAINT "fault_tickets_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fault_tickets" ADD CONSTRAINT "fault_tickets_service_id_network_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."network_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fault_tickets" ADD CONSTRAINT "fault_tickets_link_id_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fault_tickets" ADD CONSTRAINT "fault_tickets_cable_id_cables_id_fk" FOREIGN KEY ("cable_id") REFERENCES "public"."cables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fault_tickets" ADD CONSTRAINT "fault_tickets_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fault_tickets" ADD CONSTRAINT "fault_tickets_maintenance_window_id_maintenance_windows_id_fk" FOREIGN KEY ("maintenance_window_id") REFERENCES "public"."maintenance_windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "force_majeure_events" ADD CONSTRAINT "force_majeure_events_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "force_majeure_services" ADD CONSTRAINT "force_majeure_services_event_id_force_majeure_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."force_majeure_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "force_majeure_services" ADD CONSTRAINT "force_majeure_services_service_id_network_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."network_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "force_majeure_services" ADD CONSTRAINT "force_majeure_services_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liability_claims" ADD CONSTRAINT "liability_claims_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liability_claims" ADD CONSTRAINT "liability_claims_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liability_claims" ADD CONSTRAINT "liability_claims_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_windows" ADD CONSTRAINT "maintenance_windows_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_holds_active_idx" ON "service_holds" USING btree ("service_id") WHERE lifted_at is null;--> statement-breakpoint
CREATE INDEX "abuse_cases_customer_idx" ON "abuse_cases" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "abuse_measures_case_idx" ON "abuse_measures" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "fault_ticket_events_ticket_idx" ON "fault_ticket_events" USING btree ("ticket_id","id");--> statement-breakpoint
CREATE INDEX "fault_tickets_open_idx" ON "fault_tickets" USING btree ("maximum_by") WHERE state not in ('resolved', 'closed');--> statement-breakpoint
CREATE INDEX "fault_tickets_seller_idx" ON "fault_tickets" USING btree ("seller_id","reported_at");--> statement-breakpoint
CREATE INDEX "fault_tickets_customer_idx" ON "fault_tickets" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "liability_claims_customer_idx" ON "liability_claims" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "maintenance_windows_scope_idx" ON "maintenance_windows" USING btree ("scope","scope_id","starts_at");
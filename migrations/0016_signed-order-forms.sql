CREATE TABLE "network_order_forms" (
	"order_id" text PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"stored_at" timestamp with time zone NOT NULL,
	"stored_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_order_forms" ADD CONSTRAINT "network_order_forms_order_id_network_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."network_orders"("id") ON DELETE no action ON UPDATE no action;
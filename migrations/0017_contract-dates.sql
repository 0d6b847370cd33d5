CREATE TABLE "contract_dates" (
	"contract_id" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"status" text,
	"notice_deadline" date,
	"renewal_on" date,
	"effective_end" date,
	"computed_for" date,
	"valid_until" date,
	"generation" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contract_dates" ADD CONSTRAINT "contract_dates_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_dates_notice_idx" ON "contract_dates" USING btree ("notice_deadline","seller_id") WHERE notice_deadline IS NOT NULL;--> statement-breakpoint
CREATE INDEX "contract_dates_renewal_idx" ON "contract_dates" USING btree ("renewal_on","seller_id") WHERE renewal_on IS NOT NULL;--> statement-breakpoint
CREATE INDEX "contract_dates_end_idx" ON "contract_dates" USING btree ("effective_end","seller_id") WHERE effective_end IS NOT NULL;--> statement-breakpoint
CREATE INDEX "contract_dates_stale_idx" ON "contract_dates" USING btree ("contract_id") WHERE computed_for IS NULL;--> statement-breakpoint
CREATE INDEX "contract_dates_valid_until_idx" ON "contract_dates" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "contract_dates_computed_for_idx" ON "contract_dates" USING btree ("computed_for");--> statement-breakpoint
-- Every contract has a row, stale until the home page or the daily cycle computes it; the database
-- keeps this and the staleness below for every writer (use cases, seeds, bulk loads), in the writer's
-- own transaction. Stale: computed_for NULL; the generation lets a refresh that read older facts lose.
INSERT INTO "contract_dates" ("contract_id", "seller_id")
  SELECT c.id, o.seller_id FROM contracts c JOIN orders o ON o.id = c.order_id;
--> statement-breakpoint
CREATE FUNCTION vezel_contract_dates_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO contract_dates (contract_id, seller_id)
    SELECT NEW.id, o.seller_id FROM orders o WHERE o.id = NEW.order_id
    ON CONFLICT (contract_id) DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER contracts_dates_row AFTER INSERT ON contracts
  FOR EACH ROW EXECUTE FUNCTION vezel_contract_dates_add();
--> statement-breakpoint
CREATE FUNCTION vezel_contract_dates_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE contract_dates SET computed_for = NULL, generation = generation + 1
   WHERE contract_id = NEW.contract_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER contract_events_stale_dates AFTER INSERT OR UPDATE ON contract_events
  FOR EACH ROW EXECUTE FUNCTION vezel_contract_dates_event();
--> statement-breakpoint
CREATE FUNCTION vezel_contract_dates_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE contract_dates d SET computed_for = NULL, generation = d.generation + 1, seller_id = NEW.seller_id
    FROM contracts c WHERE c.order_id = NEW.id AND d.contract_id = c.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER orders_stale_dates AFTER UPDATE ON orders
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION vezel_contract_dates_order();
--> statement-breakpoint
-- A new terms version may govern any contract of its lineage (vn:1.1.4, bit:12.1): all go stale.
CREATE FUNCTION vezel_contract_dates_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE contract_dates SET computed_for = NULL, generation = generation + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER terms_profiles_stale_dates AFTER INSERT OR UPDATE OR DELETE ON terms_profiles
  FOR EACH STATEMENT EXECUTE FUNCTION vezel_contract_dates_terms();

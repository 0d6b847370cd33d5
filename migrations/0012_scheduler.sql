CREATE TABLE "scheduled_runs" (
	"job" text NOT NULL,
	"day" date NOT NULL,
	"state" text NOT NULL,
	"attempts" integer NOT NULL,
	"claimed_by" text NOT NULL,
	"lease_until" timestamp with time zone,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"last_error" text,
	"result" jsonb,
	CONSTRAINT "scheduled_runs_job_day_pk" PRIMARY KEY("job","day")
);
--> statement-breakpoint
CREATE INDEX "scheduled_runs_started_idx" ON "scheduled_runs" USING btree ("started_at");
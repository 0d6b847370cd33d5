CREATE TABLE "terms_profiles" (
	"id" text PRIMARY KEY NOT NULL,
	"document" jsonb NOT NULL,
	"supersedes" text,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" text NOT NULL
);

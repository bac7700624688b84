CREATE TABLE "cleanup_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"title" text NOT NULL,
	"stage" text NOT NULL,
	"due_dates" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entry_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"decision" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"reviewer_id" uuid,
	"reviewer_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_adoptions" (
	"region_code" varchar(12) NOT NULL,
	"adopts_region_code" varchar(12) NOT NULL,
	"document_number" text DEFAULT '' NOT NULL,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "list_adoptions_region_code_adopts_region_code_pk" PRIMARY KEY("region_code","adopts_region_code")
);
--> statement-breakpoint
CREATE TABLE "list_version_entries" (
	"version_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"lists" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "list_version_entries_version_id_entry_id_pk" PRIMARY KEY("version_id","entry_id")
);
--> statement-breakpoint
CREATE TABLE "list_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"version_no" integer NOT NULL,
	"document_number" text NOT NULL,
	"effective_date" date NOT NULL,
	"source" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "proof_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"unit_id" uuid NOT NULL,
	"round_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"name" text NOT NULL,
	"aliases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"issuing_unit_name" text NOT NULL,
	"legal_basis" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"disposition" text NOT NULL,
	"cancel_rule" smallint,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"substitutes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"must_submit_reason" text DEFAULT '' NOT NULL,
	"commitment_excluded" boolean DEFAULT false NOT NULL,
	"exclusion_category" text,
	"disclosure" boolean DEFAULT false NOT NULL,
	"verification_plan" jsonb,
	"remarks" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proof_entry_items" (
	"entry_id" uuid NOT NULL,
	"service_item_id" uuid NOT NULL,
	CONSTRAINT "proof_entry_items_entry_id_service_item_id_pk" PRIMARY KEY("entry_id","service_item_id")
);
--> statement-breakpoint
CREATE TABLE "service_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"application_based" boolean DEFAULT true NOT NULL,
	"guide" jsonb NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cleanup_rounds" ADD CONSTRAINT "cleanup_rounds_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_reviews" ADD CONSTRAINT "entry_reviews_entry_id_proof_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."proof_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_adoptions" ADD CONSTRAINT "list_adoptions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_adoptions" ADD CONSTRAINT "list_adoptions_adopts_region_code_regions_code_fk" FOREIGN KEY ("adopts_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_version_entries" ADD CONSTRAINT "list_version_entries_version_id_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_versions" ADD CONSTRAINT "list_versions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proof_entries" ADD CONSTRAINT "proof_entries_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proof_entries" ADD CONSTRAINT "proof_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proof_entries" ADD CONSTRAINT "proof_entries_round_id_cleanup_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."cleanup_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proof_entry_items" ADD CONSTRAINT "proof_entry_items_entry_id_proof_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."proof_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proof_entry_items" ADD CONSTRAINT "proof_entry_items_service_item_id_service_items_id_fk" FOREIGN KEY ("service_item_id") REFERENCES "public"."service_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_items" ADD CONSTRAINT "service_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_items" ADD CONSTRAINT "service_items_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cleanup_rounds_region" ON "cleanup_rounds" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "entry_reviews_entry" ON "entry_reviews" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "list_version_entries_entry" ON "list_version_entries" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "list_versions_region_no" ON "list_versions" USING btree ("region_code","version_no");--> statement-breakpoint
CREATE INDEX "proof_entries_unit" ON "proof_entries" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "proof_entries_region_status" ON "proof_entries" USING btree ("region_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "proof_entries_unit_name" ON "proof_entries" USING btree ("unit_id","name") WHERE status <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "proof_entry_items_item" ON "proof_entry_items" USING btree ("service_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_items_region_code" ON "service_items" USING btree ("region_code","code");--> statement-breakpoint
CREATE INDEX "service_items_unit" ON "service_items" USING btree ("unit_id");
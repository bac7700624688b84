CREATE SEQUENCE "public"."application_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."letter_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"action" text NOT NULL,
	"by_name" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sm3" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_proofs" (
	"application_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"path" text NOT NULL,
	"choice" text NOT NULL,
	"file_id" uuid,
	"verification_plan" jsonb
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"service_item_id" uuid NOT NULL,
	"service_item_name" text NOT NULL,
	"legal_time_limit_days" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"accept_due" date,
	"accepted_at" timestamp with time zone,
	"decision_due" date,
	"decided_at" timestamp with time zone,
	"decision_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"application_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"proof_name" text NOT NULL,
	"text" jsonb NOT NULL,
	"sm3" text NOT NULL,
	"disclosure" boolean NOT NULL,
	"status" text DEFAULT 'unsigned' NOT NULL,
	"sign_method" text,
	"signed_at" timestamp with time zone,
	"signed_by" uuid,
	"signed_payload" text,
	"signature" text,
	"key_id" text,
	"scan_file_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_statuses" (
	"applicant_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"repaired" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"letter_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"proof_name" text NOT NULL,
	"method" text NOT NULL,
	"sampled" boolean NOT NULL,
	"status" text NOT NULL,
	"due" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_proofs" ADD CONSTRAINT "application_proofs_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_letters" ADD CONSTRAINT "commitment_letters_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_letters" ADD CONSTRAINT "commitment_letters_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_statuses" ADD CONSTRAINT "credit_statuses_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_application" ON "application_events" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "application_files_application" ON "application_files" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "application_proofs_pk" ON "application_proofs" USING btree ("application_id","entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_number" ON "applications" USING btree ("number");--> statement-breakpoint
CREATE INDEX "applications_applicant" ON "applications" USING btree ("applicant_id","created_at");--> statement-breakpoint
CREATE INDEX "applications_queue" ON "applications" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "applications_unit" ON "applications" USING btree ("unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_letters_number" ON "commitment_letters" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_letters_proof" ON "commitment_letters" USING btree ("application_id","entry_id");--> statement-breakpoint
CREATE INDEX "commitment_letters_disclosed" ON "commitment_letters" USING btree ("region_code","signed_at") WHERE "commitment_letters"."disclosure" and "commitment_letters"."signed_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "verification_tasks_letter" ON "verification_tasks" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "verification_tasks_unit" ON "verification_tasks" USING btree ("unit_id","status","due");
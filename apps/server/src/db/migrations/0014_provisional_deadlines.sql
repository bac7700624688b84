ALTER TABLE "adjustment_requests" ADD COLUMN "filing_due_provisional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "accept_due_provisional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "decision_due_provisional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "due_provisional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "time_limit_days" integer;--> statement-breakpoint
CREATE INDEX "adjustment_requests_provisional_due" ON "adjustment_requests" USING btree ("id") WHERE filing_due_provisional;--> statement-breakpoint
CREATE INDEX "applications_provisional_due" ON "applications" USING btree ("id") WHERE accept_due_provisional or decision_due_provisional;--> statement-breakpoint
CREATE INDEX "verification_tasks_provisional_due" ON "verification_tasks" USING btree ("id") WHERE due_provisional;
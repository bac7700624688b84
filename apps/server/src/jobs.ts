import { filingOverdue } from './modules/catalog/adjustments';
import { RECOMPUTE_JOB } from './platform/calendar/deadlines';
import { recomputeProvisionalDeadlines } from './platform/calendar/service';
import { type JobHandlers, platformJobHandlers } from './platform/jobs';

/** Every durable job kind the worker runs, by name. */
export const jobHandlers: JobHandlers = {
  ...platformJobHandlers,
  'catalog.filing_overdue': filingOverdue,
  [RECOMPUTE_JOB]: recomputeProvisionalDeadlines,
};

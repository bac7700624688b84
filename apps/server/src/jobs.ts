import { moduleJobHandlers } from './modules';
import { RECOMPUTE_JOB } from './platform/calendar/deadlines';
import { recomputeProvisionalDeadlines } from './platform/calendar/service';
import { type JobHandlers, platformJobHandlers } from './platform/jobs';

/** Every durable job kind the worker runs, by name: the platform's and each module's of the module list. */
export const jobHandlers: JobHandlers = {
  ...platformJobHandlers,
  [RECOMPUTE_JOB]: recomputeProvisionalDeadlines,
  ...moduleJobHandlers(),
};

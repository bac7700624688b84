import type { ApplicationStatus, ApplicationSummary } from '@pfc/contracts';
import { usePagedQuery } from '../../../app/paging';
import { APPLICATIONS } from '../shared/api';

/** The signed-in user's applications: their own, their office's queue, or those they started for others. */
export function useApplications(query: { status?: ApplicationStatus; page: number; pageSize: number }) {
  return usePagedQuery<ApplicationSummary>(APPLICATIONS, query);
}

import type { ApplicantView } from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/request';

export function useMyApplicant() {
  return useQuery({ queryKey: ['applicants', 'me'], queryFn: () => api.get<ApplicantView>('/applicants/me') });
}

import type {
  SecondFactorCodeBody,
  SecondFactorEnrolled,
  SecondFactorEnrolment,
  SecondFactorStatus,
  SessionView,
} from '@pfc/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../app/request';

export function useSecondFactorStatus() {
  return useQuery({ queryKey: ['second-factor'], queryFn: () => api.get<SecondFactorStatus>('/auth/second-factor') });
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: () => api.post<SecondFactorEnrolment>('/auth/second-factor/enrolment', {}) });
}

export function useConfirmEnrolment() {
  return useMutation({
    mutationFn: (code: string) =>
      api.post<SecondFactorEnrolled & { session: SessionView }>('/auth/second-factor/enrolment/confirm', { code }),
  });
}

export function useVerifySecondFactor() {
  return useMutation({
    mutationFn: (body: SecondFactorCodeBody) => api.post<SessionView>('/auth/login/second-factor', body),
  });
}

import type { CommentInput, CommentStatusView, ConsultationView } from '@pfc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';

const key = (code: string) => ['public-consultation', code] as const;

export function useConsultation(code: string) {
  return useQuery({
    queryKey: key(code),
    queryFn: () => api.get<ConsultationView>(`/public/consultations/${code}`),
  });
}

export function useSubmitComment(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CommentInput; idempotencyKey: string }) =>
      api.post<CommentStatusView>(`/public/consultations/${code}/comments`, input, idempotencyKey),
    onSuccess: () => void client.invalidateQueries({ queryKey: key(code) }),
  });
}

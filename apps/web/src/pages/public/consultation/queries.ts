import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';

export interface DraftEntry {
  id: string;
  name: string;
  disposition: string;
  unitName: string;
  issuingUnitName: string;
  substitutes: Array<{ method: string; note?: string }>;
  cancelReason: string;
}

export interface PublicComment {
  id: string;
  entryId: string | null;
  entryName: string | null;
  missingProofName: string | null;
  body: string;
  authorName: string | null;
  reply: string;
  createdAt: string;
}

export interface CommentInput {
  entryId?: string | null;
  missingProofName?: string | null;
  body: string;
  authorName?: string | null;
  contact?: string | null;
}

const key = (code: string) => ['public-consultation', code] as const;

export function useConsultation(code: string) {
  return useQuery({
    queryKey: key(code),
    queryFn: () =>
      api.get<{ open: boolean; entries: DraftEntry[]; comments: PublicComment[] }>(`/public/consultations/${code}`),
  });
}

export function useSubmitComment(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CommentInput; idempotencyKey: string }) =>
      api.post<{ id: string; status: string }>(`/public/consultations/${code}/comments`, input, idempotencyKey),
    onSuccess: () => void client.invalidateQueries({ queryKey: key(code) }),
  });
}

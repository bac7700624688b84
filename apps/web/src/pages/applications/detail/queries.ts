import type { ApplicationView, DecisionInput, ReasonInput, SignInput } from '@pfc/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../../app/request';
import { APPLICATIONS, applicationKey, putFile, useStoreApplication } from '../shared/api';

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: () => api.get<ApplicationView>(`/${APPLICATIONS}/${id}`),
    staleTime: 0,
    // A 404 (not there, or not yours) is an answer, not a hiccup to retry.
    retry: (count, error) =>
      !(error instanceof ApiError && (error.status === 404 || error.status === 403)) && count < 2,
  });
}

/** 签署: the digest of the text the applicant read goes with it; the server refuses if it differs. */
export function useSignLetter() {
  const store = useStoreApplication();
  return useMutation({
    mutationFn: (a: SignInput & { id: string; letterId: string; idempotencyKey: string }) =>
      api.post<ApplicationView>(
        `/${APPLICATIONS}/${a.id}/letters/${a.letterId}/sign`,
        { sm3: a.sm3 },
        a.idempotencyKey,
      ),
    onSuccess: store,
  });
}

/** The proof itself (choice 'submit' or a withdrawn commitment), or the scan of a letter signed on paper. */
export type UploadTarget = { kind: 'proof'; entryId: string } | { kind: 'scan'; letterId: string };

export function useUpload() {
  const store = useStoreApplication();
  return useMutation({
    mutationFn: (a: { id: string; target: UploadTarget; file: File; type: string }) =>
      putFile(
        a.target.kind === 'proof'
          ? `${a.id}/proofs/${a.target.entryId}/file`
          : `${a.id}/letters/${a.target.letterId}/scan`,
        a.file,
        a.type,
      ),
    onSuccess: store,
  });
}

/** 中途退出: the letter stays on file, marked withdrawn; the proof must then be submitted. */
export function useWithdrawCommitment() {
  const store = useStoreApplication();
  return useMutation({
    mutationFn: (a: ReasonInput & { id: string; entryId: string }) =>
      api.post<ApplicationView>(`/${APPLICATIONS}/${a.id}/proofs/${a.entryId}/withdraw-commitment`, {
        reason: a.reason,
      }),
    onSuccess: store,
  });
}

/** The status steps: the applicant side submits; the window clerk accepts, asks for corrections, decides. */
export type ApplicationStep =
  | { step: 'submit' }
  | { step: 'accept' }
  | ({ step: 'request-correction' } & ReasonInput)
  | ({ step: 'decide' } & DecisionInput);

export function useApplicationStep() {
  const store = useStoreApplication();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: ApplicationStep }) => {
      const { step, ...body } = action;
      return api.post<ApplicationView>(`/${APPLICATIONS}/${id}/${step}`, body);
    },
    onSuccess: store,
  });
}

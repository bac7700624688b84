import type {
  AdoptionBody,
  CommentModeration,
  CommentStatusView,
  ListsPublished,
  Ok,
  PendingCommentView,
  PublishedImportView,
  PublishListsBody,
  RegionAdoptionsView,
  StageMoved,
} from '@pfc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const commentsKey = (code: string) => ['catalog/comments', code] as const;

export function usePendingComments(code: string, enabled: boolean) {
  return useQuery({
    queryKey: commentsKey(code),
    queryFn: () => api.get<PendingCommentView[]>(`/catalog/regions/${code}/comments`, { status: 'pending' }),
    enabled: enabled && !!code,
    staleTime: 0,
  });
}

export function useModerate(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: CommentModeration & { id: string }) =>
      api.post<CommentStatusView>(`/catalog/comments/${id}/moderate`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: commentsKey(code) }),
  });
}

/** The region-wide steps: close the consultation, approve, publish. */
export function useStage(code: string) {
  const client = useQueryClient();
  const done = () => void client.invalidateQueries();
  return {
    close: useMutation({
      mutationFn: (comment: string) => api.post<StageMoved>(`/catalog/regions/${code}/close-consultation`, { comment }),
      onSuccess: done,
    }),
    approve: useMutation({
      mutationFn: (comment: string) => api.post<StageMoved>(`/catalog/regions/${code}/approve`, { comment }),
      onSuccess: done,
    }),
    publish: useMutation({
      mutationFn: (body: PublishListsBody) => api.post<ListsPublished>(`/catalog/regions/${code}/publish`, body),
      onSuccess: done,
    }),
  };
}

export function useImportPublished(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      documentNumber,
      effectiveDate,
    }: {
      file: Blob;
      documentNumber: string;
      effectiveDate: string;
    }) =>
      api.upload<PublishedImportView>(`/catalog/regions/${code}/published/import`, file, XLSX, {
        documentNumber,
        effectiveDate,
      }),
    onSuccess: () => void client.invalidateQueries(),
  });
}

const adoptionsKey = (code: string) => ['catalog/adoptions', code] as const;

/** 承接: what the region adopts now and which upper regions have published lists to adopt. */
export function useAdoptions(code: string) {
  return useQuery({
    queryKey: adoptionsKey(code),
    queryFn: () => api.get<RegionAdoptionsView>(`/catalog/regions/${code}/adoptions`),
    enabled: !!code,
    staleTime: 0,
  });
}

export function useAdopt(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AdoptionBody) => api.post<Ok>(`/catalog/regions/${code}/adoptions`, body),
    // The region's effective public lists change too.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: adoptionsKey(code) }),
        client.invalidateQueries({ queryKey: ['public-lists'] }),
      ]),
  });
}

import type { ApplicationView, NoticeKind } from '@pfc/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { request } from '../../../app/request';

/** Root of every cached application query: list pages and detail views. */
export const APPLICATIONS = 'applications';
export const applicationKey = (id: string) => [APPLICATIONS, 'detail', id] as const;

const base = (id: string) => `/api/v1/${APPLICATIONS}/${id}`;
export const letterPdfUrl = (id: string, letterId: string) => `${base(id)}/letters/${letterId}/pdf`;
export const noticePdfUrl = (id: string, kind: NoticeKind) => `${base(id)}/notices/${kind}/pdf`;
export const fileUrl = (id: string, fileId: string) => `${base(id)}/files/${fileId}`;

/** What the server accepts as an uploaded proof or scanned letter. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const TYPES_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** The content type to send for a picked file, or null when it is not a PDF, JPEG or PNG. */
export function uploadType(file: File): string | null {
  if (Object.values(TYPES_BY_EXTENSION).includes(file.type)) return file.type;
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return TYPES_BY_EXTENSION[ext] ?? null;
}

/** PUTs a file as the raw body; the name travels URL-encoded in x-filename (headers are ASCII). */
export function putFile(path: string, file: File, type: string): Promise<ApplicationView> {
  return request<ApplicationView>('PUT', `/${APPLICATIONS}/${path}`, {
    file: { data: file, type },
    headers: { 'x-filename': encodeURIComponent(file.name) },
  });
}

/** After any change: the detail view shows the server's answer at once, the lists reload. */
export function useStoreApplication() {
  const client = useQueryClient();
  return (view: ApplicationView) => {
    client.setQueryData(applicationKey(view.id), view);
    void client.invalidateQueries({
      queryKey: [APPLICATIONS],
      predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== view.id,
    });
  };
}

import type { PublicProof } from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { usePrefs } from '../../../app/prefs';
import { ApiError, api } from '../../../app/request';

/** One published entry with its answer, as it applies in `region` (or wherever it is published). */
export function usePublicProof(id: string, region: string | undefined) {
  const { lang } = usePrefs();
  return useQuery({
    queryKey: ['public-search', 'proof', lang, id, region],
    queryFn: () => api.get<PublicProof>(`/public/proofs/${id}`, { region }),
    // A 404 is an answer ("not published there"), not a hiccup to retry.
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
}

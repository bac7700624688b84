import type { LetterCheck } from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { usePrefs } from '../../../app/prefs';
import { ApiError, api } from '../../../app/request';

/** Anyone checks a letter by its number, and optionally the SM3 digest printed on the paper. */
export function useLetterCheck(number: string, sm3: string | undefined) {
  const { lang } = usePrefs();
  return useQuery({
    queryKey: ['public-letters', lang, number, sm3],
    queryFn: () => api.get<LetterCheck>(`/public/letters/${encodeURIComponent(number)}`, { sm3 }),
    enabled: number.length > 0,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

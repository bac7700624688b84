/** Small input helpers every list and form use case shares. */

export interface PageParams {
  page: number;
  pageSize: number;
  offset: number;
}

export function pageParams(query: { page?: number; pageSize?: number }): PageParams {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** An ILIKE pattern matching `text` anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

/** Optional text fields: blank input is stored as null, not as an empty string. */
export function blankToNull(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

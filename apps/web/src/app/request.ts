import type { ErrorBody } from '@pfc/contracts';

/** A failed API call: the server's stable code and its (already localised) message. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Array<{ field: string; message: string }> = [],
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export type Lang = 'zh-CN' | 'en';

/** Messages for failures that never reach the server, or that come back without the error shape. */
const CLIENT_MESSAGES: Record<string, Record<Lang, string>> = {
  NETWORK_ERROR: { 'zh-CN': '网络连接失败，请检查网络后重试', en: 'Network error: check your connection and retry' },
  BAD_RESPONSE: {
    'zh-CN': '服务器返回了无法识别的内容，请稍后再试',
    en: 'The server sent an unexpected response; try again later',
  },
  UNAUTHENTICATED: { 'zh-CN': '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  FORBIDDEN: { 'zh-CN': '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  RATE_LIMITED: { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  SERVICE_UNAVAILABLE: { 'zh-CN': '服务暂时不可用，请稍后再试', en: 'Service temporarily unavailable' },
};

interface RequestState {
  csrfToken: string | null;
  lang: Lang;
  onUnauthenticated: (() => void) | null;
  onSecondFactorRequired: (() => void) | null;
}

const state: RequestState = { csrfToken: null, lang: 'zh-CN', onUnauthenticated: null, onSecondFactorRequired: null };

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}
export function setRequestLang(lang: Lang): void {
  state.lang = lang;
}
/** Called when a signed-in request answers UNAUTHENTICATED (session expired or revoked). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  state.onUnauthenticated = handler;
}

/** Called when the server wants the second factor first (AUTH_SECOND_FACTOR_REQUIRED). */
export function setSecondFactorHandler(handler: (() => void) | null): void {
  state.onSecondFactorRequired = handler;
}

export function clientMessage(code: string): string {
  return CLIENT_MESSAGES[code]?.[state.lang] ?? code;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as ErrorBody | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.code === 'string';
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A fresh Idempotency-Key for one create form: a retried or double-clicked submit then creates the
 * object once. getRandomValues works on plain-http intranet deployments too (randomUUID does not).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function request<T>(
  method: Method,
  path: string,
  options: {
    query?: Query;
    body?: unknown;
    idempotencyKey?: string;
    file?: { data: Blob; type: string };
    headers?: Record<string, string>;
  } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    accept: 'application/json',
    'accept-language': state.lang,
  };
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (method !== 'GET') {
    headers['content-type'] = options.file ? options.file.type : 'application/json';
    if (state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
    init.body = options.file ? options.file.data : JSON.stringify(options.body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(withQuery(`/api/v1${path}`, options.query), init);
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', clientMessage('NETWORK_ERROR'));
  }
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const error = isErrorBody(data)
      ? new ApiError(
          response.status,
          data.error.code,
          data.error.message,
          data.error.details ?? [],
          data.error.requestId,
        )
      : new ApiError(response.status, statusCode(response.status), clientMessage(statusCode(response.status)));
    if (error.code === 'UNAUTHENTICATED' && state.csrfToken && path !== '/auth/session') state.onUnauthenticated?.();
    if (error.code === 'AUTH_SECOND_FACTOR_REQUIRED') state.onSecondFactorRequired?.();
    throw error;
  }
  if (text && data === undefined) throw new ApiError(response.status, 'BAD_RESPONSE', clientMessage('BAD_RESPONSE'));
  return data as T;
}

function statusCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVICE_UNAVAILABLE';
  return 'BAD_RESPONSE';
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, idempotencyKey?: string) =>
    request<T>('POST', path, { body, idempotencyKey }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** POSTs a file as the raw request body (e.g. an .xlsx import). */
  upload: <T>(path: string, file: Blob, type: string, query?: Query) =>
    request<T>('POST', path, { query, file: { data: file, type } }),
};

/** Text to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Server field errors ("body.name") as antd Form field errors. */
export function fieldErrors(error: unknown): Array<{ name: string[]; errors: string[] }> {
  if (!(error instanceof ApiError)) return [];
  return error.details
    .filter((d) => d.field.startsWith('body.') || !d.field.includes('.'))
    .map((d) => ({ name: d.field.replace(/^body\./, '').split('.'), errors: [d.message] }));
}

/**
 * Expected failures throw AppError(code). One registry maps each code to its HTTP status and its
 * Chinese and English messages; modules add their own codes with defineErrors() in errors.ts.
 */
export interface ErrorDef {
  status: number;
  zh: string;
  en: string;
}

const registry = new Map<string, ErrorDef>();

export function defineErrors<const T extends Record<string, ErrorDef>>(defs: T): { [K in keyof T]: K } {
  const codes = {} as { [K in keyof T]: K };
  for (const [code, def] of Object.entries(defs)) {
    const existing = registry.get(code);
    if (existing && existing !== def) throw new Error(`error code ${code} defined twice`);
    registry.set(code, def);
    (codes as Record<string, string>)[code] = code;
  }
  return codes;
}

export function errorDef(code: string): ErrorDef | undefined {
  return registry.get(code);
}

export type Params = Record<string, string | number>;

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: string,
    readonly params: Params = {},
    /** Field-level problems, shown next to form fields. */
    readonly details?: Array<{ field: string; message: string }>,
  ) {
    super(code);
    if (!registry.has(code)) throw new Error(`unknown error code ${code}`);
  }
  get status(): number {
    return registry.get(this.code)?.status ?? 500;
  }
}

export type Lang = 'zh' | 'en';

export function formatMessage(code: string, lang: Lang, params: Params = {}): string {
  const def = registry.get(code);
  const template = def ? def[lang] : code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Platform-wide codes; each module adds its own in its errors.ts. */
export const E = defineErrors({
  /** A field is missing, of the wrong type or out of range. */
  VALIDATION_FAILED: { status: 400, zh: '提交的内容不符合要求：{problem}', en: 'The request is invalid: {problem}' },
  /**
   * Text breaks the one rule for text input (packages/contracts/src/text.ts): NUL, a lone
   * surrogate or a control character anywhere; an invisible direction or zero-width character in a name.
   */
  TEXT_FORBIDDEN_CHARACTER: {
    status: 400,
    zh: '{field} 含有不允许的字符 {char}：请删除空字符、控制字符和残缺字符（名称和编号中还不能有不可见的方向控制符或零宽字符）后重试',
    en: '{field} contains a character that is not allowed ({char}): remove NUL, control and broken characters (and, in names and codes, invisible direction or zero-width characters) and retry',
  },
  /** The body is not parseable JSON. */
  MALFORMED_JSON: { status: 400, zh: '提交的内容不是有效的 JSON 格式', en: 'The request body is not valid JSON' },
  /** The body exceeds the configured limit. */
  BODY_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  /** Only application/json is accepted on JSON routes. */
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '不支持的内容类型：请以 JSON 提交',
    en: 'Unsupported content type: send JSON',
  },
  /** The object does not exist, or the caller may not know it exists (RELIABILITY rule 2). */
  NOT_FOUND: { status: 404, zh: '未找到该{what}', en: 'The {what} was not found' },
  /** The address cannot be decoded (e.g. a broken %-escape). */
  BAD_URL: { status: 400, zh: '网址格式不正确', en: 'The address is malformed' },
  /** No such API route. */
  ROUTE_NOT_FOUND: { status: 404, zh: '请求的接口不存在', en: 'No such API route' },
  /** Signing in is required. */
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in first' },
  /** Signed in, but the role does not allow this. */
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  /** State-changing request without the session's CSRF token. */
  CSRF_FAILED: {
    status: 403,
    zh: '页面已过期或请求来源不可信，请刷新页面后重试',
    en: 'The page expired or the request origin is untrusted; reload and retry',
  },
  /** Wrong username or password (deliberately not saying which). */
  AUTH_INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  /** The current password given when changing one's password is wrong. */
  PASSWORD_INCORRECT: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  /** A sign-in limit holds (same answer whether or not the account exists, and whatever the password). */
  AUTH_TOO_MANY_ATTEMPTS: {
    status: 429,
    zh: '登录失败次数过多，请于 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins; try again in {minutes} minutes',
  },
  /** The account was disabled by an administrator. */
  AUTH_DISABLED: {
    status: 403,
    zh: '该账号已停用，请联系管理员',
    en: 'This account is disabled; contact an administrator',
  },
  /** A unique value is already taken. */
  CONFLICT: { status: 409, zh: '{what}已存在', en: '{what} already exists' },
  /** The request names a related object (region, unit…) that does not exist. */
  REFERENCE_NOT_FOUND: {
    status: 400,
    zh: '引用的对象不存在，请检查所选的区划或单位',
    en: 'A referenced object does not exist',
  },
  /** A database trigger refused to change a record that is final (a signed letter, a published version). */
  RECORD_IMMUTABLE: {
    status: 409,
    zh: '该记录已生效，任何人都不能修改或删除',
    en: 'This record is final: nobody can change or delete it',
  },
  /** The object changed state in the meantime. */
  STALE_STATE: {
    status: 409,
    zh: '该记录的状态已变化，请刷新后重试',
    en: 'The record changed in the meantime; reload and retry',
  },
  /** Idempotency-Key reused with a different request body. */
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '该幂等键已用于另一项不同的请求',
    en: 'This Idempotency-Key was used for a different request',
  },
  /** Idempotency-Key missing or malformed where one is required. */
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    zh: '请求缺少有效的 Idempotency-Key（8–128 个字母、数字或 -_）',
    en: 'A valid Idempotency-Key header (8–128 letters, digits, - or _) is required',
  },
  /** A deadline reaches a year the working-day calendar does not hold. */
  CALENDAR_GAP: {
    status: 409,
    zh: '工作日历缺少 {year} 年的数据，无法计算期限，请管理员补充节假日安排',
    en: 'The working-day calendar has no data for {year}; an administrator must add it',
  },
  /** Too many requests from one client address to the public routes (PUBLIC_RATE_LIMIT). */
  RATE_LIMITED: {
    status: 429,
    zh: '请求过于频繁，请于 {seconds} 秒后再试',
    en: 'Too many requests; try again in {seconds} seconds',
  },
  /** The database is unreachable. */
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂时不可用，请稍后再试', en: 'Service temporarily unavailable' },
  /** Anything unexpected; details are logged, never shown. */
  INTERNAL: {
    status: 500,
    zh: '系统内部错误，请稍后再试；如持续出现请联系管理员（请求编号 {requestId}）',
    en: 'Internal error; if it persists contact an administrator (request {requestId})',
  },
  /** GB 11643 check failed. */
  INVALID_RESIDENT_ID: { status: 400, zh: '居民身份证号码无效：{reason}', en: 'Invalid resident ID number: {reason}' },
  /** GB 32100 check failed. */
  INVALID_CREDIT_CODE: {
    status: 400,
    zh: '统一社会信用代码无效：{reason}',
    en: 'Invalid unified social credit code: {reason}',
  },
});

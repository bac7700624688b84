import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TEXT_KEYWORD, textProblem } from '@pfc/contracts';
import { AppError, E, formatMessage, type Lang } from './errors';

export function langOf(request: FastifyRequest): Lang {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'zh';
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
  keyword?: string;
}

/** `body.entry.name` from the part of the request and the JSON pointer of the issue. */
function fieldOf(issue: ValidationIssue, context: string | undefined): string {
  const missing = issue.keyword === 'required' ? String(issue.params?.missingProperty ?? '') : '';
  const path = (issue.instancePath ?? '')
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const field = [context, ...path, missing].filter(Boolean).join('.') || (context ?? 'body');
  // A key may itself hold the refused character: never echo it into the message.
  return Array.from(field, (c) => (textProblem(c, 'name') ? '\uFFFD' : c)).join('');
}

function describeValidation(issues: ValidationIssue[], context: string | undefined, lang: Lang) {
  const details = issues
    .slice(0, 10)
    .map((issue) => ({ field: fieldOf(issue, context), message: translateIssue(issue, lang) }));
  const problem = details.map((d) => `${d.field} ${d.message}`).join('；');
  return { details, problem };
}

function translateIssue(issue: ValidationIssue, lang: Lang): string {
  if (lang === 'en') return issue.message ?? 'is invalid';
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'required':
      return '为必填项';
    case 'type':
      return `类型应为 ${String(p.type)}`;
    case 'minLength':
      return `长度不能少于 ${String(p.limit)}`;
    case 'maxLength':
      return `长度不能超过 ${String(p.limit)}`;
    case 'minimum':
      return `不能小于 ${String(p.limit)}`;
    case 'maximum':
      return `不能大于 ${String(p.limit)}`;
    case 'pattern':
      return '格式不正确';
    case 'format':
      return `格式不正确（应为 ${String(p.format)}）`;
    case 'minItems':
      return `至少需要 ${String(p.limit)} 项`;
    case 'maxItems':
      return `最多 ${String(p.limit)} 项`;
    case 'anyOf':
    case 'const':
    case 'enum':
      return '取值不在允许范围内';
    case 'additionalProperties':
      return `含有不允许的字段 ${String(p.additionalProperty)}`;
    default:
      return '不符合要求';
  }
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: string,
  message: string,
  details?: Array<{ field: string; message: string }>,
) {
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .send({ error: { code, message, requestId: request.id, ...(details ? { details } : {}) } });
}

/** One error shape for the whole API; 5xx details are logged and never shown (HOUSE-STYLE habit 3). */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, request, reply) => {
    const lang = request.ctx?.lang ?? langOf(request);
    if (err instanceof AppError) {
      // A 429 says how long to wait (RFC 9110 Retry-After, in seconds) in params.retryAfter.
      const retryAfter = err.params.retryAfter;
      if (err.status === 429 && typeof retryAfter === 'number')
        reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
      return send(reply, request, err.status, err.code, formatMessage(err.code, lang, err.params), err.details);
    }
    const fe = err as FastifyError & { validation?: ValidationIssue[]; validationContext?: string };
    if (fe.validation) {
      const text = fe.validation.find((issue) => issue.keyword === TEXT_KEYWORD);
      if (text) {
        const field = fieldOf(text, fe.validationContext);
        const char = String(text.params?.char ?? '');
        return send(
          reply,
          request,
          400,
          E.TEXT_FORBIDDEN_CHARACTER,
          formatMessage(E.TEXT_FORBIDDEN_CHARACTER, lang, { field, char }),
          [{ field, message: char }],
        );
      }
      const { details, problem } = describeValidation(fe.validation, fe.validationContext, lang);
      return send(
        reply,
        request,
        400,
        E.VALIDATION_FAILED,
        formatMessage(E.VALIDATION_FAILED, lang, { problem }),
        details,
      );
    }
    switch (fe.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, request, 400, E.MALFORMED_JSON, formatMessage(E.MALFORMED_JSON, lang));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, request, 413, E.BODY_TOO_LARGE, formatMessage(E.BODY_TOO_LARGE, lang));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return send(reply, request, 415, E.UNSUPPORTED_MEDIA_TYPE, formatMessage(E.UNSUPPORTED_MEDIA_TYPE, lang));
      default:
        break;
    }
    if (err instanceof SyntaxError || fe.statusCode === 400) {
      return send(reply, request, 400, E.MALFORMED_JSON, formatMessage(E.MALFORMED_JSON, lang));
    }
    const pgCode =
      (err as { code?: unknown; cause?: { code?: unknown } }).cause?.code ?? (err as { code?: unknown }).code;
    if (pgCode === '23505') {
      return send(
        reply,
        request,
        409,
        E.CONFLICT,
        formatMessage(E.CONFLICT, lang, { what: lang === 'en' ? 'The record' : '该记录' }),
      );
    }
    if (pgCode === '23503') {
      return send(reply, request, 400, E.REFERENCE_NOT_FOUND, formatMessage(E.REFERENCE_NOT_FOUND, lang));
    }
    if (pgCode === '42501') {
      // A trigger guarding a legal record (published list, signed letter, audit event) refused a change.
      return send(reply, request, 409, E.RECORD_IMMUTABLE, formatMessage(E.RECORD_IMMUTABLE, lang));
    }
    if (pgCode === '40001' || pgCode === '40P01') {
      return send(reply, request, 409, E.STALE_STATE, formatMessage(E.STALE_STATE, lang));
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      const status = fe.statusCode;
      const code =
        status === 413
          ? E.BODY_TOO_LARGE
          : status === 415
            ? E.UNSUPPORTED_MEDIA_TYPE
            : status === 404
              ? E.ROUTE_NOT_FOUND
              : E.MALFORMED_JSON;
      return send(reply, request, status, code, formatMessage(code, lang));
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, request, 500, E.INTERNAL, formatMessage(E.INTERNAL, lang, { requestId: request.id }));
  });

  app.setNotFoundHandler((request, reply) => {
    const lang = langOf(request);
    return send(reply, request, 404, E.ROUTE_NOT_FOUND, formatMessage(E.ROUTE_NOT_FOUND, lang));
  });
}

import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { NAME_TEXT } from './text';

/** The one error shape of the whole API. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: '稳定的错误代码，如 VALIDATION_FAILED' }),
      message: Type.String({ description: '给人看的说明（默认中文，Accept-Language: en 时为英文）' }),
      requestId: Type.Optional(Type.String({ description: '请求编号，便于排查' })),
      details: Type.Optional(
        Type.Array(
          Type.Object({
            field: Type.String({ description: '出错的字段' }),
            message: Type.String({ description: '该字段的问题' }),
          }),
        ),
      ),
    }),
  },
  { $id: 'ErrorBody', description: '统一错误格式' },
);
export type ErrorBody = Static<typeof ErrorBody>;

export const Uuid = Type.String({ format: 'uuid', description: '对象编号（UUID）' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
/**
 * The path parameter `:id` as the routes that never closed it declare it (no additionalProperties):
 * kept apart from IdParams so the OpenAPI document stays as it was.
 */
export const IdPath = Type.Object({ id: Uuid });

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1, description: '页码，从 1 开始' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: '每页条数（最多 100）' })),
};

export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ description: '符合条件的总条数' }),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
}

/** One page of `Page(item)`, for an item type known only by its static type. */
export type PageOf<T> = Omit<Static<ReturnType<typeof Page>>, 'items'> & { items: T[] };

export const Ok = Type.Object({ ok: Type.Literal(true) });
export type Ok = Static<typeof Ok>;

/** A file download (PDF, .xlsx, a proof): the bytes go out as they are, the schema only documents them. */
export const BinaryFile = (description: string) =>
  Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary', description });

/** ISO-8601 timestamp in UTC (shown in Asia/Shanghai by the web app). */
export const Timestamp = Type.String({ format: 'date-time', description: 'UTC 时间（ISO 8601）' });

/** A real calendar day (format: 2021-02-29 is refused) in years 1900–2999, which PostgreSQL stores. */
export const IsoDate = Type.String({
  pattern: '^(19|2\\d)\\d{2}-\\d{2}-\\d{2}$',
  format: 'date',
  description: '日期 YYYY-MM-DD（北京时间的日历日）',
});

/** A non-blank bounded text field: rejects whitespace-only input. */
export function Text(maxLength: number, description: string, minLength = 1) {
  return Type.String({ minLength, maxLength, pattern: minLength > 0 ? '\\S' : undefined, description });
}

/**
 * A name or identifier (of a person, unit, region, entry, document…): a non-blank bounded text
 * in which bidirectional controls and zero-width characters are refused too (see text.ts).
 */
export function Name(maxLength: number, description: string, minLength = 1) {
  return Type.String({ minLength, maxLength, pattern: minLength > 0 ? '\\S' : undefined, description, ...NAME_TEXT });
}

/** A union of string literals (an enum in the OpenAPI document) from a table's keys. */
export const lit = <T extends string>(keys: readonly T[], description: string) =>
  Type.Union(
    keys.map((k) => Type.Literal(k)),
    { description },
  );

/** 平台基本信息 (GET /meta). */
export const MetaView = Type.Object({ name: Type.String(), version: Type.String(), database: Type.String() });
export type MetaView = Static<typeof MetaView>;

import { type TSchema } from '@sinclair/typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@pfc/contracts';

/** The Fastify instance every module's routes plugin receives: TypeBox types flow into handlers. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Declares the success shapes plus the one error shape, so OpenAPI documents both. */
export function responses<T extends Record<number, TSchema>>(
  ok: T,
): T & { '4xx': typeof ErrorBody; '5xx': typeof ErrorBody } {
  return { ...ok, '4xx': ErrorBody, '5xx': ErrorBody };
}

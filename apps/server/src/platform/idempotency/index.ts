import { and, eq, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { canonicalJson } from '../audit/canonical';
import { transact } from '../audit/transaction';
import type { Ctx } from '../context';
import { AppError, E } from '../http/errors';
import { idempotencyKeys } from './tables';

export const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
const KEEP_HOURS = 48;

export interface StoredAnswer<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/**
 * Runs a create/sign use case at most once per (actor, operation, Idempotency-Key). A stored answer
 * replays before anything else runs, so a retry gets the first answer even where the use case
 * would now answer otherwise (e.g. the lists it planned from were republished). Otherwise `plan`
 * reads outside any transaction, then the key row is inserted in the same transaction as the
 * effect: a concurrent duplicate blocks on the unique key until the first commits, then reads its
 * stored answer (RELIABILITY rule 3, suite idempotency). `run` gets a ctx whose use cases join this
 * transaction (see transact) and what `plan` returned.
 */
export async function onceForKey<T, P = undefined>(
  ctx: Ctx,
  operation: string,
  key: string,
  request: unknown,
  run: (ctx: Ctx, planned: P) => Promise<{ status: number; body: T }>,
  plan: (ctx: Ctx) => Promise<P> = async () => undefined as P,
): Promise<StoredAnswer<T>> {
  if (!KEY_PATTERN.test(key)) throw new AppError(E.IDEMPOTENCY_KEY_INVALID);
  const scope = `${ctx.actor?.userId ?? 'anonymous'}:${operation}`;
  const requestHash = ctx.crypto.sm3Hex(canonicalJson(request));
  const stored = () => storedAnswer<T>(ctx.database.db, scope, key, requestHash);
  const before = await stored();
  if (before) return before;
  let planned: P;
  try {
    planned = await plan(ctx);
  } catch (error) {
    // A duplicate sent at the same time may have committed while this one planned: its answer stands.
    const meanwhile = await stored();
    if (meanwhile) return meanwhile;
    throw error;
  }
  const now = ctx.now();
  return transact(ctx, async (tx, audit) => {
    const inserted = await tx
      .insert(idempotencyKeys)
      .values({
        scope,
        key,
        requestHash,
        responseStatus: 0,
        responseBody: {},
        expiresAt: new Date(now.getTime() + KEEP_HOURS * 3_600_000),
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length === 0) {
      const prior = await storedAnswer<T>(tx, scope, key, requestHash);
      if (!prior) throw new AppError(E.STALE_STATE);
      return prior;
    }
    const answer = await run({ ...ctx, enclosing: { tx, audit } }, planned);
    await tx
      .update(idempotencyKeys)
      .set({ responseStatus: answer.status, responseBody: answer.body as object })
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    return { ...answer, replayed: false };
  });
}

/** The committed answer for a key, if any; the same key with another request is refused. */
async function storedAnswer<T>(
  db: Executor,
  scope: string,
  key: string,
  requestHash: string,
): Promise<StoredAnswer<T> | undefined> {
  const [prior] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  if (!prior) return undefined;
  if (prior.requestHash !== requestHash) throw new AppError(E.IDEMPOTENCY_KEY_REUSED);
  return { status: prior.responseStatus, body: prior.responseBody as T, replayed: true };
}

/** Removes expired keys; run by the jobs worker. */
export async function purgeExpiredKeys(db: Executor, now: Date): Promise<number> {
  const rows = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.expiresAt, now))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}

/**
 * Route helper: with an Idempotency-Key header the use case runs once per key; without one it
 * runs normally, unless the route declares the key required. A use case that plans before its
 * transaction passes `plan`: with a key, a stored answer replays before the planning runs.
 */
export async function idempotentReply<T, P = undefined>(
  request: {
    ctx: Ctx;
    url: string;
    headers: Record<string, string | string[] | undefined>;
    body?: unknown;
    routeOptions: { url?: string; config: { idempotent?: 'required' | 'optional' } };
  },
  reply: { status(code: number): unknown; header(name: string, value: string): unknown },
  status: number,
  run: (ctx: Ctx, planned: P) => Promise<T>,
  plan: (ctx: Ctx) => Promise<P> = async () => undefined as P,
): Promise<T> {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined) {
    if (request.routeOptions.config.idempotent === 'required') throw new AppError(E.IDEMPOTENCY_KEY_INVALID);
    const planned = await plan(request.ctx);
    reply.status(status);
    return run(request.ctx, planned);
  }
  // The request is its address and its body: the same key sent to another letter's URL is a reuse, not a replay.
  const answer = await onceForKey(
    request.ctx,
    request.routeOptions.url ?? 'route',
    key,
    { url: request.url, body: request.body ?? null },
    async (ctx, planned) => ({
      status,
      body: await run(ctx, planned),
    }),
    plan,
  );
  reply.status(answer.status);
  if (answer.replayed) reply.header('idempotency-replayed', 'true');
  return answer.body;
}

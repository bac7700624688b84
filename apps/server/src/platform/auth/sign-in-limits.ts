import { and, eq, gt, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import type { Ctx } from '../context';
import type { CryptoProvider } from '../crypto';
import { clientAddressKey } from '../http/client-address';
import { signInAttempts, users } from './tables';

/**
 * Limits on password guessing (issue 11 item 4; RELIABILITY T04 and T25). Failed sign-ins are
 * counted in sliding windows in the database, so every app server shares them:
 *
 * | counted by                       | at most | in     | why                                                       |
 * |----------------------------------|---------|--------|-----------------------------------------------------------|
 * | user name from one client address | 5      | 15 min | T04's "5 failures, then 15 minutes", but only for the address that made them: a stranger who knows a user name keeps out only themselves |
 * | user name from all addresses     | 100     | 60 min | T04's cap of 100 failures an hour per account: a guesser spread over many addresses |
 * | client address, all user names   | 20      | 1 min  | T25: one address spraying passwords over many names       |
 *
 * The third counts failures, not sign-ins: an office behind one NAT signs in many times a minute at
 * opening time, and a right password is not a guess.
 *
 * An attempt is counted *before* its password is checked (a row is reserved under advisory locks on
 * its name and address, and removed again when the password is right), so N concurrent guesses
 * cannot all get past the count. A refused attempt is not counted: a lock-out ends by itself when
 * the oldest failure it counts leaves its window. Names are counted whether or not an account
 * has them (by the name's blind index, never the name), so a limit says nothing about which
 * accounts exist.
 */
export const SIGN_IN_LIMITS = [
  { scope: 'name_and_address', max: 5, windowMinutes: 15 },
  { scope: 'name', max: 100, windowMinutes: 60 },
  { scope: 'address', max: 20, windowMinutes: 1 },
] as const satisfies ReadonlyArray<{ scope: string; max: number; windowMinutes: number }>;

export type LimitScope = (typeof SIGN_IN_LIMITS)[number]['scope'];

const LONGEST_WINDOW_MS = Math.max(...SIGN_IN_LIMITS.map((l) => l.windowMinutes)) * 60_000;
/** Expired rows removed per attempt: more than the one an attempt adds, so the table stays about one window of failures. */
const PRUNE_BATCH = 50;
const NAME_INDEX = 'auth.username';

/** One checked attempt: its reserved row, and the limits that are full now that it counts. */
export interface SignInAttempt {
  id: string;
  accountKey: string;
  address: string;
  /** The limits this attempt filled, with when each frees up again, should its password be wrong. */
  fills: Array<{ scope: LimitScope; until: Date }>;
}

export type Reservation = { ok: true; attempt: SignInAttempt } | { ok: false; retryAfterSeconds: number };

/** The blind index a user name is counted (and audited) by. */
export function accountKeyOf(crypto: CryptoProvider, name: string): string {
  return crypto.blindIndex(name, NAME_INDEX);
}

export interface WindowCount {
  max: number;
  windowMinutes: number;
  count: number;
  /** The oldest failure still counted (epoch ms), or null. */
  oldestMs: number | null;
}

/** Seconds until every full window has room again (0: none is full). Pure. */
export function secondsToWait(windows: WindowCount[], nowMs: number): number {
  let wait = 0;
  for (const w of windows) {
    if (w.count < w.max || w.oldestMs === null) continue;
    wait = Math.max(wait, Math.ceil((w.oldestMs + w.windowMinutes * 60_000 - nowMs) / 1000), 1);
  }
  return wait;
}

/**
 * Counts this sign-in attempt against the limits, or refuses it. Call before looking up the user:
 * the answer must not depend on whether the name belongs to anyone.
 */
export async function reserveSignInAttempt(ctx: Ctx, name: string): Promise<Reservation> {
  const now = ctx.now();
  const accountKey = accountKeyOf(ctx.crypto, name);
  const address = clientAddressKey(ctx.ip);
  return ctx.database.db.transaction(async (tx) => {
    // Both locks, always in one order, so two attempts never wait on each other crosswise. The
    // name-and-address window is covered by either lock.
    for (const key of [lockKey(ctx.crypto, `name:${accountKey}`), lockKey(ctx.crypto, `address:${address}`)].sort()) {
      await tx.execute(sql`select pg_advisory_xact_lock(${key}::bigint)`);
    }
    await pruneExpired(tx, now);
    const windows = await countWindows(tx, accountKey, address, now);
    const wait = secondsToWait(windows, now.getTime());
    if (wait > 0) return { ok: false as const, retryAfterSeconds: wait };
    const [row] = await tx
      .insert(signInAttempts)
      .values({ accountKey, address, at: now })
      .returning({ id: signInAttempts.id });
    const fills = SIGN_IN_LIMITS.flatMap((limit, i) => {
      const w = windows[i];
      if (!w || w.count + 1 < limit.max) return [];
      const until = (w.oldestMs ?? now.getTime()) + limit.windowMinutes * 60_000;
      return [{ scope: limit.scope, until: new Date(until) }];
    });
    return { ok: true as const, attempt: { id: row?.id ?? '', accountKey, address, fills } };
  });
}

/**
 * The password was right: it was no guess, and the failures of this name from this address are
 * forgiven ("5 consecutive failures"). Failures from other addresses still count.
 */
export async function forgiveSignInFailures(db: Executor, attempt: SignInAttempt): Promise<void> {
  await db
    .delete(signInAttempts)
    .where(and(eq(signInAttempts.accountKey, attempt.accountKey), eq(signInAttempts.address, attempt.address)));
}

/**
 * A failed attempt that filled the all-addresses window of an existing account marks the account
 * locked until then, for the staff list (the limits themselves never read the mark).
 */
export async function markAccountLocked(tx: Tx, userId: string, attempt: SignInAttempt): Promise<Date | null> {
  const until = attempt.fills.find((f) => f.scope === 'name')?.until;
  if (!until) return null;
  await tx.update(users).set({ lockedUntil: until }).where(eq(users.id, userId));
  return until;
}

/** An administrator's unlock: every failure counted against this user name, from any address, is dropped. */
export async function clearSignInFailures(db: Executor, crypto: CryptoProvider, username: string): Promise<void> {
  await db.delete(signInAttempts).where(eq(signInAttempts.accountKey, accountKeyOf(crypto, username)));
}

/** A 64-bit advisory lock number for a key (SM3, so keys cannot be chosen to collide on purpose). */
function lockKey(crypto: CryptoProvider, key: string): string {
  return BigInt.asIntN(64, BigInt(`0x${crypto.sm3Hex(`sign-in-limits:${key}`).slice(0, 16)}`)).toString();
}

async function countWindows(tx: Tx, accountKey: string, address: string, now: Date): Promise<WindowCount[]> {
  const byName = eq(signInAttempts.accountKey, accountKey);
  const byAddress = eq(signInAttempts.address, address);
  const scopes: Record<LimitScope, SQL | undefined> = {
    name_and_address: and(byName, byAddress),
    name: byName,
    address: byAddress,
  };
  const columns: Record<string, SQL<number | null>> = {};
  SIGN_IN_LIMITS.forEach((limit, i) => {
    const where = and(
      scopes[limit.scope],
      gt(signInAttempts.at, new Date(now.getTime() - limit.windowMinutes * 60_000)),
    );
    columns[`count${i}`] = sql<number>`count(*) filter (where ${where})`.mapWith(Number);
    columns[`oldest${i}`] = sql<
      number | null
    >`extract(epoch from min(${signInAttempts.at}) filter (where ${where})) * 1000`.mapWith((v: unknown) =>
      v === null || v === undefined ? null : Number(v),
    );
  });
  const [row] = await tx
    .select(columns)
    .from(signInAttempts)
    .where(and(or(byName, byAddress), gt(signInAttempts.at, new Date(now.getTime() - LONGEST_WINDOW_MS))));
  return SIGN_IN_LIMITS.map((limit, i) => ({
    max: limit.max,
    windowMinutes: limit.windowMinutes,
    count: row?.[`count${i}`] ?? 0,
    oldestMs: row?.[`oldest${i}`] ?? null,
  }));
}

/** Rows past the longest window count for nothing; a few go with each attempt (SKIP LOCKED: nobody waits for it). */
async function pruneExpired(tx: Tx, now: Date): Promise<void> {
  const expired = tx
    .select({ id: signInAttempts.id })
    .from(signInAttempts)
    .where(lt(signInAttempts.at, new Date(now.getTime() - LONGEST_WINDOW_MS)))
    .limit(PRUNE_BATCH)
    .for('update', { skipLocked: true });
  await tx.delete(signInAttempts).where(inArray(signInAttempts.id, expired));
}

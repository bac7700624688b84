import { randomInt } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import type { CryptoProvider } from '../crypto';
import type { AuditEntry } from './actions';
import { canonicalJson, storableIndexedText, storableOrNull, storableText } from './canonical';
import { auditChainHeads, auditEvents } from './tables';

export const GENESIS_HASH = '0'.repeat(64);

export interface ActorStamp {
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  actorUnitId: string | null;
  requestId: string | null;
}

export type EventRow = typeof auditEvents.$inferSelect;

export function sealHead(crypto: CryptoProvider, chainId: number, seq: number, hash: string): string {
  return crypto.blindIndex(`${chainId}|${seq}|${hash}`, 'audit.chain-head');
}

/** The fields a hash covers, in a fixed order: everything but the row id and the hash itself. */
export function hashEvent(crypto: CryptoProvider, row: Omit<EventRow, 'id' | 'hash'>): string {
  const body = canonicalJson([
    row.chainId,
    row.seq,
    row.occurredAt.toISOString(),
    row.actorId,
    row.actorName,
    row.actorRole,
    row.actorUnitId,
    row.action,
    row.targetType,
    row.targetId,
    row.details,
    row.requestId,
  ]);
  return crypto.sm3Hex(`${row.prevHash}\n${body}`);
}

/** Creates the chain heads a deployment uses (idempotent; run at start-up). */
export async function ensureChainHeads(db: Executor, crypto: CryptoProvider, chains: number): Promise<void> {
  const rows = Array.from({ length: chains }, (_, chainId) => ({
    chainId,
    seq: 0,
    hash: GENESIS_HASH,
    seal: sealHead(crypto, chainId, 0, GENESIS_HASH),
  }));
  await db.insert(auditChainHeads).values(rows).onConflictDoNothing();
}

/**
 * Appends a transaction's events to one chain, taking whichever chain head no other transaction
 * holds (FOR UPDATE SKIP LOCKED): concurrent writers never wait for each other while a chain is
 * free, and a transaction holds its head only from here to commit (see docs/adr/0003).
 */
export async function appendToChain(
  tx: Tx,
  crypto: CryptoProvider,
  chains: number,
  stamp: ActorStamp,
  entries: AuditEntry[],
  occurredAt: Date,
): Promise<void> {
  if (entries.length === 0) return;
  const inUse = sql`${auditChainHeads.chainId} < ${chains}`;
  let [head] = await tx
    .select({ chainId: auditChainHeads.chainId, seq: auditChainHeads.seq, hash: auditChainHeads.hash })
    .from(auditChainHeads)
    .where(inUse)
    .orderBy(sql`random()`)
    .limit(1)
    .for('update', { skipLocked: true });
  if (!head) {
    // Every chain is busy (or none exists yet): wait for one.
    const chainId = randomInt(chains);
    await ensureChainHeads(tx, crypto, chains);
    [head] = await tx
      .select({ chainId: auditChainHeads.chainId, seq: auditChainHeads.seq, hash: auditChainHeads.hash })
      .from(auditChainHeads)
      .where(eq(auditChainHeads.chainId, chainId))
      .for('update');
  }
  if (!head) throw new Error('no audit chain head');
  const { chainId } = head;
  let { seq, hash } = head;
  const rows: Array<typeof auditEvents.$inferInsert> = [];
  for (const entry of entries) {
    seq += 1;
    // Each text is made storable before it is hashed: the hash covers exactly what the row keeps.
    const row = {
      chainId,
      seq,
      occurredAt,
      actorId: stamp.actorId,
      actorName: storableOrNull(stamp.actorName),
      actorRole: storableOrNull(stamp.actorRole),
      actorUnitId: stamp.actorUnitId,
      requestId: storableOrNull(stamp.requestId),
      action: storableText(entry.action),
      targetType: storableIndexedText(entry.targetType),
      targetId: storableIndexedText(entry.targetId),
      details: canonicalJson({ before: entry.before ?? null, after: entry.after ?? null, note: entry.note ?? null }),
      prevHash: hash,
    };
    hash = hashEvent(crypto, row);
    rows.push({ ...row, hash });
  }
  await tx.insert(auditEvents).values(rows);
  await tx
    .update(auditChainHeads)
    .set({ seq, hash, seal: sealHead(crypto, chainId, seq, hash), updatedAt: occurredAt })
    .where(eq(auditChainHeads.chainId, chainId));
}

export async function countEvents(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
  return row?.n ?? 0;
}

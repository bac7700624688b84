import { and, asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { CryptoProvider } from '../crypto';
import { GENESIS_HASH, hashEvent, sealHead } from './chain';
import { auditChainHeads, auditEvents } from './tables';

export type ProblemReason =
  | 'hash_mismatch'
  | 'broken_link'
  | 'sequence_gap'
  | 'head_mismatch'
  | 'missing_head'
  | 'head_seal_invalid';

/** One place where the log does not fit: an event (eventId set) or a chain's head (eventId null). */
export interface ChainProblem {
  chainId: number;
  /** The event's sequence number, or for a head problem the sequence number the head should hold. */
  seq: number;
  eventId: string | null;
  /** Every check this place fails (a forged row can break its link and its own hash). */
  reasons: ProblemReason[];
}

export interface VerifyReport {
  ok: boolean;
  chains: number;
  events: number;
  /** How many places do not fit (all of them, even when `problems` lists fewer). */
  problemCount: number;
  /** The places that do not fit, in chain and sequence order, up to the listing limit. */
  problems: ChainProblem[];
}

/**
 * Walks every chain to its end and reports every event and head that does not fit, not only the
 * first: after a bad event the walk goes on from what that row stores (its seq and hash), so one
 * edited row is reported once and an edit further on is still seen. `limit` caps the list (the
 * count is always complete) so a wrecked log cannot exhaust memory.
 */
export async function verifyChains(
  db: Executor,
  crypto: CryptoProvider,
  options: { batchSize?: number; limit?: number } = {},
): Promise<VerifyReport> {
  const batchSize = options.batchSize ?? 2000;
  const limit = options.limit ?? 10_000;
  const heads = await db.select().from(auditChainHeads).orderBy(asc(auditChainHeads.chainId));
  const eventChains = await db.selectDistinct({ chainId: auditEvents.chainId }).from(auditEvents);
  const chainIds = [...new Set([...heads.map((h) => h.chainId), ...eventChains.map((c) => c.chainId)])].sort(
    (a, b) => a - b,
  );
  let events = 0;
  let problemCount = 0;
  const problems: ChainProblem[] = [];
  const report = (problem: ChainProblem) => {
    problemCount += 1;
    if (problems.length < limit) problems.push(problem);
  };
  for (const chainId of chainIds) {
    let expectedSeq = 1;
    let prev = GENESIS_HASH;
    // Below any real sequence number: a row moved to seq 0 or below is read and reported too.
    let lastSeq = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const batch = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.chainId, chainId), gt(auditEvents.seq, lastSeq)))
        .orderBy(asc(auditEvents.seq))
        .limit(batchSize);
      for (const row of batch) {
        events += 1;
        const reasons: ProblemReason[] = [];
        if (row.seq !== expectedSeq) reasons.push('sequence_gap');
        if (row.prevHash !== prev) reasons.push('broken_link');
        const { id: _id, hash: _hash, ...rest } = row;
        if (hashEvent(crypto, rest) !== row.hash) reasons.push('hash_mismatch');
        if (reasons.length > 0) report({ chainId, seq: row.seq, eventId: row.id, reasons });
        prev = row.hash;
        expectedSeq = row.seq + 1;
        lastSeq = row.seq;
      }
      if (batch.length < batchSize) break;
    }
    const head = heads.find((h) => h.chainId === chainId);
    const headProblem = (reason: ProblemReason) =>
      report({ chainId, seq: expectedSeq - 1, eventId: null, reasons: [reason] });
    if (!head) {
      headProblem('missing_head');
      continue;
    }
    // The head remembers the last event: a deleted tail shows here.
    if (head.seq !== expectedSeq - 1 || head.hash !== prev) headProblem('head_mismatch');
    if (head.seal !== sealHead(crypto, chainId, head.seq, head.hash)) headProblem('head_seal_invalid');
  }
  return { ok: problemCount === 0, chains: chainIds.length, events, problemCount, problems };
}

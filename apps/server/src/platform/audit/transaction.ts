import type { Tx } from '../../db/client';
import { rolesOf } from '../access/actor';
import type { Ctx } from '../context';
import type { AuditEntry } from './actions';
import { appendToChain } from './chain';

export interface Audit {
  /** Queues an event; it is written, chained, just before the transaction commits. */
  record(entry: AuditEntry): void;
}

/**
 * The one way a use case changes state: a transaction whose audit events commit with it or not
 * at all (RELIABILITY rule 9: audit fails closed). Events are written at the end so a chain head
 * is held for the shortest time.
 */
export async function transact<T>(ctx: Ctx, fn: (tx: Tx, audit: Audit) => Promise<T>): Promise<T> {
  // Inside an enclosing transaction (an idempotent request), join it: one commit, one audit flush.
  if (ctx.enclosing) return fn(ctx.enclosing.tx, ctx.enclosing.audit);
  return ctx.database.db.transaction(async (tx) => {
    const entries: AuditEntry[] = [];
    const result = await fn(tx, { record: (entry) => void entries.push(entry) });
    if (entries.length > 0) {
      const actor = ctx.actor;
      await appendToChain(
        tx,
        ctx.crypto,
        ctx.config.auditChains,
        {
          actorId: actor?.userId ?? null,
          actorName: actor?.displayName ?? (actor ? null : 'system'),
          actorRole: actor ? rolesOf(actor).join(',') || actor.kind : null,
          actorUnitId: actor?.unitId ?? null,
          requestId: ctx.requestId,
        },
        entries,
        ctx.now(),
      );
    }
    return result;
  });
}

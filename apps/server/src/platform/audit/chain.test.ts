import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestPlatform, type TestPlatform } from '../../test/harness';
import { rootCtx } from '../../test/fixtures';
import { regions } from '../../modules/org/tables';
import { transact } from './transaction';
import { hashEvent, type VerifyReport, verifyChains } from './chain';
import type { Tx } from '../../db/client';
import { auditEvents } from './tables';

/**
 * Suite audit-chain (RELIABILITY T09): the SM3 chain notices any edit, delete, insert or reorder
 * of stored rows; the table refuses UPDATE/DELETE/TRUNCATE; audit fails closed.
 */
describe('audit-chain', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await createTestPlatform({ env: { AUDIT_CHAINS: '4' } });
    const ctx = rootCtx(platform);
    for (let i = 0; i < 60; i++) {
      await transact(ctx, async (_tx, audit) => {
        audit.record({ action: 'org.unit.updated', targetType: 'unit', targetId: `u${i}`, before: { n: i }, after: { n: i + 1, name: `单位${i}` } });
        if (i % 3 === 0) audit.record({ action: 'org.unit.created', targetType: 'unit', targetId: `v${i}`, after: { n: i } });
      });
    }
  });
  afterAll(async () => platform?.close());

  /** Tampers as a database superuser would (guard trigger off), verifies, then rolls back. */
  async function tamper(change: (tx: Tx) => Promise<unknown>): Promise<VerifyReport> {
    let report: VerifyReport | undefined;
    await platform.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`alter table audit_events disable trigger user`);
        await change(tx);
        await tx.execute(sql`alter table audit_events enable trigger user`);
        report = await verifyChains(tx, platform.crypto);
        throw new Rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof Rollback)) throw err;
      });
    if (!report) throw new Error('no report');
    return report;
  }
  class Rollback extends Error {}

  /** A forged row whose own hash is correct: SM3 is public, so only the links can give it away. */
  async function forgeAfter(tx: Tx, chainId: number, seq: number, prevHash: string) {
    const row = { chainId, seq, occurredAt: new Date(), actorId: null, actorName: '伪造', actorRole: null, actorUnitId: null, action: 'auth.login', targetType: 'x', targetId: 'forged', details: '{}', requestId: null, prevHash };
    await tx.insert(auditEvents).values({ ...row, hash: hashEvent(platform.crypto, row) });
  }

  it('verifies an intact log spread over several chains', async () => {
    const report = await verifyChains(platform.database.db, platform.crypto);
    expect(report.ok).toBe(true);
    expect(report.events).toBeGreaterThanOrEqual(80);
    expect(report.chains).toBeGreaterThan(1);
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
    const db = platform.database.db;
    await expect(db.execute(sql`update audit_events set action = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
    expect((await verifyChains(db, platform.crypto)).ok).toBe(true);
  });

  it('detects 100% of random edits, deletes, inserts and reorders', async () => {
    const rows = await platform.database.db.select({ id: auditEvents.id, chainId: auditEvents.chainId, seq: auditEvents.seq }).from(auditEvents);
    const pick = fc.constantFrom(...rows);
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('edit-field' as const), row: pick, field: fc.constantFrom('action', 'target_id', 'details', 'actor_name', 'request_id'), value: fc.string({ minLength: 1, maxLength: 8 }) }),
      fc.record({ kind: fc.constant('edit-time' as const), row: pick, ms: fc.integer({ min: 1, max: 10_000_000 }) }),
      fc.record({ kind: fc.constant('delete' as const), row: pick }),
      fc.record({ kind: fc.constant('insert' as const), row: pick }),
      fc.record({ kind: fc.constant('swap' as const), a: pick, b: pick }),
      fc.record({ kind: fc.constant('append' as const), row: pick }),
      fc.record({ kind: fc.constant('truncate-tail' as const), row: pick }),
      fc.record({ kind: fc.constant('append-and-move-head' as const), row: pick }),
    );
    let detected = 0;
    let total = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        let report: VerifyReport;
        switch (m.kind) {
          case 'edit-field':
            report = await tamper((tx) => tx.execute(sql`update audit_events set ${sql.raw(m.field)} = ${m.value} || coalesce(${sql.raw(m.field)}, '') where id = ${m.row.id}`));
            break;
          case 'edit-time':
            report = await tamper((tx) => tx.execute(sql`update audit_events set occurred_at = occurred_at + (${m.ms} * interval '1 millisecond') where id = ${m.row.id}`));
            break;
          case 'delete':
            report = await tamper((tx) => tx.execute(sql`delete from audit_events where id = ${m.row.id}`));
            break;
          case 'insert':
            report = await tamper(async (tx) => {
              // Make room after the row, then slip a forged row in with a correct hash of its own.
              await tx.execute(sql`update audit_events set seq = -seq - 1 where chain_id = ${m.row.chainId} and seq > ${m.row.seq}`);
              await tx.execute(sql`update audit_events set seq = -seq where chain_id = ${m.row.chainId} and seq < 0`);
              const [prev] = await tx.select().from(auditEvents).where(sql`id = ${m.row.id}`);
              await forgeAfter(tx, m.row.chainId, m.row.seq + 1, prev!.hash);
            });
            break;
          case 'append':
            report = await tamper(async (tx) => {
              const [last] = await tx.select().from(auditEvents).where(sql`chain_id = ${m.row.chainId}`).orderBy(sql`seq desc`).limit(1);
              await forgeAfter(tx, last!.chainId, last!.seq + 1, last!.hash);
            });
            break;
          case 'swap':
            if (m.a.id === m.b.id) return;
            report = await tamper(async (tx) => {
              await tx.execute(sql`update audit_events set seq = -1, chain_id = -1 where id = ${m.a.id}`);
              await tx.execute(sql`update audit_events set seq = ${m.a.seq}, chain_id = ${m.a.chainId} where id = ${m.b.id}`);
              await tx.execute(sql`update audit_events set seq = ${m.b.seq}, chain_id = ${m.b.chainId} where id = ${m.a.id}`);
            });
            break;
          case 'append-and-move-head':
            report = await tamper(async (tx) => {
              const [last] = await tx.select().from(auditEvents).where(sql`chain_id = ${m.row.chainId}`).orderBy(sql`seq desc`).limit(1);
              await forgeAfter(tx, last!.chainId, last!.seq + 1, last!.hash);
              const [forged] = await tx.select().from(auditEvents).where(sql`chain_id = ${m.row.chainId} and seq = ${last!.seq + 1}`);
              await tx.execute(sql`update audit_chain_heads set seq = ${forged!.seq}, hash = ${forged!.hash} where chain_id = ${m.row.chainId}`);
            });
            break;
          case 'truncate-tail':
            report = await tamper((tx) => tx.execute(sql`delete from audit_events where chain_id = ${m.row.chainId} and seq >= ${m.row.seq}`));
            break;
        }
        total += 1;
        if (!report.ok) detected += 1;
        expect(report.ok, `${m.kind} went unnoticed`).toBe(false);
      }),
      { numRuns: 150 },
    );
    expect(detected).toBe(total);
    expect((await verifyChains(platform.database.db, platform.crypto)).ok).toBe(true);
  });

  it('fails closed: a business write whose audit cannot be written does not commit', async () => {
    const ctx = rootCtx(platform);
    await platform.database.db.execute(sql`alter table audit_events add constraint audit_test_block check (target_id <> 'blocked')`);
    try {
      await expect(
        transact(ctx, async (tx, audit) => {
          await tx.insert(regions).values({ code: '990000', name: '不应存在', level: 1 });
          audit.record({ action: 'org.region.created', targetType: 'region', targetId: 'blocked' });
        }),
      ).rejects.toThrow();
      const left = await platform.database.db.select().from(regions).where(sql`code = '990000'`);
      expect(left).toHaveLength(0);
    } finally {
      await platform.database.db.execute(sql`alter table audit_events drop constraint audit_test_block`);
    }
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestPlatform, type TestPlatform } from '../../test/harness';
import { rootCtx } from '../../test/fixtures';
import { regions } from '../../test/tables';
import { transact } from './transaction';
import { hashEvent } from './chain';
import { storableIndexedText, storableText } from './canonical';
import { type VerifyReport, verifyChains } from './verify';
import type { AuditAction } from './actions';
import type { Tx } from '../../db/client';
import { auditEvents } from './tables';

/** Characters that tend to break canonical forms: each class the issue names. */
const oddChar = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdbff }).map((c) => String.fromCharCode(c)), // lone high surrogate
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((c) => String.fromCharCode(c)), // lone low surrogate
  fc.constant('\u0000'),
  fc.integer({ min: 0x01, max: 0x1f }).map((c) => String.fromCharCode(c)), // C0 controls
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)), // DEL and C1 controls
  fc.constantFrom(
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c',
  ), // bidi
  fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'), // zero-width
  fc.constantFrom('😀', '👨‍👩‍👧', '𠀀', '𪚥', '\u{10ffff}'), // non-BMP: emoji, CJK extension B
  fc.integer({ min: 0x300, max: 0x36f }).map((c) => `e${String.fromCharCode(c)}`), // combining marks
  fc.constantFrom('\ufffe', '\uffff', '\ufffd'), // noncharacters, and the replacement character itself
  fc.constantFrom('"', '\\', '/', '\u2028', '\u2029', '证明', ' '),
);
const oddString = fc.oneof(
  { weight: 8, arbitrary: fc.array(oddChar, { maxLength: 30 }).map((cs) => cs.join('')) },
  {
    weight: 1,
    arbitrary: fc.array(oddChar, { minLength: 1, maxLength: 5 }).map((cs) => `${'长'.repeat(20_000)}${cs.join('')}`),
  },
);
const oddKey = fc.oneof(oddString, fc.constantFrom('__proto__', 'constructor', 'prototype', '', 'a.b', '$ref'));
const oddValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    oddString,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(oddKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const oddEvent = fc.record({
  actorName: oddString,
  requestId: oddString,
  entries: fc.array(
    fc.record({
      action: oddString,
      targetType: oddString,
      targetId: oddString,
      before: fc.dictionary(oddKey, oddValue, { maxKeys: 4 }),
      after: oddValue,
      note: fc.option(oddString, { nil: undefined }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

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
        audit.record({
          action: 'org.unit.updated',
          targetType: 'unit',
          targetId: `u${i}`,
          before: { n: i },
          after: { n: i + 1, name: `单位${i}` },
        });
        if (i % 3 === 0)
          audit.record({ action: 'org.unit.created', targetType: 'unit', targetId: `v${i}`, after: { n: i } });
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
    const row = {
      chainId,
      seq,
      occurredAt: new Date(),
      actorId: null,
      actorName: '伪造',
      actorRole: null,
      actorUnitId: null,
      action: 'auth.login',
      targetType: 'x',
      targetId: 'forged',
      details: '{}',
      requestId: null,
      prevHash,
    };
    await tx.insert(auditEvents).values({ ...row, hash: hashEvent(platform.crypto, row) });
  }

  it('verifies an intact log spread over several chains', async () => {
    const report = await verifyChains(platform.database.db, platform.crypto);
    expect(report.ok).toBe(true);
    expect(report.events).toBeGreaterThanOrEqual(80);
    expect(report.chains).toBeGreaterThan(1);
  });

  it('reports every bad event, not only the first: two edited rows give two problems', async () => {
    const [a, b] = await platform.database.db.select().from(auditEvents).orderBy(sql`chain_id, seq`).limit(2).offset(3);
    const last = (
      await platform.database.db.select().from(auditEvents).orderBy(sql`chain_id desc, seq desc`).limit(1)
    )[0]!;
    const report = await tamper(async (tx) => {
      await tx.execute(sql`update audit_events set target_id = 'edited' where id = ${a!.id}`);
      await tx.execute(sql`update audit_events set details = '{}' where id = ${last.id}`);
    });
    expect(report.ok).toBe(false);
    expect(report.problemCount).toBe(2);
    expect(report.problems).toEqual([
      { chainId: a!.chainId, seq: a!.seq, eventId: a!.id, reasons: ['hash_mismatch'] },
      { chainId: last.chainId, seq: last.seq, eventId: last.id, reasons: ['hash_mismatch'] },
    ]);
    expect(b).toBeDefined();
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
    const db = platform.database.db;
    await expect(db.execute(sql`update audit_events set action = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
    expect((await verifyChains(db, platform.crypto)).ok).toBe(true);
  });

  it('detects 100% of random edits, deletes, inserts and reorders', async () => {
    const rows = await platform.database.db
      .select({ id: auditEvents.id, chainId: auditEvents.chainId, seq: auditEvents.seq })
      .from(auditEvents);
    const pick = fc.constantFrom(...rows);
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('edit-field' as const),
        row: pick,
        field: fc.constantFrom('action', 'target_id', 'details', 'actor_name', 'request_id'),
        value: fc.string({ minLength: 1, maxLength: 8 }),
      }),
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
            report = await tamper((tx) =>
              tx.execute(
                sql`update audit_events set ${sql.raw(m.field)} = ${m.value} || coalesce(${sql.raw(m.field)}, '') where id = ${m.row.id}`,
              ),
            );
            break;
          case 'edit-time':
            report = await tamper((tx) =>
              tx.execute(
                sql`update audit_events set occurred_at = occurred_at + (${m.ms} * interval '1 millisecond') where id = ${m.row.id}`,
              ),
            );
            break;
          case 'delete':
            report = await tamper((tx) => tx.execute(sql`delete from audit_events where id = ${m.row.id}`));
            break;
          case 'insert':
            report = await tamper(async (tx) => {
              // Make room after the row, then slip a forged row in with a correct hash of its own.
              await tx.execute(
                sql`update audit_events set seq = -seq - 1 where chain_id = ${m.row.chainId} and seq > ${m.row.seq}`,
              );
              await tx.execute(sql`update audit_events set seq = -seq where chain_id = ${m.row.chainId} and seq < 0`);
              const [prev] = await tx.select().from(auditEvents).where(sql`id = ${m.row.id}`);
              await forgeAfter(tx, m.row.chainId, m.row.seq + 1, prev!.hash);
            });
            break;
          case 'append':
            report = await tamper(async (tx) => {
              const [last] = await tx
                .select()
                .from(auditEvents)
                .where(sql`chain_id = ${m.row.chainId}`)
                .orderBy(sql`seq desc`)
                .limit(1);
              await forgeAfter(tx, last!.chainId, last!.seq + 1, last!.hash);
            });
            break;
          case 'swap':
            if (m.a.id === m.b.id) return;
            report = await tamper(async (tx) => {
              await tx.execute(sql`update audit_events set seq = -1, chain_id = -1 where id = ${m.a.id}`);
              await tx.execute(
                sql`update audit_events set seq = ${m.a.seq}, chain_id = ${m.a.chainId} where id = ${m.b.id}`,
              );
              await tx.execute(
                sql`update audit_events set seq = ${m.b.seq}, chain_id = ${m.b.chainId} where id = ${m.a.id}`,
              );
            });
            break;
          case 'append-and-move-head':
            report = await tamper(async (tx) => {
              const [last] = await tx
                .select()
                .from(auditEvents)
                .where(sql`chain_id = ${m.row.chainId}`)
                .orderBy(sql`seq desc`)
                .limit(1);
              await forgeAfter(tx, last!.chainId, last!.seq + 1, last!.hash);
              const [forged] = await tx
                .select()
                .from(auditEvents)
                .where(sql`chain_id = ${m.row.chainId} and seq = ${last!.seq + 1}`);
              await tx.execute(
                sql`update audit_chain_heads set seq = ${forged!.seq}, hash = ${forged!.hash} where chain_id = ${m.row.chainId}`,
              );
            });
            break;
          case 'truncate-tail':
            report = await tamper((tx) =>
              tx.execute(sql`delete from audit_events where chain_id = ${m.row.chainId} and seq >= ${m.row.seq}`),
            );
            break;
        }
        total += 1;
        if (!report.ok) detected += 1;
        if (m.kind === 'edit-field' || m.kind === 'edit-time')
          expect(report.problems.map((p) => p.eventId)).toContain(m.row.id);
        expect(report.ok, `${m.kind} went unnoticed`).toBe(false);
      }),
      { numRuns: 150 },
    );
    expect(detected).toBe(total);
    expect((await verifyChains(platform.database.db, platform.crypto)).ok).toBe(true);
    // 150 tamperings, each followed by a full verification: give a busy machine time.
  }, 240_000);

  it('fails closed: a business write whose audit cannot be written does not commit', async () => {
    const ctx = rootCtx(platform);
    await platform.database.db.execute(
      sql`alter table audit_events add constraint audit_test_block check (target_id <> 'blocked')`,
    );
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

  it('hashes exactly what it stores: generated events with every odd character class verify intact', async () => {
    const before = await verifyChains(platform.database.db, platform.crypto);
    let written = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(oddEvent, async (e) => {
        // A request id of its own on every run (shrinking repeats values), to find the rows again.
        const requestId = `${e.requestId}|${++runs}`;
        const ctx = { ...rootCtx(platform), requestId };
        ctx.actor = { ...ctx.actor!, displayName: e.actorName };
        await transact(ctx, async (_tx, audit) => {
          for (const entry of e.entries)
            audit.record({
              action: entry.action as AuditAction,
              targetType: entry.targetType,
              targetId: entry.targetId,
              before: entry.before,
              after: entry.after,
              note: entry.note,
            });
        });
        written += e.entries.length;
        // The stored text is the canonical (storable) form of what was recorded, nothing else.
        const [row] = await platform.database.db
          .select()
          .from(auditEvents)
          .where(sql`request_id = ${storableText(requestId)}`)
          .orderBy(sql`seq desc`)
          .limit(1);
        expect(row!.targetId).toBe(storableIndexedText(e.entries[e.entries.length - 1]!.targetId));
        expect(row!.actorName).toBe(storableText(e.actorName));
      }),
      { numRuns: 40 },
    );
    const report = await verifyChains(platform.database.db, platform.crypto);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.events).toBe(before.events + written);
  });
});

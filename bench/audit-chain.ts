/**
 * npm run bench:audit — what the SM3 audit chain costs, and that chains keep writers apart.
 * Concurrent writers each commit "insert a row + its audit event" transactions for a few seconds:
 * without audit, with 1 chain (every writer queues on one head row), and with 16 chains.
 * PostgreSQL (DATABASE_URL, default the local server; a scratch database is created) and PGlite.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { preparePlatform } from '../apps/server/src/bootstrap';
import { loadConfig } from '../apps/server/src/config';
import { type Database, openPglite, openPostgres } from '../apps/server/src/db/client';
import { transact } from '../apps/server/src/platform/audit/transaction';
import { verifyChains } from '../apps/server/src/platform/audit/verify';
import type { Platform } from '../apps/server/src/platform/context';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 16);

async function scenario(base: Platform, label: string, chains: number | null): Promise<void> {
  const platform: Platform = { ...base, config: { ...base.config, auditChains: chains ?? 1 } };
  const ctx = { ...platform, actor: null, requestId: 'bench', lang: 'zh' as const, ip: null };
  const latencies: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  const writer = async (w: number) => {
    let i = 0;
    while (Date.now() < deadline) {
      const start = performance.now();
      if (chains === null) {
        await platform.database.db.transaction(async (tx) => {
          await tx.execute(sql`insert into bench_rows (writer, n) values (${w}, ${i})`);
        });
      } else {
        await transact(ctx, async (tx, audit) => {
          await tx.execute(sql`insert into bench_rows (writer, n) values (${w}, ${i})`);
          audit.record({ action: 'org.unit.updated', targetType: 'bench', targetId: `${w}-${i}`, after: { n: i } });
        });
      }
      latencies.push(performance.now() - start);
      i += 1;
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  const elapsed = (Date.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  console.log(
    `${platform.database.kind.padEnd(8)} ${label.padEnd(22)} ${String(Math.round(latencies.length / elapsed)).padStart(6)} tx/s   p50 ${q(0.5).padStart(6)} ms   p99 ${q(0.99).padStart(6)} ms`,
  );
}

async function runOn(database: Database): Promise<void> {
  const platform = await preparePlatform(loadConfig({ NODE_ENV: 'test' }), database);
  await database.db.execute(sql`create table if not exists bench_rows (id bigserial primary key, writer int, n int)`);
  await scenario(platform, 'no audit', null);
  await scenario(platform, 'audit, 1 chain', 1);
  await scenario(platform, 'audit, 16 chains', 16);
  const t0 = Date.now();
  const report = await verifyChains(database.db, platform.crypto);
  console.log(
    `${database.kind.padEnd(8)} verify: ${report.events} events in ${report.chains} chains, ok=${report.ok}, ${Date.now() - t0} ms`,
  );
}

async function main(): Promise<void> {
  console.log(`${WRITERS} concurrent writers, ${SECONDS} s per scenario`);
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `pfc_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openPostgres(target.toString(), WRITERS + 2);
    try {
      await runOn(database);
    } finally {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
    }
  } catch (err) {
    console.log(`postgres skipped: ${(err as Error).message}`);
  } finally {
    await admin.end().catch(() => {});
  }
  const lite = await openPglite();
  try {
    await runOn(lite);
  } finally {
    await lite.close();
  }
}

void main();

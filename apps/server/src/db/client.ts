import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './lock';

// No schema is handed to Drizzle: nothing uses its relational query API, and the client stays free of
// every module's tables (db/schema.ts is for drizzle-kit and the tests, never the running app).
type NoSchema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, NoSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
/** Either the database or an open transaction: query functions accept both. */
export type Executor = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Where the data lives, for log lines (never includes a password). */
  location: string;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * LISTEN on a channel: `onMessage` gets each NOTIFY payload sent after commit by any server on
   * this database. Returns the function that stops listening. On PostgreSQL a dedicated connection
   * listens and reconnects after a drop (messages sent meanwhile are lost: callers also poll).
   */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /** PGlite only: the whole data folder as a tarball. */
  dump?: () => Promise<Blob | File>;
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Serialises migrations when several app servers start at once on one PostgreSQL. */
const MIGRATION_LOCK_KEY = 7_352_001;

export interface OpenPgliteOptions {
  /** A folder, or undefined for an in-memory database (tests). */
  dataDir?: string;
  purpose?: string;
  relaxedDurability?: boolean;
  /** Start from a dumped data folder (tests: skips initdb, ~0.7 s instead of ~3 s). */
  template?: Blob;
}

export async function openPglite(options: OpenPgliteOptions = {}): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (options.dataDir) lock = acquireDataDirLock(options.dataDir, options.purpose ?? 'server');
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.template ? { loadDataDir: options.template } : {}),
      relaxedDurability: options.relaxedDurability ?? false,
    });
  } catch (err) {
    lock?.release();
    throw err;
  }
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    location: options.dataDir ?? 'memory',
    async migrate() {
      await migratePglite(db as never, { migrationsFolder });
    },
    async ping() {
      await client.query('select 1');
    },
    listen: (channel, onMessage) => client.listen(channel, onMessage),
    dump: () => client.dumpDataDir('none'),
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A dropped idle connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = drizzleNodePg(pool) as unknown as Db;
  const safeUrl = new URL(url);
  safeUrl.password = '';
  return {
    kind: 'postgres',
    db,
    location: safeUrl.toString(),
    async migrate() {
      const lockClient = await pool.connect();
      try {
        await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migrateNodePg(db as never, { migrationsFolder });
      } finally {
        await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
        lockClient.release();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    listen: (channel, onMessage) => listenPostgres(url, channel, onMessage),
    async close() {
      await pool.end();
    },
  };
}

async function listenPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const scheduleRetry = () => {
    if (!stopped) retry = setTimeout(() => void connect().catch(scheduleRetry), 1000);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => {
      if (msg.channel === channel) onMessage(msg.payload ?? '');
    });
    c.on('error', () => {
      if (stopped || client !== c) return;
      client = undefined;
      void c.end().catch(() => {});
      scheduleRetry();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (err) {
      void c.end().catch(() => {});
      throw err;
    }
    if (stopped) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}

/** The rows of a raw `db.execute(sql…)`: node-postgres and PGlite both answer `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Durability settings production refuses to run without (RELIABILITY rule 11). */
export async function durabilityProblems(database: Database): Promise<string[]> {
  if (database.kind !== 'postgres') return [];
  const problems: string[] = [];
  for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) {
    const res = await database.db.execute(sql.raw(`show ${setting}`));
    const rows = rowsOf<Record<string, unknown>>(res);
    const value = String(Object.values(rows[0] ?? {})[0] ?? '');
    if (value === 'off') problems.push(`PostgreSQL ${setting} is off`);
  }
  return problems;
}

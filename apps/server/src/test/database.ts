import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../db/client';

/**
 * A fresh database for one test file: in-memory PGlite (from a template made by global-setup when
 * there is one; 'blank' skips it), or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped again on close), so the same suites run on both.
 */
export async function openTestDatabase(variant: 'empty' | 'demo' | 'blank' = 'empty'): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const file =
      variant === 'blank'
        ? undefined
        : process.env[variant === 'demo' ? 'PFC_TEST_TEMPLATE_DEMO' : 'PFC_TEST_TEMPLATE_EMPTY'];
    return openPglite(file ? { template: new Blob([fs.readFileSync(file)]) } : {});
  }
  const name = `pfc_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString(), 20);
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export function onPostgres(): boolean {
  return !!process.env.DATABASE_URL;
}

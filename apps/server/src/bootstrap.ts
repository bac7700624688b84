import type { Config } from './config';
import { type Database, durabilityProblems, openPglite, openPostgres } from './db/client';
import { ensureChainHeads } from './platform/audit/chain';
import { PROVISIONAL_DEADLINES } from './modules';
import { seedOfficialCalendar } from './platform/calendar/service';
import type { Platform } from './platform/context';
import { createSoftwareCryptoProvider } from './platform/crypto';
import { countRegions } from './platform/directory';
import { enqueue } from './platform/jobs';

export async function openDatabase(config: Config, purpose: string): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.databasePoolSize);
  return openPglite({ dataDir: config.dataDir, purpose, relaxedDurability: config.pgliteRelaxedDurability });
}

/**
 * Opens the database, applies migrations, ships the official calendar and schedules housekeeping:
 * everything a server, a CLI command or a test needs before the first use case runs.
 */
export async function preparePlatform(
  config: Config,
  database: Database,
  now: () => Date = () => new Date(),
): Promise<Platform> {
  await database.migrate();
  if (config.env === 'production') {
    const problems = await durabilityProblems(database);
    if (database.kind === 'pglite')
      problems.push('production needs PostgreSQL (DATABASE_URL): PGlite does not fsync each commit');
    if (problems.length > 0) throw new Error(`Refusing to start in production mode: ${problems.join('; ')}`);
  }
  await seedOfficialCalendar(database.db);
  const platform: Platform = {
    config,
    database,
    crypto: createSoftwareCryptoProvider({ masterKey: config.dataKey }),
    now,
    provisionalDeadlines: PROVISIONAL_DEADLINES,
  };
  await ensureChainHeads(database.db, platform.crypto, config.auditChains);
  const next = new Date(now().getTime() + 60_000);
  await enqueue(database.db, {
    kind: 'platform.housekeeping',
    runAt: next,
    dedupeKey: `housekeeping:${next.toISOString().slice(0, 10)}`,
  });
  return platform;
}

export async function isEmptyDatabase(database: Database): Promise<boolean> {
  return (await countRegions(database.db)) === 0;
}

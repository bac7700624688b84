/**
 * The server side of `npm run bench:search`, in its own process so that the load generator does not
 * share its event loop: the demo city, plus a province list of BENCH_SIZE synthetic entries that
 * the city adopts (so a district's query runs over district + city + province lists). Talks to the
 * parent over IPC: reports the port, switches the cache, republishes a region and reports when the
 * index refresh that follows began and ended.
 */
import { desc, eq, sql } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app';
import { preparePlatform } from '../apps/server/src/bootstrap';
import { loadConfig } from '../apps/server/src/config';
import { listAdoptions, listVersions } from '../apps/server/src/test/tables';
import { loadDemo } from '../apps/server/src/demo';
import { openTestDatabase } from '../apps/server/src/test/database';
import { syntheticEntries } from './search-corpus';

const size = Number(process.env.BENCH_SIZE ?? 1000);
/** Rows per INSERT while seeding: one statement of JSON rows instead of 4 parameters per row. */
const SEED_BATCH = 5000;
const send = (msg: unknown) => process.send?.(msg);

async function main(): Promise<void> {
  // Every connection comes from one address: the public rate limit would measure itself (set PUBLIC_RATE_LIMIT to include it).
  const config = loadConfig({
    NODE_ENV: 'test',
    PASSWORD_COST_LOG2: '10',
    PUBLIC_RATE_LIMIT: process.env.PUBLIC_RATE_LIMIT ?? '0',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  });
  const database = await openTestDatabase('blank');
  const platform = await preparePlatform(config, database);
  await loadDemo(platform);
  const db = database.db;

  const seedStarted = performance.now();
  const [version] = await db
    .insert(listVersions)
    .values({
      regionCode: '370000',
      versionNo: 1,
      documentNumber: '鲁政办字〔2021〕1号',
      effectiveDate: '2021-06-01',
      source: 'import',
      publishedAt: new Date(),
    })
    .returning();
  const rows = syntheticEntries(size);
  for (let i = 0; i < rows.length; i += SEED_BATCH) {
    const batch = JSON.stringify(
      rows.slice(i, i + SEED_BATCH).map((r) => ({ entry_id: r.entryId, lists: r.lists, snapshot: r.snapshot })),
    );
    await db.execute(sql`
      insert into list_version_entries (version_id, entry_id, lists, snapshot)
      select ${version!.id}::uuid, r.entry_id, r.lists, r.snapshot from jsonb_to_recordset(${batch}::jsonb) as r(entry_id uuid, lists jsonb, snapshot jsonb)`);
  }
  await db
    .insert(listAdoptions)
    .values({ regionCode: '370800', adoptsRegionCode: '370000', documentNumber: '济政字〔2021〕2号' });
  const seedMs = performance.now() - seedStarted;

  const app = await buildApp(platform, { logger: false });
  const index = app.searchIndex;
  const cold = index.lastRefresh;
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  global.gc?.();
  send({
    type: 'ready',
    port,
    seedMs,
    cold,
    stats: index.stats(),
    heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
  });

  process.on('message', (msg: { type: string; on?: boolean; region?: string; change?: 'adjust' | 'all' }) => {
    void (async () => {
      if (msg.type === 'cache') {
        index.cacheEnabled = !!msg.on;
        send({ type: 'ok' });
      } else if (msg.type === 'republish') {
        // A new version of the region: after a dynamic adjustment (about 20 entries edited, 5
        // withdrawn, 5 added) or with every entry's text changed; the index must refresh that region.
        const region = msg.region!;
        const [last] = await db
          .select()
          .from(listVersions)
          .where(eq(listVersions.regionCode, region))
          .orderBy(desc(listVersions.versionNo))
          .limit(1);
        const everything = msg.change === 'all';
        const writeStartedAt = Date.now();
        const published = await db.transaction(async (tx) => {
          const [next] = await tx
            .insert(listVersions)
            .values({
              regionCode: region,
              versionNo: last!.versionNo + 1,
              documentNumber: `${last!.documentNumber}（第${last!.versionNo + 1}版）`,
              effectiveDate: last!.effectiveDate,
              source: 'adjustment',
              publishedAt: new Date(),
            })
            .returning();
          await tx.execute(sql`
            with src as (
              select entry_id, lists, snapshot, row_number() over (order by entry_id) as n, count(*) over () as total
              from list_version_entries where version_id = ${last!.id}
            )
            insert into list_version_entries (version_id, entry_id, lists, snapshot)
            select ${next!.id}::uuid, entry_id, lists,
              case when ${everything} or n % greatest(total / 20, 10) = 1
                then jsonb_set(snapshot, '{content}', to_jsonb(snapshot->>'content' || ${`（第${last!.versionNo + 1}版调整）`}::text)) else snapshot end
            from src where ${everything} or n % greatest(total / 5, 20) <> 2
            union all
            select ${next!.id}::uuid, gen_random_uuid(), lists, jsonb_set(snapshot, '{name}', to_jsonb(snapshot->>'name' || '（新增）'))
            from src where not ${everything} and n % greatest(total / 5, 20) = 0`);
          return next!.id;
        });
        const committedAt = Date.now();
        // The NOTIFY of the commit starts the refresh; nothing here calls it.
        while (!index.indexes(published)) await new Promise((r) => setTimeout(r, 2));
        const visibleAt = Date.now();
        // The run's figures are set when it ends (with any refresh it absorbed).
        const generation = index.generation;
        while (index.lastRefresh.generation < generation) await new Promise((r) => setTimeout(r, 2));
        send({ type: 'republished', writeStartedAt, committedAt, visibleAt, refresh: index.lastRefresh });
      } else if (msg.type === 'stop') {
        await app.close();
        await database.close();
        process.exit(0);
      }
    })().catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

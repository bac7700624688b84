/**
 * The entries in force for one service item are exactly the entries in force in the region that
 * name it, in the same order, with the same source: the database's narrowing changes nothing but
 * how much is read. Checked over the demo city for every region with lists and every item they name.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../db/client';
import type { Ctx } from '../../../platform/context';
import { rootCtx } from '../../../test/fixtures';
import { createTestPlatform, type TestPlatform } from '../../../test/harness';
import { effectiveEntries, effectiveEntriesForItem } from './versions';

let platform: TestPlatform;
let ctx: Ctx;

beforeAll(async () => {
  platform = await createTestPlatform({ demo: true });
  ctx = rootCtx(platform);
});
afterAll(async () => platform?.close());

describe('effectiveEntriesForItem', () => {
  it('returns what filtering effectiveEntries by the item returns, in every region with lists in force', async () => {
    // Regions with their own lists and regions that only adopt others' (the chain matters there).
    const regions = rowsOf<{ code: string }>(
      await platform.database.db.execute(
        sql`select region_code as code from list_versions union select region_code from list_adoptions`,
      ),
    ).map((r) => r.code);
    expect(regions.length).toBeGreaterThan(1);
    let compared = 0;
    for (const region of regions) {
      const { entries } = await effectiveEntries(ctx, region);
      const items = new Set(entries.flatMap((e) => e.serviceItems.map((i) => i.id)));
      expect(items.size).toBeGreaterThan(0);
      for (const item of items) {
        const expected = entries.filter((e) => e.serviceItems.some((i) => i.id === item));
        expect(await effectiveEntriesForItem(ctx, region, item)).toEqual(expected);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(regions.length);
  });

  it('finds nothing for an item no list names', async () => {
    const [region] = rowsOf<{ code: string }>(
      await platform.database.db.execute(sql`select region_code as code from list_versions limit 1`),
    );
    expect(await effectiveEntriesForItem(ctx, region!.code, randomUUID())).toEqual([]);
  });
});

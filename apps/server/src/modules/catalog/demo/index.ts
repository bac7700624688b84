import { and, eq, inArray } from 'drizzle-orm';
import { transact } from '../../../platform/audit/transaction';
import type { DemoContext } from '../../../platform/module';
import { createEntry } from '../entries/entries';
import { adoptLists, writeVersion } from '../publication/publication';
import { createServiceItem } from '../entries/service-items';
import { entryReviews, proofEntries } from '../tables';
import { DEMO_PROOF_ENTRIES, DEMO_SERVICE_ITEMS } from './catalog-data';

/** The documents that published each region's first lists (illustrative numbers). */
const FIRST_PUBLICATION: Record<string, { documentNumber: string; effectiveDate: string }> = {
  '370800': { documentNumber: '济政字〔2021〕32号', effectiveDate: '2021-06-30' },
  '370811': { documentNumber: '任政发〔2021〕15号', effectiveDate: '2021-07-15' },
  '370881': { documentNumber: '曲政发〔2021〕11号', effectiveDate: '2021-07-20' },
  '370883': { documentNumber: '邹政发〔2021〕9号', effectiveDate: '2021-07-20' },
};

/**
 * Loads the demo catalogue through the catalogue's own use cases (so every rule applies), then
 * publishes a first version per region as the leadership group would, and lets the districts and
 * townships adopt the lists above them (承接).
 */
export async function loadCatalogDemo(demo: DemoContext): Promise<void> {
  const { ctx, unitId } = demo;
  const itemIds = new Map<string, string>();
  for (const { unit, ...item } of DEMO_SERVICE_ITEMS) {
    itemIds.set(item.code, (await createServiceItem(ctx, { ...item, unitId: unitId(unit) })).id);
  }
  const regions = new Set<string>();
  for (const { unit, items, entry } of DEMO_PROOF_ENTRIES) {
    const created = await createEntry(ctx, unitId(unit), {
      ...entry,
      serviceItemIds: items.map((code) => itemIds.get(code)!),
    });
    regions.add(created.regionCode);
  }
  for (const regionCode of [...regions].sort()) {
    const meta =
      FIRST_PUBLICATION[regionCode] ?? FIRST_PUBLICATION[regionCode.slice(0, 6)] ?? FIRST_PUBLICATION['370800']!;
    await transact(ctx, async (tx, audit) => {
      const published = await tx
        .update(proofEntries)
        .set({ status: 'published', updatedAt: ctx.now() })
        .where(and(eq(proofEntries.regionCode, regionCode), inArray(proofEntries.status, ['draft'])))
        .returning({ id: proofEntries.id });
      await tx.insert(entryReviews).values(
        published.map((p) => ({
          entryId: p.id,
          stage: 'publication',
          decision: 'published',
          comment: meta.documentNumber,
          reviewerName: '演示数据',
          createdAt: ctx.now(),
        })),
      );
      const version = await writeVersion(ctx, tx, regionCode, { ...meta, source: 'workflow' });
      audit.record({
        action: 'catalog.lists.published',
        targetType: 'list_version',
        targetId: version.id,
        after: { regionCode, versionNo: version.versionNo, documentNumber: meta.documentNumber, demo: true },
      });
    });
  }
  // A township adopts its district's lists; a district adopts the city's.
  for (const regionCode of [...regions].filter((r) => r !== '370800')) {
    await adoptLists(ctx, regionCode, regionCode.length > 6 ? regionCode.slice(0, 6) : '370800', '');
  }
}

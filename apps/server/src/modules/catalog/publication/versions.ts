import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { PublishedEntry, RegionAdoptionsView } from '@pfc/contracts';
import type { Ctx } from '../../../platform/context';
import type { Executor } from '../../../db/client';
import { canonicalJson } from '../../../platform/audit/canonical';
import { AppError, E } from '../../../platform/http/errors';
import { regionAncestors, regionNameOf, regionNames } from '../../../platform/directory';
import { listChain, requireRegion, versionEntries } from './publication';
import { listAdoptions, listVersionEntries, listVersions } from '../tables';

type VersionRow = typeof listVersions.$inferSelect;

export function presentVersion(v: VersionRow, regionName: string, entries?: number) {
  return {
    id: v.id,
    regionCode: v.regionCode,
    regionName,
    versionNo: v.versionNo,
    documentNumber: v.documentNumber,
    effectiveDate: v.effectiveDate,
    source: v.source,
    publishedAt: v.publishedAt.toISOString(),
    ...(entries !== undefined ? { entries } : {}),
  };
}

async function regionName(ctx: Ctx, code: string): Promise<string> {
  return regionNameOf(ctx.database.db, code);
}

async function loadVersion(ctx: Ctx, id: string): Promise<VersionRow> {
  const [v] = await ctx.database.db.select().from(listVersions).where(eq(listVersions.id, id));
  if (!v) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'list version' : '清单版本' });
  return v;
}

export async function versionsOfRegion(ctx: Ctx, code: string) {
  const rows = await ctx.database.db
    .select()
    .from(listVersions)
    .where(eq(listVersions.regionCode, code))
    .orderBy(desc(listVersions.versionNo));
  const name = await regionName(ctx, code);
  return rows.map((v) => presentVersion(v, name));
}

export async function versionWithEntries(ctx: Ctx, id: string) {
  const v = await loadVersion(ctx, id);
  const entries = await versionEntries(ctx.database.db, id);
  return {
    version: presentVersion(v, await regionName(ctx, v.regionCode), entries.length),
    entries: entries.map((e) => ({ entryId: e.entryId, lists: e.lists, ...e.snapshot })),
  };
}

/** What changed between two versions: entries added, removed, and changed (by content). */
export async function diffVersions(ctx: Ctx, fromId: string, toId: string) {
  const [from, to] = await Promise.all([loadVersion(ctx, fromId), loadVersion(ctx, toId)]);
  const [a, b] = await Promise.all([versionEntries(ctx.database.db, from.id), versionEntries(ctx.database.db, to.id)]);
  const before = new Map(a.map((e) => [e.entryId, e]));
  const after = new Map(b.map((e) => [e.entryId, e]));
  const name = (e: (typeof a)[number]) => String(e.snapshot.name ?? '');
  const changed: Array<{ entryId: string; name: string; fields: string[] }> = [];
  for (const [id, e] of after) {
    const old = before.get(id);
    if (!old) continue;
    const x = old.snapshot as unknown as Record<string, unknown>;
    const y = e.snapshot as unknown as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter(
      (k) => canonicalJson(x[k]) !== canonicalJson(y[k]),
    );
    if (canonicalJson(old.lists) !== canonicalJson(e.lists)) fields.push('lists');
    if (fields.length > 0) changed.push({ entryId: id, name: name(e), fields: fields.sort() });
  }
  return {
    from: presentVersion(from, await regionName(ctx, from.regionCode)),
    to: presentVersion(to, await regionName(ctx, to.regionCode)),
    added: b.filter((e) => !before.has(e.entryId)).map((e) => ({ entryId: e.entryId, name: name(e), lists: e.lists })),
    removed: a.filter((e) => !after.has(e.entryId)).map((e) => ({ entryId: e.entryId, name: name(e), lists: e.lists })),
    changed,
  };
}

/**
 * The lists in force in a region: its own latest version plus the latest versions of the regions
 * it adopted (承接), each entry tagged with where it comes from.
 */
export async function effectiveEntries(ctx: Ctx, code: string, list?: 'retained' | 'cancelled' | 'commitment') {
  const { chain, entries } = await entriesInForce(ctx, code, (versionId) => versionEntries(ctx.database.db, versionId));
  return { regionCode: code, chain, entries: list ? entries.filter((e) => e.lists.includes(list)) : entries };
}

/**
 * The entries in force in a region that name one service item: the same rows, in the same order, as
 * filtering effectiveEntries by item, with the narrowing done by the database (an application
 * needs one item's proofs, not the whole chain's lists).
 */
export async function effectiveEntriesForItem(ctx: Ctx, code: string, serviceItemId: string) {
  const naming = sql`${listVersionEntries.snapshot} -> 'serviceItems' @> ${JSON.stringify([{ id: serviceItemId }])}::jsonb`;
  const { entries } = await entriesInForce(ctx, code, (versionId) =>
    ctx.database.db
      .select({
        entryId: listVersionEntries.entryId,
        lists: listVersionEntries.lists,
        snapshot: listVersionEntries.snapshot,
      })
      .from(listVersionEntries)
      .where(and(eq(listVersionEntries.versionId, versionId), naming))
      .orderBy(listVersionEntries.entryId),
  );
  return entries;
}

type VersionEntryRow = Awaited<ReturnType<typeof versionEntries>>[number];

/** Walks the adoption chain, nearest region first, through each region's latest version. */
async function entriesInForce(ctx: Ctx, code: string, rowsOf: (versionId: string) => Promise<VersionEntryRow[]>) {
  const chain = await listChain(ctx.database.db, code);
  const latest = await ctx.database.db
    .select()
    .from(listVersions)
    .where(inArray(listVersions.regionCode, chain))
    .orderBy(desc(listVersions.versionNo));
  const out: PublishedEntry[] = [];
  const names = await regionNames(ctx.database.db, chain);
  for (const regionCode of chain) {
    const v = latest.find((x) => x.regionCode === regionCode);
    if (!v) continue;
    for (const e of await rowsOf(v.id)) {
      out.push({
        entryId: e.entryId,
        lists: e.lists,
        ...e.snapshot,
        source: presentVersion(v, names.get(regionCode) ?? ''),
      });
    }
  }
  return { chain, entries: out };
}

/** The regions above `code`, nearest first (district → city → province). */
async function ancestorsOf(ctx: Ctx, db: Executor, code: string): Promise<Array<{ code: string; name: string }>> {
  const ancestors = await regionAncestors(db, code);
  if (!ancestors) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'region' : '区划' });
  return ancestors;
}

/**
 * 承接 as the leadership office sees it: which upper-level lists apply in the region now (with the
 * version currently in force there), and which upper regions have published lists it could adopt.
 */
export async function adoptionsOf(ctx: Ctx, code: string): Promise<RegionAdoptionsView> {
  requireRegion(ctx, code);
  const db = ctx.database.db;
  const ancestors = await ancestorsOf(ctx, db, code);
  const adopted = await db.select().from(listAdoptions).where(eq(listAdoptions.regionCode, code));
  const codes = [...new Set([...ancestors.map((a) => a.code), ...adopted.map((a) => a.adoptsRegionCode)])];
  const names = await regionNames(db, codes);
  const latest = new Map<string, VersionRow>();
  const versions = codes.length
    ? await db
        .select()
        .from(listVersions)
        .where(inArray(listVersions.regionCode, codes))
        .orderBy(desc(listVersions.versionNo))
    : [];
  for (const v of versions) if (!latest.has(v.regionCode)) latest.set(v.regionCode, v);
  const present = (regionCode: string) => {
    const v = latest.get(regionCode);
    return v ? presentVersion(v, names.get(regionCode) ?? '') : null;
  };
  const distance = (regionCode: string) => {
    const i = ancestors.findIndex((a) => a.code === regionCode);
    return i < 0 ? ancestors.length : i;
  };
  return {
    regionCode: code,
    adoptions: adopted
      .sort((a, b) => distance(a.adoptsRegionCode) - distance(b.adoptsRegionCode))
      .map((a) => ({
        regionCode: a.adoptsRegionCode,
        regionName: names.get(a.adoptsRegionCode) ?? '',
        documentNumber: a.documentNumber,
        adoptedAt: a.adoptedAt.toISOString(),
        latestVersion: present(a.adoptsRegionCode),
      })),
    candidates: ancestors.flatMap((a) => {
      const latestVersion = present(a.code);
      return latestVersion ? [{ regionCode: a.code, regionName: a.name, latestVersion }] : [];
    }),
  };
}

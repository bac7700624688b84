/**
 * What the search answers from: one immutable snapshot of the published lists (a segment per
 * region's latest version, the adoptions between regions, the synonym table). A refresh builds
 * the next snapshot beside the current one, reusing the segments of versions that did not
 * change (versions are immutable), and swaps it in at once.
 */
import type { PublishedEntry } from '@pfc/contracts';
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { adoptionChain, adoptions, latestVersions, publishedEntriesOf, type LatestVersion } from '../catalog';
import { regions } from '../org';
import { Segment } from './segment';
import { SynonymTable } from './query';
import { BUILT_IN_SYNONYMS } from './synonyms-data';
import { foldFast } from './text';
import { searchSynonyms } from './tables';

export interface ProofDoc {
  entry: Omit<PublishedEntry, 'source'>;
  version: LatestVersion;
}

export interface RegionInfo {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface SearchState {
  /** Latest version of each region with lists. */
  latest: ReadonlyMap<string, LatestVersion>;
  adopts: ReadonlyMap<string, readonly string[]>;
  segments: ReadonlyMap<string, Segment<ProofDoc>>;
  /** Where each entry sits in each version's segment. */
  byEntry: ReadonlyMap<string, ReadonlyArray<{ versionId: string; doc: number }>>;
  synonyms: SynonymTable;
  regions: ReadonlyMap<string, RegionInfo>;
}

export const EMPTY_STATE: SearchState = {
  latest: new Map(),
  adopts: new Map(),
  segments: new Map(),
  byEntry: new Map(),
  synonyms: new SynonymTable(BUILT_IN_SYNONYMS),
  regions: new Map(),
};

const SEP = ' / ';

export function textOf(doc: ProofDoc) {
  const e = doc.entry;
  return {
    name: foldFast(e.name),
    aliases: e.aliases.map(foldFast),
    fields: {
      name: e.name,
      alias: e.aliases.join(SEP),
      item: e.serviceItems.map((s) => s.name).join(SEP),
      content: [e.content, e.remarks].filter(Boolean).join(SEP),
      unit: [e.issuingUnitName, e.unitName].join(SEP),
      basis: e.legalBasis.map((b) => b.instrument).join(SEP),
    },
  };
}

/** The regions whose lists apply in `code`: itself first, then what it adopted, upwards. */
export function chainOf(state: SearchState, code: string): string[] {
  return adoptionChain(code, (c) => state.adopts.get(c) ?? []);
}

export async function buildSegment(db: Executor, version: LatestVersion): Promise<Segment<ProofDoc>> {
  const entries = await publishedEntriesOf(db, version.id);
  return Segment.build(
    entries.map((entry) => ({ entry, version })),
    textOf,
  );
}

export async function loadState(db: Executor, previous: SearchState): Promise<SearchState> {
  const [versions, adoptionRows, custom] = await Promise.all([
    latestVersions(db),
    adoptions(db),
    db.select({ terms: searchSynonyms.terms }).from(searchSynonyms),
  ]);
  const latest = new Map(versions.map((v) => [v.regionCode, v]));
  const adopts = new Map<string, string[]>();
  for (const a of adoptionRows) adopts.set(a.regionCode, [...(adopts.get(a.regionCode) ?? []), a.adoptsRegionCode]);
  for (const list of adopts.values()) list.sort();

  const segments = new Map<string, Segment<ProofDoc>>();
  for (const v of versions) segments.set(v.id, previous.segments.get(v.id) ?? (await buildSegment(db, v)));

  const byEntry = new Map<string, Array<{ versionId: string; doc: number }>>();
  for (const [versionId, segment] of segments) {
    segment.docs.forEach((d, doc) => {
      const list = byEntry.get(d.entry.entryId);
      if (list) list.push({ versionId, doc });
      else byEntry.set(d.entry.entryId, [{ versionId, doc }]);
    });
  }

  const codes = new Set([...latest.keys(), ...adopts.keys()]);
  const regionRows = codes.size === 0 ? [] : await db.select({ code: regions.code, name: regions.name, parentCode: regions.parentCode }).from(regions).where(inArray(regions.code, [...codes]));
  const regionMap = new Map<string, RegionInfo>(regionRows.map((r) => [r.code, r]));

  return {
    latest,
    adopts,
    segments,
    byEntry,
    synonyms: new SynonymTable([...BUILT_IN_SYNONYMS, ...custom.map((c) => c.terms)]),
    regions: regionMap,
  };
}

/** One region's display name, for a region that has no lists (the answer's hint names it). */
export async function regionNameOf(db: Executor, code: string): Promise<string | null> {
  const [r] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code));
  return r?.name ?? null;
}

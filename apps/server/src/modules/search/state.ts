/**
 * What the search answers from: one immutable snapshot of the published lists (a segment per
 * region's latest version, the adoptions between regions, the synonym table). A refresh builds
 * the next snapshot beside the current one, reusing the segments of versions that did not
 * change (versions are immutable), and swaps it in at once.
 */
import type { PublishedEntry } from '@pfc/contracts';
import type { Executor } from '../../db/client';
import {
  adoptionChain,
  adoptions,
  latestVersions,
  publishedChangesSince,
  publishedEntriesIn,
  publishedEntryPages,
  type LatestVersion,
} from '../catalog';
import { regionNames, regionsByCodes } from '../../platform/directory';
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
  /** Where each entry sits in each version's segment, by version. */
  entries: ReadonlyMap<string, ReadonlyMap<string, number>>;
  synonyms: SynonymTable;
  regions: ReadonlyMap<string, RegionInfo>;
}

export const EMPTY_STATE: SearchState = {
  latest: new Map(),
  adopts: new Map(),
  segments: new Map(),
  entries: new Map(),
  synonyms: new SynonymTable(BUILT_IN_SYNONYMS),
  regions: new Map(),
};

export function textOf(doc: ProofDoc) {
  const e = doc.entry;
  return {
    name: foldFast(e.name),
    aliases: e.aliases.map(foldFast),
    fields: {
      name: [e.name],
      alias: e.aliases,
      item: e.serviceItems.map((s) => s.name),
      content: [e.content, e.remarks],
      unit: [e.issuingUnitName, e.unitName],
      basis: e.legalBasis.map((b) => b.instrument),
    },
  };
}

/** The regions whose lists apply in `code`: itself first, then what it adopted, upwards. */
export function chainOf(state: SearchState, code: string): string[] {
  return adoptionChain(code, (c) => state.adopts.get(c) ?? []);
}

/** Where a refresh spent its time: waiting for new versions' entries, and indexing them (the last version's read-and-index window in epoch ms). */
export interface RefreshTiming {
  readMs: number;
  buildMs: number;
  lastBuild?: { startedAt: number; endedAt: number };
}

/** The region's segment before this version, whose parsed entries a rebuild can reuse. */
export interface PreviousSegment {
  versionId: string;
  segment: Segment<ProofDoc>;
}

type Entry = ProofDoc['entry'];

/**
 * The entries of a version that changed little since the previous segment, in entry id order:
 * the previous segment's entries where they are unchanged (the same objects, with their place
 * there as `origin`), the changed and new ones read again (origin -1). Undefined when the previous
 * segment does not hold what the database says the previous version holds.
 */
function nextEntries(
  previous: PreviousSegment,
  changed: Entry[],
  removed: string[],
): { entries: Entry[]; origin: Int32Array } | undefined {
  const gone = new Set(removed);
  const stale = new Set(changed.map((e) => e.entryId));
  const old = previous.segment.docs;
  const entries: Entry[] = [];
  const origin: number[] = [];
  let found = 0;
  let last = '';
  for (let i = 0, j = 0; i < old.length || j < changed.length; ) {
    const a = i < old.length ? old[i]!.entry.entryId : undefined;
    if (a !== undefined && (a <= last || gone.has(a) || stale.has(a))) {
      if (a <= last) return undefined; // not in entry id order
      if (gone.has(a)) found++;
      last = a;
      i++;
      continue;
    }
    const b = j < changed.length ? changed[j]!.entryId : undefined;
    if (b !== undefined && j > 0 && b <= changed[j - 1]!.entryId) return undefined;
    if (b === undefined || (a !== undefined && a < b)) {
      entries.push(old[i]!.entry);
      origin.push(i++);
      last = a!;
    } else {
      entries.push(changed[j++]!);
      origin.push(-1);
    }
  }
  return found === removed.length ? { entries, origin: Int32Array.from(origin) } : undefined;
}

/**
 * The segment of a version: derived from the region's previous segment when there is one (only
 * the entries that changed are read and indexed; the rest of the postings are carried over), else
 * read and built whole. Both give the same segment.
 */
export async function buildSegment(
  db: Executor,
  version: LatestVersion,
  timing?: RefreshTiming,
  previous?: PreviousSegment,
): Promise<{ segment: Segment<ProofDoc>; entries: Map<string, number> }> {
  const started = performance.now();
  const startedAt = Date.now();
  let readMs = 0;
  const read = async <T>(p: Promise<T>) => {
    const from = performance.now();
    try {
      return await p;
    } finally {
      readMs += performance.now() - from;
    }
  };
  // When more than half the entries changed, reading them all is cheaper (and derive would build anew anyway).
  const changes =
    previous &&
    (await read(publishedChangesSince(db, version.id, previous.versionId, Math.floor(previous.segment.size / 2))));
  const changed = changes && (await read(publishedEntriesIn(db, version.id, changes.changed)));
  const next = previous && changes && changed && nextEntries(previous, changed, changes.removed);
  const toDocs = (rows: Entry[]) => rows.map((entry) => ({ entry, version }));
  let segment: Segment<ProofDoc>;
  if (next) {
    segment = await previous.segment.derive(toDocs(next.entries), next.origin, textOf);
  } else {
    // Handed over page by page, with pauses between them for the queries answered meanwhile.
    const pages = publishedEntryPages(db, version.id);
    segment = await Segment.buildFrom(
      (async function* () {
        for (;;) {
          const page = await read(pages.next());
          if (page.done) return;
          yield toDocs(page.value);
        }
      })(),
      textOf,
    );
  }
  const entries = new Map<string, number>();
  for (let doc = 0; doc < segment.size; doc++) {
    entries.set(segment.docs[doc]!.entry.entryId, doc);
    if ((doc & 16383) === 16383) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (timing) {
    timing.readMs += readMs;
    timing.buildMs += performance.now() - started - readMs;
    timing.lastBuild = { startedAt, endedAt: Date.now() };
  }
  return { segment, entries };
}

export async function loadState(db: Executor, previous: SearchState, timing?: RefreshTiming): Promise<SearchState> {
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
  const entries = new Map<string, ReadonlyMap<string, number>>();
  for (const v of versions) {
    const kept = previous.segments.get(v.id);
    const before = previous.latest.get(v.regionCode);
    const reusable =
      !kept && before && previous.segments.has(before.id)
        ? { versionId: before.id, segment: previous.segments.get(before.id)! }
        : undefined;
    const built = kept
      ? { segment: kept, entries: previous.entries.get(v.id)! }
      : await buildSegment(db, v, timing, reusable);
    segments.set(v.id, built.segment);
    entries.set(v.id, built.entries);
  }

  const codes = new Set([...latest.keys(), ...adopts.keys()]);
  const regionRows = await regionsByCodes(db, [...codes]);
  const regionMap = new Map<string, RegionInfo>(regionRows.map((r) => [r.code, r]));

  return {
    latest,
    adopts,
    segments,
    entries,
    synonyms: new SynonymTable([...BUILT_IN_SYNONYMS, ...custom.map((c) => c.terms)]),
    regions: regionMap,
  };
}

/** One region's display name, for a region that has no lists (the answer's hint names it). */
export async function regionNameOf(db: Executor, code: string): Promise<string | null> {
  return (await regionNames(db, [code])).get(code) ?? null;
}

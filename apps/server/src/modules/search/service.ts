/**
 * The public search of the published lists. Every app server keeps the whole index in memory and
 * current: a NOTIFY after each publication, adoption or synonym change triggers an incremental
 * refresh (only new versions are indexed), and a slow poll repairs a missed notification.
 * Queries are answered from the current snapshot while the next one is built.
 */
import type { ProofSearchResult, PublicProof, PublicRegion } from '@pfc/contracts';
import type { Platform } from '../../platform/context';
import type { Lang } from '../../platform/http/errors';
import { latestVersionsWith } from '../catalog';
import { answerFor } from './answer';
import { searchQa } from './qa';
import { parseQuery, type ParsedQuery, type QueryGroup } from './query';
import { scoreSegment, topHits, type Scored } from './rank';
import { FIELD, type Segment } from './segment';
import { chainOf, EMPTY_STATE, loadState, type ProofDoc, regionNameOf, type SearchState } from './state';
import { fold, phraseKeys } from './text';

export const SEARCH_CHANNEL = 'pfc_search';
const POLL_MS = 30_000;
const CACHE_SIZE = 2000;

export interface SearchOptions {
  /** Answer repeated queries from a cache (on by default; benchmarks measure both). */
  cache?: boolean;
}

export class SearchService {
  private state: SearchState = EMPTY_STATE;
  private running: Promise<void> | undefined;
  private again = false;
  private stopListening: (() => Promise<void>) | undefined;
  private poll: NodeJS.Timeout | undefined;
  private readonly cache = new Map<string, ProofSearchResult>();
  /** Parsed queries by raw text (segmenting and script folding cost more than a cached answer). */
  private readonly parsed = new Map<string, ParsedQuery>();
  /** Increases with every snapshot swap. */
  generation = 0;
  lastRefreshMs = 0;
  /** Answer repeated queries from the cache (the benchmark turns it off to measure the engine). */
  cacheEnabled: boolean;

  constructor(
    private readonly platform: Platform,
    options: SearchOptions = {},
  ) {
    this.cacheEnabled = options.cache ?? true;
  }

  /** Loads the index and starts following changes. */
  async start(): Promise<void> {
    await this.refresh();
    this.stopListening = await this.platform.database.listen(SEARCH_CHANNEL, () => void this.refresh().catch(() => {}));
    // A repair poll, not a deadline: nothing is lost if it never fires (the NOTIFY does the work).
    // eslint-disable-next-line no-restricted-globals
    this.poll = setInterval(() => void this.refresh().catch(() => {}), POLL_MS);
    this.poll.unref();
  }

  async stop(): Promise<void> {
    if (this.poll) clearInterval(this.poll);
    await this.stopListening?.();
    await this.running?.catch(() => {});
  }

  /** Brings the index up to date; concurrent calls share one run and ask for one more if needed. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async () => {
      do {
        this.again = false;
        const started = performance.now();
        const next = await loadState(this.platform.database.db, this.state);
        this.state = next;
        this.generation++;
        this.cache.clear();
        this.parsed.clear();
        this.lastRefreshMs = performance.now() - started;
      } while (this.again);
    };
    this.running = run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private parse(q: string, state: SearchState): ParsedQuery {
    if (state !== this.state) return parseQuery(q, state.synonyms);
    let query = this.parsed.get(q);
    if (!query) {
      query = parseQuery(q, state.synonyms);
      if (this.parsed.size >= CACHE_SIZE) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(q, query);
    }
    return query;
  }

  private segmentsFor(state: SearchState, region: string | undefined): Array<Segment<ProofDoc>> {
    const codes = region ? chainOf(state, region) : [...state.latest.keys()];
    const out: Array<Segment<ProofDoc>> = [];
    for (const code of codes) {
      const v = state.latest.get(code);
      const seg = v && state.segments.get(v.id);
      if (seg) out.push(seg);
    }
    return out;
  }

  private rank(segments: Array<Segment<ProofDoc>>, query: ParsedQuery, limit: number, options: { fieldMask?: number; coverage?: number } = {}) {
    const all: Scored[] = [];
    segments.forEach((seg, i) => {
      for (const hit of scoreSegment(seg, i, query, options)) all.push(hit);
    });
    return { total: all.length, top: topHits(all, limit) };
  }

  async search(input: { q?: string; region?: string; page?: number; pageSize?: number }, lang: Lang): Promise<ProofSearchResult> {
    const state = this.state;
    const page = input.page ?? 1;
    const pageSize = input.pageSize ?? 10;
    const query = this.parse(input.q ?? '', state);
    const key = `${this.generation}|${input.region ?? ''}|${query.folded}|${page}|${pageSize}|${lang}`;
    if (this.cacheEnabled) {
      const hit = this.cache.get(key);
      if (hit) {
        this.cache.delete(key);
        this.cache.set(key, hit);
        return hit;
      }
    }
    const region = input.region ?? null;
    const regionName = region ? (state.regions.get(region)?.name ?? (await regionNameOf(this.platform.database.db, region))) : null;
    const segments = this.segmentsFor(state, input.region);
    const empty = (hint: string | null): ProofSearchResult => ({ query: query.folded, regionCode: region, regionName, total: 0, page, pageSize, items: [], suggestions: [], hint });
    let result: ProofSearchResult;
    if (segments.length === 0) {
      result = empty(lang === 'en' ? 'No lists have been published or adopted for this region yet.' : `${regionName ?? '该地区'}尚未公布或承接证明事项清单，可选择上级地区查询。`);
    } else if (query.groups.length === 0) {
      result = empty(lang === 'en' ? 'Type the name of a proof, e.g. 无犯罪记录证明.' : '请输入要查询的证明名称，如“无犯罪记录证明”“户口证明还要开吗”。');
    } else {
      const limit = Math.min(page * pageSize, 1000);
      const { total, top } = this.rank(segments, query, limit);
      const items = top.slice((page - 1) * pageSize, page * pageSize).map((h) => present(segments[h.segment]!.docs[h.doc]!, lang));
      const suggestions = total === 0 ? this.suggestClose(segments, query) : [];
      const hint = total > 0 ? null : lang === 'en' ? 'Nothing matched; see the close entries below or try other words.' : '没有找到完全符合的证明，请看下面相近的证明，或换个说法。';
      result = { query: query.folded, regionCode: region, regionName, total, page, pageSize, items, suggestions, hint };
    }
    if (this.cacheEnabled) {
      this.cache.set(key, result);
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    }
    return result;
  }

  /** Entries whose names share most characters with the query: for a query that found nothing. */
  private suggestClose(segments: Array<Segment<ProofDoc>>, query: ParsedQuery) {
    const chars = [...new Set([...query.groups.map((g) => g.text).join('')])];
    const groups: QueryGroup[] = chars.map((c) => ({ text: c, alternatives: [c], keys: [phraseKeys(c)] })).filter((g) => g.keys[0]!.length > 0);
    const relaxed: ParsedQuery = { folded: query.folded, groups, whole: [] };
    const { top } = this.rank(segments, relaxed, 20, { fieldMask: FIELD.name | FIELD.alias, coverage: 0.5 });
    return distinctNames(top.map((h) => segments[h.segment]!.docs[h.doc]!), 5).map((d) => ({ entryId: d.entry.entryId, name: d.entry.name }));
  }

  /** Type-ahead: names (or the alias that matched) of entries whose name or alias contains what was typed. */
  suggest(input: { q?: string; region?: string }): { items: Array<{ entryId: string; name: string; alias: string | null }> } {
    const state = this.state;
    const query = this.parse(input.q ?? '', state);
    if (query.groups.length === 0) return { items: [] };
    const segments = this.segmentsFor(state, input.region);
    const { top } = this.rank(segments, query, 40, { fieldMask: FIELD.name | FIELD.alias, coverage: 1 });
    const typed = fold(input.q ?? '');
    return {
      items: distinctNames(top.map((h) => segments[h.segment]!.docs[h.doc]!), 8).map((d) => {
        const alias = d.entry.name.includes(typed) ? null : (d.entry.aliases.find((a) => fold(a).includes(typed)) ?? null);
        return { entryId: d.entry.entryId, name: d.entry.name, alias };
      }),
    };
  }

  /**
   * One entry as in force in `region` (or wherever it is published, when no region is given). An
   * entry published a moment ago on another server may not be indexed here yet: then the index
   * catches up first.
   */
  async entry(entryId: string, region: string | undefined, lang: Lang): Promise<PublicProof | undefined> {
    const found = this.entryNow(entryId, region, lang);
    if (found) return found;
    const versions = await latestVersionsWith(this.platform.database.db, entryId);
    if (!versions.some((id) => !this.state.segments.has(id))) return undefined;
    await this.refresh();
    return this.entryNow(entryId, region, lang);
  }

  private entryNow(entryId: string, region: string | undefined, lang: Lang): PublicProof | undefined {
    const state = this.state;
    const places = state.byEntry.get(entryId) ?? [];
    const allowed = region ? new Set(chainOf(state, region).map((c) => state.latest.get(c)?.id)) : undefined;
    const place = places.find((p) => !allowed || allowed.has(p.versionId));
    if (!place) return undefined;
    return present(state.segments.get(place.versionId)!.docs[place.doc]!, lang);
  }

  regions(): PublicRegion[] {
    const state = this.state;
    return [...state.regions.values()]
      .map((r) => {
        const own = state.latest.get(r.code);
        const entries = this.segmentsFor(state, r.code).reduce((n, s) => n + s.size, 0);
        return {
          code: r.code,
          name: r.name,
          parentCode: r.parentCode,
          documentNumber: own?.documentNumber ?? null,
          effectiveDate: own?.effectiveDate ?? null,
          adopts: [...(state.adopts.get(r.code) ?? [])],
          entries,
        };
      })
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  qa(q: string | undefined) {
    return searchQa(q, this.state.synonyms);
  }

  /** Figures for the admin dashboard and the benchmark. */
  stats() {
    let docs = 0;
    for (const s of this.state.segments.values()) docs += s.size;
    return { generation: this.generation, segments: this.state.segments.size, entries: docs, synonyms: this.state.synonyms.size, lastRefreshMs: Math.round(this.lastRefreshMs) };
  }
}

function distinctNames(docs: ProofDoc[], limit: number): ProofDoc[] {
  const seen = new Set<string>();
  const out: ProofDoc[] = [];
  for (const d of docs) {
    if (seen.has(d.entry.name)) continue;
    seen.add(d.entry.name);
    out.push(d);
    if (out.length >= limit) break;
  }
  return out;
}

export function present(doc: ProofDoc, lang: Lang): PublicProof {
  const v = doc.version;
  return {
    ...doc.entry,
    answer: answerFor(doc.entry, v.effectiveDate, lang),
    source: {
      versionId: v.id,
      regionCode: v.regionCode,
      regionName: v.regionName,
      versionNo: v.versionNo,
      documentNumber: v.documentNumber,
      effectiveDate: v.effectiveDate,
      publishedAt: v.publishedAt.toISOString(),
    },
  };
}

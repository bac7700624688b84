/**
 * The public search of the published lists. Every app server keeps the whole index in memory and
 * current: a NOTIFY after each publication, adoption or synonym change triggers an incremental
 * refresh (only new versions are indexed), and a slow poll repairs a missed notification.
 * Queries are answered from the current snapshot while the next one is built.
 */
import type { ProofSearchResult, PublicProof, PublicRegion } from '@pfc/contracts';
import type { Platform } from '../../platform/context';
import { encodeBody, type Encoding } from '../../platform/http/encoding';
import type { Lang } from '../../platform/http/errors';
import { latestVersionsWith } from '../catalog';
import { searchQa } from './qa';
import { AnswerRenderer, Lru, present, type Renderer } from './render';
import { parseQuery, type ParsedQuery, type QueryGroup } from './query';
import { TopHits } from './hits';
import { scoreSegment } from './rank';
import { FIELD, type Segment } from './segment';
import {
  chainOf,
  EMPTY_STATE,
  loadState,
  type ProofDoc,
  type RefreshTiming,
  regionNameOf,
  type SearchState,
} from './state';
import { fold, phraseKeys } from './text';

export const SEARCH_CHANNEL = 'pfc_search';
const POLL_MS = 30_000;
const CACHE_SIZE = 2000;
/** Share of a question's weight an entry must match when nothing matched the usual share (rank.ts). */
const PARTIAL_COVERAGE = 0.4;

export interface SearchInput {
  q?: string;
  region?: string;
  page?: number;
  pageSize?: number;
}

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
  /** Rendered answers (the response body) by query, region, page and language, for this generation. */
  private readonly cache = new Lru<string, Buffer>(CACHE_SIZE);
  /** The same answers compressed, for clients that accept brotli or gzip. */
  private readonly encoded = new Lru<string, { body: Buffer; encoding?: Encoding }>(CACHE_SIZE);
  private readonly renderer = new AnswerRenderer();
  /** Parsed queries by raw text (segmenting and script folding cost more than a cached answer). */
  private readonly parsed = new Map<string, ParsedQuery>();
  /** Increases with every snapshot swap. */
  generation = 0;
  /** The last refresh (with the runs it absorbed): when it began (epoch ms), how long it took, where the time went, and the generation it made. */
  lastRefresh: RefreshTiming & { startedAt: number; ms: number; generation: number } = {
    startedAt: 0,
    ms: 0,
    readMs: 0,
    buildMs: 0,
    generation: 0,
  };
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
      const startedAt = Date.now();
      const started = performance.now();
      const timing: RefreshTiming = { readMs: 0, buildMs: 0 };
      do {
        this.again = false;
        const next = await loadState(this.platform.database.db, this.state, timing);
        this.state = next;
        this.generation++;
        this.cache.clear();
        this.encoded.clear();
        this.parsed.clear();
      } while (this.again);
      this.lastRefresh = { startedAt, ms: performance.now() - started, ...timing, generation: this.generation };
    };
    this.running = run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Whether a published version is in the index yet. */
  indexes(versionId: string): boolean {
    return this.state.segments.has(versionId);
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

  private rank(
    segments: Array<Segment<ProofDoc>>,
    query: ParsedQuery,
    limit: number,
    options: { fieldMask?: number; coverage?: number } = {},
  ) {
    const hits = new TopHits(limit);
    segments.forEach((seg, i) => scoreSegment(seg, i, query, hits, options));
    return { total: hits.total, top: hits.results() };
  }

  /**
   * The answer as a response body, `render`ed once (the route's schema serialiser) and then served
   * from the cache until the next publication: a repeated query costs about what a trivial route does.
   */
  async searchRendered(
    input: SearchInput,
    lang: Lang,
    render: Renderer,
    encoding?: Encoding,
  ): Promise<{ body: Buffer; encoding?: Encoding }> {
    const state = this.state;
    const compute = async () => {
      const { result, docs } = await this.answer(input, this.parse(input.q ?? '', state), state, lang);
      return this.renderer.body(result, docs, lang, render);
    };
    if (!this.cacheEnabled) return encodeBody(await compute(), encoding);
    // Keyed by what was typed: a hit costs a map lookup, not even the parse.
    const key = `${this.generation}|${input.region ?? ''}|${input.page ?? 1}|${input.pageSize ?? 10}|${lang}|${input.q ?? ''}`;
    const encodedKey = `${encoding}|${key}`;
    const encodedHit = encoding && this.encoded.get(encodedKey);
    if (encodedHit) return encodedHit;
    let body = this.cache.get(key);
    if (body === undefined) {
      body = await compute();
      // A refresh during the await clears the cache; an answer from the old snapshot is not kept.
      if (state === this.state) this.cache.set(key, body);
    }
    const out = encodeBody(body, encoding);
    if (encoding && state === this.state) this.encoded.set(encodedKey, out);
    return out;
  }

  /** The answer, with the documents to show as its items (`result.items` itself stays empty). */
  private async answer(
    input: SearchInput,
    query: ParsedQuery,
    state: SearchState,
    lang: Lang,
  ): Promise<{ result: ProofSearchResult; docs: ProofDoc[] }> {
    const page = input.page ?? 1;
    const pageSize = input.pageSize ?? 10;
    const region = input.region ?? null;
    const regionName = region
      ? (state.regions.get(region)?.name ?? (await regionNameOf(this.platform.database.db, region)))
      : null;
    const segments = this.segmentsFor(state, input.region);
    const empty = (hint: string | null) => ({
      result: {
        query: query.folded,
        regionCode: region,
        regionName,
        total: 0,
        page,
        pageSize,
        items: [],
        suggestions: [],
        hint,
      },
      docs: [],
    });
    if (segments.length === 0) {
      return empty(
        lang === 'en'
          ? 'No lists have been published or adopted for this region yet.'
          : `${regionName ?? '该地区'}尚未公布或承接证明事项清单，可选择上级地区查询。`,
      );
    }
    if (query.groups.length === 0) {
      return empty(
        lang === 'en'
          ? 'Type the name of a proof, e.g. 无犯罪记录证明.'
          : '请输入要查询的证明名称，如“无犯罪记录证明”“户口证明还要开吗”。',
      );
    }
    const limit = Math.min(page * pageSize, 1000);
    let { total, top } = this.rank(segments, query, limit);
    // A long question can say more than any entry does (家里老人去世了要开什么证明: no entry
    // mentions 老人); rather than nothing, the entries that match its main words.
    let partial = false;
    if (total === 0 && query.groups.length >= 3) {
      ({ total, top } = this.rank(segments, query, limit, { coverage: PARTIAL_COVERAGE }));
      partial = total > 0;
    }
    const docs = top.slice((page - 1) * pageSize, page * pageSize).map((h) => segments[h.segment]!.docs[h.doc]!);
    const suggestions = total === 0 ? this.suggestClose(segments, query) : [];
    const hint = partial
      ? lang === 'en'
        ? 'No entry matched every word of the question; these match its main words.'
        : '没有与整句话完全符合的证明，下面是与其中主要词语相符的结果。'
      : total > 0
        ? null
        : lang === 'en'
          ? 'Nothing matched; see the close entries below or try other words.'
          : '没有找到完全符合的证明，请看下面相近的证明，或换个说法。';
    return {
      result: {
        query: query.folded,
        regionCode: region,
        regionName,
        total,
        page,
        pageSize,
        items: [],
        suggestions,
        hint,
      },
      docs,
    };
  }

  /** Entries whose names share most characters with the query: for a query that found nothing. */
  private suggestClose(segments: Array<Segment<ProofDoc>>, query: ParsedQuery) {
    const chars = [...new Set([...query.groups.map((g) => g.text).join('')])];
    const groups: QueryGroup[] = chars
      .map((c) => ({ text: c, alternatives: [c], keys: [phraseKeys(c)] }))
      .filter((g) => g.keys[0]!.length > 0);
    const relaxed: ParsedQuery = { folded: query.folded, groups, whole: [] };
    const { top } = this.rank(segments, relaxed, 20, { fieldMask: FIELD.name | FIELD.alias, coverage: 0.5 });
    return distinctNames(
      top.map((h) => segments[h.segment]!.docs[h.doc]!),
      5,
    ).map((d) => ({ entryId: d.entry.entryId, name: d.entry.name }));
  }

  /** Type-ahead: names (or the alias that matched) of entries whose name or alias contains what was typed. */
  suggest(input: { q?: string; region?: string }): {
    items: Array<{ entryId: string; name: string; alias: string | null }>;
  } {
    const state = this.state;
    const query = this.parse(input.q ?? '', state);
    if (query.groups.length === 0) return { items: [] };
    const segments = this.segmentsFor(state, input.region);
    const { top } = this.rank(segments, query, 40, { fieldMask: FIELD.name | FIELD.alias, coverage: 1 });
    const typed = fold(input.q ?? '');
    return {
      items: distinctNames(
        top.map((h) => segments[h.segment]!.docs[h.doc]!),
        8,
      ).map((d) => {
        const alias = d.entry.name.includes(typed)
          ? null
          : (d.entry.aliases.find((a) => fold(a).includes(typed)) ?? null);
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
    // Look again either way: a refresh (e.g. from NOTIFY) may have swapped the snapshot meanwhile.
    if (versions.some((id) => !this.state.segments.has(id))) await this.refresh();
    return this.entryNow(entryId, region, lang);
  }

  private entryNow(entryId: string, region: string | undefined, lang: Lang): PublicProof | undefined {
    const state = this.state;
    const allowed = region ? new Set(chainOf(state, region).map((c) => state.latest.get(c)?.id)) : undefined;
    for (const [versionId, segment] of state.segments) {
      if (allowed && !allowed.has(versionId)) continue;
      const doc = state.entries.get(versionId)?.get(entryId);
      if (doc !== undefined) return present(segment.docs[doc]!, lang);
    }
    return undefined;
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
    return {
      generation: this.generation,
      segments: this.state.segments.size,
      entries: docs,
      synonyms: this.state.synonyms.size,
      lastRefreshMs: Math.round(this.lastRefresh.ms),
    };
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

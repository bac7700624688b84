/**
 * Public search through the real HTTP routes on the demo city: ranking, folding, synonyms, region
 * inheritance (承接), drafts never shown, empty and absurd queries, the entry page and the Q&A.
 */
import { type ProofSearchResult, PublicProof } from '@pfc/contracts';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishedEntryPages } from '../catalog';
import { publishLists } from '../catalog';
import { TopHits } from './hits';
import { parseQuery, SynonymTable } from './query';
import { scoreSegment } from './rank';
import { Segment } from './segment';
import { EMPTY_STATE, loadState } from './state';
import { BUILT_IN_SYNONYMS } from './synonyms-data';
import { rowsOf } from '../../db/client';
import { unitsInRegion } from '../../platform/directory';
import { anonymous, type Client, createTestApp, json, signIn, type TestApp } from '../../test/harness';
import { validEntry, insertEntry } from '../../test/catalog-fixtures';
import { rootCtx } from '../../test/fixtures';

let t: TestApp;
let pub: Client;

beforeAll(async () => {
  t = await createTestApp();
  pub = anonymous(t.app);
}, 60_000);
afterAll(async () => t?.close());

async function search(q: string, region = '370811', extra = ''): Promise<ProofSearchResult> {
  const res = await pub.get(`/api/v1/public/proofs?q=${encodeURIComponent(q)}&region=${region}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<ProofSearchResult>(res);
}
const names = (r: ProofSearchResult) => r.items.map((i) => i.name);

/** A new, empty version after `previous` of the same region, written directly (its entries are the test's to insert). */
async function insertVersion(previous: { regionCode: string; versionNo: number }): Promise<{ id: string }> {
  const [v] = rowsOf<{ id: string }>(
    await t.platform.database.db.execute(sql`
      insert into list_versions (region_code, version_no, document_number, effective_date, source, published_at)
      values (${previous.regionCode}, ${previous.versionNo + 1}, ${`测试文号〔2026〕${previous.versionNo + 1}号`}, '2026-12-01', 'adjustment', now()) returning id`),
  );
  return v!;
}

async function unitIn(region: string): Promise<string> {
  const [u] = await unitsInRegion(t.platform.database.db, region);
  return u!.id;
}

describe('ranking and folding', () => {
  it('puts the exact proof name first', async () => {
    expect(names(await search('居住证明'))[0]).toBe('居住证明');
    expect(names(await search('户籍证明'))[0]).toBe('户籍证明');
  });

  it('understands colloquial questions by dropping the filler words', async () => {
    expect(names(await search('开无犯罪证明'))[0]).toBe('无犯罪记录证明');
    expect(names(await search('户口证明还要开吗')).slice(0, 2)).toContain('户籍证明');
    expect(names(await search('结婚要什么证明'))[0]).toBe('婚姻状况证明');
  });

  it('answers a question that says more than any entry with the entries matching its main words, and says so', async () => {
    const r = await search('家里老人去世了要开什么证明', '370800');
    expect(names(r)[0]).toBe('死亡证明');
    expect(r.hint).toContain('主要词语');
    expect((await search('死亡证明', '370800')).hint).toBeNull();
  });

  it('folds traditional characters, full width and invisible characters', async () => {
    const plain = names(await search('无犯罪记录证明'));
    expect(names(await search('無犯罪記錄證明'))).toEqual(plain);
    expect(names(await search('无\u200b犯罪\ufeff记录证明'))).toEqual(plain);
    expect(names(await search('　无犯罪记录证明　'))).toEqual(plain);
    const ascii = await search('12345');
    const wide = await search('１２３４５');
    expect(wide.query).toBe(ascii.query);
  });

  it('finds an entry by a synonym the catalogue never uses (低保 = 最低生活保障)', async () => {
    expect(names(await search('低保'))[0]).toBe('最低生活保障家庭证明');
  });

  it('shows only the declared fields of an entry (the answer is rendered from the schemas)', async () => {
    const hit = (await search('无犯罪记录证明')).items[0]!;
    expect(Object.keys(hit).sort()).toEqual(Object.keys(PublicProof.properties).sort());
  });

  it('answers in one sentence with the deciding document', async () => {
    const hit = (await search('无犯罪记录证明')).items[0]!;
    expect(hit.answer.sentence).toMatch(/^(已取消|可承诺代替|无需提交|仍需提交)：/);
    expect(hit.source.documentNumber).toMatch(/〔\d{4}〕\d+号/);
    expect(hit.answer.sentence).toContain(`${Number(hit.source.effectiveDate.slice(0, 4))}年`);
    expect(hit.serviceItems.length).toBeGreaterThan(0);
    expect(hit.legalBasis.length).toBeGreaterThan(0);
  });
});

describe('empty and absurd queries', () => {
  it.each([
    ['', '请输入'],
    ['   ', '请输入'],
    ['吗呢吧', '请输入'],
    ['%_\\', '请输入'],
    ['x'.repeat(2000), null],
    ['__proto__', null],
    ['😀😀', '请输入'],
  ])('%j gets a helpful empty answer', async (q, hint) => {
    const r = await search(q);
    expect(r.total).toBe(0);
    expect(r.items).toEqual([]);
    expect(r.hint).toBeTruthy();
    if (hint) expect(r.hint).toContain(hint);
  });

  it('suggests close entries when nothing matches', async () => {
    const r = await search('罪犯证明');
    expect(r.total).toBe(0);
    expect(r.suggestions.map((s) => s.name)).toContain('无犯罪记录证明');
  });

  it('tells that a region has no lists yet', async () => {
    const r = await search('居住证明', '370802');
    expect(r.total).toBe(0);
    expect(r.hint).toContain('尚未公布或承接');
  });

  it('refuses a malformed region code and an oversized page with the one error shape', async () => {
    for (const url of [
      '/api/v1/public/proofs?q=证明&region=abc',
      '/api/v1/public/proofs?q=证明&pageSize=500',
      '/api/v1/public/proofs?q=证明&page=0',
    ]) {
      const res = await pub.get(url);
      expect(res.statusCode).toBe(400);
      expect(json<{ error: { code: string; message: string } }>(res).error.code).toBeTruthy();
    }
  });

  it('sends a compressed answer to a client that accepts one, the same JSON once decoded', async () => {
    const url = `/api/v1/public/proofs?q=${encodeURIComponent('证明')}&region=370811&pageSize=20`;
    const plain = await pub.get(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(String(plain.headers.vary)).toContain('accept-encoding');
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', zlib.brotliDecompressSync],
      ['gzip', 'gzip', zlib.gunzipSync],
    ] as const) {
      // Twice: the second answer comes from the cache of compressed answers.
      for (let i = 0; i < 2; i++) {
        const res = await pub.request('GET', url, undefined, { 'accept-encoding': accept });
        expect(res.headers['content-encoding']).toBe(encoding);
        expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
        expect(decode(res.rawPayload).toString()).toBe(plain.body);
      }
    }
  });

  it('gives an empty page past the end', async () => {
    const r = await search('证明', '370811', '&page=9999&pageSize=10');
    expect(r.total).toBeGreaterThan(0);
    expect(r.items).toEqual([]);
  });
});

describe('regions, drafts and publication', () => {
  it('lists the regions with lists, and their adoptions', async () => {
    const { items } = json<{ items: Array<{ code: string; adopts: string[]; entries: number }> }>(
      await pub.get('/api/v1/public/regions'),
    );
    const city = items.find((r) => r.code === '370800')!;
    const district = items.find((r) => r.code === '370811')!;
    expect(district.adopts).toContain('370800');
    expect(district.entries).toBeGreaterThan(city.entries);
  });

  it('never shows drafts; shows an entry once published, in its region and below, not in a sibling', async () => {
    const name = `搜索测试专用证明${Date.now()}`;
    const entry = await insertEntry(t.platform, await unitIn('370811'), 'approved', validEntry(name));
    await insertEntry(t.platform, await unitIn('370811'), 'draft', validEntry(`${name}草稿`));
    await t.app.searchIndex.refresh();
    expect(names(await search(name))).not.toContain(name);
    expect(names(await search(`${name}草稿`))).not.toContain(`${name}草稿`);
    expect((await pub.get(`/api/v1/public/proofs/${entry.id}`)).statusCode).toBe(404);

    await publishLists(rootCtx(t.platform), '370811', {
      documentNumber: '任政字〔2026〕88号',
      effectiveDate: '2026-12-01',
    });
    await t.app.searchIndex.refresh();
    expect(names(await search(name))[0]).toBe(name);
    expect(names(await search(name, '370811001'))[0]).toBe(name);
    expect(names(await search(name, '370881'))).not.toContain(name);
    expect(names(await search(name, '370800'))).not.toContain(name);

    const one = json<PublicProof>(await pub.get(`/api/v1/public/proofs/${entry.id}?region=370811`));
    expect(one.source.documentNumber).toBe('任政字〔2026〕88号');
    expect(one.answer.sentence).toContain('2026年12月1日');
    expect((await pub.get(`/api/v1/public/proofs/${entry.id}?region=370881`)).statusCode).toBe(404);
  });

  it('keeps itself current through NOTIFY', async () => {
    const index = t.app.searchIndex;
    const before = index.generation;
    const name = `通知刷新测试证明${Date.now()}`;
    await insertEntry(t.platform, await unitIn('370881'), 'approved', validEntry(name));
    await publishLists(rootCtx(t.platform), '370881', {
      documentNumber: '曲政字〔2026〕5号',
      effectiveDate: '2026-12-01',
    });
    // No explicit refresh: the trigger's NOTIFY reaches the listening service.
    for (let i = 0; i < 100 && !names(await search(name, '370881')).includes(name); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(names(await search(name, '370881'))[0]).toBe(name);
    expect(index.generation).toBeGreaterThan(before);
  });

  it('reuses the index of versions that did not change, and indexes only new ones', async () => {
    const first = await loadState(t.platform.database.db, EMPTY_STATE);
    const name = `增量索引测试证明${Date.now()}`;
    await insertEntry(t.platform, await unitIn('370881'), 'approved', validEntry(name));
    const published = await publishLists(rootCtx(t.platform), '370881', {
      documentNumber: '曲政字〔2026〕6号',
      effectiveDate: '2026-12-01',
    });
    const second = await loadState(t.platform.database.db, first);
    expect(second.segments.size).toBe(first.segments.size);
    for (const [id, segment] of second.segments) {
      if (id === published.id) expect(first.segments.has(id)).toBe(false);
      else expect(segment).toBe(first.segments.get(id));
    }
    expect(second.segments.get(published.id)!.docs.some((d) => d.entry.name === name)).toBe(true);
    // The region's previous version was read again only where entries changed: the rest are the same parsed objects.
    const previous = [...first.segments.values()].find((s) => s.docs[0]?.version.regionCode === '370881')!;
    const rebuilt = second.segments.get(published.id)!;
    const old = new Map(previous.docs.map((d) => [d.entry.entryId, d.entry]));
    const reused = rebuilt.docs.filter((d) => old.get(d.entry.entryId) === d.entry).length;
    expect(reused).toBe(previous.docs.length);
    expect(rebuilt.docs.length).toBe(previous.docs.length + 1);
  });

  it('derives a republished version from the previous one, exactly as a fresh build would index it', async () => {
    const db = t.platform.database.db;
    const first = await loadState(db, EMPTY_STATE);
    const previous = first.latest.get('370811')!;
    const [gone, renamed] = rowsOf<{ id: string; name: string }>(
      await db.execute(
        sql`select entry_id as id, snapshot->>'name' as name from list_version_entries where version_id = ${previous.id} order by entry_id`,
      ),
    );
    const stamp = Date.now();
    // The next version as a dynamic adjustment would publish it: one entry removed, one renamed, one added.
    const v = await insertVersion(previous);
    await db.execute(sql`
      insert into list_version_entries (version_id, entry_id, lists, snapshot)
      select ${v.id}::uuid, entry_id, lists, case when entry_id = ${renamed!.id} then jsonb_set(snapshot, '{name}', to_jsonb(${`改名后的派生测试证明${stamp}`}::text)) else snapshot end
      from list_version_entries where version_id = ${previous.id} and entry_id <> ${gone!.id}
      union all
      select ${v.id}::uuid, gen_random_uuid(), lists, jsonb_set(snapshot, '{name}', to_jsonb(${`新增的派生测试证明${stamp}`}::text))
      from list_version_entries where version_id = ${previous.id} and entry_id = ${gone!.id}`);

    const derive = vi.spyOn(Segment.prototype, 'derive');
    const second = await loadState(db, first);
    // (The app's own index, told by NOTIFY, may derive its copy meanwhile too.)
    expect(derive.mock.contexts).toContain(first.segments.get(previous.id));
    derive.mockRestore();
    const fresh = await loadState(db, EMPTY_STATE);
    const derived = second.segments.get(v.id)!;
    const built = fresh.segments.get(v.id)!;
    expect(derived.docs.map((d) => d.entry)).toEqual(built.docs.map((d) => d.entry));
    expect(derived.keyCount).toBe(built.keyCount);
    expect(derived.ids.length).toBe(built.ids.length);
    const before = first.segments.get(previous.id)!;
    const kept = derived.docs.filter((d) => before.docs.some((b) => b.entry === d.entry)).length;
    expect(kept).toBe(before.size - 2); // the removed and the renamed entry were read again, the others reused

    const synonyms = new SynonymTable(BUILT_IN_SYNONYMS);
    for (const q of [
      '证明',
      renamed!.name,
      `改名后的派生测试证明${stamp}`,
      `新增的派生测试证明${stamp}`,
      gone!.name,
      '居住',
      '户口证明还要开吗',
      '民政局',
    ]) {
      const query = parseQuery(q, synonyms);
      const [a, b] = [new TopHits(50), new TopHits(50)];
      scoreSegment(derived, 0, query, a);
      scoreSegment(built, 0, query, b);
      expect(a.total, q).toBe(b.total);
      expect(a.results(), q).toEqual(b.results());
    }
    const top = (q: string) => {
      const hits = new TopHits(1);
      scoreSegment(derived, 0, parseQuery(q, synonyms), hits);
      return hits.results().map((h) => derived.docs[h.doc]!.entry.name)[0];
    };
    expect(top(`改名后的派生测试证明${stamp}`)).toBe(`改名后的派生测试证明${stamp}`);
    expect(top(`新增的派生测试证明${stamp}`)).toBe(`新增的派生测试证明${stamp}`);
    expect(derived.docs.some((d) => d.entry.entryId === gone!.id)).toBe(false);
  });

  it('reads a republished version whole when most of its entries changed', async () => {
    const db = t.platform.database.db;
    const first = await loadState(db, EMPTY_STATE);
    const previous = first.latest.get('370881')!;
    const v = await insertVersion(previous);
    await db.execute(sql`
      insert into list_version_entries (version_id, entry_id, lists, snapshot)
      select ${v.id}::uuid, entry_id, lists, jsonb_set(snapshot, '{content}', to_jsonb('全部改写：' || (snapshot->>'content')))
      from list_version_entries where version_id = ${previous.id}`);
    const derive = vi.spyOn(Segment.prototype, 'derive');
    const second = await loadState(db, first);
    expect(derive.mock.contexts).not.toContain(first.segments.get(previous.id));
    derive.mockRestore();
    const rebuilt = second.segments.get(v.id)!;
    expect(rebuilt.size).toBe(first.segments.get(previous.id)!.size);
    expect(rebuilt.docs.every((d) => d.entry.content.startsWith('全部改写：'))).toBe(true);
    expect(rebuilt.docs.map((d) => d.entry)).toEqual(
      (await loadState(db, EMPTY_STATE)).segments.get(v.id)!.docs.map((d) => d.entry),
    );
  });

  it('reads a whole version a page at a time, in entry id order, nothing missed or repeated', async () => {
    const db = t.platform.database.db;
    const version = (await loadState(db, EMPTY_STATE)).latest.get('370800')!;
    const all = rowsOf<{ id: string }>(
      await db.execute(
        sql`select entry_id as id from list_version_entries where version_id = ${version.id} order by entry_id`,
      ),
    ).map((r) => r.id);
    expect(all.length).toBeGreaterThan(20);
    const pages: string[][] = [];
    for await (const page of publishedEntryPages(db, version.id, 7)) pages.push(page.map((e) => e.entryId));
    expect(pages.length).toBe(Math.ceil(all.length / 7));
    expect(pages.flat()).toEqual(all);
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
  });

  it('answers an entry published a moment ago before the index heard of it', async () => {
    const name = `即时查询测试证明${Date.now()}`;
    const entry = await insertEntry(t.platform, await unitIn('370883'), 'approved', validEntry(name));
    await publishLists(rootCtx(t.platform), '370883', {
      documentNumber: '邹政字〔2026〕7号',
      effectiveDate: '2026-12-01',
    });
    const res = await pub.get(`/api/v1/public/proofs/${entry.id}`);
    expect(res.statusCode).toBe(200);
    expect(json<PublicProof>(res).name).toBe(name);
  });
});

describe('synonyms kept by admins', () => {
  it('a new group takes effect for the public search, is audited, and only a platform admin may add it', async () => {
    const phrase = `测试俗称${Date.now() % 100000}`;
    expect(names(await search(phrase))[0]).not.toBe('居住证明');
    const admin = await signIn(t.app, 'admin');
    const created = await admin.post('/api/v1/search/synonyms', { terms: [phrase, '居住证明'], note: '测试' });
    expect(created.statusCode, created.body).toBe(201);
    await t.app.searchIndex.refresh();
    expect(names(await search(phrase))[0]).toBe('居住证明');

    const { id } = json<{ id: string }>(created);
    expect((await admin.post('/api/v1/search/synonyms', { terms: ['低保', '低保'] })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/search/synonyms', { terms: ['低保'] })).statusCode).toBe(400);
    const district = await signIn(t.app, 'rcadmin');
    expect((await district.post('/api/v1/search/synonyms', { terms: ['甲', '乙'] })).statusCode).toBe(403);

    expect((await admin.request('DELETE', `/api/v1/search/synonyms/${id}`)).statusCode).toBe(200);
    await t.app.searchIndex.refresh();
    expect(names(await search(phrase))[0]).not.toBe('居住证明');
    const audit = json<{ items: Array<{ action: string }> }>(await admin.get('/api/v1/audit/events?pageSize=20'));
    expect(audit.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['search.synonyms.saved', 'search.synonyms.deleted']),
    );
  });
});

describe('type-ahead and Q&A', () => {
  it('suggests names as you type, including by alias', async () => {
    const r = json<{ items: Array<{ name: string; alias: string | null }> }>(
      await pub.get(`/api/v1/public/proofs/suggest?q=${encodeURIComponent('无犯')}&region=370811`),
    );
    expect(r.items[0]!.name).toBe('无犯罪记录证明');
    const byAlias = json<{ items: Array<{ name: string; alias: string | null }> }>(
      await pub.get(`/api/v1/public/proofs/suggest?q=${encodeURIComponent('良民')}&region=370811`),
    );
    expect(byAlias.items[0]).toMatchObject({ name: '无犯罪记录证明', alias: '良民证' });
  });

  it('lists all 17 questions and finds one by its words', async () => {
    expect(json<{ items: unknown[] }>(await pub.get('/api/v1/public/qa')).items).toHaveLength(17);
    const r = json<{ items: Array<{ id: number }> }>(
      await pub.get(`/api/v1/public/qa?q=${encodeURIComponent('替代方式怎么选')}`),
    );
    expect(r.items[0]!.id).toBe(13);
  });
});

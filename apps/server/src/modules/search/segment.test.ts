/**
 * The segment build: every key's postings are exactly the documents (and fields) whose text has
 * that character or pair of characters, whether the postings were built in a worker thread or in
 * the server's thread, and the per-document masks of common keys agree with the postings.
 */
import { describe, expect, it } from 'vitest';
import { buildOffThread } from './build-thread';
import { FIELD, type FieldName, type IndexedText, Segment } from './segment';
import { bigramKey, foldFast, keyHigh, keyLow, unigramKey, units } from './text';

const NAMES = ['无犯罪记录证明', '居住证明', '婚姻状况证明', '亲属关系证明', '村（居）委会出具的收入证明', 'ＩＣＰ备案证明', '𠀀字证明'];
const UNITS = ['任城区公安局', '曲阜市民政局', '邹城市人力资源和社会保障局'];
const ITEMS = ['最低生活保障审核确认', '居住证签发', '教师资格认定'];

/** Deterministic documents: a name, sometimes an alias, one or two items, a unit. */
function documents(n: number): IndexedText[] {
  return Array.from({ length: n }, (_, i) => {
    const name = NAMES[i % NAMES.length]!;
    const aliases = i % 3 === 0 ? [`${name.slice(0, 2)}证明`] : [];
    return {
      name: foldFast(name),
      aliases: aliases.map(foldFast),
      fields: { name: [name], alias: aliases, item: ITEMS.slice(i % 3, (i % 3) + 1 + (i % 2)), content: [`证明申请人第${i % 97}项情况`], unit: [UNITS[i % UNITS.length]!] },
    };
  });
}

/** Brute force: for each key, the documents whose folded field texts contain it, with the fields' bits. */
function expected(docs: IndexedText[]): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  const post = (key: number, d: number, bit: number) => {
    const docsOfKey = out.get(key) ?? new Map<number, number>();
    docsOfKey.set(d, (docsOfKey.get(d) ?? 0) | bit);
    out.set(key, docsOfKey);
  };
  docs.forEach((doc, d) => {
    for (const [field, texts] of Object.entries(doc.fields) as Array<[FieldName, string[]]>) {
      for (const text of texts) {
        const u = units(foldFast(text));
        u.forEach((a, i) => {
          if (a < 0) return;
          post(unigramKey(a), d, FIELD[field]);
          if (i + 1 < u.length && u[i + 1]! >= 0) post(bigramKey(a, u[i + 1]!), d, FIELD[field]);
        });
      }
    }
  });
  return out;
}

const bytes = (a: Int32Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function postingsOf(segment: Segment<unknown>, key: number): Map<number, number> {
  const k = segment.find(keyHigh(key), keyLow(key));
  const out = new Map<number, number>();
  if (k < 0) return out;
  for (let p = segment.offsets[k]!; p < segment.offsets[k + 1]!; p++) out.set(segment.ids[p]!, segment.masks[p]!);
  return out;
}

describe('segment build', () => {
  const docs = documents(3000);

  it('builds the same postings in a worker thread as in the server thread', async () => {
    // The worker really runs here (a failure would quietly fall back to the server thread).
    const one = { documents: 1, units: Int32Array.of(0x5c45, 0x4f4f), textStart: Int32Array.of(0, 2), docTexts: Int32Array.of(0, FIELD.name), docStart: Int32Array.of(0, 2) };
    expect((await buildOffThread(one))?.keys).toBe(3);
    const [worker, local] = await Promise.all([Segment.build(docs, (d) => d, { offThread: true }), Segment.build(docs, (d) => d, { offThread: false })]);
    expect(worker.ids.length).toBeGreaterThan(docs.length * 20);
    expect(bytes(worker.ids).equals(bytes(local.ids))).toBe(true);
    expect(bytes(worker.masks).equals(bytes(local.masks))).toBe(true);
    expect(bytes(worker.offsets).equals(bytes(local.offsets))).toBe(true);
  });

  it('posts each document under every character and pair of characters of its fields, with the right fields', async () => {
    const segment = await Segment.build(docs, (d) => d, { offThread: true });
    const keys = new Set<number>();
    for (const text of ['居住', '证明', '证', '婚姻状况', '村（居）委会', 'icp备案', '𠀀字', '任城区', '教师资格', '第42项']) {
      const u = units(foldFast(text));
      u.forEach((a, i) => {
        if (a < 0) return;
        keys.add(unigramKey(a));
        if (i + 1 < u.length && u[i + 1]! >= 0) keys.add(bigramKey(a, u[i + 1]!));
      });
    }
    const truth = expected(docs);
    for (const key of keys) expect(postingsOf(segment, key), `key ${key}`).toEqual(truth.get(key) ?? new Map());
    expect(postingsOf(segment, bigramKey(units('村')[0]!, units('委')[0]!)).size).toBe(0); // （居） keeps them apart
  });

  it('gives common keys a mask per document that agrees with their postings', async () => {
    const segment = await Segment.build(docs, (d) => d, { offThread: true });
    const [a, b] = units('证明') as [number, number];
    const k = segment.find(keyHigh(bigramKey(a, b)), keyLow(bigramKey(a, b)));
    const dense = segment.dense(k)!;
    expect(dense).toBeDefined();
    const posted = postingsOf(segment, bigramKey(a, b));
    for (let d = 0; d < docs.length; d++) expect(dense[d]).toBe(posted.get(d) ?? 0);
  });
});

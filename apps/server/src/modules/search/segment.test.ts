/**
 * The segment build: every key's postings are exactly the documents (and fields) whose text has
 * that character or pair of characters, whether the postings were built in a worker thread or in
 * the server's thread, and the per-document masks of common keys agree with the postings. A
 * segment derived from the previous one (a republication) equals one built anew.
 */
import { describe, expect, it } from 'vitest';
import { offThread } from './build-thread';
import { runJob } from './postings';
import { FIELD, type FieldName, type IndexedText, Segment } from './segment';
import { bigramKey, foldFast, keyHigh, keyLow, unigramKey, units } from './text';

const NAMES = [
  '无犯罪记录证明',
  '居住证明',
  '婚姻状况证明',
  '亲属关系证明',
  '村（居）委会出具的收入证明',
  'ＩＣＰ备案证明',
  '𠀀字证明',
];
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
      fields: {
        name: [name],
        alias: aliases,
        item: ITEMS.slice(i % 3, (i % 3) + 1 + (i % 2)),
        content: [`证明申请人第${i % 97}项情况`],
        unit: [UNITS[i % UNITS.length]!],
      },
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
    const one = {
      documents: 1,
      units: Int32Array.of(0x5c45, 0x4f4f),
      textStart: Int32Array.of(0, 2),
      docTexts: Int32Array.of(0, FIELD.name),
      docStart: Int32Array.of(0, 2),
    };
    expect((await offThread({ kind: 'build', input: one }))?.keys).toBe(3);
    const none = {
      documents: 0,
      units: new Int32Array(0),
      textStart: Int32Array.of(0),
      docTexts: new Int32Array(0),
      docStart: Int32Array.of(0),
    };
    const merged = await offThread({
      kind: 'merge',
      input: {
        documents: 1,
        previous: await runJob({ kind: 'build', input: one }),
        kept: Int32Array.of(0),
        fresh: await runJob({ kind: 'build', input: none }),
        freshIds: new Int32Array(0),
      },
    });
    expect(merged?.keys).toBe(3);
    const [worker, local] = await Promise.all([
      Segment.build(docs, (d) => d, { offThread: true }),
      Segment.build(docs, (d) => d, { offThread: false }),
    ]);
    expect(worker.ids.length).toBeGreaterThan(docs.length * 20);
    expect(bytes(worker.ids).equals(bytes(local.ids))).toBe(true);
    expect(bytes(worker.masks).equals(bytes(local.masks))).toBe(true);
    expect(bytes(worker.offsets).equals(bytes(local.offsets))).toBe(true);
  });

  it('posts each document under every character and pair of characters of its fields, with the right fields', async () => {
    const segment = await Segment.build(docs, (d) => d, { offThread: true });
    const keys = new Set<number>();
    for (const text of [
      '居住',
      '证明',
      '证',
      '婚姻状况',
      '村（居）委会',
      'icp备案',
      '𠀀字',
      '任城区',
      '教师资格',
      '第42项',
    ]) {
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

describe('segment derived from the previous one', () => {
  const before = documents(3000);
  /** The next version: every 7th document gone, every 11th changed, 40 new ones in between. */
  function nextVersion() {
    const docs: IndexedText[] = [];
    const origin: number[] = [];
    before.forEach((doc, i) => {
      if (i % 7 === 3) return;
      if (i % 11 === 5) {
        docs.push({
          ...doc,
          fields: { ...doc.fields, content: [`改过的第${i}条内容`], unit: ['兖州区市场监督管理局'] },
        });
        origin.push(-1);
      } else {
        docs.push(doc);
        origin.push(i);
      }
      if (i % 75 === 0) {
        docs.push({
          name: foldFast(`新增证明${i}`),
          aliases: [],
          fields: { name: [`新增证明${i}`], item: ['新办事项'], unit: ['嘉祥县教育局'] },
        });
        origin.push(-1);
      }
    });
    return { docs, origin: Int32Array.from(origin) };
  }

  it.each([true, false])(
    'has exactly the postings, name lengths, exact names and dense masks of a full build (worker: %s)',
    async (offThread) => {
      const previous = await Segment.build(before, (d) => d, { offThread });
      const { docs, origin } = nextVersion();
      const [derived, full] = await Promise.all([
        previous.derive(docs, origin, (d) => d, { offThread }),
        Segment.build(docs, (d) => d, { offThread }),
      ]);
      expect(derived.size).toBe(docs.length);
      expect(derived.keyCount).toBe(full.keyCount);
      expect(derived.ids.length).toBe(full.ids.length);
      const truth = expected(docs);
      expect(truth.size).toBe(full.keyCount);
      for (const key of truth.keys()) {
        const p = postingsOf(derived, key);
        expect(p, `key ${key}`).toEqual(postingsOf(full, key));
        const k = derived.find(keyHigh(key), keyLow(key));
        const fk = full.find(keyHigh(key), keyLow(key));
        expect(derived.dense(k) && bytes(derived.dense(k)!), `dense ${key}`).toEqual(
          full.dense(fk) && bytes(full.dense(fk)!),
        );
      }
      expect(Array.from(derived.nameLengths)).toEqual(Array.from(full.nameLengths));
      expect(derived.exact.names).toEqual(full.exact.names);
      expect(derived.exact.aliases).toEqual(full.exact.aliases);
      // The previous segment is untouched (queries may still be reading it).
      const again = await Segment.build(before, (d) => d, { offThread: false });
      expect(bytes(previous.ids).equals(bytes(again.ids))).toBe(true);
    },
  );

  it('drops keys that no document has any more', async () => {
    const previous = await Segment.build(before, (d) => d);
    const only = before.filter((d) => d.name === foldFast('居住证明'));
    const origin = Int32Array.from(before.flatMap((d, i) => (d.name === foldFast('居住证明') ? [i] : [])));
    const derived = await previous.derive(only, origin, (d) => d);
    const full = await Segment.build(only, (d) => d);
    expect(derived.keyCount).toBe(full.keyCount);
    expect(derived.find(keyHigh(unigramKey(units('犯')[0]!)), keyLow(unigramKey(units('犯')[0]!)))).toBe(-1);
  });

  it('shares the postings when no document changed', async () => {
    const previous = await Segment.build(before, (d) => d);
    const same = await previous.derive(
      [...before],
      Int32Array.from(before, (_, i) => i),
      (d) => d,
    );
    expect(same.ids).toBe(previous.ids);
    expect(same.exact).toBe(previous.exact);
  });

  it('builds anew when kept documents would change order', async () => {
    const previous = await Segment.build(before.slice(0, 100), (d) => d);
    const docs = before.slice(0, 100).reverse();
    const origin = Int32Array.from(docs.map((_, i) => 99 - i));
    const derived = await previous.derive(docs, origin, (d) => d);
    const full = await Segment.build(docs, (d) => d);
    expect(bytes(derived.ids).equals(bytes(full.ids))).toBe(true);
    expect(derived.exact.names).toEqual(full.exact.names);
  });
});

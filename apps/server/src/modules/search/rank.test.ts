/**
 * Scoring skips the work for documents that cannot reach the page asked for: the kept hits and
 * the total must be exactly those of scoring every document.
 */
import { describe, expect, it } from 'vitest';
import { TopHits } from './hits';
import { parseQuery, SynonymTable } from './query';
import { scoreSegment } from './rank';
import { type IndexedText, Segment } from './segment';
import { BUILT_IN_SYNONYMS } from './synonyms-data';
import { foldFast } from './text';

const NAMES = [
  '无犯罪记录证明',
  '居住证明',
  '实际居住证明',
  '婚姻状况证明',
  '亲属关系证明',
  '户籍证明',
  '收入证明',
  '村（居）委会出具的收入证明',
  '最低生活保障家庭证明',
  '子女入学居住证明',
];
const ALIASES: Record<string, string[]> = {
  无犯罪记录证明: ['无犯罪证明', '良民证'],
  户籍证明: ['户口证明'],
  最低生活保障家庭证明: ['低保证明'],
};
const ITEMS = ['最低生活保障审核确认', '居住证签发', '教师资格认定', '婚姻登记', '户口迁移'];

function documents(n: number): IndexedText[] {
  return Array.from({ length: n }, (_, i) => {
    // Uneven name frequencies, as in a real catalogue.
    const name = NAMES[Math.floor((NAMES.length * ((i * 7919) % n) ** 2) / n ** 2)]!;
    const aliases = ALIASES[name] ?? [];
    return {
      name: foldFast(name),
      aliases: aliases.map(foldFast),
      fields: {
        name: [name],
        alias: aliases,
        item: [ITEMS[i % ITEMS.length]!],
        content: [`证明申请人的${NAMES[(i * 3) % NAMES.length]}情况`],
        unit: [i % 2 ? '任城区民政局' : '曲阜市公安局'],
      },
    };
  });
}

describe('ranking with pruning', () => {
  const synonyms = new SynonymTable(BUILT_IN_SYNONYMS);

  it.each([
    '无犯罪记录证明',
    '开无犯罪证明',
    '户口证明还要开吗',
    '居住证明',
    '孩子上学要居住证明吗',
    '低保',
    '证明',
    '收入',
    '民政局',
    '村（居）委会出具的收入证明怎么开',
  ])('%s: the top 10 and the total equal those of scoring everything', async (q) => {
    const segments = await Promise.all([
      Segment.build(documents(3000), (d) => d),
      Segment.build(documents(500), (d) => d),
    ]);
    const query = parseQuery(q, synonyms);
    const page = new TopHits(10);
    const everything = new TopHits(1_000_000);
    segments.forEach((s, i) => {
      scoreSegment(s, i, query, page);
      scoreSegment(s, i, query, everything);
    });
    expect(page.total).toBe(everything.total);
    expect(page.results()).toEqual(everything.results().slice(0, 10));
    if (q !== '证明') expect(page.total).toBeGreaterThan(10);
  });
});

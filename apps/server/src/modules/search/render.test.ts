/** Answer bodies: the entries' rendered JSON goes into the answer's own list, whatever the answer's strings hold. */
import type { ProofSearchResult } from '@pfc/contracts';
import { describe, expect, it } from 'vitest';
import { validEntry } from '../../test/catalog-fixtures';
import { AnswerRenderer, present, type Renderer } from './render';
import type { ProofDoc } from './state';

const version = {
  id: '00000000-0000-4000-a000-000000000001',
  regionCode: '370811',
  regionName: '任城区',
  versionNo: 2,
  documentNumber: '任政字〔2026〕1号',
  effectiveDate: '2026-01-01',
  source: 'import',
  publishedAt: new Date('2026-01-01T00:00:00Z'),
};
const doc = (i: number): ProofDoc => ({
  entry: {
    ...validEntry(`证明${i}`),
    entryId: `00000000-0000-4000-a000-00000000010${i}`,
    lists: ['retained'],
    unitId: '00000000-0000-4000-a000-000000000002',
    unitName: '任城区公安局',
    serviceItems: [],
  },
  version,
});
const json: Renderer = { answer: (r) => JSON.stringify(r), item: (p) => JSON.stringify(p) };

describe('answer bodies', () => {
  it('puts the rendered entries in the list, even when the query text looks like JSON', () => {
    const docs = [doc(1), doc(2)];
    const result: ProofSearchResult = {
      query: '"items":[] 证明',
      regionCode: '370811',
      regionName: '"items":[]',
      total: 2,
      page: 1,
      pageSize: 10,
      items: [],
      suggestions: [],
      hint: null,
    };
    const body = JSON.parse(new AnswerRenderer().body(result, docs, 'zh', json).toString()) as ProofSearchResult;
    expect(body).toEqual(JSON.parse(JSON.stringify({ ...result, items: docs.map((d) => present(d, 'zh')) })));
  });

  it('renders an entry once per language and reuses it', () => {
    let rendered = 0;
    const counting: Renderer = { answer: json.answer, item: (p) => (rendered++, JSON.stringify(p)) };
    const renderer = new AnswerRenderer();
    const one = doc(1);
    const result: ProofSearchResult = {
      query: '证明',
      regionCode: null,
      regionName: null,
      total: 1,
      page: 1,
      pageSize: 10,
      items: [],
      suggestions: [],
      hint: null,
    };
    for (let i = 0; i < 3; i++) renderer.body(result, [one], 'zh', counting);
    renderer.body(result, [one], 'en', counting);
    expect(rendered).toBe(2);
  });
});

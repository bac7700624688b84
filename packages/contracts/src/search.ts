import { type Static, Type } from '@sinclair/typebox';
import { Timestamp, Uuid } from './common';
import { NAME_TEXT } from './text';
import { PublishedEntry } from './catalog';
import { RegionCode } from './org';

/** What an applicant must do about a proof, in one word (the answer page's headline). */
export const VERDICTS = {
  cancelled: { zh: '已取消', en: 'Cancelled' },
  commitment: { zh: '可承诺代替', en: 'A commitment replaces it' },
  data_sharing: { zh: '无需提交（数据共享）', en: 'Not needed: data sharing' },
  assistance: { zh: '无需提交（部门协查）', en: 'Not needed: the office checks' },
  must_submit: { zh: '仍需提交', en: 'Must still be submitted' },
} as const;
export type Verdict = keyof typeof VERDICTS;

export const Answer = Type.Object({
  verdict: Type.Union(
    [
      Type.Literal('cancelled'),
      Type.Literal('commitment'),
      Type.Literal('data_sharing'),
      Type.Literal('assistance'),
      Type.Literal('must_submit'),
    ],
    { description: '结论' },
  ),
  sentence: Type.String({ description: '一句话回答，如“已取消：自2021年6月8日起，任何单位不得再要求您提供此证明。”' }),
  whatToDo: Type.String({ description: '您该怎么做' }),
});
export type Answer = Static<typeof Answer>;

export const PublicProof = Type.Composite([
  Type.Omit(PublishedEntry, ['source']),
  Type.Object({
    answer: Answer,
    source: Type.Object({
      versionId: Uuid,
      regionCode: RegionCode,
      regionName: Type.String(),
      versionNo: Type.Integer(),
      documentNumber: Type.String({ description: '决定此证明处理结果的文件文号' }),
      effectiveDate: Type.String({ description: '施行日期' }),
      publishedAt: Timestamp,
    }),
  }),
]);
export type PublicProof = Static<typeof PublicProof>;

export const ProofSearchQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({ maxLength: 2000, description: '要查的证明，口语也可，如“开无犯罪证明”“结婚要什么证明”' }),
    ),
    region: Type.Optional(RegionCode),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
  },
  { additionalProperties: false },
);
export type ProofSearchQuery = Static<typeof ProofSearchQuery>;

export const ProofSearchResult = Type.Object({
  query: Type.String({ description: '规范化后的查询' }),
  regionCode: Type.Union([RegionCode, Type.Null()]),
  regionName: Type.Union([Type.String(), Type.Null()]),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  items: Type.Array(PublicProof),
  /** When nothing matched: entries whose names are close to the query. */
  suggestions: Type.Array(Type.Object({ entryId: Uuid, name: Type.String() })),
  /** A hint beside an empty or partial answer (no query, region without published lists, only part of a question matched …). */
  hint: Type.Union([Type.String(), Type.Null()]),
});
export type ProofSearchResult = Static<typeof ProofSearchResult>;

export const ProofSuggestResult = Type.Object({
  items: Type.Array(
    Type.Object({ entryId: Uuid, name: Type.String(), alias: Type.Union([Type.String(), Type.Null()]) }),
  ),
});
export type ProofSuggestResult = Static<typeof ProofSuggestResult>;

export const PublicRegion = Type.Object({
  code: RegionCode,
  name: Type.String(),
  parentCode: Type.Union([RegionCode, Type.Null()]),
  /** Its own latest published version, if any. */
  documentNumber: Type.Union([Type.String(), Type.Null()]),
  effectiveDate: Type.Union([Type.String(), Type.Null()]),
  /** Regions whose lists it adopted (承接). */
  adopts: Type.Array(RegionCode),
  entries: Type.Integer({ description: '在本地区有效的证明事项数' }),
});
export type PublicRegion = Static<typeof PublicRegion>;

export const QaItem = Type.Object({ id: Type.Integer(), question: Type.String(), answer: Type.String() });
export type QaItem = Static<typeof QaItem>;

export const SynonymGroupInput = Type.Object(
  {
    terms: Type.Array(Type.String({ minLength: 1, maxLength: 30, ...NAME_TEXT }), {
      minItems: 2,
      maxItems: 20,
      description: '意思相同的说法，如 ["低保", "最低生活保障"]',
    }),
    note: Type.Optional(Type.String({ maxLength: 200, description: '说明' })),
  },
  { additionalProperties: false },
);
export type SynonymGroupInput = Static<typeof SynonymGroupInput>;

export const SynonymGroupView = Type.Object({
  id: Uuid,
  terms: Type.Array(Type.String()),
  note: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SynonymGroupView = Static<typeof SynonymGroupView>;

export const ProofSuggestQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 2000 })), region: Type.Optional(RegionCode) },
  { additionalProperties: false },
);
export type ProofSuggestQuery = Static<typeof ProofSuggestQuery>;

export const PublicProofQuery = Type.Object({ region: Type.Optional(RegionCode) }, { additionalProperties: false });
export type PublicProofQuery = Static<typeof PublicProofQuery>;

export const PublicRegionList = Type.Object({ items: Type.Array(PublicRegion) });
export type PublicRegionList = Static<typeof PublicRegionList>;

export const QaQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type QaQuery = Static<typeof QaQuery>;

export const QaList = Type.Object({ items: Type.Array(QaItem) });
export type QaList = Static<typeof QaList>;

/** The built-in synonym groups (read-only) and those administrators added. */
export const SynonymsView = Type.Object({
  builtIn: Type.Array(Type.Array(Type.String())),
  custom: Type.Array(SynonymGroupView),
});
export type SynonymsView = Static<typeof SynonymsView>;

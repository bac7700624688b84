import { type Static, Type } from '@sinclair/typebox';
import { IsoDate, lit, Name, Timestamp, Uuid } from './common';
import { NAME_TEXT } from './text';
import { RegionCode } from './org';

/** 政务服务事项类别 */
export const SERVICE_ITEM_KINDS = {
  licensing: { zh: '行政许可', en: 'Administrative licensing' },
  confirmation: { zh: '行政确认', en: 'Administrative confirmation' },
  benefit: { zh: '行政给付', en: 'Administrative benefit' },
  other: { zh: '其他', en: 'Other' },
} as const;
export type ServiceItemKind = keyof typeof SERVICE_ITEM_KINDS;

/** 设定依据的效力层级, highest first. */
export const BASIS_RANKS = {
  law: { zh: '法律', en: 'Law' },
  administrative_regulation: { zh: '行政法规', en: 'Administrative regulation' },
  local_regulation: { zh: '地方性法规', en: 'Local regulation' },
  rule: { zh: '规章', en: 'Rule' },
  normative_document: { zh: '规范性文件', en: 'Normative document' },
  none: { zh: '无', en: 'None' },
} as const;
export type BasisRank = keyof typeof BASIS_RANKS;

/** Substitute methods in the order of preference of seed 002 Q13: commitment, sharing, assistance. */
export const SUBSTITUTE_METHODS = {
  commitment: { zh: '告知承诺', en: 'Commitment' },
  data_sharing: { zh: '信息共享', en: 'Data sharing' },
  assistance: { zh: '部门协查', en: 'Departmental assistance' },
  must_submit: { zh: '仍需提交', en: 'Must still be submitted' },
} as const;
export type SubstituteMethod = keyof typeof SUBSTITUTE_METHODS;

/** The seven always-cancel rules (七个一律, seed 002 §一). */
export const CANCEL_RULES = {
  1: { zh: '没有法律法规明确规定的一律取消', en: 'No law or regulation sets it' },
  2: { zh: '能够通过个人现有证照证明的一律取消', en: "The applicant's own licences prove it" },
  3: { zh: '能够采取申请人书面承诺方式解决的一律取消', en: 'A written commitment can settle it' },
  4: {
    zh: '能被其他材料涵盖或代替的一律取消（不包括司法文书）',
    en: 'Other material covers it (judicial documents excepted)',
  },
  5: { zh: '能够通过数据共享、部门协助的一律取消', en: 'Data sharing or departmental assistance can obtain it' },
  6: { zh: '开具单位无法调查核实的一律取消', en: 'The issuing unit cannot investigate and verify it' },
  7: { zh: '保留清单以外的一律取消', en: 'It is not on the retained list' },
} as const;
export type CancelRule = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Categories excluded from commitment (seeds 001, 004 §2). */
export const EXCLUSION_CATEGORIES = {
  national_security: { zh: '国家安全', en: 'National security' },
  state_secrets: { zh: '国家秘密', en: 'State secrets' },
  public_safety: { zh: '公共安全', en: 'Public safety' },
  financial_prudential: { zh: '金融业审慎监管', en: 'Prudential financial supervision' },
  ecological: { zh: '生态环境保护', en: 'Ecological protection' },
  health_and_life: { zh: '直接关系人身健康、生命财产安全', en: 'Personal health, life and property safety' },
  foreign_affairs: { zh: '重要涉外事项', en: 'Important foreign affairs' },
  law_requires: { zh: '法律法规明确规定须提交', en: 'A law or regulation requires the proof itself' },
} as const;
export type ExclusionCategory = keyof typeof EXCLUSION_CATEGORIES;

export const VERIFICATION_METHODS = {
  online: { zh: '在线核查（电子证照库、共享数据）', en: 'Online check against shared data' },
  assistance: { zh: '部门协查', en: 'Departmental assistance request' },
  on_site: { zh: '现场核查', en: 'On-site inspection' },
  exempt: { zh: '免于核查', en: 'Exempt' },
} as const;
export type VerificationMethod = keyof typeof VERIFICATION_METHODS;

export const ServiceItemKindSchema = lit(Object.keys(SERVICE_ITEM_KINDS) as ServiceItemKind[], '事项类别');
export const BasisRankSchema = lit(Object.keys(BASIS_RANKS) as BasisRank[], '效力层级');
export const SubstituteMethodSchema = lit(Object.keys(SUBSTITUTE_METHODS) as SubstituteMethod[], '替代方式');
export const ExclusionCategorySchema = lit(
  Object.keys(EXCLUSION_CATEGORIES) as ExclusionCategory[],
  '不适用告知承诺的类别',
);
export const VerificationMethodSchema = lit(Object.keys(VERIFICATION_METHODS) as VerificationMethod[], '核查方式');
export const DispositionSchema = Type.Union([Type.Literal('retain'), Type.Literal('cancel')], {
  description: '处理意见：retain 保留 / cancel 取消',
});
export type Disposition = Static<typeof DispositionSchema>;

export const LegalBasis = Type.Object(
  {
    instrument: Name(200, '法律文件名称，如《中华人民共和国行政许可法》'),
    article: Type.String({ maxLength: 100, description: '条款，如 第三十一条', ...NAME_TEXT }),
    rank: BasisRankSchema,
  },
  { additionalProperties: false },
);
export type LegalBasis = Static<typeof LegalBasis>;

export const Substitute = Type.Object(
  {
    method: SubstituteMethodSchema,
    note: Type.Optional(Type.String({ maxLength: 500, description: '说明，如共享的数据来源' })),
  },
  { additionalProperties: false },
);
export type Substitute = Static<typeof Substitute>;

export const VerificationPlan = Type.Object(
  {
    method: VerificationMethodSchema,
    timeLimitDays: Type.Integer({ minimum: 0, maximum: 365, description: '核查时限（工作日）' }),
    samplingShare: Type.Number({ minimum: 0, maximum: 1, description: '抽查比例（1 为全部核查）' }),
  },
  { additionalProperties: false },
);
export type VerificationPlan = Static<typeof VerificationPlan>;

/** The editable fields of a proof entry (证明事项), as a unit registers it (附件4). */
export const ProofEntryFields = {
  name: Name(100, '证明名称'),
  aliases: Type.Array(Type.String({ minLength: 1, maxLength: 50, ...NAME_TEXT }), {
    maxItems: 20,
    description: '俗称、别名（供查询）',
  }),
  content: Type.String({ maxLength: 1000, description: '证明内容：证明什么事实' }),
  serviceItemIds: Type.Array(Uuid, { maxItems: 200, description: '需要此证明的政务服务事项' }),
  issuingUnitName: Name(100, '开具单位'),
  legalBasis: Type.Array(LegalBasis, { maxItems: 20, description: '设定依据' }),
  disposition: DispositionSchema,
  cancelRule: Type.Union([Type.Integer({ minimum: 1, maximum: 7 }), Type.Null()], {
    description: '取消时适用的“七个一律”条目',
  }),
  cancelReason: Type.String({ maxLength: 1000, description: '取消理由' }),
  substitutes: Type.Array(Substitute, { maxItems: 4, description: '替代方式，按优先顺序' }),
  mustSubmitReason: Type.String({ maxLength: 1000, description: '确需提交时的书面理由' }),
  commitmentExcluded: Type.Boolean({ description: '是否不适用告知承诺' }),
  exclusionCategory: Type.Union([ExclusionCategorySchema, Type.Null()]),
  disclosure: Type.Boolean({ description: '承诺书是否公示' }),
  verificationPlan: Type.Union([VerificationPlan, Type.Null()], { description: '核查方案' }),
  remarks: Type.String({ maxLength: 1000, description: '备注' }),
};

export const ProofEntryInput = Type.Object(ProofEntryFields, { additionalProperties: false });
export type ProofEntryInput = Static<typeof ProofEntryInput>;

/**
 * A proof entry still being filled in, for the live rule check: every field may be missing, but a
 * field that is present has the same type and limits as in ProofEntryInput.
 */
export const ProofEntryDraft = Type.Partial(ProofEntryInput, {
  additionalProperties: false,
  description: '填写中的证明事项（各字段均可缺省，已填字段的格式同登记）',
});
export type ProofEntryDraft = Static<typeof ProofEntryDraft>;

/** One finding of the rule check: an error blocks the proposal, a warning is shown to the reviewer. */
export const RuleFinding = Type.Object({
  code: Type.String({ description: '规则代码，如 RULE1_NO_LEGAL_BASIS' }),
  level: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  field: Type.Union([Type.String(), Type.Null()], { description: '相关字段' }),
  message: Type.String({ description: '给审查人员看的说明' }),
  rule: Type.Union([Type.Integer(), Type.Null()], { description: '涉及的“七个一律”条目' }),
});
export type RuleFinding = Static<typeof RuleFinding>;

export const ServiceItemGuide = Type.Object(
  {
    conditions: Type.String({ maxLength: 4000, description: '办理条件' }),
    materials: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 100, description: '申请材料' }),
    steps: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50, description: '办理流程' }),
    legalTimeLimitDays: Type.Integer({ minimum: 0, maximum: 365, description: '法定办结时限（工作日）' }),
    commitmentChoice: Type.String({ maxLength: 2000, description: '如何选择或不选择告知承诺' }),
    withdrawal: Type.String({ maxLength: 2000, description: '如何中途退出告知承诺' }),
  },
  { additionalProperties: false },
);
export type ServiceItemGuide = Static<typeof ServiceItemGuide>;

export const ServiceItemInput = Type.Object(
  {
    code: Type.String({
      minLength: 1,
      maxLength: 60,
      pattern: '^[A-Za-z0-9_.-]+$',
      description: '事项编码',
      ...NAME_TEXT,
    }),
    name: Name(200, '事项名称'),
    kind: ServiceItemKindSchema,
    unitId: Uuid,
    applicationBased: Type.Boolean({ description: '是否依申请' }),
    guide: ServiceItemGuide,
  },
  { additionalProperties: false },
);
export type ServiceItemInput = Static<typeof ServiceItemInput>;

export const ServiceItemView = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  kind: ServiceItemKindSchema,
  unitId: Uuid,
  unitName: Type.String(),
  regionCode: RegionCode,
  applicationBased: Type.Boolean(),
  guide: ServiceItemGuide,
  updatedAt: Timestamp,
});
export type ServiceItemView = Static<typeof ServiceItemView>;

/** The clean-up stages of a proof entry, in workflow order (the server's status.ts moves entries between them). */
export const ENTRY_STATUSES = [
  'draft',
  'unit_review',
  'joint_review',
  'sent_back',
  'consultation',
  'approval',
  'approved',
  'published',
  'withdrawn',
] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const EntryStatus = Type.Union(
  ENTRY_STATUSES.map((s) => Type.Literal(s)),
  { description: '流程状态' },
);

/** The two reviews of 联合审查 (seed 002 §三.3(2)): legality by the Justice Bureau, policy by the service centre. */
export const JointReviewKind = Type.Union([Type.Literal('legal'), Type.Literal('policy')], {
  description: 'legal 合法性审查（司法局） / policy 政策性审查（政务服务中心）',
});
export type JointReviewKind = Static<typeof JointReviewKind>;

/** Which of the two reviews already approved the entry in its current review round. */
export const JointReviewProgress = Type.Object(
  {
    legal: Type.Boolean({ description: '本轮合法性审查已通过' }),
    policy: Type.Boolean({ description: '本轮政策性审查已通过' }),
  },
  { description: '联合审查进度（仅列表中处于联合审查阶段的证明事项有此项）' },
);
export type JointReviewProgress = Static<typeof JointReviewProgress>;

export const ProofEntryView = Type.Object({
  id: Uuid,
  regionCode: RegionCode,
  unitId: Uuid,
  unitName: Type.String(),
  roundId: Type.Union([Uuid, Type.Null()]),
  status: EntryStatus,
  ...ProofEntryFields,
  findings: Type.Array(RuleFinding, { description: '规则检查结果' }),
  jointReview: Type.Optional(JointReviewProgress),
  version: Type.Integer({ description: '修改版本号（乐观锁）' }),
  updatedAt: Timestamp,
});
export type ProofEntryView = Static<typeof ProofEntryView>;

export const PublishedMeta = Type.Object({
  documentNumber: Name(100, '文号，如 济政字〔2021〕12号'),
  effectiveDate: IsoDate,
});
export type PublishedMeta = Static<typeof PublishedMeta>;

export const ListVersionView = Type.Object({
  id: Uuid,
  regionCode: RegionCode,
  regionName: Type.String(),
  versionNo: Type.Integer({ description: '版本号' }),
  documentNumber: Type.String({ description: '文号' }),
  effectiveDate: IsoDate,
  source: Type.String({ description: 'workflow 清理发布 / import 既有清单导入 / adjustment 动态调整' }),
  publishedAt: Timestamp,
  entries: Type.Optional(Type.Integer()),
});
export type ListVersionView = Static<typeof ListVersionView>;
export const ListVersionList = Type.Array(ListVersionView);

export const ListName = Type.Union([Type.Literal('retained'), Type.Literal('cancelled'), Type.Literal('commitment')], {
  description: 'retained 保留清单 · cancelled 取消清单 · commitment 告知承诺制清单',
});
export type ListName = Static<typeof ListName>;

/** A published entry as it was frozen in its version. */
export const PublishedEntry = Type.Object({
  entryId: Uuid,
  lists: Type.Array(Type.String()),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  content: Type.String(),
  issuingUnitName: Type.String(),
  legalBasis: Type.Array(LegalBasis),
  disposition: DispositionSchema,
  cancelRule: Type.Union([Type.Integer(), Type.Null()]),
  cancelReason: Type.String(),
  substitutes: Type.Array(Substitute),
  mustSubmitReason: Type.String(),
  commitmentExcluded: Type.Boolean(),
  exclusionCategory: Type.Union([Type.String(), Type.Null()]),
  disclosure: Type.Boolean(),
  verificationPlan: Type.Union([VerificationPlan, Type.Null()]),
  remarks: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  serviceItems: Type.Array(Type.Object({ id: Uuid, name: Type.String(), code: Type.String() })),
  source: Type.Optional(ListVersionView),
});
export type PublishedEntry = Static<typeof PublishedEntry>;

export const VersionDiffView = Type.Object({
  from: ListVersionView,
  to: ListVersionView,
  added: Type.Array(Type.Object({ entryId: Uuid, name: Type.String(), lists: Type.Array(Type.String()) })),
  removed: Type.Array(Type.Object({ entryId: Uuid, name: Type.String(), lists: Type.Array(Type.String()) })),
  changed: Type.Array(Type.Object({ entryId: Uuid, name: Type.String(), fields: Type.Array(Type.String()) })),
});
export type VersionDiffView = Static<typeof VersionDiffView>;

import { type Static, Type } from '@sinclair/typebox';
import { IsoDate, lit, PageQuery, Page, Text, Timestamp, Uuid } from './common';
import { RegionCode } from './org';

/**
 * Applications with commitment (办件, SPEC §2.4): an applicant applies for a service item, and for
 * each proof it needs the effective published lists say what happens to it.
 */
export const PROOF_PATHS = {
  cancelled: { zh: '已取消，无需提供', en: 'Cancelled: nothing to provide' },
  shared: {
    zh: '由办理部门通过数据共享或部门协查获取，无需提供',
    en: 'The office obtains it by data sharing or assistance',
  },
  commitment: {
    zh: '可告知承诺：签署承诺书代替证明，也可选择提交证明',
    en: 'A signed commitment can replace it, or submit it',
  },
  submit: { zh: '仍需提交', en: 'Must be submitted' },
} as const;
export type ProofPath = keyof typeof PROOF_PATHS;
export const ProofPathSchema = lit(Object.keys(PROOF_PATHS) as ProofPath[], '证明材料的办理方式');

export const APPLICATION_STATUSES = {
  draft: { zh: '填报中', en: 'Draft' },
  submitted: { zh: '已提交，待受理', en: 'Submitted' },
  correction: { zh: '待补正', en: 'Corrections requested' },
  accepted: { zh: '已受理，办理中', en: 'Accepted' },
  approved: { zh: '准予办理', en: 'Approved' },
  rejected: { zh: '不予办理', en: 'Rejected' },
} as const;
export type ApplicationStatus = keyof typeof APPLICATION_STATUSES;
export const ApplicationStatusSchema = lit(Object.keys(APPLICATION_STATUSES) as ApplicationStatus[], '办件状态');

export const LETTER_STATUSES = {
  unsigned: { zh: '待签署', en: 'Not signed yet' },
  signed: { zh: '已签署', en: 'Signed' },
  withdrawn: { zh: '已撤回（中途退出）', en: 'Withdrawn' },
} as const;
export type LetterStatus = keyof typeof LETTER_STATUSES;
export const LetterStatusSchema = lit(Object.keys(LETTER_STATUSES) as LetterStatus[], '告知承诺书状态');

export const CHANNELS = {
  online: { zh: '网上申请', en: 'Online' },
  counter: { zh: '窗口代为录入', en: 'At the counter' },
  proxy: { zh: '网格员代办', en: 'Through a grid worker' },
} as const;
export type Channel = keyof typeof CHANNELS;

/** Why commitment is not offered to an applicant (credit file, SPEC §2.4 eligibility). */
export const Eligibility = Type.Object({
  eligible: Type.Boolean({ description: '能否适用告知承诺' }),
  reason: Type.Union([Type.String(), Type.Null()], { description: '不能适用时的原因' }),
});
export type Eligibility = Static<typeof Eligibility>;

/** A service item in force in a region, with how many proofs it needs. */
export const ApplicableItem = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String({ description: '政务服务事项名称' }),
  unitName: Type.String({ description: '实施机关' }),
  proofs: Type.Integer({ description: '涉及的证明事项数' }),
  commitmentProofs: Type.Integer({ description: '其中可告知承诺的' }),
});
export type ApplicableItem = Static<typeof ApplicableItem>;
export const ApplicableItemList = Type.Array(ApplicableItem);

/** One proof of a service item, as the applicant sees it before choosing. */
export const ProofOption = Type.Object({
  entryId: Uuid,
  name: Type.String(),
  content: Type.String(),
  path: ProofPathSchema,
  note: Type.String({ description: '一句话说明' }),
  disclosure: Type.Boolean({ description: '选择承诺时承诺书将向社会公示' }),
  unitName: Type.String(),
});
export type ProofOption = Static<typeof ProofOption>;

export const ItemProofs = Type.Object({
  serviceItem: Type.Object({
    id: Uuid,
    name: Type.String(),
    unitName: Type.String(),
    legalTimeLimitDays: Type.Integer(),
  }),
  eligibility: Eligibility,
  proofs: Type.Array(ProofOption),
});
export type ItemProofs = Static<typeof ItemProofs>;

export const ProofChoice = Type.Object(
  {
    entryId: Uuid,
    choice: Type.Union([Type.Literal('commitment'), Type.Literal('submit')], {
      description: 'commitment 签署承诺书 · submit 提交证明',
    }),
    disclosureConsent: Type.Optional(
      Type.Boolean({ description: '同意承诺书公示（该证明要求公示时必须同意才能承诺）' }),
    ),
  },
  { additionalProperties: false },
);
export type ProofChoice = Static<typeof ProofChoice>;

export const ApplicationInput = Type.Object(
  {
    regionCode: RegionCode,
    serviceItemId: Uuid,
    applicantId: Type.Optional(Uuid),
    choices: Type.Array(ProofChoice, { maxItems: 100, description: '对需提交或可承诺的证明逐项选择' }),
  },
  { additionalProperties: false },
);
export type ApplicationInput = Static<typeof ApplicationInput>;

/** The frozen text of a notification-and-commitment letter (告知承诺书): what is signed. */
export const LetterText = Type.Object({
  title: Type.String(),
  notice: Type.Array(Type.Object({ label: Type.String(), text: Type.String() }), {
    description: '告知书：办理事项、设定依据、证明内容、承诺方式、虚假承诺责任等',
  }),
  pledge: Type.Array(Type.String(), { description: '承诺书：申请人的承诺' }),
  pins: Type.Object({
    template: Type.String({ description: '格式文本版本' }),
    listVersionId: Uuid,
    listVersion: Type.String({ description: '依据的清单版本（区划、版本号、文号）' }),
    legalBasis: Type.String({ description: '签署时的设定依据原文' }),
  }),
});
export type LetterText = Static<typeof LetterText>;

export const FileView = Type.Object({
  id: Uuid,
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  uploadedAt: Timestamp,
});
export type FileView = Static<typeof FileView>;

export const LetterView = Type.Object({
  id: Uuid,
  number: Type.String({ description: '告知承诺书编号' }),
  entryId: Uuid,
  proofName: Type.String(),
  status: LetterStatusSchema,
  text: LetterText,
  sm3: Type.String({ description: '文本的 SM3 摘要（签署时核对）' }),
  disclosure: Type.Boolean(),
  signMethod: Type.Union([Type.Literal('electronic'), Type.Literal('paper'), Type.Null()]),
  signedAt: Type.Union([Timestamp, Type.Null()]),
  withdrawnAt: Type.Union([Timestamp, Type.Null()]),
  withdrawReason: Type.String(),
  scan: Type.Union([FileView, Type.Null()], { description: '手写签字承诺书的扫描件（纸质签署时）' }),
});
export type LetterView = Static<typeof LetterView>;

export const ApplicationProofView = Type.Object({
  entryId: Uuid,
  name: Type.String(),
  path: ProofPathSchema,
  choice: Type.Union([Type.Literal('commitment'), Type.Literal('submit'), Type.Literal('none')], {
    description: 'none：已取消或由部门获取',
  }),
  letter: Type.Union([LetterView, Type.Null()]),
  file: Type.Union([FileView, Type.Null()], { description: '提交的证明（或纸质承诺书扫描件）' }),
});
export type ApplicationProofView = Static<typeof ApplicationProofView>;

/** What the applicant's timeline shows: status changes and what was done to letters and files. */
export const APPLICATION_EVENTS = {
  created: { zh: '创建办件', en: 'Created' },
  letter_signed: { zh: '电子签署告知承诺书', en: 'Letter signed' },
  letter_scanned: { zh: '上传手写签字的告知承诺书', en: 'Signed paper letter uploaded' },
  file_uploaded: { zh: '上传证明材料', en: 'Proof uploaded' },
  commitment_withdrawn: { zh: '撤回承诺（中途退出）', en: 'Commitment withdrawn' },
  submitted: { zh: '提交', en: 'Submitted' },
  accepted: { zh: '受理', en: 'Accepted' },
  correction: { zh: '要求补正', en: 'Corrections requested' },
  approved: { zh: '准予办理', en: 'Approved' },
  rejected: { zh: '不予办理', en: 'Rejected' },
} as const;
export type ApplicationEventAction = keyof typeof APPLICATION_EVENTS;

export const ApplicationEvent = Type.Object({
  at: Timestamp,
  action: lit(Object.keys(APPLICATION_EVENTS) as ApplicationEventAction[], '事件'),
  by: Type.String(),
  note: Type.String(),
});
export type ApplicationEvent = Static<typeof ApplicationEvent>;

/** Beside each stored deadline: counted over a year without its official holiday arrangement. */
const DueProvisional = Type.Boolean({
  description: '期限涉及尚未录入正式节假日安排的年份，按放假办法暂定（未含调休），录入后自动重算',
});

export const ApplicationView = Type.Object({
  id: Uuid,
  number: Type.String({ description: '办件编号' }),
  status: ApplicationStatusSchema,
  regionCode: RegionCode,
  serviceItemId: Uuid,
  serviceItemName: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  applicant: Type.Object({
    id: Uuid,
    name: Type.String(),
    identifierMasked: Type.String(),
    kind: Type.Union([Type.Literal('natural'), Type.Literal('legal')]),
  }),
  channel: lit(Object.keys(CHANNELS) as Channel[], '渠道'),
  createdByName: Type.String(),
  proofs: Type.Array(ApplicationProofView),
  submittedAt: Type.Union([Timestamp, Type.Null()]),
  acceptDue: Type.Union([IsoDate, Type.Null()], { description: '受理期限（提交后5个工作日）' }),
  acceptDueProvisional: DueProvisional,
  decisionDue: Type.Union([IsoDate, Type.Null()], { description: '办结期限（受理后按法定时限，工作日）' }),
  decisionDueProvisional: DueProvisional,
  decisionNote: Type.String({ description: '补正要求、不予办理理由或办理意见' }),
  decidedAt: Type.Union([Timestamp, Type.Null()]),
  events: Type.Array(ApplicationEvent),
  createdAt: Timestamp,
  createdById: Uuid,
  viewer: Type.Object(
    {
      isApplicant: Type.Boolean({ description: '当前用户是申请人本人（可电子签署）' }),
      actsForApplicant: Type.Boolean({ description: '可代申请人提交、上传、撤回（本人、代办人、受理窗口）' }),
      handles: Type.Boolean({ description: '可受理、要求补正、作出决定' }),
    },
    { description: '当前用户对本办件能做什么' },
  ),
});
export type ApplicationView = Static<typeof ApplicationView>;

export const ApplicationSummary = Type.Object({
  id: Uuid,
  number: Type.String(),
  status: ApplicationStatusSchema,
  serviceItemName: Type.String(),
  unitName: Type.String(),
  applicantName: Type.String(),
  commitments: Type.Integer({ description: '承诺书份数' }),
  submittedAt: Type.Union([Timestamp, Type.Null()]),
  acceptDue: Type.Union([IsoDate, Type.Null()]),
  acceptDueProvisional: DueProvisional,
  decisionDue: Type.Union([IsoDate, Type.Null()]),
  decisionDueProvisional: DueProvisional,
  overdue: Type.Boolean({ description: '已超过受理或办结期限' }),
  createdAt: Timestamp,
});
export type ApplicationSummary = Static<typeof ApplicationSummary>;

export const ApplicationListQuery = Type.Object(
  { ...PageQuery, status: Type.Optional(ApplicationStatusSchema) },
  { additionalProperties: false },
);
export type ApplicationListQuery = Static<typeof ApplicationListQuery>;
export const ApplicationPage = Page(ApplicationSummary);
export type ApplicationPage = Static<typeof ApplicationPage>;

export const SignInput = Type.Object(
  {
    sm3: Type.String({
      pattern: '^[0-9a-f]{64}$',
      description: '申请人所阅读文本的 SM3 摘要：与服务器文本不一致时拒绝签署',
    }),
  },
  { additionalProperties: false },
);
export type SignInput = Static<typeof SignInput>;
export const ReasonInput = Type.Object({ reason: Text(1000, '理由') }, { additionalProperties: false });
export type ReasonInput = Static<typeof ReasonInput>;
export const DecisionInput = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]),
    reason: Type.String({ maxLength: 1000, description: '办理意见；不予办理时必填' }),
  },
  { additionalProperties: false },
);
export type DecisionInput = Static<typeof DecisionInput>;

/** The public answer to "is this letter genuine?" (告知承诺书核验). */
export const LetterCheck = Type.Object({
  number: Type.String(),
  verdict: Type.Union(
    [Type.Literal('genuine'), Type.Literal('withdrawn'), Type.Literal('altered'), Type.Literal('unsigned')],
    {
      description: 'genuine 真实有效 · withdrawn 已撤回 · altered 与平台存档不一致 · unsigned 尚未签署',
    },
  ),
  message: Type.String(),
  applicant: Type.String({ description: '脱敏后的承诺人' }),
  serviceItemName: Type.String(),
  proofName: Type.String(),
  unitName: Type.String(),
  signedAt: Type.Union([Timestamp, Type.Null()]),
  signMethod: Type.Union([Type.Literal('electronic'), Type.Literal('paper'), Type.Null()]),
  sm3: Type.String(),
  signatureValid: Type.Boolean({ description: '平台 SM2 签名验证通过' }),
});
export type LetterCheck = Static<typeof LetterCheck>;

/** A disclosed commitment (承诺公示): personal data masked. */
export const DisclosedCommitment = Type.Object({
  number: Type.String(),
  applicant: Type.String({ description: '姓名部分隐去' }),
  identifierMasked: Type.String(),
  serviceItemName: Type.String(),
  proofName: Type.String(),
  unitName: Type.String(),
  regionCode: RegionCode,
  pledge: Type.Array(Type.String()),
  signedAt: Timestamp,
  status: LetterStatusSchema,
});
export type DisclosedCommitment = Static<typeof DisclosedCommitment>;
export const DisclosureQuery = Type.Object(
  { ...PageQuery, region: Type.Optional(RegionCode) },
  { additionalProperties: false },
);
export type DisclosureQuery = Static<typeof DisclosureQuery>;
export const DisclosurePage = Page(DisclosedCommitment);
export type DisclosurePage = Static<typeof DisclosurePage>;

/** Credit status read by the eligibility check (fed by the credit module later). */
export const CREDIT_STATUSES = {
  good: { zh: '无不良记录', en: 'No bad record' },
  false_commitment: { zh: '曾作出虚假承诺', en: 'A false commitment on record' },
  serious_bad_credit: { zh: '有较严重的不良信用记录', en: 'A serious bad-credit record' },
} as const;
export type CreditStatus = keyof typeof CREDIT_STATUSES;
export const CreditStatusInput = Type.Object(
  {
    status: lit(Object.keys(CREDIT_STATUSES) as CreditStatus[], '信用状况'),
    repaired: Type.Boolean({ description: '是否已完成信用修复' }),
    note: Type.String({ maxLength: 1000, description: '依据或说明' }),
  },
  { additionalProperties: false },
);
export type CreditStatusInput = Static<typeof CreditStatusInput>;
export const CreditStatusView = Type.Object({
  applicantId: Uuid,
  status: CreditStatusInput.properties.status,
  repaired: Type.Boolean(),
  note: Type.String(),
  updatedAt: Type.Union([Timestamp, Type.Null()]),
  eligibility: Eligibility,
});
export type CreditStatusView = Static<typeof CreditStatusView>;

export const ApplicableItemsQuery = Type.Object({ region: RegionCode }, { additionalProperties: false });
export type ApplicableItemsQuery = Static<typeof ApplicableItemsQuery>;

export const ItemProofsQuery = Type.Object(
  { region: RegionCode, applicantId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type ItemProofsQuery = Static<typeof ItemProofsQuery>;

export const LetterCheckQuery = Type.Object(
  {
    sm3: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F]{64}$', description: '纸质件上印的 SM3 摘要（可选）' })),
  },
  { additionalProperties: false },
);
export type LetterCheckQuery = Static<typeof LetterCheckQuery>;

/** Path parameters of the application routes (`:id` alone is IdParams). */
export const ApplicationLetterParams = Type.Object({ id: Uuid, letterId: Uuid }, { additionalProperties: false });
export const ApplicationProofParams = Type.Object({ id: Uuid, entryId: Uuid }, { additionalProperties: false });
export const ApplicationFileParams = Type.Object({ id: Uuid, fileId: Uuid }, { additionalProperties: false });

/** The notices printed for an application (受理 / 补正 / 准予 / 不予). */
export const NoticeKind = Type.Union([
  Type.Literal('acceptance'),
  Type.Literal('correction'),
  Type.Literal('approval'),
  Type.Literal('rejection'),
]);
export type NoticeKind = Static<typeof NoticeKind>;
export const NoticeParams = Type.Object({ id: Uuid, kind: NoticeKind }, { additionalProperties: false });

export const LetterNumberParams = Type.Object(
  { number: Type.String({ pattern: '^[A-Z0-9]{8,40}$', description: '告知承诺书编号' }) },
  { additionalProperties: false },
);

export const CreditApplicantParams = Type.Object({ applicantId: Uuid }, { additionalProperties: false });

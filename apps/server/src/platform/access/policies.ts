import type { Role } from '@pfc/contracts';

/**
 * Who may call each API route: the declarative policy file (RELIABILITY rule 1). Every route under
 * /api/v1 names one key; a route without one fails at start-up and in the authz-matrix test.
 *
 * `allow` is checked before the handler runs (403 when it fails). `scope` says how the use case
 * narrows objects afterwards; objects outside the scope answer 404 (no existence oracle).
 */
export interface Policy {
  allow: 'anyone' | 'signed_in' | 'staff' | 'applicant' | readonly Role[];
  scope: 'none' | 'own' | 'unit' | 'region';
  /** Applicants (signed in as themselves) are allowed too, besides the roles in `allow`. */
  applicants?: boolean;
  /** Only a platform-wide grant of an allowed role will do (national data such as the calendar). */
  platformWide?: boolean;
  /** A half-signed-in session (password only, second factor pending) may call it: the code step. */
  secondFactorStep?: boolean;
  description: string;
}

const ALL_STAFF_ROLES = [
  'admin',
  'catalog_officer',
  'unit_head',
  'legal_reviewer',
  'policy_reviewer',
  'leadership_office',
  'window_clerk',
  'verifier',
  'credit_officer',
  'complaint_handler',
  'assessor',
  'grid_worker',
] as const satisfies readonly Role[];

export const POLICIES = {
  'public.meta': { allow: 'anyone', scope: 'none', description: '平台基本信息' },
  'auth.login': { allow: 'anyone', scope: 'none', description: '登录' },
  'auth.logout': { allow: 'anyone', scope: 'none', secondFactorStep: true, description: '退出登录' },
  'auth.session': { allow: 'signed_in', scope: 'own', secondFactorStep: true, description: '查看当前会话' },
  'auth.second_factor.verify': {
    allow: 'staff',
    scope: 'own',
    secondFactorStep: true,
    description: '登录第二步：输入动态验证码或恢复码',
  },
  'auth.second_factor.status': {
    allow: 'staff',
    scope: 'own',
    secondFactorStep: true,
    description: '查看本人第二因素状态',
  },
  'auth.second_factor.enrol': {
    allow: 'staff',
    scope: 'own',
    secondFactorStep: true,
    description: '绑定动态验证码（生成密钥、确认）',
  },
  'auth.second_factor.disable': { allow: 'staff', scope: 'own', description: '停用本人动态验证码（仅非必须角色）' },
  'auth.password': { allow: 'signed_in', scope: 'own', description: '修改本人密码' },

  'org.regions.list': { allow: 'anyone', scope: 'none', description: '查看行政区划（公开信息）' },
  'org.regions.create': { allow: ['admin'], scope: 'region', description: '新增区划（管理员，限其管辖区划内）' },
  'org.regions.update': { allow: ['admin'], scope: 'region', description: '修改区划名称' },

  'org.units.list': { allow: 'staff', scope: 'region', description: '查看单位（工作人员，限其授权范围内）' },
  'org.units.get': { allow: 'staff', scope: 'region', description: '查看单位详情' },
  'org.units.create': { allow: ['admin'], scope: 'region', description: '新增单位' },
  'org.units.update': {
    allow: ['admin', 'unit_head'],
    scope: 'unit',
    description: '修改单位（管理员；单位负责人可改本单位联络信息）',
  },

  'org.staff.list': { allow: ['admin'], scope: 'region', description: '查看工作人员' },
  'org.staff.create': { allow: ['admin'], scope: 'region', description: '新增工作人员并授权' },
  'org.staff.update': { allow: ['admin'], scope: 'region', description: '修改、停用、解锁工作人员' },
  'org.staff.second_factor_reset': {
    allow: ['admin'],
    scope: 'region',
    description: '重置工作人员的第二因素（不能重置本人）',
  },

  'org.applicants.list': {
    allow: ['admin', 'window_clerk', 'grid_worker', 'credit_officer'],
    scope: 'region',
    description: '查看申请人（脱敏；网格员只能按完整证件号码查找）',
  },
  'org.applicants.create': { allow: ['admin', 'window_clerk'], scope: 'region', description: '登记申请人' },
  'org.applicants.me': { allow: 'applicant', scope: 'own', description: '申请人查看本人资料' },

  'calendar.status': { allow: 'staff', scope: 'none', description: '工作日历覆盖情况' },
  'calendar.years.get': { allow: 'staff', scope: 'none', description: '查看某年节假日安排' },
  'calendar.years.create': {
    allow: ['admin'],
    scope: 'none',
    platformWide: true,
    description: '新增年度节假日安排（仅全平台管理员）',
  },
  'calendar.days.upsert': {
    allow: ['admin'],
    scope: 'none',
    platformWide: true,
    description: '修改某日安排（仅全平台管理员）',
  },
  'calendar.days.delete': {
    allow: ['admin'],
    scope: 'none',
    platformWide: true,
    description: '删除某日安排（仅全平台管理员）',
  },
  'calendar.add': { allow: 'anyone', scope: 'none', description: '按工作日推算期限' },

  'catalog.items.list': { allow: 'staff', scope: 'region', description: '查看政务服务事项' },
  'catalog.items.get': { allow: 'staff', scope: 'region', description: '查看政务服务事项详情' },
  'catalog.items.create': { allow: ['catalog_officer', 'admin'], scope: 'unit', description: '新增本单位政务服务事项' },
  'catalog.items.update': { allow: ['catalog_officer', 'admin'], scope: 'unit', description: '修改本单位政务服务事项' },
  'catalog.entries.list': {
    allow: ['catalog_officer', 'unit_head', 'legal_reviewer', 'policy_reviewer', 'leadership_office', 'admin'],
    scope: 'region',
    description: '查看证明事项（本单位，或审查人员所辖区划）',
  },
  'catalog.entries.get': {
    allow: ['catalog_officer', 'unit_head', 'legal_reviewer', 'policy_reviewer', 'leadership_office', 'admin'],
    scope: 'region',
    description: '查看证明事项详情和流转记录',
  },
  'catalog.entries.create': { allow: ['catalog_officer', 'admin'], scope: 'unit', description: '登记本单位证明事项' },
  'catalog.entries.update': {
    allow: ['catalog_officer', 'admin'],
    scope: 'unit',
    description: '修改本单位证明事项（草稿、退回时）',
  },
  'catalog.entries.check': { allow: 'staff', scope: 'none', description: '规则检查（不保存）' },
  'catalog.entries.submit': {
    allow: ['catalog_officer', 'admin'],
    scope: 'unit',
    description: '提交本单位证明事项进入内部审核',
  },
  'catalog.entries.withdraw': { allow: ['catalog_officer', 'admin'], scope: 'unit', description: '撤回本单位证明事项' },
  'catalog.entries.unit_review': { allow: ['unit_head'], scope: 'unit', description: '单位负责人内部审核' },
  'catalog.entries.legal_review': { allow: ['legal_reviewer'], scope: 'region', description: '合法性审查（司法局）' },
  'catalog.entries.policy_review': {
    allow: ['policy_reviewer'],
    scope: 'region',
    description: '政策性审查（政务服务中心）',
  },

  'applications.items': { allow: 'anyone', scope: 'none', description: '查看本区划现行清单涉及的政务服务事项' },
  'applications.proofs': {
    allow: ['window_clerk', 'grid_worker'],
    applicants: true,
    scope: 'own',
    description: '查看办理事项需要的证明及申请人能否适用告知承诺（申请人本人、窗口、网格代办）',
  },
  'applications.create': {
    allow: ['window_clerk', 'grid_worker'],
    applicants: true,
    scope: 'own',
    description: '提出申请（申请人本人，或窗口代为录入、网格员代办）',
  },
  'applications.list': {
    allow: ['window_clerk', 'grid_worker'],
    applicants: true,
    scope: 'own',
    description: '办件列表（本人的、代办的、本单位或本中心受理范围内的）',
  },
  'applications.get': {
    allow: ['window_clerk', 'grid_worker'],
    applicants: true,
    scope: 'own',
    description: '查看办件及其文书（本人、代办人、受理单位）',
  },
  'applications.sign': { allow: 'applicant', scope: 'own', description: '申请人本人电子签署告知承诺书' },
  'applications.withdraw': {
    allow: ['window_clerk', 'grid_worker'],
    applicants: true,
    scope: 'own',
    description: '中途退出：撤回承诺（申请人本人或其代办人）',
  },
  'applications.submit': {
    allow: ['window_clerk', 'grid_worker'],
    applicants: true,
    scope: 'own',
    description: '提交办件（申请人本人或其代办人）',
  },
  'applications.upload': {
    allow: ['window_clerk', 'grid_worker'],
    applicants: true,
    scope: 'own',
    description: '上传证明材料',
  },
  'applications.scan': {
    allow: ['window_clerk', 'grid_worker'],
    scope: 'own',
    description: '上传手写签字的告知承诺书扫描件（窗口或代办人员，限其本人经办的办件）',
  },
  'applications.handle': {
    allow: ['window_clerk'],
    scope: 'unit',
    description: '受理、要求补正、作出决定（窗口人员，本单位或本中心一窗受理范围）',
  },
  'public.letters': { allow: 'anyone', scope: 'none', description: '告知承诺书核验' },
  'public.commitments': { allow: 'anyone', scope: 'none', description: '承诺公示' },
  'credit.status.get': { allow: ['credit_officer', 'admin'], scope: 'region', description: '查看申请人信用状况' },
  'credit.status.set': {
    allow: ['credit_officer', 'admin'],
    scope: 'region',
    description: '设置申请人信用状况（是否适用告知承诺）',
  },

  'catalog.lists.manage': {
    allow: ['leadership_office', 'admin'],
    scope: 'region',
    description: '结束征求意见、审定、公布、承接清单（领导小组办公室）',
  },
  'catalog.adoptions.list': {
    allow: ['leadership_office', 'admin'],
    scope: 'region',
    description: '查看本区划承接的上级清单及可承接的上级区划',
  },
  'catalog.adjustments.list': {
    allow: ['catalog_officer', 'legal_reviewer', 'leadership_office', 'admin'],
    scope: 'region',
    description: '查看动态调整申请',
  },
  'catalog.adjustments.request': {
    allow: ['catalog_officer', 'admin'],
    scope: 'unit',
    description: '申请动态调整（本单位）',
  },
  'catalog.adjustments.review': { allow: ['legal_reviewer'], scope: 'region', description: '审核动态调整（司法局）' },
  'public.consultation': { allow: 'anyone', scope: 'none', description: '查看清单草案并提出意见（公众）' },
  'catalog.comments.moderate': {
    allow: ['policy_reviewer', 'leadership_office', 'admin'],
    scope: 'region',
    description: '审核、答复征求意见',
  },
  'public.search': { allow: 'anyone', scope: 'none', description: '查询已公布的证明事项、地区与实务问答（公众）' },
  'search.synonyms.list': { allow: ['admin'], scope: 'none', description: '查看查询用同义词' },
  'search.synonyms.manage': {
    allow: ['admin'],
    scope: 'none',
    platformWide: true,
    description: '维护查询用同义词（仅全平台管理员：同义词全平台通用）',
  },
  'public.lists': { allow: 'anyone', scope: 'none', description: '查看已公布的清单及其版本' },

  'audit.list': { allow: ['admin'], scope: 'none', platformWide: true, description: '查看审计日志' },
  'audit.verify': { allow: ['admin'], scope: 'none', platformWide: true, description: '校验审计链' },

  'admin.dashboard': { allow: ['admin'], scope: 'region', description: '管理员工作台提醒' },
} as const satisfies Record<string, Policy>;

export type PolicyKey = keyof typeof POLICIES;

export function policyOf(key: string): Policy | undefined {
  return (POLICIES as Record<string, Policy>)[key];
}

export { ALL_STAFF_ROLES };

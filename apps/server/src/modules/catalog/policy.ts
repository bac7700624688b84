import { type Policies, rolesOf } from '../../platform/access/policies';

/** Who may call each catalogue route (see platform/access/policies.ts for the fields). */
export const CATALOG_POLICIES = {
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
  'public.lists': { allow: 'anyone', scope: 'none', description: '查看已公布的清单及其版本' },
} as const satisfies Policies;

type CatalogPolicies = typeof CATALOG_POLICIES;
declare module '../../platform/access/policies' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the keys
  interface PolicyRegistry extends CatalogPolicies {}
}

/** Every staff member may read the service items of their scope. */
export const ITEM_READERS = rolesOf(CATALOG_POLICIES['catalog.items.list']);
/** Who edits a unit's service items and proof entries: its catalogue officer, or an administrator. */
export const CATALOG_EDITORS = rolesOf(CATALOG_POLICIES['catalog.items.create']);
/** Everyone who works on the inventory: the unit's own staff and the reviewers above it. */
export const ENTRY_READERS = rolesOf(CATALOG_POLICIES['catalog.entries.list']);
/** The leadership group office (领导小组办公室): closes consultation, approves, publishes, adopts. */
export const LEADERSHIP = rolesOf(CATALOG_POLICIES['catalog.lists.manage']);
/** Who moderates and answers consultation comments. */
export const MODERATORS = rolesOf(CATALOG_POLICIES['catalog.comments.moderate']);

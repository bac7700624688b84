import { type Policies, rolesOf } from '../../platform/access/policies';

/** Who may call each route of applications with commitment. */
export const APPLICATION_POLICIES = {
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
} as const satisfies Policies;

type ApplicationPolicies = typeof APPLICATION_POLICIES;
declare module '../../platform/access/policies' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the keys
  interface PolicyRegistry extends ApplicationPolicies {}
}

/** Who handles applications at the counter (受理、决定). */
export const HANDLERS = rolesOf(APPLICATION_POLICIES['applications.handle']);
/** Staff who may read applications of their scope: the window only (proofs are personal data; admins do not read them). */
export const READERS = rolesOf(APPLICATION_POLICIES['applications.handle']);

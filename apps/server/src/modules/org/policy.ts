import { type Actor, type PlacedGrant, grantWithinScope, reachesUnit } from '../../platform/access/actor';
import { type Policies, rolesOf } from '../../platform/access/policies';

/** Who may call each organisation route. */
export const ORG_POLICIES = {
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
} as const satisfies Policies;

type OrgPolicies = typeof ORG_POLICIES;
declare module '../../platform/access/policies' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the keys
  interface PolicyRegistry extends OrgPolicies {}
}

/** Every staff member may look up the units of their scope. */
export const UNIT_READERS = rolesOf(ORG_POLICIES['org.units.list']);

/**
 * An administrator manages a staff member (sees them in the staff list; changes their name,
 * password, disabled flag, lock or grants) only when the member's home unit is within reach and
 * every grant the member holds lies within the administrator's own admin scope. Without the second
 * half a district administrator could reset the password of a city-wide reviewer, or of the
 * platform administrator, posted to a district unit, and sign in as them.
 */
export function managesStaff(
  actor: Actor | null,
  home: { id: string; regionCode: string },
  grants: readonly PlacedGrant[],
): boolean {
  return reachesUnit(actor, ['admin'], home) && grants.every((g) => grantWithinScope(actor, ['admin'], g));
}

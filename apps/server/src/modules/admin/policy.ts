import type { Policies } from '../../platform/access/policies';

/** Who may call each administrator route. */
export const ADMIN_POLICIES = {
  'admin.dashboard': { allow: ['admin'], scope: 'region', description: '管理员工作台提醒' },
} as const satisfies Policies;

type AdminPolicies = typeof ADMIN_POLICIES;
declare module '../../platform/access/policies' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the keys
  interface PolicyRegistry extends AdminPolicies {}
}

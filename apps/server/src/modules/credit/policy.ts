import { type Policies, rolesOf } from '../../platform/access/policies';

/** Who may call each credit route. */
export const CREDIT_POLICIES = {
  'credit.status.get': { allow: ['credit_officer', 'admin'], scope: 'region', description: '查看申请人信用状况' },
  'credit.status.set': {
    allow: ['credit_officer', 'admin'],
    scope: 'region',
    description: '设置申请人信用状况（是否适用告知承诺）',
  },
} as const satisfies Policies;

type CreditPolicies = typeof CREDIT_POLICIES;
declare module '../../platform/access/policies' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the keys
  interface PolicyRegistry extends CreditPolicies {}
}

/** Who reads and sets an applicant's credit status. */
export const CREDIT_ROLES = rolesOf(CREDIT_POLICIES['credit.status.get']);

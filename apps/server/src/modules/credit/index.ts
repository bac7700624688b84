/** Credit. Other modules use only what is exported here. */
import type { Module } from '../../platform/module';
import { CREDIT_POLICIES } from './policy';
import { creditRoutes } from './routes';

export { commitmentEligibility, eligibilityOf } from './eligibility';
export { creditRoutes } from './routes';
export { CREDIT_POLICIES } from './policy';

/** Credit in the module list. */
export const creditModule: Module = { name: 'credit', policies: CREDIT_POLICIES, routes: creditRoutes };

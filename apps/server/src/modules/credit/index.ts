/** Credit. Other modules use only what is exported here. */
export { commitmentEligibility, eligibilityOf } from './eligibility';
export { creditRoutes } from './routes';

/** Organisation: staff and applicants, and the use cases that administer the directory's regions and units. Other modules use only what is exported here. */
import type { Module } from '../../platform/module';
import { loadOrgDemo } from './demo';
import { ORG_POLICIES } from './policy';
import { orgRoutes } from './routes';

export { orgRoutes } from './routes';
export { checkIdentifier, createApplicant } from './applicants';
/** The administrator's use cases for the directory and for staff (the demo and test fixtures use them too). */
export { createRegion } from './regions';
export { createUnit } from './units';
export { createStaff } from './staff';
export { type ApplicantSummary, applicantSummaries, applicantSummary, applicantNameSql } from './applicant-reads';
export { applicantIdColumn } from './tables';
export { countOrg, type OrgCounts } from './counts';
export { ORG_POLICIES } from './policy';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, demoIdentifier, demoTotpSecret } from './demo';
export { DEMO_APPLICANTS, DEMO_UNITS } from './demo/data';

/** Organisation in the module list: regions, units, staff and applicants, and the demo city's people. */
export const orgModule: Module = {
  name: 'org',
  policies: ORG_POLICIES,
  routes: orgRoutes,
  demo: loadOrgDemo,
};

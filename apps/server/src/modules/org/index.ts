/** Organisation: staff and applicants, and the use cases that administer the directory's regions and units. Other modules use only what is exported here. */
export { orgRoutes } from './routes';
export { checkIdentifier } from './applicants';
export { type ApplicantSummary, applicantSummaries, applicantSummary, applicantNameSql } from './applicant-reads';
export { applicantIdColumn } from './tables';
export { countOrg, type OrgCounts } from './counts';

/** Organisation: regions, units, staff and applicants. Other modules use only what is exported here. */
export { orgRoutes } from './routes';
export { levelOfCode } from './regions';
export { checkIdentifier } from './applicants';
export { unitScopeSql, regionCodesOf, regionCodesSql } from './scope';
export { regions, units, applicants } from './tables';
export { countOrg, type OrgCounts } from './counts';

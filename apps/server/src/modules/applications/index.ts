/** Applications with commitment. Other modules use only what is exported here. */
import type { Module } from '../../platform/module';
import { applicationDeadlines } from './deadlines';
import { loadApplicationsDemo } from './demo';
import { APPLICATION_POLICIES } from './policy';
import { applicationRoutes } from './routes';

export { applicationRoutes } from './routes';
export { applicationDeadlines } from './deadlines';
export { pathOf } from './paths';
export { letterCanonical } from './letter-text';
export { APPLICATION_POLICIES } from './policy';

/** Applications with commitment in the module list. */
export const applicationsModule: Module = {
  name: 'applications',
  policies: APPLICATION_POLICIES,
  routes: applicationRoutes,
  deadlines: applicationDeadlines,
  demo: loadApplicationsDemo,
};

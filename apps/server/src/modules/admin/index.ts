/** The administrator's dashboard. Other modules use only what is exported here. */
import type { Module } from '../../platform/module';
import { ADMIN_POLICIES } from './policy';
import { adminRoutes } from './routes';

export { ADMIN_POLICIES } from './policy';

/** The administrator's dashboard in the module list. */
export const adminModule: Module = { name: 'admin', policies: ADMIN_POLICIES, routes: adminRoutes };

import { type Policy, PLATFORM_POLICIES, policyTable } from './platform/access/policies';
import type { ProvisionalDeadlines } from './platform/calendar/deadlines';
import type { JobHandlers } from './platform/jobs';
import type { Module } from './platform/module';
import { adminModule } from './modules/admin';
import { applicationsModule } from './modules/applications';
import { catalogModule } from './modules/catalog';
import { creditModule } from './modules/credit';
import { orgModule } from './modules/org';
import { searchModule } from './modules/search';
import { verificationModule } from './modules/verification';

/**
 * Every domain module, once. The app registers their routes, the worker runs their jobs, the
 * calendar recounts their deadlines and the demo loader runs their demo steps, all in this order
 * (org's demo people first: later steps use them). A new module is one more line here.
 */
export const MODULES: readonly Module[] = [
  orgModule,
  catalogModule,
  searchModule,
  applicationsModule,
  creditModule,
  verificationModule,
  adminModule,
];

/** Every route's policy by key: the platform's own and each module's (a key declared twice fails here). */
export const POLICIES: ReadonlyMap<string, Policy> = policyTable([
  PLATFORM_POLICIES,
  ...MODULES.map((m) => m.policies),
]);

/** The policy of a route key (tests and route-walking suites). */
export function policyOf(key: string): Policy | undefined {
  return POLICIES.get(key);
}

/** The modules' job handlers by kind; a kind claimed by two modules fails at start-up. */
export function moduleJobHandlers(): JobHandlers {
  const handlers: JobHandlers = {};
  for (const m of MODULES)
    for (const [kind, handler] of Object.entries(m.jobs ?? {})) {
      if (handlers[kind]) throw new Error(`job kind ${kind} is claimed twice`);
      handlers[kind] = handler;
    }
  return handlers;
}

/** Every module's stored working-day deadlines, for the calendar's recount and the dashboard. */
export const PROVISIONAL_DEADLINES: readonly ProvisionalDeadlines[] = MODULES.flatMap((m) =>
  m.deadlines ? [m.deadlines] : [],
);

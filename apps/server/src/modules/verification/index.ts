/** Verification. Other modules use only what is exported here. */
import type { Module } from '../../platform/module';
import { verificationDeadlines } from './deadlines';

export { createVerificationTasks, verificationDueDates, tasksOf, type SignedCommitment } from './tasks';
export { verificationDeadlines } from './deadlines';

/** Verification in the module list (no routes of its own yet). */
export const verificationModule: Module = { name: 'verification', policies: {}, deadlines: verificationDeadlines };

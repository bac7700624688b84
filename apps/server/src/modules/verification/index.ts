/** Verification. Other modules use only what is exported here. */
export { createVerificationTasks, verificationDueDates, tasksOf, type SignedCommitment } from './tasks';
export { verificationDeadlines } from './deadlines';

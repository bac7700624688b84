/** Every table of the platform, for drizzle-kit's migration generator (drizzle.config.ts); the running app never loads it (test/tables.ts lets tests look at rows). */
export * from '../platform/audit/tables';
export * from '../platform/auth/tables';
export * from '../platform/auth/second-factor-tables';
export * from '../platform/calendar/tables';
export * from '../platform/idempotency/tables';
export * from '../platform/jobs/tables';
export * from '../platform/directory/tables';
export * from '../modules/org/tables';
export * from '../modules/catalog/tables';
export * from '../modules/search/tables';
export * from '../modules/applications/tables';
export * from '../modules/credit/tables';
export * from '../modules/verification/tables';

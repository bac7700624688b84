/**
 * Every table, for tests that look at the rows a use case left (or insert the rows a fixture needs)
 * across module lines. Production code never does either: a module reads another only through its
 * index.ts (eslint/module-boundaries.js lets the shared test helpers, and only them, reach tables).
 */
export * from '../db/schema';

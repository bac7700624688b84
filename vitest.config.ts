import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const contracts = fileURLToPath(new URL('./packages/contracts/src', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [{ find: /^@pfc\/contracts(.*)$/, replacement: `${contracts}$1` }],
  },
  test: {
    include: ['apps/server/src/**/*.test.ts', 'packages/contracts/src/**/*.test.ts'],
    // Each test file opens its own database; PGlite's initdb takes a few seconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['apps/server/src/test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
  },
});

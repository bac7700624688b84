import type { ESLint } from 'eslint';

/** The local plugin: one rule, `module-boundaries` (see module-boundaries.js). */
declare const plugin: ESLint.Plugin;
export default plugin;

// The seams of apps/server, enforced (issue 13 item 4; docs/ARCHITECTURE.md, Modules).
//
// 1. A module is entered through its index.ts. From outside apps/server/src/modules/<m>/ an import
//    may name modules/<m> or modules/<m>/index, nothing deeper. Inside modules/<m>/ (tests included)
//    every file of <m> is in reach.
// 2. The platform knows no domain module: nothing under apps/server/src/platform/ imports modules/.
// 3. The directory's tables (platform/directory/tables.ts) are read by the directory alone; other
//    code asks its read functions. Only a module's tables.ts (for foreign keys), modules/org/ (which
//    writes regions and units) and platform/directory/ itself may import them.
//
// Fixture code is the one exception: the shared test helpers (apps/server/src/test/) and
// db/schema.ts (drizzle-kit's entry) may import any module's tables.ts and the directory's tables.
// A fixture inserts rows a test needs without going through use cases that would check access and
// write audit, and a module index that exported its tables would reopen the very leak rule 1
// closes for production code. Everything else a test helper needs goes through module indexes.
//
// A benchmark measures one module's insides the way that module's own tests do: bench/<m>-*.ts
// counts as a file of module <m> (bench/search-engine.ts times the search engine's parts).
//
// Paths are resolved, not read from disk: a specifier is joined to its importer and compared
// without extension. Only relative specifiers can reach these folders.
import path from 'node:path';

const SRC = 'apps/server/src/';
const MODULES = `${SRC}modules/`;
const PLATFORM = `${SRC}platform/`;
const DIRECTORY = `${SRC}platform/directory/`;
const DIRECTORY_TABLES = `${DIRECTORY}tables`;
const FIXTURE_CODE = [`${SRC}test/`, `${SRC}db/schema.ts`];

const posix = (p) => p.split(path.sep).join('/');
const stripExtension = (p) => p.replace(/\.(d\.ts|ts|tsx|mts|js|jsx|mjs)$/, '');
const isFixtureCode = (from) => FIXTURE_CODE.some((f) => (f.endsWith('/') ? from.startsWith(f) : from === f));

/** The module a repo path (without extension) lies in, and its path inside that module. */
function moduleOf(stem) {
  if (!stem.startsWith(MODULES)) return null;
  const [name, ...inner] = stem.slice(MODULES.length).split('/');
  return { name, inner: inner.join('/') };
}

/**
 * Why `from` (repo path of the importing file) may not import `to` (repo path of the target,
 * without extension), or null when it may.
 */
export function boundaryViolation(from, to) {
  if (from.startsWith(PLATFORM) && to.startsWith(MODULES)) {
    return { messageId: 'platformImportsModule', data: { to } };
  }
  if (to === DIRECTORY_TABLES) {
    const allowed =
      path.posix.basename(stripExtension(from)) === 'tables' ||
      from.startsWith(`${MODULES}org/`) ||
      from.startsWith(DIRECTORY) ||
      isFixtureCode(from);
    return allowed ? null : { messageId: 'directoryTables', data: { to } };
  }
  const target = moduleOf(to);
  if (!target || target.inner === '' || target.inner === 'index') return null;
  if (from.startsWith(`${MODULES}${target.name}/`) || from.startsWith(`bench/${target.name}-`)) return null;
  if (target.inner === 'tables' && isFixtureCode(from)) return null;
  return { messageId: 'moduleInternal', data: { module: target.name, to } };
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Modules are entered through their index.ts; the platform knows no module.' },
    schema: [],
    messages: {
      moduleInternal: "Import module '{{module}}' through its index.ts, not {{to}}.",
      platformImportsModule: 'The platform must not import a domain module ({{to}}).',
      directoryTables:
        "Read regions and units through platform/directory's functions; its tables.ts is for the directory, org and other tables.ts ({{to}}).",
    },
  },
  create(context) {
    const root = context.cwd;
    const from = posix(path.relative(root, context.filename));
    if (from.startsWith('..')) return {};
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!(spec === '.' || spec === '..' || spec.startsWith('./') || spec.startsWith('../'))) return;
      const to = stripExtension(path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)));
      const violation = boundaryViolation(from, to);
      if (violation) context.report({ node: source, ...violation });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { meta: { name: 'module-boundaries' }, rules: { 'module-boundaries': rule } };

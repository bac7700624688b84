import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of the server has no cycle (issue 13 item 4). A loop means two parts can only be
 * understood, tested and loaded together, and the first module-evaluation order bug is then a matter
 * of time. Type-only imports (`import type`, `export type`, `import { type A }`) are left out: they
 * vanish at run time and do not make one file need another. Dynamic import() is left out too: it
 * loads on demand, after every static import has been evaluated. A second check collapses the files
 * into the domain modules: one module may use another, never both ways round.
 */

const SRC = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const ROOT = path.resolve(SRC, '../../..');
const OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};

/** The specifiers a file imports for their values (and side effects). */
function valueImports(fileName: string, text: string): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of sf.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const clause = statement.exportClause;
      const typeOnly =
        statement.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

/** file → the files of the same set it imports for values. Imports leaving the set are dropped. */
function importGraph(files: Map<string, string>): Map<string, string[]> {
  const host: ts.ModuleResolutionHost = {
    fileExists: (f) => files.has(f),
    readFile: (f) => files.get(f),
    directoryExists: (d) => [...files.keys()].some((f) => f.startsWith(`${d}/`)),
  };
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    const targets = valueImports(file, text)
      .map((spec) => ts.resolveModuleName(spec, file, OPTIONS, host).resolvedModule?.resolvedFileName)
      .filter((f): f is string => f !== undefined && files.has(f));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The cycles of a graph: each strongly connected component that loops, as one path around it. */
function cycles(graph: Map<string, string[]>): { files: string[]; loop: string[] }[] {
  // Tarjan's algorithm, iterative so deep import chains cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: [string, number][] = [[start, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, i] = frame;
      if (i === 0) {
        index.set(node, next);
        low.set(node, next++);
        stack.push(node);
        onStack.add(node);
      }
      const edges = graph.get(node) ?? [];
      if (i < edges.length) {
        frame[1] = i + 1;
        const to = edges[i]!;
        if (!index.has(to)) work.push([to, 0]);
        else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
      }
    }
  }
  return components.map((files) => ({ files, loop: shortestLoop(graph, files) }));
}

/** One shortest path from the component's first file back to itself, inside the component. */
function shortestLoop(graph: Map<string, string[]>, files: string[]): string[] {
  const inside = new Set(files);
  const start = files[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!inside.has(to)) continue;
      if (to === start) {
        const loop = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) {
          loop.splice(1, 0, at);
        }
        return [...loop, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}

function describeCycles(found: { files: string[]; loop: string[] }[]): string {
  return found
    .map(
      (c, n) =>
        `cycle ${n + 1} (${c.files.length} files): ${c.loop.join(' → ')}\n${c.files.map((f) => `    ${f}`).join('\n')}`,
    )
    .join('\n');
}

describe('the module graph', () => {
  it('finds a made-up cycle and leaves type-only imports out', () => {
    const files = new Map(
      Object.entries({
        '/x/a.ts': "import { b } from './b';\nimport { d } from './d';\nimport './e';\nexport const a = b + d;",
        '/x/b.ts': "import { c } from './c';\nexport const b = c;",
        '/x/c.ts': "export { a as c } from './a';",
        '/x/d.ts': "import type { a } from './a';\nexport type { a } from './a';\nexport const d = 1;",
        '/x/e.ts': "import { type a } from './a';\nexport const e: typeof a = 1;",
        '/x/f.ts': "import { f } from './f';\nexport { f as g };",
      }),
    );
    const found = cycles(importGraph(files));
    expect(found.map((c) => c.files)).toEqual([['/x/a.ts', '/x/b.ts', '/x/c.ts'], ['/x/f.ts']]);
    expect(found[0]!.loop).toEqual(['/x/a.ts', '/x/b.ts', '/x/c.ts', '/x/a.ts']);
    expect(describeCycles(found)).toContain('cycle 1 (3 files): /x/a.ts → /x/b.ts → /x/c.ts → /x/a.ts');
  });

  /** The server's non-test files (shared test helpers left out) and their text. */
  function serverFiles(): Map<string, string> {
    const files = new Map<string, string>();
    for (const entry of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
      const rel = entry.split(path.sep).join('/');
      if (!/\.tsx?$/.test(rel) || /\.test\.tsx?$/.test(rel) || rel.endsWith('.d.ts') || rel.startsWith('test/')) {
        continue;
      }
      files.set(path.join(SRC, entry), readFileSync(path.join(SRC, entry), 'utf8'));
    }
    return files;
  }
  const repoPath = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

  it('has no cycle among the non-test files of apps/server/src', () => {
    const found = cycles(importGraph(serverFiles())).map((c) => ({
      files: c.files.map(repoPath),
      loop: c.loop.map(repoPath),
    }));
    expect(found, `import cycles:\n${describeCycles(found)}`).toEqual([]);
  });

  it('has no cycle among the domain modules: if catalog uses org, org never uses catalog', () => {
    const moduleOf = (f: string) => /^apps\/server\/src\/modules\/([^/]+)\//.exec(repoPath(f))?.[1];
    const modules = new Map<string, Set<string>>();
    for (const [file, targets] of importGraph(serverFiles())) {
      const from = moduleOf(file);
      if (!from) continue;
      const uses = modules.get(from) ?? new Set<string>();
      modules.set(from, uses);
      for (const target of targets) {
        const to = moduleOf(target);
        if (to && to !== from) uses.add(to);
      }
    }
    expect(modules.size).toBeGreaterThanOrEqual(7);
    const graph = new Map([...modules].map(([m, uses]) => [m, [...uses]]));
    const found = cycles(graph);
    expect(found, `module cycles:\n${describeCycles(found)}`).toEqual([]);
  });
});

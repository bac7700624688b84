#!/usr/bin/env node
// `npm start`: builds the web app when its sources are newer than the build, then runs the server
// in this same process. `--no-build` skips the build (the server then serves whatever build exists).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const parent = process.ppid;
const built = path.join(root, 'dist/web/index.html');

function newest(dir) {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest(path.join(root, 'apps/web')), newest(path.join(root, 'packages/contracts/src')));
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
if (!skipBuild && (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sources)) {
  console.log('正在构建网页… / building the web app…');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The server runs here, not in a child process: a supervisor's signal to this pid (or npm's
// forwarded copy: the npm script execs this file, so no shell stands between) reaches the server
// itself, and no child is left running when this process goes (apps/server/src/shutdown.ts).
process.argv.splice(2, Infinity, ...args.filter((a) => a !== '--no-build'));
// As before, when the server ran as a child in the repository root: relative paths (DATA_DIR) mean the same.
process.chdir(root);
const { register } = await import('tsx/esm/api');
register();
// Importing main.ts installs its signal handlers before anything opens.
await import('../apps/server/src/main.ts');
if (process.env.npm_lifecycle_event) {
  // Started by npm: if npm is killed outright (SIGKILL) or a shell that does not exec stood between
  // and died, nobody waits for us any more and a restart would find the data folder locked.
  // A watch, not a deadline: nothing is lost if it never fires.
  // eslint-disable-next-line no-restricted-globals
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    process.kill(process.pid, 'SIGTERM');
  }, 1000);
  watch.unref();
}

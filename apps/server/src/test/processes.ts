import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Real server processes for the suites that need more than app.inject(): stopping, two servers. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface Started {
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or the signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The server's base URL, read from its start-up banner. */
  url(): Promise<string>;
}

/** Starts a command in its own process group (so the group can be signalled), collecting its output. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(command, args, { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  return {
    child,
    output: () => text,
    exited,
    async url() {
      await waitFor(() => gone || /API docs: http:\/\/[^/\s]+/.test(text), 120_000, 'the start-up banner');
      const m = /API docs: (http:\/\/[^/\s]+)/.exec(text);
      if (!m) throw new Error(`the server did not start:\n${text}`);
      return m[1]!;
    },
  };
}

/** Server settings for tests: quick password hashing, no second factor or rate limits in the way. */
export function serverEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    PASSWORD_COST_LOG2: '10',
    LOG_LEVEL: 'silent',
    STAFF_SECOND_FACTOR: 'off',
    ...extra,
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
  everyMs = 50,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** pid and parent pid of every process, from Linux's /proc (slim images have no `ps`). */
function processTable(): Array<[number, number]> {
  const rows: Array<[number, number]> = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name, in parentheses, may hold spaces: the fields after it are fixed.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] !== 'Z') rows.push([Number(name), Number(fields[1])]);
    } catch {
      /* gone meanwhile */
    }
  }
  return rows;
}

/**
 * The pids of a running process and all its running descendants, now. A zombie counts as gone: it
 * has ended, and an orphan's zombie waits for whatever init the machine has to reap it.
 */
export function processTree(root: number): number[] {
  const rows = processTable();
  if (!rows.some(([pid]) => pid === root)) return [];
  const tree = [root];
  for (let i = 0; i < tree.length; i++)
    for (const [pid, ppid] of rows) if (ppid === tree[i] && !tree.includes(pid)) tree.push(pid);
  return tree;
}

export function running(pid: number): boolean {
  return processTree(pid).length > 0;
}

/** Whether something accepts connections at this URL's port. */
export function accepts(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Stopping is clean (issue 12): `npm start` as a supervisor runs it, stopped by each signal a
 * supervisor may send. A request in flight when the signal comes is answered, new connections are
 * refused, every process of the tree is gone within the grace period, and the data folder's lock
 * is released (the next start on the same folder succeeds). Real processes on a PGlite folder.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from './db/client';
import { accepts, processTree, running, serverEnv, start, type Started, waitFor } from './test/processes';

const LOCK = '.proof-free-city.lock';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pfc-stop-'));
const started: Started[] = [];
// The first start in a new folder would spend ~10 s in initdb and migrations: start from the migrated template.
beforeAll(async () => {
  const template = process.env.PFC_TEST_TEMPLATE_EMPTY;
  if (!template || process.env.DATABASE_URL) return;
  const database = await openPglite({
    dataDir,
    purpose: 'test set-up',
    template: new Blob([fs.readFileSync(template)]),
  });
  await database.close();
});
afterAll(() => {
  for (const s of started)
    if (s.child.exitCode === null && s.child.signalCode === null) process.kill(-s.child.pid!, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** `npm start` without the web build (not what this tests) and without demo data, on a free port. */
async function npmStart(env: NodeJS.ProcessEnv = {}) {
  const s = start(
    'npm',
    ['start', '--', '--no-build', '--no-demo'],
    serverEnv({ DATA_DIR: dataDir, DATABASE_URL: undefined, ...env }),
  );
  started.push(s);
  const url = await s.url();
  const tree = processTree(s.child.pid!);
  expect(fs.existsSync(path.join(dataDir, LOCK))).toBe(true);
  return { s, url, tree };
}

/**
 * A sign-in whose body is still on its way: `Expect: 100-continue` makes the server answer as soon
 * as it has routed the request, so it is surely in flight before the test sends a signal.
 */
async function requestInFlight(url: string) {
  const { hostname, port } = new URL(url);
  const body = JSON.stringify({ username: 'nobody-at-all', password: 'wrong-password-1' });
  const socket = net.connect(Number(port), hostname);
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => {});
  socket.write(
    `POST /api/v1/auth/login HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
  );
  await waitFor(() => received.includes('100 Continue'), 10_000, 'HTTP/1.1 100 Continue');
  return {
    finish: async () => {
      socket.write(body);
      await waitFor(
        () => /\r\n\r\n\{.*\}/s.test(received.split('100 Continue\r\n\r\n')[1] ?? ''),
        10_000,
        'the answer',
      );
      socket.end();
    },
    closed,
    response: () => received,
  };
}

/** The bound the test holds the stop to: the 10-s grace period plus the time to notice a dead parent. */
const BOUND_MS = 12_000;

async function expectAllGone(tree: number[], exited: Started['exited']) {
  const t0 = Date.now();
  await Promise.race([exited, new Promise((r) => setTimeout(r, BOUND_MS))]);
  await waitFor(
    () => tree.every((pid) => !running(pid)),
    Math.max(0, BOUND_MS - (Date.now() - t0)),
    `processes ${tree.join(', ')} to end`,
  );
  expect(fs.existsSync(path.join(dataDir, LOCK))).toBe(false);
}

describe.skipIf(!!process.env.DATABASE_URL)('stopping `npm start`', () => {
  it('SIGTERM to npm: the request in flight is answered, new connections are refused, all processes end, the lock is released', async () => {
    const { s, url, tree } = await npmStart();
    // npm execs the script (no shell between) and the server runs inside it: two processes.
    expect(tree.length).toBeGreaterThanOrEqual(2);
    const slow = await requestInFlight(url);
    process.kill(s.child.pid!, 'SIGTERM');
    await waitFor(() => s.output().includes('shutting down'), 10_000, 'the server to begin its stop');
    await waitFor(async () => !(await accepts(url)), 5_000, 'the port to close');
    await slow.finish();
    await slow.closed;
    expect(slow.response()).toMatch(/HTTP\/1\.1 401/);
    // The answer needed the database (the failed sign-in is audited): it was still open.
    expect(slow.response()).toContain('AUTH_INVALID_CREDENTIALS');
    await expectAllGone(tree, s.exited);
    expect((await s.exited).code).toBe(0);
  });

  it('SIGTERM to the whole process group (each process gets it, npm forwards another copy): one clean stop', async () => {
    const { s, tree } = await npmStart();
    process.kill(-s.child.pid!, 'SIGTERM');
    await expectAllGone(tree, s.exited);
    expect(s.output().match(/shutting down/g)).toHaveLength(1);
    expect(s.output()).not.toContain('强制退出');
  });

  it('SIGINT to the server process itself, and SIGKILL to npm: the server stops cleanly either way', async () => {
    const first = await npmStart();
    process.kill(first.tree[1]!, 'SIGINT');
    await expectAllGone(first.tree, first.s.exited);
    expect((await first.s.exited).code).toBe(0);

    // npm killed outright cannot forward anything: the server notices its parent is gone.
    const second = await npmStart();
    process.kill(second.s.child.pid!, 'SIGKILL');
    await expectAllGone(second.tree, second.s.exited);
    await waitFor(() => second.s.output().includes('shutting down'), 2_000, 'the stop in its output');
  });

  it('a request that never finishes is cut after the grace period: exit code 1, the lock still released', async () => {
    const { s, url, tree } = await npmStart({ SHUTDOWN_GRACE_SECONDS: '2' });
    const stuck = await requestInFlight(url);
    const t0 = Date.now();
    process.kill(s.child.pid!, 'SIGTERM');
    await stuck.closed;
    await expectAllGone(tree, s.exited);
    expect(Date.now() - t0).toBeLessThan(4_000);
    expect(stuck.response()).not.toMatch(/HTTP\/1\.1 [2-5]\d\d/);
    expect((await s.exited).code).toBe(1);
  });
});

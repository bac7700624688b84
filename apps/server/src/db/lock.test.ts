import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, acquireDataDirLock } from './lock';

const LOCK = '.proof-free-city.lock';

describe('data folder lock', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pfc-lock-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('refuses a second holder and frees the folder on release', () => {
    const d = dir();
    const first = acquireDataDirLock(d, 'test');
    expect(() => acquireDataDirLock(d, 'test')).toThrow(DataDirLockedError);
    first.release();
    acquireDataDirLock(d, 'test').release();
    expect(fs.existsSync(path.join(d, LOCK))).toBe(false);
  });

  it('refuses while another live process holds it, and takes over a dead process’s lock', () => {
    const d = dir();
    const host = os.hostname();
    fs.writeFileSync(path.join(d, LOCK), JSON.stringify({ pid: process.ppid, host, since: 'x', purpose: 'server' }));
    expect(() => acquireDataDirLock(d, 'test')).toThrow(new RegExp(`pid ${process.ppid}`));
    fs.writeFileSync(path.join(d, LOCK), JSON.stringify({ pid: 2 ** 22 + 12345, host, since: 'x', purpose: 'server' }));
    const lock = acquireDataDirLock(d, 'test');
    expect(JSON.parse(fs.readFileSync(path.join(d, LOCK), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('treats a lock being written (unreadable, fresh) as held, and an old unreadable one as stale', () => {
    const d = dir();
    const file = path.join(d, LOCK);
    fs.writeFileSync(file, '');
    expect(() => acquireDataDirLock(d, 'test')).toThrow(DataDirLockedError);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    acquireDataDirLock(d, 'test').release();
  });

  it('a lock on another host is never taken over', () => {
    const d = dir();
    fs.writeFileSync(
      path.join(d, LOCK),
      JSON.stringify({ pid: 2 ** 22 + 1, host: 'another-machine', since: 'x', purpose: 'server' }),
    );
    expect(() => acquireDataDirLock(d, 'test')).toThrow(/another-machine/);
  });
});

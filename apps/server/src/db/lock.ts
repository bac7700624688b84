import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One process per PGlite data folder (RELIABILITY rule 6): PGlite has no lock of its own and two
 * processes on one folder lose acknowledged writes. The lock file holds pid and host; a lock left
 * by a dead process on this host is taken over.
 */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `数据目录 ${dataDir} 正被另一个进程使用（pid ${holder.pid}，主机 ${holder.host}，自 ${holder.since} 起）。` +
        `同一数据目录只能由一个服务器或命令行进程打开：请先停止该进程，或用 DATA_DIR 指定其他目录。` +
        ` / The data folder is in use by another process (pid ${holder.pid} on ${holder.host}).`,
    );
  }
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
  purpose: string;
}

export interface DataDirLock {
  release(): void;
}

const LOCK_NAME = '.proof-free-city.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid !== 'number' || typeof info.host !== 'string') return undefined;
    return { pid: info.pid, host: info.host, since: String(info.since ?? '?'), purpose: String(info.purpose ?? '?') };
  } catch {
    return undefined;
  }
}

/** Lock files this process holds: a second open of the same folder in one process is refused too. */
const heldHere = new Set<string>();

/** A lock file younger than this that cannot be read is still being written: treat it as held. */
const YOUNG_MS = 10_000;

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** Creates `file` with its full content in one step: link() fails if the name exists. */
function createExclusive(file: string, content: string): boolean {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(tmp, content, { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

export function acquireDataDirLock(dataDir: string, purpose: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_NAME);
  const takeover = `${file}.takeover`;
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), purpose };
  const content = JSON.stringify(mine);
  const lock: DataDirLock = {
    release() {
      heldHere.delete(file);
      const current = readLock(file);
      if (current && current.pid === mine.pid && current.since === mine.since) fs.rmSync(file, { force: true });
    },
  };
  const claim = () => {
    heldHere.add(file);
    return lock;
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(file, content)) return claim();
    const holder = readLock(file);
    if (holder) {
      const sameHost = holder.host === mine.host;
      // Our own pid on a lock this process does not hold is a leftover of an earlier run (pid 1 in a container).
      const ours = holder.pid === process.pid;
      const stale = sameHost && (ours ? !heldHere.has(file) : !isAlive(holder.pid));
      if (!stale) throw new DataDirLockedError(dataDir, holder);
    } else if (ageMs(file) < YOUNG_MS) {
      throw new DataDirLockedError(dataDir, { pid: -1, host: '?', since: 'now', purpose: '?' });
    }
    // Stale: only the opener that wins the take-over marker may remove it, so two openers after a
    // crash cannot both remove a lock and both proceed.
    if (!createExclusive(takeover, content)) {
      if (ageMs(takeover) > YOUNG_MS) fs.rmSync(takeover, { force: true });
      continue;
    }
    try {
      const again = readLock(file);
      if (!again || (again.pid === holder?.pid && again.since === holder?.since)) fs.rmSync(file, { force: true });
      if (createExclusive(file, content)) return claim();
    } finally {
      fs.rmSync(takeover, { force: true });
    }
  }
  const holder = readLock(file) ?? { pid: -1, host: '?', since: '?', purpose: '?' };
  throw new DataDirLockedError(dataDir, holder);
}

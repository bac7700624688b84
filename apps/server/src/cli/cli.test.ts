import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../db/client';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cli = path.join(root, 'apps/server/src/cli/main.ts');

/** The command line, as an operator types it (always on a PGlite folder of its own). */
async function runCli(args: string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    NODE_ENV: 'development',
    PASSWORD_COST_LOG2: '10',
  };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: root, env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('command line', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pfc-cli-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('prints the working day N days after a date, with or without a database', async () => {
    const empty = path.join(tempDir(), 'none');
    const builtin = await runCli(['calendar', 'add-working-days', '2026-09-30', '3'], empty);
    expect(builtin.code).toBe(0);
    expect(builtin.stdout.trim()).toBe('2026-10-10');
    expect(fs.existsSync(empty)).toBe(false);
    // 2027 has no notice yet: counted on the law's provisional holidays (元旦 1/1), and said so.
    const provisional = await runCli(['calendar', 'add-working-days', '2026-12-30', '5'], empty);
    expect(provisional.code).toBe(0);
    expect(provisional.stdout.trim()).toMatch(/^2027-01-07（暂定/);
    // Before the amended law nothing is guessed.
    const gap = await runCli(['calendar', 'add-working-days', '2024-12-30', '5'], empty);
    expect(gap.code).not.toBe(0);
    expect(gap.stderr).toContain('2024');
    const usage = await runCli(['calendar', 'add-working-days', 'soon'], empty);
    expect(usage.code).toBe(64);
  });

  it('migrates, loads the demo, round-trips an inventory through Excel, verifies the audit log and finds a tampered event', {
    timeout: 240_000,
  }, async () => {
    const dir = tempDir();
    expect((await runCli(['migrate'], dir)).code).toBe(0);
    expect((await runCli(['demo'], dir)).code).toBe(0);
    const db = await runCli(['calendar', 'add-working-days', '2026-09-30', '3'], dir);
    expect(db.stdout.trim()).toBe('2026-10-10');
    const intact = await runCli(['audit', 'verify'], dir);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/intact: \d+ events/);

    // The demo inventory of a unit goes out to Excel and comes back in unchanged (by unit name).
    const file = path.join(dir, 'inventory.xlsx');
    const out = await runCli(['catalog', 'export', '--unit', '济宁市民政局', '--out', file], dir);
    expect(out.code, out.stderr).toBe(0);
    const back = await runCli(['catalog', 'import', file, '--unit', '济宁市民政局'], dir);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toMatch(/新增 0，更新 0，未变 [1-9]\d*/);
    const unknown = await runCli(['catalog', 'import', file, '--unit', '不存在的局'], dir);
    expect(unknown.stderr).toContain('没有名为“不存在的局”的单位');
    const notXlsx = await runCli(['catalog', 'import', path.join(dir, 'PG_VERSION'), '--unit', '济宁市民政局'], dir);
    expect(notXlsx.stderr).toContain('导入文件无法读取');

    const database = await openPglite({ dataDir: dir });
    await database.db.execute(sql`alter table audit_events disable trigger user`);
    // Two edits far apart: verification reports both, not only the first.
    await database.db.execute(
      sql`update audit_events set target_id = 'edited' where id in (select id from audit_events order by chain_id, seq offset 5 limit 1)`,
    );
    await database.db.execute(
      sql`update audit_events set action = action || '.edited' where id in (select id from audit_events order by chain_id, seq offset 40 limit 1)`,
    );
    await database.close();
    const broken = await runCli(['audit', 'verify'], dir);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain('2 problems');
    expect(broken.stderr.match(/chain \d+ seq \d+ event [0-9a-f-]{36}: hash_mismatch/g)).toHaveLength(2);
  });

  it('refuses to open a data folder another process holds', async () => {
    const dir = tempDir();
    const holder = await openPglite({ dataDir: dir });
    try {
      const res = await runCli(['migrate'], dir);
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(`pid ${process.pid}`);
      expect(res.stderr).toContain('正被另一个进程使用');
    } finally {
      await holder.close();
    }
  });
});

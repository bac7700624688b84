import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preparePlatform } from '../bootstrap';
import { loadConfig } from '../config';
import { openPglite } from '../db/client';
import { loadDemo } from '../demo';

/**
 * PGlite's initdb costs ~3 s per test file. Build two migrated databases once (empty, and with the
 * demo city) and let each file start from a copy. PostgreSQL runs need none of this.
 */
export default async function setup(): Promise<() => void> {
  if (process.env.DATABASE_URL) return () => {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pfc-test-templates-'));
  const config = loadConfig({ NODE_ENV: 'test', PASSWORD_COST_LOG2: '10' });
  for (const variant of ['empty', 'demo'] as const) {
    const database = await openPglite();
    const platform = await preparePlatform(config, database);
    if (variant === 'demo') await loadDemo(platform);
    const dump = await database.dump!();
    const file = path.join(dir, `${variant}.tar`);
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    process.env[variant === 'demo' ? 'PFC_TEST_TEMPLATE_DEMO' : 'PFC_TEST_TEMPLATE_EMPTY'] = file;
    await database.close();
  }
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

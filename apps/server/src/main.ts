import { buildApp } from './app';
import { isEmptyDatabase, openDatabase, preparePlatform } from './bootstrap';
import { ConfigError, loadConfig } from './config';
import { DataDirLockedError } from './db/lock';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoTotpSecret, loadDemo } from './demo';
import { jobHandlers } from './jobs';
import { startWorker } from './platform/jobs';
import { drainHttp, Shutdown } from './shutdown';

/** Starts the server: `--demo` loads the demo city into an empty database even on PostgreSQL. */
async function main(shutdown: Shutdown): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const config = loadConfig();
  shutdown.graceMs = config.shutdownGraceSeconds * 1000;
  const database = await openDatabase(config, 'server');
  shutdown.onStop('database', () => database.close());
  const platform = await preparePlatform(config, database);
  const empty = await isEmptyDatabase(database);
  // The embedded database is for trying the platform: it starts with a city to look at.
  const wantDemo =
    args.has('--demo') || (database.kind === 'pglite' && !args.has('--no-demo') && config.env !== 'production');
  let demoLoaded = false;
  if (empty && wantDemo) {
    console.log('正在载入演示数据（济宁市）… / loading the demo city…');
    await loadDemo(platform);
    demoLoaded = true;
  }
  if (shutdown.requested) return;
  const app = await buildApp(platform);
  const worker = startWorker(platform, jobHandlers, { onError: (err) => app.log.error({ err }, 'job worker') });
  shutdown.onStop('job worker', () => worker.stop());
  // Requests still open after most of the grace period are cut, leaving time to close the database.
  shutdown.onStop('http', () => drainHttp(app, Math.floor(shutdown.graceMs * 0.7)));
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host}:${port}`;
  console.log(`\n无证明城市 Proof-Free City 已启动 / is running`);
  console.log(`  网页 / web:      ${url}/`);
  console.log(`  登录 / sign in:  ${url}/login`);
  console.log(`  接口 / API docs: ${url}/api/docs`);
  console.log(`  数据库 / database: ${database.kind} (${database.location})`);
  if (demoLoaded || (wantDemo && !empty)) {
    const totp = config.staffSecondFactor === 'required';
    console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）/ demo accounts (password ${DEMO_PASSWORD}):`);
    if (totp) {
      console.log('工作人员登录还须输入动态验证码：把 TOTP 密钥加入验证器（如 Microsoft Authenticator、FreeOTP）');
      console.log('staff also enter a one-time code: add the TOTP secret to an authenticator app');
    }
    for (const a of DEMO_ACCOUNTS) {
      const secret = totp && a.staff ? `TOTP ${demoTotpSecret(platform.crypto, a.username)}` : '';
      console.log(`  ${a.username.padEnd(10)} ${secret.padEnd(38)} ${a.label}`);
    }
  }
  if (database.kind === 'pglite') {
    console.log('\n提示：内置数据库仅适合试用；正式部署请设置 DATABASE_URL 使用 PostgreSQL。');
  }
}

const shutdown = new Shutdown().listen();
const started = main(shutdown);
shutdown.whileStarting(started);
started.catch((err: unknown) => {
  if (err instanceof DataDirLockedError || err instanceof ConfigError) {
    console.error(`启动失败 / cannot start: ${err.message}`);
  } else {
    console.error('启动失败 / cannot start:', err);
  }
  void shutdown.stop('start-up failed', true);
});

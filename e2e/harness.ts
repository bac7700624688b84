/**
 * Browser-test harness: builds the web app if needed, runs the real server on a free port with a
 * throwaway data folder (so the demo city loads), and drives Debian's Chromium with playwright-core.
 * Never downloads a browser.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RESULTS_DIR = path.join(ROOT, 'test-results');
export const DEMO_PASSWORD = 'Demo@2026!';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Builds dist/web once when it is missing; an existing build is used as is. */
export function ensureWebBuilt(): void {
  if (fs.existsSync(path.join(ROOT, 'dist/web/index.html'))) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls until `check` returns a truthy value (or throws the last error after `timeoutMs`). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface RunningServer {
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `apps/server/src/main.ts` (through tsx) in development mode on a fresh PGlite folder. The
 * staff second factor is off unless `env` turns it on (e2e/second-factor.test.ts walks it).
 */
export async function startServer(options: { env?: NodeJS.ProcessEnv } = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pfc-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    PASSWORD_COST_LOG2: '10',
    // One browser on 127.0.0.1 types into search boxes faster than any citizen: no public rate limit here.
    PUBLIC_RATE_LIMIT: '0',
    LOG_LEVEL: 'warn',
    WEB_DIST: path.join(ROOT, 'dist/web'),
    STAFF_SECOND_FACTOR: 'off',
    ...options.env,
  };
  // `node --import tsx` is what `npx tsx` runs, minus the wrapper process: SIGTERM reaches the server itself.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const baseUrl = `http://127.0.0.1:${port}`;
  const cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    await eventually(
      async () => {
        if (hasExited) throw new Error(`server exited during start-up:\n${output}`);
        const res = await fetch(`${baseUrl}/readyz`);
        return res.ok;
      },
      120_000,
      'the server to be ready',
    );
  } catch (err) {
    if (!hasExited) child.kill('SIGKILL');
    await exited;
    cleanup();
    throw err;
  }

  return {
    baseUrl,
    output: () => output,
    stop: async () => {
      if (!hasExited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      cleanup();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A fresh browser context (no cookies, no localStorage) in Chinese, on Beijing time. */
export async function newContext(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...options,
  });
  // Generous: CI machines run the PostgreSQL and PGlite suites alongside; a wait only costs time when it fails.
  context.setDefaultTimeout(30_000);
  return context;
}

/**
 * Runs a journey in a fresh context; on failure saves a screenshot to test-results/failed-<name>.png
 * before rethrowing, so a red run can be looked at.
 */
export async function withPage(
  browser: Browser,
  baseUrl: string,
  name: string,
  options: BrowserContextOptions,
  journey: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await newContext(browser, baseUrl, options);
  const page = await context.newPage();
  try {
    await journey(page);
  } catch (err) {
    await screenshot(page, `failed-${name}`).catch(() => undefined);
    throw err;
  } finally {
    await context.close();
  }
}

/** Collects uncaught page errors so a test can assert the app did not crash. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL('**/workbench');
}

/**
 * Picks an option in an open antd Select / TreeSelect by its visible label. (The listbox that antd
 * exposes to screen readers is a hidden twin of the visible list, so role=option is not clickable.)
 */
export async function chooseOption(page: Page, label: string): Promise<void> {
  await page
    .locator(`.ant-select-item-option[title="${label}"], .ant-select-tree-node-content-wrapper[title="${label}"]`)
    .click();
}

/**
 * Opens a searchable select, types, and picks `label`, again until `field` shows `shown`: a
 * filtered tree can re-render under the click while its options load (seen on phones and on a
 * loaded CI machine), so one click is not proof the choice took.
 */
export async function pickUntilShown(
  page: Page,
  field: Locator,
  typed: string,
  label: string,
  shown: string,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await field.click();
    await page.keyboard.type(typed);
    try {
      await page
        .locator(`.ant-select-item-option[title="${label}"], .ant-select-tree-node-content-wrapper[title="${label}"]`)
        .click({ timeout: 5000 });
      await field.getByText(shown).first().waitFor({ timeout: 5000 });
      return;
    } catch (err) {
      if (attempt >= 4) throw err;
      await page.keyboard.press('Escape');
    }
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

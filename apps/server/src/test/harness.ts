import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { preparePlatform } from '../bootstrap';
import { loadConfig } from '../config';
import type { Platform } from '../platform/context';
import type { App } from '../platform/http/schemas';
import { openTestDatabase } from './database';

export interface TestClock {
  now: () => Date;
  set(date: Date | string): void;
  advance(ms: number): void;
}

export function testClock(start: Date | string = '2026-03-02T02:00:00Z'): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d) => void (current = new Date(d)),
    advance: (ms) => void (current = new Date(current.getTime() + ms)),
  };
}

export interface TestPlatform extends Platform {
  close(): Promise<void>;
}

/**
 * Suites run with the public rate limit off (every request comes from one address, often at one
 * fixed instant); a suite that tests the limit sets PUBLIC_RATE_LIMIT in `env`.
 */
export async function createTestPlatform(
  options: { clock?: TestClock; env?: NodeJS.ProcessEnv; demo?: boolean } = {},
): Promise<TestPlatform> {
  // The staff second factor is off unless a suite turns it on: suites about other things sign
  // staff in with a password alone (second-factor.test.ts and e2e/second-factor run the real flow).
  const config = loadConfig({
    NODE_ENV: 'test',
    PASSWORD_COST_LOG2: '10',
    PUBLIC_RATE_LIMIT: '0',
    STAFF_SECOND_FACTOR: 'off',
    ...options.env,
  });
  const fromTemplate = options.demo && !process.env.DATABASE_URL && !!process.env.PFC_TEST_TEMPLATE_DEMO;
  const database = await openTestDatabase(fromTemplate ? 'demo' : 'empty');
  const platform = await preparePlatform(config, database, options.clock?.now ?? (() => new Date()));
  if (options.demo && !fromTemplate) {
    const { loadDemo } = await import('../demo');
    await loadDemo(platform);
  }
  return { ...platform, close: () => database.close() };
}

export interface TestApp {
  app: App;
  platform: TestPlatform;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { clock?: TestClock; demo?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<TestApp> {
  const platform = await createTestPlatform({ ...options, demo: options.demo !== false });
  const app = await buildApp(platform, { logger: false });
  await app.ready();
  return {
    app,
    platform,
    async close() {
      await app.close();
      await platform.close();
    },
  };
}

/** A signed-in browser: its cookie and CSRF token go with every request. */
export interface Client {
  cookie: string;
  csrf: string;
  username: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
    raw?: Buffer,
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  del(url: string): Promise<LightMyRequestResponse>;
}

export const DEMO_PASSWORD = 'Demo@2026!';

function clientFor(app: App, username: string, cookie: string, csrf: string): Client {
  const request = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}, raw?: Buffer) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
      ...(raw ? { payload: raw } : {}),
    });
  return {
    cookie,
    csrf,
    username,
    request,
    get: (url) => request('GET', url),
    post: (url, body = {}) => request('POST', url, body),
    patch: (url, body = {}) => request('PATCH', url, body),
    put: (url, body = {}) => request('PUT', url, body),
    del: (url) => request('DELETE', url),
  };
}

export function anonymous(app: App): Client {
  return clientFor(app, '', '', '');
}

export async function signIn(app: App, username: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ username, password }),
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  return clientFromResponse(app, username, res);
}

/** The client that holds the session cookie a response set (sign-in, or passing the second factor). */
/** The session a sign-in (or second-factor) answer opened: its cookie and the CSRF token its body carries. */
export function clientFromResponse(app: App, username: string, res: LightMyRequestResponse): Client {
  const body = res.json() as { csrfToken?: string; session?: { csrfToken?: string } };
  const csrf = body.csrfToken ?? body.session?.csrfToken ?? '';
  const setCookie = res.headers['set-cookie'];
  const raw = (Array.isArray(setCookie) ? setCookie[0] : setCookie) ?? '';
  const cookie = raw.split(';')[0] ?? '';
  return clientFor(app, username, cookie, csrf);
}

export function json<T = Record<string, unknown>>(res: LightMyRequestResponse): T {
  return res.json() as T;
}

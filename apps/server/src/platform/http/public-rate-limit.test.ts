import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { createTestApp, json, testClock, type TestApp } from '../../test/harness';
import { SlidingWindowLimiter } from './public-rate-limit';

/** PUBLIC_RATE_LIMIT on the public routes (issue 11 item 5; RELIABILITY T25). */
describe('public rate limit', () => {
  const clock = testClock('2026-03-02T02:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock, demo: false, env: { PUBLIC_RATE_LIMIT: '600' } });
  });
  afterAll(async () => t?.close());

  const get = (url: string, address: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url, remoteAddress: address, headers });

  it('refuses the 601st request of a minute from one address with 429 and Retry-After, in the one error shape', async () => {
    const here = '198.51.100.20';
    const urls = [
      '/api/v1/meta',
      `/api/v1/public/proofs?q=${encodeURIComponent('婚姻')}`,
      `/api/v1/public/proofs/suggest?q=${encodeURIComponent('出')}`,
      '/api/v1/public/regions',
    ];
    for (let i = 0; i < 600; i++) {
      const res = await get(urls[i % urls.length]!, here);
      expect(res.statusCode, `request ${i + 1}`).not.toBe(429);
    }
    const refused = await get(`/api/v1/public/proofs/suggest?q=${encodeURIComponent('出生')}`, here, {
      'accept-language': 'en',
    });
    expect(refused.statusCode).toBe(429);
    // This minute's 600 fade out over the next one; a 601st fits 0.1 s into it.
    expect(refused.headers['retry-after']).toBe('61');
    expect(json(refused)).toEqual({
      error: {
        code: 'RATE_LIMITED',
        message: 'Too many requests; try again in 61 seconds',
        requestId: expect.any(String),
      },
    });
    expect(json<{ error: { message: string } }>(await get('/api/v1/meta', here)).error.message).toBe(
      '请求过于频繁，请于 61 秒后再试',
    );

    // Another address is not affected, nor is a route outside the public ones.
    expect((await get('/api/v1/meta', '203.0.113.20')).statusCode).toBe(200);
    expect((await get('/api/v1/auth/session', here)).statusCode).toBe(401);

    // The window slides: once the wait is over, the address is served again.
    clock.advance(60_000);
    const stillFull = await get('/api/v1/meta', here);
    expect(stillFull.statusCode).toBe(429);
    clock.advance(Number(stillFull.headers['retry-after']) * 1000);
    expect((await get('/api/v1/meta', here)).statusCode).toBe(200);
  });

  it('with 0 (the test suites’ setting) there is no limit', async () => {
    expect(loadConfig({}).publicRateLimit).toBe(600);
    const off = await createTestApp({ clock, demo: false, env: { PUBLIC_RATE_LIMIT: '0' } });
    try {
      for (let i = 0; i < 700; i++)
        expect((await off.app.inject({ url: '/api/v1/meta', remoteAddress: '198.51.100.21' })).statusCode).toBe(200);
    } finally {
      await off.close();
    }
  });
});

describe('sliding-window limiter', () => {
  const start = Date.parse('2026-03-02T02:00:00Z');

  it('lets the limit through in any minute and weighs the previous minute as it slides out', () => {
    const limiter = new SlidingWindowLimiter(10);
    for (let i = 0; i < 10; i++) expect(limiter.take('a', start + i)).toBe(0);
    expect(limiter.take('a', start + 30_000)).toBe(36);
    // A quarter into the next minute, three quarters of the last minute's 10 still count: 2 more fit.
    expect(limiter.take('a', start + 75_000)).toBe(0);
    expect(limiter.take('a', start + 75_000)).toBe(0);
    expect(limiter.take('a', start + 75_000)).toBeGreaterThan(0);
    // Two minutes on, all is forgotten.
    for (let i = 0; i < 10; i++) expect(limiter.take('a', start + 180_000)).toBe(0);
  });

  it('keeps a bounded number of addresses, dropping idle ones first', () => {
    const limiter = new SlidingWindowLimiter(5, 60_000, 1000);
    for (let i = 0; i < 5000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`, start + i);
    expect(limiter.size).toBeLessThanOrEqual(1000);
    // A new minute drops everyone idle for a whole minute.
    limiter.take('late', start + 125_000);
    expect(limiter.size).toBe(1);
  });
});

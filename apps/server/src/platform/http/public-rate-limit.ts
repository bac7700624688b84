import type { FastifyInstance } from 'fastify';
import type { Platform } from '../context';
import { clientAddressKey } from './client-address';
import { AppError, E } from './errors';

interface Counter {
  /** Start of the current fixed window (epoch ms, a multiple of the window). */
  start: number;
  previous: number;
  current: number;
}

/**
 * A sliding-window counter per key: the count of the current fixed window plus the previous
 * window's count weighted by how much of it still lies within the last window's length. It keeps
 * "N per minute" to within a few per cent in any 60 s, in two numbers per key (a log of request
 * times would take N). Memory is bounded: keys idle for a whole window are dropped at each window
 * start, and past `maxKeys` the longest-idle keys go first (such a key starts afresh: the limiter
 * then errs towards letting requests through rather than towards refusing strangers).
 */
export class SlidingWindowLimiter {
  private readonly counters = new Map<string, Counter>();
  private sweptAt = 0;

  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    readonly maxKeys = 100_000,
  ) {}

  get size(): number {
    return this.counters.size;
  }

  /** Counts one request and returns 0, or refuses it (uncounted) and returns the seconds to wait. */
  take(key: string, nowMs: number): number {
    const W = this.windowMs;
    const start = nowMs - (nowMs % W);
    if (start !== this.sweptAt) this.sweep(start);
    let counter = this.counters.get(key);
    if (counter?.start !== start) {
      const previous = counter?.start === start - W ? counter.current : 0;
      counter = { start, previous, current: 0 };
      // Re-inserting keeps the map in order of last activity, for eviction.
      this.counters.delete(key);
      this.counters.set(key, counter);
      if (this.counters.size > this.maxKeys) this.evict();
    }
    const elapsed = (nowMs - start) / W;
    if (counter.previous * (1 - elapsed) + counter.current + 1 <= this.limit) {
      counter.current += 1;
      return 0;
    }
    return Math.max(1, Math.ceil((this.freesAt(counter) - nowMs) / 1000));
  }

  /** When the next request would fit, if no other is counted meanwhile. */
  private freesAt({ start, previous, current }: Counter): number {
    const room = this.limit - 1;
    // Within this window, as the previous one's weight fades.
    if (current <= room && previous > 0) {
      const f = 1 - (room - current) / previous;
      if (f < 1) return start + this.windowMs * Math.max(0, f);
    }
    // In the next window, where this window's count fades in turn.
    return start + this.windowMs * (1 + Math.max(0, current > 0 ? 1 - room / current : 0));
  }

  private sweep(start: number): void {
    this.sweptAt = start;
    for (const [key, counter] of this.counters) if (counter.start < start - this.windowMs) this.counters.delete(key);
  }

  private evict(): void {
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of this.counters.keys()) {
      if (this.counters.size <= target) break;
      this.counters.delete(key);
    }
  }
}

/**
 * Limits the public routes (every route whose policy is public.*: search, suggest, letter check,
 * disclosure, consultation, published lists) per client address, to PUBLIC_RATE_LIMIT requests a
 * minute. Counted in this server's memory: a search must not cost a database write, and a few
 * servers each allowing the limit is still a limit. Sign-in has its own limits, in the database.
 * Runs first among the request hooks, so a refused request costs no session lookup.
 */
export function installPublicRateLimit(app: FastifyInstance, platform: Platform): void {
  const perMinute = platform.config.publicRateLimit;
  if (perMinute === 0) return;
  const limiter = new SlidingWindowLimiter(perMinute);
  app.addHook('onRequest', async (request) => {
    if (!request.routeOptions.config?.policy?.startsWith('public.')) return;
    const wait = limiter.take(clientAddressKey(request.ip), platform.now().getTime());
    if (wait > 0) throw new AppError(E.RATE_LIMITED, { seconds: wait, retryAfter: wait });
  });
}

/** The verification plan's rules, without a database: sampling share, exemption, which letters get a due date. */
import { VERIFICATION_METHODS, type VerificationMethod, type VerificationPlan } from '@pfc/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawn, dueDateDays, taskOutcome } from './rules';

const METHODS = Object.keys(VERIFICATION_METHODS) as VerificationMethod[];
const plan = fc.record({
  method: fc.constantFrom(...METHODS),
  timeLimitDays: fc.integer({ min: 0, max: 365 }),
  samplingShare: fc.double({ min: 0, max: 1, noNaN: true }),
});
/** A seeded roll in [0, 1), as randomInt(1e6) / 1e6 gives. */
const seeded = (seed: number) => {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) % 1_000_000) / 1_000_000;
  };
};

describe('drawn', () => {
  it('draws every letter at share 1 and none at share 0, whatever the roll', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.999999, noNaN: true }), (r) => {
        expect(drawn(1, () => r)).toBe(true);
        expect(drawn(0, () => r)).toBe(false);
      }),
    );
  });

  it('draws exactly when the roll falls under the share', () => {
    expect(drawn(0.3, () => 0.299999)).toBe(true);
    expect(drawn(0.3, () => 0.3)).toBe(false);
  });

  it('draws close to the share over many letters, for any share and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (percent, seed) => {
        const share = percent / 100;
        const roll = seeded(seed);
        const n = 5_000;
        let hits = 0;
        for (let i = 0; i < n; i++) if (drawn(share, roll)) hits += 1;
        // Five standard deviations of a binomial share: a correct draw fails this about once in 3.5 million.
        const tolerance = 5 * Math.sqrt((share * (1 - share)) / n);
        expect(Math.abs(hits / n - share)).toBeLessThan(tolerance);
      }),
      { numRuns: 40 },
    );
  });

  it('draws about three letters in ten with the real random source', () => {
    const n = 20_000;
    let hits = 0;
    for (let i = 0; i < n; i++) if (drawn(0.3)) hits += 1;
    expect(Math.abs(hits / n - 0.3)).toBeLessThan(5 * Math.sqrt((0.3 * 0.7) / n));
  });
});

describe('taskOutcome', () => {
  it('marks a commitment without a plan, or with an exempt one, exempt and never sampled', () => {
    expect(taskOutcome(null, () => 0)).toEqual({
      method: 'exempt',
      sampled: false,
      status: 'exempt',
      timeLimitDays: null,
    });
    expect(taskOutcome({ method: 'exempt', timeLimitDays: 10, samplingShare: 1 }, () => 0)).toEqual({
      method: 'exempt',
      sampled: false,
      status: 'exempt',
      timeLimitDays: null,
    });
  });

  it('a drawn task is pending with its limit; an undrawn one is kept as not sampled, without a limit', () => {
    const onSite: VerificationPlan = { method: 'on_site', timeLimitDays: 15, samplingShare: 0.5 };
    expect(taskOutcome(onSite, () => 0.1)).toEqual({
      method: 'on_site',
      sampled: true,
      status: 'pending',
      timeLimitDays: 15,
    });
    expect(taskOutcome(onSite, () => 0.9)).toEqual({
      method: 'on_site',
      sampled: false,
      status: 'not_sampled',
      timeLimitDays: null,
    });
  });

  it('keeps the method, and sampled, status and limit agree, for any plan and roll', () => {
    fc.assert(
      fc.property(fc.option(plan, { nil: null }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (p, r) => {
        const out = taskOutcome(p, () => r);
        expect(out.method).toBe(p?.method ?? 'exempt');
        expect(out.status === 'pending').toBe(out.sampled);
        expect(out.status === 'exempt').toBe(out.method === 'exempt');
        expect(out.timeLimitDays).toBe(out.sampled ? p!.timeLimitDays : null);
        if (p && p.method !== 'exempt') expect(out.sampled).toBe(drawn(p.samplingShare, () => r));
      }),
    );
  });
});

describe('dueDateDays', () => {
  it('counts a due date for every plan that is not exempt, with its own limit', () => {
    expect(dueDateDays(null)).toBeNull();
    fc.assert(
      fc.property(plan, (p) => {
        expect(dueDateDays(p)).toBe(p.method === 'exempt' ? null : p.timeLimitDays);
      }),
    );
  });

  it('gives every drawn task a due date to take', () => {
    fc.assert(
      fc.property(plan, fc.double({ min: 0, max: 0.999999, noNaN: true }), (p, r) => {
        if (taskOutcome(p, () => r).sampled) expect(dueDateDays(p)).not.toBeNull();
      }),
    );
  });
});

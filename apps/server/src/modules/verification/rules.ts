import { randomInt } from 'node:crypto';
import type { VerificationMethod, VerificationPlan } from '@pfc/contracts';

/** Sampling by share (双随机): 1 checks every letter, 0.3 about three in ten. */
export function drawn(share: number, roll: () => number = () => randomInt(1_000_000) / 1_000_000): boolean {
  return share >= 1 || (share > 0 && roll() < share);
}

/**
 * Whether a signed commitment gets a due date counted (before the draw, outside the transaction,
 * since the calendar may need to load): every plan that is not exempt, after how many working days.
 */
export function dueDateDays(plan: VerificationPlan | null): number | null {
  return plan && plan.method !== 'exempt' ? plan.timeLimitDays : null;
}

export interface TaskOutcome {
  method: VerificationMethod;
  sampled: boolean;
  status: 'pending' | 'not_sampled' | 'exempt';
  /** The working-day limit the due date was counted with, kept for a recount; only for a task to do. */
  timeLimitDays: number | null;
}

/**
 * What the entry's plan makes of one signed commitment: no plan means exempt; otherwise the share
 * decides whether it is drawn for checking, and only a drawn task carries a due date.
 */
export function taskOutcome(plan: VerificationPlan | null, roll?: () => number): TaskOutcome {
  const method = plan?.method ?? 'exempt';
  if (method === 'exempt') return { method, sampled: false, status: 'exempt', timeLimitDays: null };
  const sampled = drawn(plan?.samplingShare ?? 1, roll);
  return {
    method,
    sampled,
    status: sampled ? 'pending' : 'not_sampled',
    timeLimitDays: sampled ? (plan?.timeLimitDays ?? null) : null,
  };
}

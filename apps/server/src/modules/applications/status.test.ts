/** The application's transition table, every pair of status and action: pure, no database. */
import { APPLICATION_STATUSES, type ApplicationStatus } from '@pfc/contracts';
import { describe, expect, it } from 'vitest';
import { type ApplicationAction, assertOpen, assertTransition, OPEN, TRANSITIONS } from './status';

const STATUSES = Object.keys(APPLICATION_STATUSES) as ApplicationStatus[];
const ACTIONS = Object.keys(TRANSITIONS) as ApplicationAction[];

/** Written out again by hand from the process (受理 → 补正 → 决定), so a change to the table shows here. */
const ALLOWED: Record<string, ApplicationStatus> = {
  'draft submit': 'submitted',
  'correction submit': 'submitted',
  'submitted accept': 'accepted',
  'submitted correct': 'correction',
  'accepted correct': 'correction',
  'accepted approve': 'approved',
  'submitted reject': 'rejected',
  'accepted reject': 'rejected',
};

function outcome(status: ApplicationStatus, action: ApplicationAction): ApplicationStatus | string {
  try {
    return assertTransition(status, action, 'zh');
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('application transitions', () => {
  it('has the actions the process knows', () => {
    expect(ACTIONS.sort()).toEqual(['accept', 'approve', 'correct', 'reject', 'submit']);
  });

  for (const status of STATUSES)
    for (const action of ACTIONS) {
      const to = ALLOWED[`${status} ${action}`];
      it(`${action} from ${status}: ${to ?? 'refused'}`, () => {
        expect(outcome(status, action)).toBe(to ?? 'STATUS_INVALID');
      });
    }

  it('ends at a decision: nothing leaves approved or rejected', () => {
    for (const status of ['approved', 'rejected'] as const)
      for (const action of ACTIONS) expect(outcome(status, action)).toBe('STATUS_INVALID');
  });

  it('names the status and the action in the refusal, in the language asked', () => {
    try {
      assertTransition('approved', 'accept', 'en');
      expect.unreachable();
    } catch (error) {
      expect((error as { params: unknown }).params).toEqual({ status: 'Approved', action: 'accept' });
    }
  });
});

describe('open applications', () => {
  it('stay open until the decision', () => {
    expect([...OPEN].sort()).toEqual(['accepted', 'correction', 'draft', 'submitted']);
    for (const status of STATUSES) {
      const open = status !== 'approved' && status !== 'rejected';
      if (open) expect(() => assertOpen(status, '撤回', 'zh')).not.toThrow();
      else expect(() => assertOpen(status, '撤回', 'zh')).toThrow('STATUS_INVALID');
    }
  });

  it('every open status has a way on, and every way on starts from an open status', () => {
    for (const status of OPEN) expect(ACTIONS.some((a) => TRANSITIONS[a].from.includes(status))).toBe(true);
    for (const action of ACTIONS) for (const from of TRANSITIONS[action].from) expect(OPEN).toContain(from);
  });
});

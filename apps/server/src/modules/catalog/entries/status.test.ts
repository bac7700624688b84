/** The clean-up workflow's transition table, every pair of status and action: pure, no database. */
import { describe, expect, it } from 'vitest';
import { canTransition, EDITABLE, type EntryAction, type EntryStatus, STATUS_LABELS, TRANSITIONS } from './status';

const STATUSES = Object.keys(STATUS_LABELS) as EntryStatus[];
const ACTIONS = Object.keys(TRANSITIONS) as EntryAction[];

/** Written out again by hand from seed 002 §三 (register → unit → joint review → consultation → leadership → publish). */
const ALLOWED: Record<string, EntryStatus> = {
  'draft submit': 'unit_review',
  'sent_back submit': 'unit_review',
  'unit_review unit_approve': 'joint_review',
  'unit_review unit_send_back': 'sent_back',
  'joint_review review_partial': 'joint_review',
  'joint_review review_complete': 'consultation',
  'joint_review review_send_back': 'sent_back',
  'consultation close_consultation': 'approval',
  'approval leadership_approve': 'approved',
  'approval leadership_send_back': 'sent_back',
  'approved publish': 'published',
  'draft withdraw': 'withdrawn',
  'sent_back withdraw': 'withdrawn',
};

describe('proof entry transitions', () => {
  for (const status of STATUSES)
    for (const action of ACTIONS) {
      const to = ALLOWED[`${status} ${action}`];
      it(`${action} from ${status}: ${to ?? 'refused'}`, () => {
        expect(canTransition(status, action)).toBe(to !== undefined);
        if (to) expect(TRANSITIONS[action].to).toBe(to);
      });
    }

  it('refuses every action from a status it does not know', () => {
    for (const action of ACTIONS) expect(canTransition('deleted', action)).toBe(false);
  });

  it('leaves published and withdrawn entries where they are (changes go through adjustments)', () => {
    for (const action of ACTIONS) {
      expect(canTransition('published', action)).toBe(false);
      expect(canTransition('withdrawn', action)).toBe(false);
    }
  });

  it('reaches publication from a draft, and every status from a draft', () => {
    const reached = new Set<EntryStatus>(['draft']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const action of ACTIONS)
        if (TRANSITIONS[action].from.some((s) => reached.has(s)) && !reached.has(TRANSITIONS[action].to)) {
          reached.add(TRANSITIONS[action].to);
          grew = true;
        }
    }
    expect([...reached].sort()).toEqual([...STATUSES].sort());
  });

  it('lets the unit edit only what it can still submit or withdraw', () => {
    expect([...EDITABLE].sort()).toEqual(['draft', 'sent_back']);
    for (const status of STATUSES)
      expect(canTransition(status, 'submit') && canTransition(status, 'withdraw')).toBe(EDITABLE.includes(status));
  });
});

/** Who may use commitment, from the credit record alone: the pure rule, no database. */
import { CREDIT_STATUSES, type CreditStatus } from '@pfc/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eligibilityOf } from './eligibility';

const STATUSES = Object.keys(CREDIT_STATUSES) as CreditStatus[];

describe('eligibilityOf', () => {
  it('lets an applicant without a credit record commit', () => {
    expect(eligibilityOf(undefined)).toEqual({ eligible: true, reason: null });
  });

  for (const status of STATUSES)
    for (const repaired of [false, true]) {
      const eligible = status === 'good' || repaired;
      it(`${status}${repaired ? ', repaired' : ''}: ${eligible ? 'may commit' : 'must submit the proofs'}`, () => {
        const out = eligibilityOf({ status, repaired });
        expect(out.eligible).toBe(eligible);
        expect(out.reason === null).toBe(eligible);
      });
    }

  it('says why, naming the record, in the language asked', () => {
    expect(eligibilityOf({ status: 'false_commitment', repaired: false }).reason).toContain('曾作出虚假承诺');
    expect(eligibilityOf({ status: 'false_commitment', repaired: false }).reason).toContain('尚未完成信用修复');
    expect(eligibilityOf({ status: 'serious_bad_credit', repaired: false }, 'en').reason).toContain(
      'A serious bad-credit record',
    );
  });

  it('repair always restores commitment, and only a bad record without repair takes it away', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUSES),
        fc.boolean(),
        fc.constantFrom('zh' as const, 'en' as const),
        (s, r, lang) => {
          expect(eligibilityOf({ status: s, repaired: true }, lang).eligible).toBe(true);
          expect(eligibilityOf({ status: s, repaired: r }, lang).eligible).toBe(s === 'good' || r);
        },
      ),
    );
  });
});

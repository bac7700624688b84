/** What the lists say happens to a proof, and the applicant's choices checked against it: pure, no database. */
import {
  EXCLUSION_CATEGORIES,
  type ExclusionCategory,
  type ProofChoice,
  type PublishedEntry,
  SUBSTITUTE_METHODS,
  type SubstituteMethod,
} from '@pfc/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclosable, pathNote, pathOf, planProofs } from './paths';

const METHODS = Object.keys(SUBSTITUTE_METHODS) as SubstituteMethod[];
const CATEGORIES = Object.keys(EXCLUSION_CATEGORIES) as ExclusionCategory[];
let seq = 0;

function newEntry(overrides: Partial<PublishedEntry> = {}): PublishedEntry {
  seq += 1;
  return {
    entryId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    lists: ['retained'],
    name: `证明${seq}`,
    aliases: [],
    content: '',
    issuingUnitName: '开具单位',
    legalBasis: [],
    disposition: 'retain',
    cancelRule: null,
    cancelReason: '',
    substitutes: [],
    mustSubmitReason: '',
    commitmentExcluded: false,
    exclusionCategory: null,
    disclosure: false,
    verificationPlan: null,
    remarks: '',
    unitId: '00000000-0000-4000-8000-000000000001',
    unitName: '办理单位',
    serviceItems: [],
    ...overrides,
  };
}

const substitutes = fc.array(fc.record({ method: fc.constantFrom(...METHODS) }, { requiredKeys: ['method'] }), {
  maxLength: 4,
});
const entryArb = fc
  .record({
    disposition: fc.constantFrom('retain' as const, 'cancel' as const),
    substitutes,
    commitmentExcluded: fc.boolean(),
    exclusionCategory: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
    disclosure: fc.boolean(),
  })
  .map((fields) => newEntry(fields));

const commitmentEntry = (o: Partial<PublishedEntry> = {}) =>
  newEntry({ substitutes: [{ method: 'commitment' }], ...o });

describe('pathOf', () => {
  it('follows the table of disposition × first substitute × exclusion', () => {
    expect(pathOf(newEntry({ disposition: 'cancel', substitutes: [{ method: 'commitment' }] }))).toBe('cancelled');
    expect(pathOf(commitmentEntry())).toBe('commitment');
    expect(pathOf(commitmentEntry({ commitmentExcluded: true }))).toBe('submit');
    expect(pathOf(newEntry({ substitutes: [{ method: 'data_sharing' }] }))).toBe('shared');
    expect(pathOf(newEntry({ substitutes: [{ method: 'assistance' }] }))).toBe('shared');
    expect(pathOf(newEntry({ substitutes: [{ method: 'must_submit' }] }))).toBe('submit');
    expect(pathOf(newEntry())).toBe('submit');
  });

  it('lets only the first substitute decide, in the order the unit listed them', () => {
    expect(pathOf(newEntry({ substitutes: [{ method: 'data_sharing' }, { method: 'commitment' }] }))).toBe('shared');
    expect(pathOf(newEntry({ substitutes: [{ method: 'must_submit' }, { method: 'commitment' }] }))).toBe('submit');
    fc.assert(
      fc.property(entryArb, substitutes, (e, more) => {
        fc.pre(e.substitutes.length > 0);
        expect(pathOf({ ...e, substitutes: [...e.substitutes, ...more] })).toBe(pathOf(e));
      }),
    );
  });

  it('never offers commitment for a cancelled or excluded proof', () => {
    fc.assert(
      fc.property(entryArb, (e) => {
        const path = pathOf(e);
        if (e.disposition === 'cancel') expect(path).toBe('cancelled');
        if (path === 'commitment') expect(e.commitmentExcluded).toBe(false);
      }),
    );
  });
});

describe('disclosable', () => {
  it('never discloses a letter touching state secrets or national security, whatever the flag', () => {
    for (const category of ['state_secrets', 'national_security'] as const)
      expect(disclosable(newEntry({ disclosure: true, exclusionCategory: category }))).toBe(false);
  });

  it('otherwise follows the entry flag', () => {
    fc.assert(
      fc.property(entryArb, (e) => {
        const secret = e.exclusionCategory === 'state_secrets' || e.exclusionCategory === 'national_security';
        expect(disclosable(e)).toBe(e.disclosure && !secret);
      }),
    );
  });
});

describe('pathNote', () => {
  it('gives the reason the unit wrote for a cancelled proof and for one still to submit', () => {
    expect(pathNote(newEntry({ cancelReason: '无法律依据' }), 'cancelled')).toBe('此证明已取消，无需提供。无法律依据');
    expect(pathNote(newEntry({ mustSubmitReason: '法律明确规定' }), 'submit')).toBe('须提交此证明。法律明确规定');
    expect(pathNote(newEntry({ substitutes: [{ method: 'data_sharing', note: '电子证照库' }] }), 'shared')).toBe(
      '由办理部门通过信息共享获取，无需提供。电子证照库',
    );
  });
});

describe('planProofs', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      return (error as { code?: string }).code;
    }
    return 'no error';
  };
  const commit = (e: PublishedEntry, consent?: boolean): ProofChoice => ({
    entryId: e.entryId,
    choice: 'commitment',
    ...(consent === undefined ? {} : { disclosureConsent: consent }),
  });

  it('asks nothing of cancelled and shared proofs and submission of the rest', () => {
    const cancelled = newEntry({ disposition: 'cancel' });
    const shared = newEntry({ substitutes: [{ method: 'data_sharing' }] });
    const submit = newEntry();
    const offered = commitmentEntry();
    const planned = planProofs([cancelled, shared, submit, offered], [commit(offered)]);
    expect(planned.map((p) => [p.path, p.choice])).toEqual([
      ['cancelled', 'none'],
      ['shared', 'none'],
      ['submit', 'submit'],
      ['commitment', 'commitment'],
    ]);
  });

  it('refuses a choice for a proof that needs none, or for one not in the lists', () => {
    const shared = newEntry({ substitutes: [{ method: 'assistance' }] });
    expect(code(() => planProofs([shared], [{ entryId: shared.entryId, choice: 'submit' }]))).toBe('CHOICE_INVALID');
    expect(code(() => planProofs([newEntry()], [commit(newEntry())]))).toBe('CHOICE_INVALID');
  });

  it('needs a choice for every proof a commitment can replace; submitting it instead is allowed', () => {
    const offered = commitmentEntry();
    expect(code(() => planProofs([offered], []))).toBe('CHOICE_INVALID');
    expect(planProofs([offered], [{ entryId: offered.entryId, choice: 'submit' }])[0]!.choice).toBe('submit');
  });

  it('refuses commitment where it is not offered', () => {
    const excluded = commitmentEntry({ commitmentExcluded: true });
    expect(code(() => planProofs([excluded], [commit(excluded)]))).toBe('COMMITMENT_NOT_OFFERED');
  });

  it('needs consent to commit where the letter will be disclosed, and only there', () => {
    const disclosed = commitmentEntry({ disclosure: true });
    expect(code(() => planProofs([disclosed], [commit(disclosed)]))).toBe('DISCLOSURE_CONSENT_REQUIRED');
    expect(code(() => planProofs([disclosed], [commit(disclosed, false)]))).toBe('DISCLOSURE_CONSENT_REQUIRED');
    expect(planProofs([disclosed], [commit(disclosed, true)])[0]).toMatchObject({
      choice: 'commitment',
      disclosure: true,
    });
    const secret = commitmentEntry({ disclosure: true, exclusionCategory: 'state_secrets' });
    expect(planProofs([secret], [commit(secret)])[0]).toMatchObject({ choice: 'commitment', disclosure: false });
  });

  it('for any entries and choices: either refused, or one plan per entry that agrees with the lists', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('commitment' as const, 'submit' as const), fc.boolean())),
        (entries, picks) => {
          const choices = new Map<string, ProofChoice>();
          for (const [i, choice, consent] of picks)
            if (entries.length) {
              const e = entries[i % entries.length]!;
              choices.set(e.entryId, { entryId: e.entryId, choice, disclosureConsent: consent });
            }
          let planned: ReturnType<typeof planProofs>;
          try {
            planned = planProofs(entries, [...choices.values()]);
          } catch (error) {
            expect(['CHOICE_INVALID', 'COMMITMENT_NOT_OFFERED', 'DISCLOSURE_CONSENT_REQUIRED']).toContain(
              (error as { code?: string }).code,
            );
            return;
          }
          expect(planned.map((p) => p.entry)).toEqual(entries);
          for (const p of planned) {
            expect(p.path).toBe(pathOf(p.entry));
            expect(p.disclosure).toBe(disclosable(p.entry));
            if (p.choice === 'commitment') {
              expect(p.path).toBe('commitment');
              if (p.disclosure) expect(choices.get(p.entry.entryId)?.disclosureConsent).toBe(true);
            }
            expect(p.choice === 'none').toBe(p.path === 'cancelled' || p.path === 'shared');
          }
        },
      ),
    );
  });
});

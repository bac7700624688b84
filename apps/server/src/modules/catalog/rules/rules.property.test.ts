import {
  BASIS_RANKS,
  EXCLUSION_CATEGORIES,
  SUBSTITUTE_METHODS,
  VERIFICATION_METHODS,
  type BasisRank,
  type ExclusionCategory,
  type ProofEntryDraft,
  type ProofEntryInput,
  type SubstituteMethod,
  type VerificationMethod,
} from '@pfc/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_HOUSING, ITEM_LAWYER } from './rules.cases';
import { PROOF_ENTRY_RULES, checkProofEntry, hasBlockingFindings, type RuleContext } from './index';

const keys = <T extends string>(table: Record<T, unknown>) => Object.keys(table) as T[];

// Mix seed-like words with arbitrary text so the keyword rules are reached as well as odd input.
const words = [
  '无犯罪记录证明',
  '结婚证',
  '民事判决书',
  '亲属关系证明',
  '品行端正证明',
  '相关部门',
  '申请人',
  '市公安局',
  '……',
  '',
  ' ',
  '证明'.repeat(60),
];
const text = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const id = fc.oneof(fc.constantFrom(ITEM_LAWYER, ITEM_HOUSING), fc.uuid());

const fields = {
  name: text,
  aliases: fc.array(text, { maxLength: 3 }),
  content: text,
  serviceItemIds: fc.array(id, { maxLength: 4 }),
  issuingUnitName: text,
  legalBasis: fc.array(
    fc.record({ instrument: text, article: text, rank: fc.constantFrom<BasisRank>(...keys(BASIS_RANKS)) }),
    { maxLength: 4 },
  ),
  disposition: fc.constantFrom('retain' as const, 'cancel' as const),
  cancelRule: fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }),
  cancelReason: text,
  substitutes: fc.array(
    fc.record({
      method: fc.constantFrom<SubstituteMethod>(...keys(SUBSTITUTE_METHODS)),
      note: fc.option(text, { nil: undefined }),
    }),
    { maxLength: 4 },
  ),
  mustSubmitReason: text,
  commitmentExcluded: fc.boolean(),
  exclusionCategory: fc.option(fc.constantFrom<ExclusionCategory>(...keys(EXCLUSION_CATEGORIES)), { nil: null }),
  disclosure: fc.boolean(),
  verificationPlan: fc.option(
    fc.record({
      method: fc.constantFrom<VerificationMethod>(...keys(VERIFICATION_METHODS)),
      timeLimitDays: fc.integer({ min: 0, max: 365 }),
      samplingShare: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    }),
    { nil: null },
  ),
  remarks: text,
};
const entryArb: fc.Arbitrary<ProofEntryInput> = fc.record(fields);
/** A form still being filled in: any of the fields may be missing. */
const draftArb: fc.Arbitrary<ProofEntryDraft> = fc.record(fields, { requiredKeys: [] });

/** What a missing field means: the blank value of its type (the disposition has none). */
const BLANK: Omit<ProofEntryInput, 'disposition'> = {
  name: '',
  aliases: [],
  content: '',
  serviceItemIds: [],
  issuingUnitName: '',
  legalBasis: [],
  cancelRule: null,
  cancelReason: '',
  substitutes: [],
  mustSubmitReason: '',
  commitmentExcluded: false,
  exclusionCategory: null,
  disclosure: false,
  verificationPlan: null,
  remarks: '',
};

const ctxArb: fc.Arbitrary<RuleContext> = fc.record(
  {
    knownServiceItemIds: fc.array(id, { maxLength: 3 }).map((ids) => new Set(ids)),
    departmentalPublicService: fc.boolean(),
  },
  { requiredKeys: [] },
);

const order = new Map(PROOF_ENTRY_RULES.map((rule, index) => [rule.code, index]));

describe('checkProofEntry on arbitrary entries', () => {
  it('never throws and reports each code once, in table order, as the table defines it', () => {
    fc.assert(
      fc.property(entryArb, ctxArb, fc.constantFrom('zh' as const, 'en' as const), (entry, ctx, lang) => {
        const findings = checkProofEntry(entry, ctx, lang);
        const positions = findings.map((finding) => order.get(finding.code) ?? -1);
        expect(positions.every((position) => position >= 0)).toBe(true);
        expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
        for (const finding of findings) {
          const rule = PROOF_ENTRY_RULES[order.get(finding.code) ?? -1];
          expect(finding).toMatchObject({ level: rule?.level, field: rule?.field, rule: rule?.rule });
          expect(finding.message.length).toBeGreaterThan(0);
        }
        expect(hasBlockingFindings(findings)).toBe(findings.some((finding) => finding.level === 'error'));
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic and does not change the entry', () => {
    fc.assert(
      fc.property(entryArb, ctxArb, (entry, ctx) => {
        const before = structuredClone(entry);
        const first = checkProofEntry(entry, ctx);
        expect(checkProofEntry(entry, ctx)).toEqual(first);
        expect(entry).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same codes, levels and fields in Chinese and English', () => {
    fc.assert(
      fc.property(entryArb, ctxArb, (entry, ctx) => {
        const strip = (lang: 'zh' | 'en') =>
          checkProofEntry(entry, ctx, lang).map(({ message: _message, ...rest }) => rest);
        expect(strip('en')).toEqual(strip('zh'));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps retained-only and cancel-only rules apart', () => {
    const cancelOnly = new Set([
      'CANCEL_RULE_MISSING',
      'CANCEL_REASON_MISSING',
      'CANCEL_REASON_SHORT',
      'CANCEL_HAS_SUBSTITUTES',
      'CANCEL_HAS_VERIFICATION_PLAN',
    ]);
    const retainOnly = new Set([
      'RULE1_NO_LEGAL_BASIS',
      'SUBSTITUTE_MISSING',
      'MUST_SUBMIT_NO_REASON',
      'SERVICE_ITEM_MISSING',
    ]);
    fc.assert(
      fc.property(entryArb, ctxArb, (entry, ctx) => {
        const codes = checkProofEntry(entry, ctx).map((finding) => finding.code);
        const wrong = entry.disposition === 'retain' ? cancelOnly : retainOnly;
        expect(codes.filter((code) => wrong.has(code))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('checks drafts: a missing field counts as a blank one, a missing disposition silences the disposition rules', () => {
    const dispositionRules = new Set([
      'CANCEL_RULE_MISSING',
      'CANCEL_REASON_MISSING',
      'CANCEL_REASON_SHORT',
      'RULE1_NO_LEGAL_BASIS',
      'SUBSTITUTE_MISSING',
      'SERVICE_ITEM_MISSING',
    ]);
    fc.assert(
      fc.property(draftArb, ctxArb, (draft, ctx) => {
        const findings = checkProofEntry(draft, ctx);
        const codes = findings.map((finding) => finding.code);
        if (draft.disposition === undefined) {
          expect(codes).toContain('DISPOSITION_MISSING');
          expect(codes.filter((code) => dispositionRules.has(code))).toEqual([]);
        } else {
          expect(findings).toEqual(checkProofEntry({ ...BLANK, ...draft, disposition: draft.disposition }, ctx));
        }
      }),
      { numRuns: 300 },
    );
  });
});

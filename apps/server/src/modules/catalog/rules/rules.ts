/**
 * The rule check run when a unit proposes a disposition for a proof entry (002 §三.3(1)) and shown
 * to the legality and policy reviewers (002 §三.3(2)), and live on the form while it is filled in.
 * Pure: the same entry and context always give the same findings, in table order, each code at most
 * once.
 */
import type { ProofEntryDraft, RuleFinding } from '@pfc/contracts';
import { ENTRY_RULES } from './table-entry';
import { RETAINED_RULES } from './table-retained';
import type { Lang, RuleContext, RuleDefinition, RuleEntry } from './types';

/**
 * Every rule, in the order the reviewer reads them: what the proof is, who issues it, its basis and
 * disposition, then how a retained proof is replaced and checked. Split over two files only to keep
 * each one short; this array is the single table.
 */
export const PROOF_ENTRY_RULES: readonly RuleDefinition[] = [...ENTRY_RULES, ...RETAINED_RULES];

const NO_CONTEXT: RuleContext = {};

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** A missing field reads as blank, so "not yet filled in" and "left empty" get the same findings. */
export function ruleEntryOf(draft: ProofEntryDraft): RuleEntry {
  return {
    name: draft.name ?? '',
    aliases: draft.aliases ?? [],
    content: draft.content ?? '',
    serviceItemIds: draft.serviceItemIds ?? [],
    issuingUnitName: draft.issuingUnitName ?? '',
    legalBasis: draft.legalBasis ?? [],
    disposition: draft.disposition ?? null,
    cancelRule: draft.cancelRule ?? null,
    cancelReason: draft.cancelReason ?? '',
    substitutes: draft.substitutes ?? [],
    mustSubmitReason: draft.mustSubmitReason ?? '',
    commitmentExcluded: draft.commitmentExcluded ?? false,
    exclusionCategory: draft.exclusionCategory ?? null,
    disclosure: draft.disclosure ?? false,
    verificationPlan: draft.verificationPlan ?? null,
    remarks: draft.remarks ?? '',
  };
}

/** Checks a complete entry or a draft (a ProofEntryInput is a draft with every field present). */
export function checkProofEntry(
  draft: ProofEntryDraft,
  ctx: RuleContext = NO_CONTEXT,
  lang: Lang = 'zh',
): RuleFinding[] {
  const entry = ruleEntryOf(draft);
  const findings: RuleFinding[] = [];
  const seen = new Set<string>();
  for (const rule of PROOF_ENTRY_RULES) {
    if (seen.has(rule.code) || !rule.applies(entry, ctx)) continue;
    seen.add(rule.code);
    const template = lang === 'en' ? rule.en : rule.zh;
    findings.push({
      code: rule.code,
      level: rule.level,
      field: rule.field,
      message: rule.params ? fill(template, rule.params(entry, lang, ctx)) : template,
      rule: rule.rule,
    });
  }
  return findings;
}

/** Errors block submitting the proposal; warnings only inform the reviewer. */
export function hasBlockingFindings(findings: readonly RuleFinding[]): boolean {
  return findings.some((finding) => finding.level === 'error');
}

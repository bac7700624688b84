import type { Disposition, ProofEntryInput, RuleFinding } from '@pfc/contracts';
import type { Lang } from '../../../platform/http/errors';

export type { Lang };

/**
 * Facts only the service layer knows. Every field is optional so the check stays usable on a bare
 * entry (import preview, tests); a rule that needs a missing fact simply does not fire.
 */
export interface RuleContext {
  /** Ids of the service items that exist in the entry's region; unknown ids are then reported. */
  knownServiceItemIds?: ReadonlySet<string>;
  /**
   * True when every service item that needs this proof is a public-service project a department set
   * up itself (002 问答十六): such a proof may be kept without a statutory basis if it is necessarily
   * connected to the project and has a substitute check, so rule 1 becomes a reviewer's warning.
   */
  departmentalPublicService?: boolean;
}

/**
 * A proof entry as the rules read it. A draft's missing fields arrive blank (empty text, empty lists,
 * null, false); only the disposition has no blank value, so it is null until the officer chooses.
 */
export type RuleEntry = Omit<ProofEntryInput, 'disposition'> & { disposition: Disposition | null };

export type RuleLevel = RuleFinding['level'];

/** Field names of the proposal a finding points at (the form highlights that field). */
export type RuleField = keyof ProofEntryInput;

/** One rule of the table: data first, so the reviewer's screen can list every rule with its source. */
export interface RuleDefinition {
  /** Stable code, also the key of the web client's help text. */
  code: string;
  /** 'error' blocks submitting the proposal; 'warning' is shown to the reviewer only. */
  level: RuleLevel;
  field: RuleField | null;
  /** The always-cancel rule (七个一律) concerned, if any. */
  rule: 1 | 2 | 3 | 4 | 5 | 6 | 7 | null;
  /** Short citation of the seed text the rule rests on, e.g. '002 §一 第1条', '002 问答十五'. */
  source: string;
  /** One sentence: what is wrong and what to do. `{name}` placeholders are filled by `params`. */
  zh: string;
  en: string;
  applies(entry: RuleEntry, ctx: RuleContext): boolean;
  params?(entry: RuleEntry, lang: Lang, ctx: RuleContext): Record<string, string>;
}

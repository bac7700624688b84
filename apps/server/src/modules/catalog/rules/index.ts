/** Public surface of the proof-entry rule check (七个一律 and the clean-up's data rules). */
export { PROOF_ENTRY_RULES, checkProofEntry, hasBlockingFindings } from './rules';
export type { Lang, RuleContext, RuleDefinition, RuleEntry, RuleField, RuleLevel } from './types';

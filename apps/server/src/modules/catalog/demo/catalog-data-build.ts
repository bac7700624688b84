/**
 * Shapes and small builders for the demo catalogue of 济宁市 (catalog-data.ts). The builders only
 * fill the fields a real clean-up form leaves at their defaults, so each entry below reads like one
 * row of the attachment-4 inventory: name, aliases, content, issuer, basis, disposition.
 */
import type {
  CancelRule,
  ExclusionCategory,
  LegalBasis,
  ProofEntryInput,
  ServiceItemGuide,
  ServiceItemKind,
  Substitute,
  VerificationPlan,
} from '@pfc/contracts';

/** A 政务服务事项 of a demo unit; `unit` is a DEMO_UNITS key, `code` is unique city-wide. */
export interface DemoServiceItem {
  unit: string;
  code: string;
  name: string;
  kind: ServiceItemKind;
  applicationBased: boolean;
  guide: ServiceItemGuide;
}

/**
 * A service item as written in the data files. The guide's commitment and withdrawal texts, and
 * the proofs among its materials, are derived from the proof entries that link it (catalog-data.ts),
 * so the guide can never promise a commitment the catalogue does not offer.
 */
export interface DemoServiceItemSpec {
  unit: string;
  code: string;
  name: string;
  kind: ServiceItemKind;
  applicationBased?: boolean;
  conditions: string;
  /** Materials other than proofs (application form, ID card …). */
  materials: string[];
  steps: string[];
  days: number;
}

/** A proof entry (证明事项) registered by `unit`, needed by the service items `items` (codes). */
export interface DemoProofEntry {
  unit: string;
  items: string[];
  entry: Omit<ProofEntryInput, 'serviceItemIds'>;
}

// Legal bases, by rank.
export const law = (instrument: string, article: string): LegalBasis => ({ instrument, article, rank: 'law' });
export const regulation = (instrument: string, article: string): LegalBasis => ({
  instrument,
  article,
  rank: 'administrative_regulation',
});
export const localRegulation = (instrument: string, article: string): LegalBasis => ({
  instrument,
  article,
  rank: 'local_regulation',
});
export const rule = (instrument: string, article: string): LegalBasis => ({ instrument, article, rank: 'rule' });
export const normative = (instrument: string, article: string): LegalBasis => ({
  instrument,
  article,
  rank: 'normative_document',
});

// Substitutes, to be listed in the order of preference: commitment, sharing, assistance.
export const commit = (note?: string): Substitute => (note ? { method: 'commitment', note } : { method: 'commitment' });
export const share = (note: string): Substitute => ({ method: 'data_sharing', note });
export const assist = (note: string): Substitute => ({ method: 'assistance', note });
export const mustSubmit = (): Substitute => ({ method: 'must_submit' });

// Verification plans: method, time limit in working days, sampling share.
export const online = (days: number, sampling = 1): VerificationPlan => ({
  method: 'online',
  timeLimitDays: days,
  samplingShare: sampling,
});
export const assisted = (days: number, sampling = 1): VerificationPlan => ({
  method: 'assistance',
  timeLimitDays: days,
  samplingShare: sampling,
});
export const onSite = (days: number, sampling = 1): VerificationPlan => ({
  method: 'on_site',
  timeLimitDays: days,
  samplingShare: sampling,
});

interface ProofFacts {
  name: string;
  aliases: string[];
  content: string;
  issuer: string;
  basis?: LegalBasis[];
  remarks?: string;
}

export interface RetainSpec extends ProofFacts {
  substitutes: Substitute[];
  /** Required whenever a commitment is offered. */
  plan?: VerificationPlan;
  exclusion?: ExclusionCategory;
  mustSubmitReason?: string;
  disclosure?: boolean;
}

export interface CancelSpec extends ProofFacts {
  rule: CancelRule;
  reason: string;
}

export function retain(unit: string, items: string[], spec: RetainSpec): DemoProofEntry {
  return {
    unit,
    items,
    entry: {
      name: spec.name,
      aliases: spec.aliases,
      content: spec.content,
      issuingUnitName: spec.issuer,
      legalBasis: spec.basis ?? [],
      disposition: 'retain',
      cancelRule: null,
      cancelReason: '',
      substitutes: spec.substitutes,
      mustSubmitReason: spec.mustSubmitReason ?? '',
      commitmentExcluded: spec.exclusion !== undefined,
      exclusionCategory: spec.exclusion ?? null,
      disclosure: spec.disclosure ?? false,
      verificationPlan: spec.plan ?? null,
      remarks: spec.remarks ?? '',
    },
  };
}

export function cancel(unit: string, items: string[], spec: CancelSpec): DemoProofEntry {
  return {
    unit,
    items,
    entry: {
      name: spec.name,
      aliases: spec.aliases,
      content: spec.content,
      issuingUnitName: spec.issuer,
      legalBasis: spec.basis ?? [],
      disposition: 'cancel',
      cancelRule: spec.rule,
      cancelReason: spec.reason,
      substitutes: [],
      mustSubmitReason: '',
      commitmentExcluded: false,
      exclusionCategory: null,
      disclosure: false,
      verificationPlan: null,
      remarks: spec.remarks ?? '',
    },
  };
}

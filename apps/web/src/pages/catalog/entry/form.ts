import type {
  BasisRank,
  Disposition,
  ExclusionCategory,
  ProofEntryDraft,
  ProofEntryInput,
  ProofEntryView,
  SubstituteMethod,
  VerificationMethod,
} from '@pfc/contracts';

/** The editor's form values: ProofEntryInput, with list rows that may still be half filled. */
export interface EntryFormValues {
  unitId?: string;
  name?: string;
  aliases?: string[];
  content?: string;
  serviceItemIds?: string[];
  issuingUnitName?: string;
  legalBasis?: Array<{ instrument?: string; article?: string; rank?: BasisRank }>;
  disposition?: Disposition;
  cancelRule?: number | null;
  cancelReason?: string;
  substitutes?: Array<{ method?: SubstituteMethod; note?: string }>;
  mustSubmitReason?: string;
  commitmentExcluded?: boolean;
  exclusionCategory?: ExclusionCategory | null;
  disclosure?: boolean;
  hasPlan?: boolean;
  /** The sampling share is entered as a percentage (0–100) and sent as a fraction. */
  plan?: { method?: VerificationMethod; timeLimitDays?: number | null; samplingPercent?: number | null };
  remarks?: string;
}

export const NEW_PLAN = { method: 'online' as const, timeLimitDays: 5, samplingPercent: 100 };

export function blankValues(unitId?: string): EntryFormValues {
  return {
    unitId,
    name: '',
    aliases: [],
    content: '',
    serviceItemIds: [],
    issuingUnitName: '',
    legalBasis: [],
    disposition: 'retain',
    cancelRule: null,
    cancelReason: '',
    substitutes: [],
    mustSubmitReason: '',
    commitmentExcluded: false,
    exclusionCategory: null,
    disclosure: false,
    hasPlan: false,
    plan: NEW_PLAN,
    remarks: '',
  };
}

export function valuesOf(entry: ProofEntryView): EntryFormValues {
  const plan = entry.verificationPlan;
  return {
    unitId: entry.unitId,
    name: entry.name,
    aliases: entry.aliases,
    content: entry.content,
    serviceItemIds: entry.serviceItemIds,
    issuingUnitName: entry.issuingUnitName,
    legalBasis: entry.legalBasis,
    disposition: entry.disposition,
    cancelRule: entry.cancelRule,
    cancelReason: entry.cancelReason,
    substitutes: entry.substitutes,
    mustSubmitReason: entry.mustSubmitReason,
    commitmentExcluded: entry.commitmentExcluded,
    exclusionCategory: entry.exclusionCategory,
    disclosure: entry.disclosure,
    hasPlan: plan !== null,
    plan: plan
      ? {
          method: plan.method,
          timeLimitDays: plan.timeLimitDays,
          samplingPercent: Math.round(plan.samplingShare * 1000) / 10,
        }
      : NEW_PLAN,
    remarks: entry.remarks,
  };
}

const text = (s: string | undefined | null) => (s ?? '').trim();

/**
 * The request body for the form's values. Fields that only make sense for the other disposition
 * (a cancelled proof's substitutes, a retained proof's cancel rule) are left out rather than sent,
 * so the rule check speaks only about what the officer sees. List rows still being filled in are
 * skipped; the form's own messages cover them.
 */
export function inputOf(v: EntryFormValues): ProofEntryInput {
  const retain = v.disposition !== 'cancel';
  const substitutes = retain
    ? (v.substitutes ?? [])
        .filter((s) => s?.method)
        .map((s) => ({ method: s.method as SubstituteMethod, ...(text(s.note) ? { note: text(s.note) } : {}) }))
    : [];
  const mustSubmit = substitutes.some((s) => s.method === 'must_submit');
  const excluded = retain && !!v.commitmentExcluded;
  const plan = v.plan;
  const withPlan = retain && !!v.hasPlan && !!plan?.method;
  return {
    name: text(v.name),
    aliases: [...new Set((v.aliases ?? []).map(text).filter((a) => a.length > 0 && a.length <= 50))].slice(0, 20),
    content: text(v.content),
    serviceItemIds: v.serviceItemIds ?? [],
    issuingUnitName: text(v.issuingUnitName),
    legalBasis: (v.legalBasis ?? [])
      .filter((b) => b && text(b.instrument) !== '' && b.rank)
      .map((b) => ({ instrument: text(b.instrument), article: text(b.article), rank: b.rank as BasisRank })),
    disposition: retain ? 'retain' : 'cancel',
    cancelRule: retain ? null : (v.cancelRule ?? null),
    cancelReason: retain ? '' : text(v.cancelReason),
    substitutes,
    mustSubmitReason: mustSubmit ? text(v.mustSubmitReason) : '',
    commitmentExcluded: excluded,
    exclusionCategory: excluded ? (v.exclusionCategory ?? null) : null,
    disclosure: retain && !!v.disclosure,
    verificationPlan: withPlan
      ? {
          method: plan.method as VerificationMethod,
          timeLimitDays: plan.timeLimitDays ?? 0,
          samplingShare: Math.min(1, Math.max(0, (plan.samplingPercent ?? 0) / 100)),
        }
      : null,
    remarks: text(v.remarks),
  };
}

/**
 * The half-filled form as it stands, for the live rule check (POST /check takes a draft): what the
 * officer has not filled in yet — a blank name or issuing unit, an unchosen disposition — is left
 * out, and the check answers it with "尚未填写…" findings instead of refusing the whole form.
 */
export function draftOf(v: EntryFormValues): ProofEntryDraft {
  const { name, issuingUnitName, disposition, ...rest } = inputOf(v);
  return {
    ...(name ? { name } : {}),
    ...rest,
    ...(issuingUnitName ? { issuingUnitName } : {}),
    ...(v.disposition ? { disposition } : {}),
  };
}

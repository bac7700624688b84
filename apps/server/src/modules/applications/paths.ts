import { type ProofChoice, type ProofPath, type PublishedEntry, SUBSTITUTE_METHODS } from '@pfc/contracts';
import { AppError } from '../../platform/http/errors';
import { ApplicationErrors } from './errors';

/**
 * What the lists in force say happens to a proof when someone applies (SPEC §2.4): cancelled,
 * obtained by the office, replaceable by commitment, or to be submitted. The first substitute the
 * unit listed decides, in the order of preference the unit gave (seed 002 Q13).
 */
export function pathOf(entry: Pick<PublishedEntry, 'disposition' | 'substitutes' | 'commitmentExcluded'>): ProofPath {
  if (entry.disposition === 'cancel') return 'cancelled';
  const first = entry.substitutes[0]?.method;
  if (first === 'commitment') return entry.commitmentExcluded ? 'submit' : 'commitment';
  if (first === 'data_sharing' || first === 'assistance') return 'shared';
  return 'submit';
}

export function pathNote(
  entry: Pick<PublishedEntry, 'substitutes' | 'mustSubmitReason' | 'cancelReason'>,
  path: ProofPath,
): string {
  switch (path) {
    case 'cancelled':
      return `此证明已取消，无需提供。${entry.cancelReason}`.trim();
    case 'shared': {
      const s = entry.substitutes[0]!;
      return `由办理部门通过${SUBSTITUTE_METHODS[s.method].zh}获取，无需提供。${s.note ?? ''}`.trim();
    }
    case 'commitment':
      return '可签署告知承诺书代替此证明；不愿承诺的，也可提交证明。';
    case 'submit':
      return `须提交此证明。${entry.mustSubmitReason}`.trim();
  }
}

/**
 * Disclosure of a signed letter is never allowed where it would expose secrets or privacy (seed
 * 004 §7, seed 003): an entry excluded from commitment for state secrets or national security is
 * never disclosed, whatever its flag says.
 */
export function disclosable(entry: Pick<PublishedEntry, 'disclosure' | 'exclusionCategory'>): boolean {
  return (
    entry.disclosure && entry.exclusionCategory !== 'state_secrets' && entry.exclusionCategory !== 'national_security'
  );
}

/**
 * The applicant's choices checked against what the lists say of each proof: a choice only for a
 * proof that needs one (commitment or submission), one for every proof a commitment can replace,
 * commitment only where offered, and consent where the letter will be disclosed. Proofs cancelled
 * or obtained by the office need nothing; the rest are submitted.
 */
export function planProofs<E extends PublishedEntry>(entries: readonly E[], choices: readonly ProofChoice[]) {
  const byEntry = new Map(choices.map((c) => [c.entryId, c]));
  for (const c of choices) {
    const e = entries.find((x) => x.entryId === c.entryId);
    if (!e || pathOf(e) === 'cancelled' || pathOf(e) === 'shared')
      throw new AppError(ApplicationErrors.CHOICE_INVALID, { name: e?.name ?? c.entryId });
  }
  return entries.map((e) => {
    const path = pathOf(e);
    const c = byEntry.get(e.entryId);
    if (path === 'commitment' && !c) throw new AppError(ApplicationErrors.CHOICE_INVALID, { name: e.name });
    if (c?.choice === 'commitment' && path !== 'commitment')
      throw new AppError(ApplicationErrors.COMMITMENT_NOT_OFFERED, { name: e.name });
    const disclosure = disclosable(e);
    if (c?.choice === 'commitment' && disclosure && c.disclosureConsent !== true)
      throw new AppError(ApplicationErrors.DISCLOSURE_CONSENT_REQUIRED, { name: e.name });
    const choice =
      path === 'cancelled' || path === 'shared'
        ? ('none' as const)
        : path === 'submit'
          ? ('submit' as const)
          : c!.choice;
    return { entry: e, path, choice, disclosure };
  });
}

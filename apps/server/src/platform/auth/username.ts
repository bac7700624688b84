import { maskPhone, maskResidentId, normalizeIdentifier } from '@pfc/contracts';

/** The form a user name is looked up in (user names are stored lower-case), and counted by. */
export function canonicalUsername(typed: string): string {
  return typed.trim().toLowerCase();
}

/**
 * How a user name that matched no account appears in the audit log. People type their ID or phone
 * number as a user name, so anything that looks like one is masked (its blind index goes beside it,
 * for finding every attempt on one name); other names are kept as typed, for the administrator.
 */
export function usernameForAudit(name: string): string {
  const v = normalizeIdentifier(name);
  if (/^\d{15}$|^\d{17}[\dX]$/.test(v)) return maskResidentId(v);
  // Mobiles have 11 digits, landlines 7–8 after the area code: a run that long is a number of someone's.
  if ((v.match(/\d/g) ?? []).length >= 7) return maskPhone(v);
  return Array.from(name).slice(0, 64).join(''); // by code point: never half a surrogate pair
}

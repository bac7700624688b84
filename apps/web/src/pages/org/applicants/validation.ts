import { isMainlandMobile, normalizeIdentifier, validateCreditCode, validateResidentId } from '@pfc/contracts';
import type { Translate } from '../../../app/prefs';

/** antd validator for the identifier field, with the reason in the message (shared GB 11643 / GB 32100 rules). */
export function identifierValidator(t: Translate, kind: 'natural' | 'legal') {
  return async (_: unknown, value: string | undefined) => {
    if (!value || !value.trim()) return;
    const result = kind === 'natural' ? validateResidentId(value) : validateCreditCode(value);
    if (result.ok) return;
    const base = t(kind === 'natural' ? 'validation.residentId' : 'validation.creditCode');
    throw new Error(`${base}（${t(`validation.reason.${result.reason}`)}）`);
  };
}

/** Mainland mobile, or a landline with area code, as the server accepts. */
export async function phoneValidator(_: unknown, value: string | undefined): Promise<void> {
  if (!value || !value.trim()) return;
  const v = normalizeIdentifier(value).replace(/-/g, '');
  if (isMainlandMobile(v) || /^0\d{9,11}$/.test(v)) return;
  throw new Error('phone');
}

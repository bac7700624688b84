import { APPLICATION_STATUSES, type ApplicationStatus } from '@pfc/contracts';
import { AppError } from '../../platform/http/errors';
import { ApplicationErrors } from './errors';

export type ApplicationAction = 'submit' | 'accept' | 'correct' | 'approve' | 'reject';

/** The application's life (受理 → 决定), one table. Resubmission after 补正 goes back to submitted. */
export const TRANSITIONS: Record<
  ApplicationAction,
  { from: readonly ApplicationStatus[]; to: ApplicationStatus; zh: string; en: string }
> = {
  submit: { from: ['draft', 'correction'], to: 'submitted', zh: '提交', en: 'submit' },
  accept: { from: ['submitted'], to: 'accepted', zh: '受理', en: 'accept' },
  correct: { from: ['submitted', 'accepted'], to: 'correction', zh: '要求补正', en: 'request corrections' },
  approve: { from: ['accepted'], to: 'approved', zh: '准予办理', en: 'approve' },
  reject: { from: ['submitted', 'accepted'], to: 'rejected', zh: '不予办理', en: 'reject' },
};

/** Before the decision the applicant may still change materials and withdraw commitments. */
export const OPEN: readonly ApplicationStatus[] = ['draft', 'submitted', 'correction', 'accepted'];

export function assertTransition(
  status: ApplicationStatus,
  action: ApplicationAction,
  lang: 'zh' | 'en',
): ApplicationStatus {
  const t = TRANSITIONS[action];
  if (!t.from.includes(status))
    throw new AppError(ApplicationErrors.STATUS_INVALID, {
      status: APPLICATION_STATUSES[status][lang],
      action: t[lang],
    });
  return t.to;
}

export function assertOpen(status: ApplicationStatus, action: string, lang: 'zh' | 'en'): void {
  if (!OPEN.includes(status))
    throw new AppError(ApplicationErrors.STATUS_INVALID, { status: APPLICATION_STATUSES[status][lang], action });
}

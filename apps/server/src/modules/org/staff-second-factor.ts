import { transact } from '../../platform/audit/transaction';
import { resetSecondFactorOf } from '../../platform/auth/second-factor-enrol';
import type { Ctx } from '../../platform/context';
import { loadStaff } from './staff';

/**
 * An administrator resets a staff member's second factor (lost or replaced phone). The member must
 * be within the administrator's reach, exactly as for every other staff edit, and never oneself:
 * a reset needs a second administrator, so a stolen admin password alone cannot replace the factor.
 */
export async function resetStaffSecondFactor(ctx: Ctx, id: string): Promise<{ ok: true }> {
  return transact(ctx, async (tx, audit) => {
    const { user } = await loadStaff(ctx, tx, id);
    const { hadEnrolment } = await resetSecondFactorOf(ctx, tx, user.id);
    audit.record({
      action: 'auth.second_factor.reset',
      targetType: 'user',
      targetId: user.id,
      note: hadEnrolment ? 'enrolment removed, sessions ended' : 'nothing enrolled',
    });
    return { ok: true as const };
  });
}

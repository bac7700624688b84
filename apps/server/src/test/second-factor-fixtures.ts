import { eq } from 'drizzle-orm';
import type { Role } from '@pfc/contracts';
import { findUserByUsername } from '../platform/auth/accounts';
import { secretAad } from '../platform/auth/second-factor';
import { recoveryCodes, secondFactors } from '../platform/auth/second-factor-tables';
import { totpCode } from '../platform/auth/totp';
import type { Platform } from '../platform/context';
import type { OrgFixture } from './fixtures';

/** The fixture user behind an authz-matrix principal name ('admin', 'platform-admin', 'applicant' …). */
export function principalUsername(fx: OrgFixture, principal: string): string | null {
  if (principal === 'anonymous') return null;
  if (principal === 'platform-admin') return fx.platformAdmin;
  if (principal === 'applicant') return fx.applicantUser;
  return fx.users[principal as Role] ?? null;
}

/**
 * Puts a user's TOTP enrolment in a known state (fresh secret, no used step, no failed attempts)
 * and returns the code valid now, or removes it (`'none'`).
 */
export async function setEnrolment(
  platform: Platform,
  username: string | null,
  state: 'confirmed' | 'pending' | 'none',
): Promise<{ code: string }> {
  const user = username ? await findUserByUsername(platform.database.db, username) : undefined;
  if (!user) return { code: '000000' };
  const db = platform.database.db;
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
  await db.delete(secondFactors).where(eq(secondFactors.userId, user.id));
  if (state === 'none') return { code: '000000' };
  const secret = Buffer.from(platform.crypto.randomToken(20), 'base64url');
  await db.insert(secondFactors).values({
    userId: user.id,
    secretEnc: platform.crypto.encrypt(secret, secretAad(user.id)),
    confirmedAt: state === 'confirmed' ? platform.now() : null,
  });
  return { code: totpCode(secret, platform.now()) };
}

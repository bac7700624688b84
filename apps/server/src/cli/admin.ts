import { transact } from '../platform/audit/transaction';
import { replaceGrants } from '../platform/auth/accounts';
import { hashNewPassword } from '../platform/auth/service';
import { users } from '../platform/auth/tables';
import { type Platform, systemCtx } from '../platform/context';

/** The first platform-wide administrator of a fresh deployment (no demo data, no units yet). */
export async function createBootstrapAdmin(
  platform: Platform,
  username: string,
  password: string,
  displayName: string,
): Promise<void> {
  if (!/^[a-zA-Z0-9_.-]{3,64}$/.test(username)) throw new Error('用户名须为 3–64 位字母、数字、_ . -');
  if (password.length < 10) throw new Error('密码至少 10 位');
  const passwordHash = await hashNewPassword(platform, password);
  const ctx = systemCtx(platform, 'cli-admin-create');
  await transact(ctx, async (tx, audit) => {
    const [user] = await tx
      .insert(users)
      .values({ username: username.toLowerCase(), displayName, kind: 'staff', passwordHash })
      .onConflictDoNothing()
      .returning();
    if (!user) throw new Error(`用户名 ${username} 已存在`);
    await replaceGrants(tx, user.id, [{ role: 'admin', unitId: null, regionCode: null }]);
    audit.record({
      action: 'org.staff.created',
      targetType: 'user',
      targetId: user.id,
      after: { username: user.username, grants: [{ role: 'admin' }] },
      note: 'command line',
    });
  });
}

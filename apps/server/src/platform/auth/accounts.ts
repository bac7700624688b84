import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Grant } from '../access/actor';
import { regionNameSql, unitNameSql } from '../directory';
import { roleGrants, sessions, users } from './tables';
import type { Role } from '@pfc/contracts';

/*
 * Users, their role grants and sessions: the few queries that several use cases share (sign-in,
 * the second factor, org's staff administration, the CLI's first administrator). There is no
 * repository layer; everything else runs its SQL in its own use-case file.
 */

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase())).limit(1);
  return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export interface GrantDetail extends Grant {
  unitName: string | null;
  regionName: string | null;
}

export async function grantsOf(db: Executor, userIds: string[]): Promise<Map<string, GrantDetail[]>> {
  const out = new Map<string, GrantDetail[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .select({
      userId: roleGrants.userId,
      role: roleGrants.role,
      unitId: roleGrants.unitId,
      regionCode: roleGrants.regionCode,
      unitName: unitNameSql(roleGrants.unitId),
      regionName: regionNameSql(roleGrants.regionCode),
    })
    .from(roleGrants)
    .where(inArray(roleGrants.userId, userIds))
    .orderBy(roleGrants.createdAt);
  for (const r of rows) {
    const list = out.get(r.userId) ?? [];
    list.push({
      role: r.role as Role,
      unitId: r.unitId,
      regionCode: r.regionCode,
      unitName: r.unitName,
      regionName: r.regionName,
    });
    out.set(r.userId, list);
  }
  return out;
}

export async function replaceGrants(
  db: Executor,
  userId: string,
  grants: Array<{ role: Role; unitId: string | null; regionCode: string | null }>,
): Promise<void> {
  await db.delete(roleGrants).where(eq(roleGrants.userId, userId));
  if (grants.length > 0) await db.insert(roleGrants).values(grants.map((g) => ({ ...g, userId })));
}

export async function findLiveSession(db: Executor, tokenHash: string, now: Date, idleSince: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleSince),
        eq(users.disabled, false),
      ),
    )
    .limit(1);
  return row;
}

export async function touchSession(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

export async function revokeSessionsOf(
  db: Executor,
  userId: string,
  now: Date,
  exceptSessionId?: string,
): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : undefined,
      ),
    );
}

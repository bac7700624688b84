import { and, asc, count, eq, ilike, isNotNull, or, type SQL } from 'drizzle-orm';
import type { GrantInput, StaffCreate, StaffListQuery, StaffUpdate, StaffView } from '@pfc/contracts';
import { type Grant, type Scope, grantWithinScope, reachesUnit, scopeFor } from '../../platform/access/actor';
import { transact } from '../../platform/audit/transaction';
import { hashNewPassword } from '../../platform/auth/service';
import { findUserById, grantsOf, replaceGrants, revokeSessionsOf } from '../../platform/auth/accounts';
import { clearSignInFailures } from '../../platform/auth/sign-in-limits';
import { users } from '../../platform/auth/tables';
import { enrolledAmong } from '../../platform/auth/second-factor';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { containsPattern, pageParams } from '../../platform/http/input';
import type { Executor } from '../../db/client';
import { OrgErrors } from './errors';
import { presentStaff } from './present';
import { managesStaff } from './policy';
import {
  grantsWithinScopeSql,
  placedGrantsOf,
  regionByCode,
  unitById,
  unitIdScopeSql,
  unitNameSql,
} from '../../platform/directory';

function notFound(ctx: Ctx): AppError {
  return new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'staff member' : '工作人员' });
}

/**
 * Every grant must name something that exists and lies within the granting administrator's own
 * admin scope (grantWithinScope: no privilege escalation by handing out wider grants).
 */
async function checkGrants(ctx: Ctx, db: Executor, grants: GrantInput[]): Promise<Grant[]> {
  const out: Grant[] = [];
  for (const g of grants) {
    const unitId = g.unitId ?? null;
    const regionCode = g.regionCode ?? null;
    if (unitId && regionCode) throw new AppError(OrgErrors.GRANT_INVALID, { role: g.role });
    let known = true;
    let unitRegionCode: string | null = null;
    if (unitId) {
      const unit = await unitById(db, unitId);
      known = !!unit;
      unitRegionCode = unit?.regionCode ?? null;
    } else if (regionCode) {
      known = !!(await regionByCode(db, regionCode));
    }
    if (!known || !grantWithinScope(ctx.actor, ['admin'], { unitId, regionCode, unitRegionCode })) {
      throw new AppError(OrgErrors.GRANT_OUT_OF_SCOPE, { role: g.role });
    }
    out.push({ role: g.role, unitId, regionCode });
  }
  return out;
}

/** A user's grants with each unit grant's region, as `managesStaff` needs them. */
export async function loadStaff(ctx: Ctx, db: Executor, id: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.kind, 'staff')))
    .limit(1)
    // Edits of one member go one at a time, so no grant lands between this check and the write.
    .for('update');
  const unit = user?.unitId ? await unitById(db, user.unitId) : undefined;
  // A member whose grants reach wider than the administrator is someone else's to manage: 404, as
  // for any object out of scope (RELIABILITY rule 2).
  if (!user || !unit || !managesStaff(ctx.actor, unit, await placedGrantsOf(db, id))) throw notFound(ctx);
  return { user, unit };
}

/**
 * The staff an administrator of `scope` manages, over users (each with a home unit): the list and
 * the dashboard's count use it. A member reaching wider is listed by whoever manages them.
 */
export function managedStaffWhere(db: Executor, scope: Scope): SQL | undefined {
  return and(
    eq(users.kind, 'staff'),
    isNotNull(users.unitId),
    unitIdScopeSql(scope, users.unitId),
    grantsWithinScopeSql(db, scope, users.id),
  );
}

export async function listStaff(ctx: Ctx, query: StaffListQuery) {
  const { page, pageSize, offset } = pageParams(query);
  const db = ctx.database.db;
  const conditions: Array<SQL | undefined> = [
    managedStaffWhere(db, scopeFor(ctx.actor, ['admin'])),
    query.q
      ? or(ilike(users.displayName, containsPattern(query.q)), ilike(users.username, containsPattern(query.q)))
      : undefined,
    query.unitId ? eq(users.unitId, query.unitId) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ user: users, unitName: unitNameSql(users.unitId) })
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .limit(pageSize)
      .offset(offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  const grants = await grantsOf(
    db,
    rows.map((r) => r.user.id),
  );
  const enrolled = await enrolledAmong(
    db,
    rows.map((r) => r.user.id),
  );
  const now = ctx.now();
  return {
    items: rows.map((r) => presentStaff(r.user, r.unitName, grants.get(r.user.id) ?? [], now, enrolled.has(r.user.id))),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

export async function createStaff(ctx: Ctx, input: StaffCreate): Promise<StaffView> {
  const passwordHash = await hashNewPassword(ctx, input.password);
  return transact(ctx, async (tx, audit) => {
    const unit = await unitById(tx, input.unitId);
    if (!unit || !reachesUnit(ctx.actor, ['admin'], unit))
      throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'unit' : '单位' });
    const grants = await checkGrants(ctx, tx, input.grants);
    const username = input.username.toLowerCase();
    const inserted = await tx
      .insert(users)
      .values({ username, displayName: input.displayName.trim(), kind: 'staff', unitId: unit.id, passwordHash })
      .onConflictDoNothing()
      .returning();
    const user = inserted[0];
    if (!user) throw new AppError(OrgErrors.USERNAME_TAKEN, { username });
    await replaceGrants(tx, user.id, grants);
    audit.record({
      action: 'org.staff.created',
      targetType: 'user',
      targetId: user.id,
      after: { username, unitId: unit.id, grants },
    });
    return presentStaff(user, unit.name, (await grantsOf(tx, [user.id])).get(user.id) ?? [], ctx.now());
  });
}

export async function updateStaff(ctx: Ctx, id: string, input: StaffUpdate): Promise<StaffView> {
  const passwordHash = input.password ? await hashNewPassword(ctx, input.password) : undefined;
  return transact(ctx, async (tx, audit) => {
    const { user, unit } = await loadStaff(ctx, tx, id);
    const before = {
      displayName: user.displayName,
      disabled: user.disabled,
      grants: (await grantsOf(tx, [id])).get(id)?.map(({ role, unitId, regionCode }) => ({ role, unitId, regionCode })),
    };
    const patch: Partial<typeof users.$inferInsert> = {};
    if (input.displayName !== undefined) patch.displayName = input.displayName.trim();
    if (input.disabled !== undefined) patch.disabled = input.disabled;
    if (input.unlock) {
      patch.lockedUntil = null;
      await clearSignInFailures(tx, ctx.crypto, user.username);
    }
    if (passwordHash) Object.assign(patch, { passwordHash, passwordChangedAt: ctx.now() });
    if (Object.keys(patch).length > 0) await tx.update(users).set(patch).where(eq(users.id, id));
    if (input.grants) await replaceGrants(tx, id, await checkGrants(ctx, tx, input.grants));
    // Disabling, re-granting or resetting a password ends the person's open sessions at once.
    if (input.disabled || input.grants || passwordHash) await revokeSessionsOf(tx, id, ctx.now());
    const after = { ...patch, passwordHash: passwordHash ? '(reset)' : undefined, grants: input.grants };
    audit.record({ action: 'org.staff.updated', targetType: 'user', targetId: id, before, after });
    const fresh = await findUserById(tx, id);
    return presentStaff(
      fresh ?? user,
      unit.name,
      (await grantsOf(tx, [id])).get(id) ?? [],
      ctx.now(),
      (await enrolledAmong(tx, [id])).has(id),
    );
  });
}

import { and, eq, ne, or, type SQL } from 'drizzle-orm';
import { regionContains, type Role } from '@pfc/contracts';
import { type Scope, scopeFor } from '../../platform/access/actor';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { unitScopeSql, unitsByIds } from '../../platform/directory';
import { HANDLERS, READERS } from './policy';
import { applications } from './tables';

// start.ts takes HANDLERS from here.
export { HANDLERS } from './policy';

type AppRow = Pick<
  typeof applications.$inferSelect,
  'applicantId' | 'unitId' | 'regionCode' | 'createdBy' | 'channel' | 'status'
>;

/**
 * A window clerk's scope: the units they hold the role at, plus — for the windows of a service
 * centre (政务服务中心 / 行政审批服务局) — every office of the centre's region (一窗受理).
 */
export async function handlingScope(ctx: Ctx, db: Executor, roles: readonly Role[]): Promise<Scope> {
  const scope = scopeFor(ctx.actor, roles);
  if (scope.all || scope.unitIds.length === 0) return scope;
  const centres = await unitsByIds(db, scope.unitIds, 'service_center');
  return {
    all: false,
    unitIds: scope.unitIds,
    regionCodes: [...scope.regionCodes, ...centres.map((c) => c.regionCode)],
  };
}

export function inScope(scope: Scope, app: Pick<AppRow, 'unitId' | 'regionCode'>): boolean {
  if (scope.all) return true;
  return scope.unitIds.includes(app.unitId) || scope.regionCodes.some((code) => regionContains(code, app.regionCode));
}

export function scopeSql(scope: Scope): SQL | undefined {
  return unitScopeSql(scope, applications.unitId, applications.regionCode);
}

/** The applicant themselves, or the staff member who started it for them at the counter or as a proxy. */
export function isOwnerSide(ctx: Ctx, app: AppRow): boolean {
  const actor = ctx.actor;
  if (!actor) return false;
  if (actor.kind === 'applicant') return actor.applicantId === app.applicantId;
  return actor.userId === app.createdBy;
}

/**
 * Acting for the applicant (submit, upload, withdraw): the applicant, their proxy, or — for an
 * application made at the counter — the window handling it, where the applicant stands. A clerk
 * never acts on an application the applicant made online.
 */
export async function actsForApplicant(ctx: Ctx, db: Executor, app: AppRow): Promise<boolean> {
  return isOwnerSide(ctx, app) || (app.channel === 'counter' && (await canHandle(ctx, db, app)));
}

export async function canRead(ctx: Ctx, db: Executor, app: AppRow): Promise<boolean> {
  if (isOwnerSide(ctx, app)) return true;
  // Someone else's draft is not the office's business until it is submitted.
  if (ctx.actor?.kind !== 'staff' || app.status === 'draft') return false;
  return inScope(await handlingScope(ctx, db, READERS), app);
}

export async function canHandle(ctx: Ctx, db: Executor, app: AppRow): Promise<boolean> {
  if (ctx.actor?.kind !== 'staff') return false;
  return inScope(await handlingScope(ctx, db, HANDLERS), app);
}

/** The transaction of an enclosing idempotent request, else the database (PGlite has one connection). */
export const dbOf = (ctx: Ctx): Executor => ctx.enclosing?.tx ?? ctx.database.db;

export const notFound = (ctx: Ctx) => new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'application' : '办件' });

/** The list filter: an applicant's own, a proxy's own, and a clerk's or admin's scope. */
export async function listFilter(ctx: Ctx): Promise<SQL | undefined> {
  const actor = ctx.actor!;
  if (actor.kind === 'applicant')
    return eq(applications.applicantId, actor.applicantId ?? '00000000-0000-0000-0000-000000000000');
  const scope = await handlingScope(ctx, ctx.database.db, READERS);
  // Someone else's draft is not yet the office's business: the queue starts at submission.
  const submitted = ne(applications.status, 'draft');
  if (scope.all) return or(eq(applications.createdBy, actor.userId), submitted);
  return or(eq(applications.createdBy, actor.userId), and(scopeSql(scope), submitted));
}

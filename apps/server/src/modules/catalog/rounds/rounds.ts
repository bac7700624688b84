import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { ROUND_STAGES, type RoundStage } from '@pfc/contracts';
import type { Executor } from '../../../db/client';
import { reachesRegion, scopeFor } from '../../../platform/access/actor';
import { transact } from '../../../platform/audit/transaction';
import { shanghaiToday } from '../../../platform/calendar/service';
import type { Ctx } from '../../../platform/context';
import { AppError, E } from '../../../platform/http/errors';
import { unitIdScopeSql, unitNameSql } from '../../../platform/directory';
import { ENTRY_READERS, LEADERSHIP } from '../policy';
import { STATUS_LABELS, type EntryStatus } from '../entries/status';
import { cleanupRounds, proofEntries } from '../tables';

/** Which stage's deadline an entry in a status is working against. */
const STAGE_OF_STATUS: Partial<Record<EntryStatus, RoundStage>> = {
  draft: 'registration',
  sent_back: 'joint_review',
  unit_review: 'unit_review',
  joint_review: 'joint_review',
  consultation: 'consultation',
  approval: 'approval',
  approved: 'publication',
};

export function presentRound(r: typeof cleanupRounds.$inferSelect) {
  return {
    id: r.id,
    regionCode: r.regionCode,
    title: r.title,
    stage: r.stage,
    dueDates: r.dueDates,
    createdAt: r.createdAt.toISOString(),
  };
}

/** Opens a clean-up round for a region; new entries of its units join it. */
export async function openRound(
  ctx: Ctx,
  input: { regionCode: string; title: string; dueDates: Record<string, string> },
) {
  if (!reachesRegion(ctx.actor, LEADERSHIP, input.regionCode))
    throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'region' : '区划' });
  const dates = ROUND_STAGES.map((s) => input.dueDates[s]);
  if (dates.some((d) => !d) || dates.some((d, i) => i > 0 && d! < dates[i - 1]!)) {
    throw new AppError(E.VALIDATION_FAILED, {
      problem: ctx.lang === 'en' ? 'every stage needs a due date, in order' : '每个阶段都须有截止日期，且按顺序递增',
    });
  }
  return transact(ctx, async (tx, audit) => {
    const [row] = await tx
      .insert(cleanupRounds)
      .values({
        regionCode: input.regionCode,
        title: input.title.trim(),
        stage: 'registration',
        dueDates: input.dueDates,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now(),
      })
      .returning();
    audit.record({
      action: 'catalog.round.opened',
      targetType: 'cleanup_round',
      targetId: row!.id,
      after: { regionCode: input.regionCode, title: row!.title, dueDates: input.dueDates },
    });
    return presentRound(row!);
  });
}

export async function roundsOf(ctx: Ctx, regionCode: string) {
  const rows = await ctx.database.db
    .select()
    .from(cleanupRounds)
    .where(eq(cleanupRounds.regionCode, regionCode))
    .orderBy(desc(cleanupRounds.createdAt));
  return rows.map(presentRound);
}

/** The round an entry registered now belongs to: the newest round of its region, if any. */
export async function currentRoundId(db: Executor, regionCode: string): Promise<string | null> {
  const [row] = await db
    .select({ id: cleanupRounds.id })
    .from(cleanupRounds)
    .where(eq(cleanupRounds.regionCode, regionCode))
    .orderBy(desc(cleanupRounds.createdAt))
    .limit(1);
  return row?.id ?? null;
}

/** Entries in the caller's scope whose current stage is past its due date: the unit's dashboard. */
export async function overdueEntries(ctx: Ctx) {
  const today = shanghaiToday(ctx.now());
  const rows = await ctx.database.db
    .select({
      id: proofEntries.id,
      name: proofEntries.name,
      status: proofEntries.status,
      unitId: proofEntries.unitId,
      unitName: unitNameSql(proofEntries.unitId),
      dueDates: cleanupRounds.dueDates,
      roundTitle: cleanupRounds.title,
    })
    .from(proofEntries)
    .innerJoin(cleanupRounds, eq(cleanupRounds.id, proofEntries.roundId))
    .where(
      and(
        isNotNull(proofEntries.roundId),
        unitIdScopeSql(scopeFor(ctx.actor, ENTRY_READERS), proofEntries.unitId),
        inArray(proofEntries.status, Object.keys(STAGE_OF_STATUS)),
      ),
    )
    .limit(2000);
  return rows
    .map((r) => {
      const stage = STAGE_OF_STATUS[r.status as EntryStatus]!;
      return {
        entryId: r.id,
        name: r.name,
        unitId: r.unitId,
        unitName: r.unitName,
        roundTitle: r.roundTitle,
        status: r.status,
        statusLabel: STATUS_LABELS[r.status as EntryStatus][ctx.lang],
        stage,
        due: r.dueDates[stage] ?? '',
      };
    })
    .filter((r) => r.due !== '' && r.due < today)
    .sort((a, b) => a.due.localeCompare(b.due));
}

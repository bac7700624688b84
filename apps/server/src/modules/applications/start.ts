import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  type ApplicableItem,
  type ApplicationInput,
  type Channel,
  type ItemProofs,
  type PublishedEntry,
  regionContains,
} from '@pfc/contracts';
import { rowsOf, type Tx } from '../../db/client';
import { hasRole } from '../../platform/access/actor';
import { transact } from '../../platform/audit/transaction';
import { shanghaiToday } from '../../platform/calendar/service';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http/errors';
import { effectiveEntries, effectiveEntriesForItem, serviceItemFacts } from '../catalog';
import { commitmentEligibility } from '../credit';
import { unitsByIds } from '../../platform/directory';
import { applicantSummary } from '../org';
import { HANDLERS, handlingScope, inScope } from './access';
import { ApplicationErrors } from './errors';
import { buildLetterText, letterCanonical } from './letter-text';
import { disclosable, pathNote, pathOf, planProofs } from './paths';
import { applicationEvents, applicationProofs, applications, commitmentLetters } from './tables';
import { loadView } from './read';

/** Default 法定办结时限 when a service item's guide gives none (行政许可法 第四十二条: 20 working days). */
const DEFAULT_LIMIT_DAYS = 20;

/** The service items the lists in force in a region mention, with their proofs. */
async function itemsInForce(ctx: Ctx, regionCode: string) {
  const { entries } = await effectiveEntries(ctx, regionCode);
  const byItem = new Map<string, PublishedEntry[]>();
  for (const e of entries) for (const item of e.serviceItems) byItem.set(item.id, [...(byItem.get(item.id) ?? []), e]);
  const facts = new Map(
    (await serviceItemFacts(ctx.database.db, [...byItem.keys()])).filter((f) => !f.archived).map((f) => [f.id, f]),
  );
  return { byItem, facts };
}

export async function applicableItems(ctx: Ctx, regionCode: string): Promise<ApplicableItem[]> {
  const { byItem, facts } = await itemsInForce(ctx, regionCode);
  const out: ApplicableItem[] = [];
  for (const [id, entries] of byItem) {
    const f = facts.get(id);
    if (!f) continue;
    out.push({
      id,
      code: f.code,
      name: f.name,
      unitName: f.unitName,
      proofs: entries.length,
      commitmentProofs: entries.filter((e) => pathOf(e) === 'commitment').length,
    });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** Who the application is for: an applicant applies for themselves; clerks and grid workers name one. */
async function applicantFor(
  ctx: Ctx,
  applicantId: string | undefined,
): Promise<{ id: string; kind: 'natural' | 'legal'; channel: Channel }> {
  const actor = ctx.actor;
  let id: string | undefined;
  let channel: Channel;
  if (actor?.kind === 'applicant') {
    if (applicantId && applicantId !== actor.applicantId) throw new AppError(ApplicationErrors.NOT_AN_APPLICANT);
    id = actor.applicantId ?? undefined;
    channel = 'online';
  } else if (hasRole(actor, ['window_clerk'])) {
    id = applicantId;
    channel = 'counter';
  } else if (hasRole(actor, ['grid_worker'])) {
    id = applicantId;
    channel = 'proxy';
  } else {
    throw new AppError(ApplicationErrors.NOT_AN_APPLICANT);
  }
  if (!id) throw new AppError(ApplicationErrors.APPLICANT_REQUIRED);
  const row = await applicantSummary(ctx.database.db, id);
  if (!row) throw new AppError(ApplicationErrors.APPLICANT_REQUIRED);
  return { id: row.id, kind: row.kind, channel };
}

async function itemWithProofs(ctx: Ctx, regionCode: string, serviceItemId: string) {
  const entries = await effectiveEntriesForItem(ctx, regionCode, serviceItemId);
  const [item] = entries.length ? await serviceItemFacts(ctx.database.db, [serviceItemId]) : [];
  if (!item || item.archived) throw new AppError(ApplicationErrors.ITEM_NOT_IN_FORCE);
  return { item: { ...item, legalTimeLimitDays: item.legalTimeLimitDays || DEFAULT_LIMIT_DAYS }, entries };
}

/**
 * Staff apply only within their area: a window for the offices it receives for (一窗受理), a grid
 * worker for regions their community belongs to.
 */
async function assertStaffArea(
  ctx: Ctx,
  channel: Channel,
  item: { unitId: string },
  regionCode: string,
): Promise<void> {
  if (channel === 'online') return;
  let inside: boolean;
  if (channel === 'counter') {
    inside = inScope(await handlingScope(ctx, ctx.database.db, HANDLERS), { unitId: item.unitId, regionCode });
  } else {
    const unitIds = ctx.actor!.grants.filter((g) => g.role === 'grid_worker' && g.unitId).map((g) => g.unitId!);
    const homes = await unitsByIds(ctx.database.db, unitIds);
    inside =
      homes.some((h) => regionContains(regionCode, h.regionCode)) ||
      ctx.actor!.grants.some(
        (g) => g.role === 'grid_worker' && !g.unitId && (!g.regionCode || regionContains(g.regionCode, regionCode)),
      );
  }
  if (!inside) throw new AppError(ApplicationErrors.OUT_OF_AREA);
}

export async function itemProofs(
  ctx: Ctx,
  regionCode: string,
  serviceItemId: string,
  applicantId?: string,
): Promise<ItemProofs> {
  const { item, entries } = await itemWithProofs(ctx, regionCode, serviceItemId);
  const applicant = await applicantFor(ctx, applicantId);
  await assertStaffArea(ctx, applicant.channel, item, regionCode);
  const eligibility = await commitmentEligibility(ctx.database.db, applicant.id, ctx.lang);
  return {
    serviceItem: { id: item.id, name: item.name, unitName: item.unitName, legalTimeLimitDays: item.legalTimeLimitDays },
    // The applicant reads the reason; staff learn only that commitment does not apply.
    eligibility:
      eligibility.eligible || applicant.channel === 'online'
        ? eligibility
        : {
            eligible: false,
            reason:
              ctx.lang === 'en'
                ? 'Commitment does not apply to this applicant (credit record): the proofs must be submitted.'
                : '该申请人目前不适用告知承诺（信用记录原因），请提交证明材料。',
          },
    proofs: entries.map((e) => {
      const path = pathOf(e);
      return {
        entryId: e.entryId,
        name: e.name,
        content: e.content,
        path,
        note: pathNote(e, path),
        disclosure: path === 'commitment' && disclosable(e),
        unitName: e.unitName,
      };
    }),
  };
}

const UNAMBIGUOUS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Numbers from a sequence (unique across servers). A letter number also ends in eight random
 * characters (40 bits): the public check answers by number, so numbers must not be enumerable.
 */
async function nextNumber(
  tx: Tx,
  sequence: 'application_number_seq' | 'letter_number_seq',
  prefix: string,
  regionCode: string,
  today: string,
): Promise<string> {
  const [row] = rowsOf<{ n: string | number }>(await tx.execute(sql`select nextval(${sequence}) as n`));
  const base = `${prefix}${regionCode.slice(0, 6)}${today.replaceAll('-', '')}${String(row!.n).padStart(6, '0')}`;
  if (sequence === 'application_number_seq') return base;
  return `${base}${Array.from({ length: 8 }, () => UNAMBIGUOUS[randomInt(UNAMBIGUOUS.length)]).join('')}`;
}

export type ApplicationPlan = Awaited<ReturnType<typeof planApplication>>;

/**
 * 申请, first half (reads only, outside any transaction): the lists in force (never drafts) and
 * every choice checked against them.
 */
export async function planApplication(ctx: Ctx, input: ApplicationInput) {
  const applicant = await applicantFor(ctx, input.applicantId);
  const { item, entries } = await itemWithProofs(ctx, input.regionCode, input.serviceItemId);
  await assertStaffArea(ctx, applicant.channel, item, input.regionCode);
  const planned = planProofs(entries, input.choices);
  return { input, applicant, item, planned };
}

/**
 * 申请, second half: checks the applicant's credit file and drafts one letter per commitment,
 * frozen and pinned to the version it came from. Joins an idempotent request's transaction.
 */
export async function createApplication(ctx: Ctx, { input, applicant, item, planned }: ApplicationPlan) {
  const today = shanghaiToday(ctx.now());
  return transact(ctx, async (tx, audit) => {
    if (planned.some((p) => p.choice === 'commitment')) {
      const eligibility = await commitmentEligibility(tx, applicant.id, ctx.lang);
      if (!eligibility.eligible)
        throw new AppError(ApplicationErrors.NOT_ELIGIBLE, { reason: eligibility.reason ?? '' });
    }
    const now = ctx.now();
    const [app] = await tx
      .insert(applications)
      .values({
        number: await nextNumber(tx, 'application_number_seq', 'BJ', input.regionCode, today),
        regionCode: input.regionCode,
        serviceItemId: item.id,
        serviceItemName: item.name,
        legalTimeLimitDays: item.legalTimeLimitDays,
        unitId: item.unitId,
        applicantId: applicant.id,
        channel: applicant.channel,
        createdBy: ctx.actor!.userId,
        createdByName: ctx.actor!.displayName,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(applicationProofs).values(
      planned.map((p, position) => ({
        applicationId: app!.id,
        entryId: p.entry.entryId,
        position,
        name: p.entry.name,
        path: p.path,
        choice: p.choice,
        verificationPlan: p.entry.verificationPlan,
      })),
    );
    for (const p of planned.filter((x) => x.choice === 'commitment')) {
      const text = buildLetterText({
        entry: p.entry,
        serviceItemName: item.name,
        unitName: item.unitName,
        applicant,
        disclosure: p.disclosure,
      });
      await tx.insert(commitmentLetters).values({
        number: await nextNumber(tx, 'letter_number_seq', 'CN', input.regionCode, today),
        applicationId: app!.id,
        entryId: p.entry.entryId,
        applicantId: applicant.id,
        regionCode: input.regionCode,
        proofName: p.entry.name,
        text,
        sm3: ctx.crypto.sm3Hex(letterCanonical(text)),
        disclosure: p.disclosure,
        createdAt: now,
      });
    }
    await tx
      .insert(applicationEvents)
      .values({ applicationId: app!.id, action: 'created', byName: ctx.actor!.displayName, note: '', at: now });
    audit.record({
      action: 'application.created',
      targetType: 'application',
      targetId: app!.id,
      after: {
        number: app!.number,
        serviceItem: item.name,
        channel: applicant.channel,
        choices: planned.map((p) => ({ proof: p.entry.name, path: p.path, choice: p.choice })),
      },
    });
    return loadView(ctx, tx, app!.id);
  });
}

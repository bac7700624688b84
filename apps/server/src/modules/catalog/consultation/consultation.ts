import { and, asc, count, desc, eq } from 'drizzle-orm';
import { maskPersonName } from '@pfc/contracts';
import { reachesRegion } from '../../../platform/access/actor';
import { transact } from '../../../platform/audit/transaction';
import type { Ctx } from '../../../platform/context';
import { AppError, E } from '../../../platform/http/errors';
import { blankToNull } from '../../../platform/http/input';
import { unitNameSql } from '../../../platform/directory';
import { CatalogErrors } from '../errors';
import { MODERATORS } from '../policy';
import { consultationComments, proofEntries } from '../tables';

type CommentRow = typeof consultationComments.$inferSelect;

function publicComment(c: CommentRow, entryName: string | null) {
  return {
    id: c.id,
    entryId: c.entryId,
    entryName,
    missingProofName: c.missingProofName,
    body: c.body,
    authorName: c.authorName ? maskPersonName(c.authorName) : null,
    reply: c.reply,
    createdAt: c.createdAt.toISOString(),
  };
}

/** The draft lists under consultation in a region, and the comments already answered. */
export async function consultationView(ctx: Ctx, regionCode: string) {
  const db = ctx.database.db;
  const entries = await db
    .select({
      id: proofEntries.id,
      name: proofEntries.name,
      disposition: proofEntries.disposition,
      unitName: unitNameSql(proofEntries.unitId),
      issuingUnitName: proofEntries.issuingUnitName,
      substitutes: proofEntries.substitutes,
      cancelReason: proofEntries.cancelReason,
    })
    .from(proofEntries)
    .where(and(eq(proofEntries.regionCode, regionCode), eq(proofEntries.status, 'consultation')))
    .orderBy(asc(proofEntries.name));
  const comments = await db
    .select({ c: consultationComments, entryName: proofEntries.name })
    .from(consultationComments)
    .leftJoin(proofEntries, eq(proofEntries.id, consultationComments.entryId))
    .where(and(eq(consultationComments.regionCode, regionCode), eq(consultationComments.status, 'published')))
    .orderBy(desc(consultationComments.createdAt))
    .limit(200);
  return {
    regionCode,
    open: entries.length > 0,
    entries,
    comments: comments.map((r) => publicComment(r.c, r.entryName)),
  };
}

export interface CommentInput {
  entryId?: string | null;
  missingProofName?: string | null;
  body: string;
  authorName?: string | null;
  contact?: string | null;
}

/** Anyone may comment while the region's draft lists are open; comments wait for moderation. */
export async function submitComment(ctx: Ctx, regionCode: string, input: CommentInput) {
  return transact(ctx, async (tx, audit) => {
    const [open] = await tx
      .select({ n: count() })
      .from(proofEntries)
      .where(and(eq(proofEntries.regionCode, regionCode), eq(proofEntries.status, 'consultation')));
    if (!open || open.n === 0) throw new AppError(CatalogErrors.CONSULTATION_CLOSED);
    if (input.entryId) {
      const [entry] = await tx
        .select({ id: proofEntries.id })
        .from(proofEntries)
        .where(
          and(
            eq(proofEntries.id, input.entryId),
            eq(proofEntries.regionCode, regionCode),
            eq(proofEntries.status, 'consultation'),
          ),
        );
      if (!entry) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'draft entry' : '征求意见中的证明事项' });
    }
    const contact = blankToNull(input.contact);
    const [row] = await tx
      .insert(consultationComments)
      .values({
        regionCode,
        entryId: input.entryId ?? null,
        missingProofName: blankToNull(input.missingProofName),
        body: input.body.trim(),
        authorName: blankToNull(input.authorName),
        contactEnc: contact ? ctx.crypto.encrypt(contact, 'consultation.contact') : null,
        createdAt: ctx.now(),
      })
      .returning();
    audit.record({
      action: 'catalog.comment.submitted',
      targetType: 'consultation_comment',
      targetId: row!.id,
      after: { regionCode, entryId: row!.entryId, missing: row!.missingProofName },
    });
    return { id: row!.id, status: row!.status };
  });
}

export async function commentsForModeration(
  ctx: Ctx,
  regionCode: string,
  status: 'pending' | 'published' | 'rejected' = 'pending',
) {
  if (!reachesRegion(ctx.actor, MODERATORS, regionCode))
    throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'region' : '区划' });
  const rows = await ctx.database.db
    .select({ c: consultationComments, entryName: proofEntries.name })
    .from(consultationComments)
    .leftJoin(proofEntries, eq(proofEntries.id, consultationComments.entryId))
    .where(and(eq(consultationComments.regionCode, regionCode), eq(consultationComments.status, status)))
    .orderBy(asc(consultationComments.createdAt))
    .limit(500);
  // Moderators see the name in full (to answer), never the contact.
  return rows.map((r) => ({ ...publicComment(r.c, r.entryName), authorName: r.c.authorName, status: r.c.status }));
}

/** Publishes (with an answer) or rejects a comment; each decision is audited. */
export async function moderateComment(ctx: Ctx, id: string, decision: 'publish' | 'reject', reply: string) {
  return transact(ctx, async (tx, audit) => {
    const [c] = await tx.select().from(consultationComments).where(eq(consultationComments.id, id));
    if (!c || !reachesRegion(ctx.actor, MODERATORS, c.regionCode))
      throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'comment' : '意见' });
    const status = decision === 'publish' ? 'published' : 'rejected';
    const [row] = await tx
      .update(consultationComments)
      .set({ status, reply: reply.trim(), moderatedBy: ctx.actor?.userId ?? null, moderatedAt: ctx.now() })
      .where(and(eq(consultationComments.id, id), eq(consultationComments.status, c.status)))
      .returning();
    if (!row) throw new AppError(E.STALE_STATE);
    audit.record({
      action: 'catalog.comment.moderated',
      targetType: 'consultation_comment',
      targetId: id,
      before: { status: c.status },
      after: { status, reply: reply.trim() },
    });
    return { id, status };
  });
}

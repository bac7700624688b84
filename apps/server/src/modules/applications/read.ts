import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ApplicationListQuery, ApplicationSummary, ApplicationView, LetterView } from '@pfc/contracts';
import type { Executor } from '../../db/client';
import { shanghaiToday } from '../../platform/calendar/service';
import type { Ctx } from '../../platform/context';
import { pageParams } from '../../platform/http/input';
import { unitNameSql } from '../../platform/directory';
import { applicantNameSql, applicantSummary } from '../org';
import { actsForApplicant, canHandle, canRead, listFilter, notFound } from './access';
import { applicationEvents, applicationFiles, applicationProofs, applications, commitmentLetters } from './tables';

type LetterRow = typeof commitmentLetters.$inferSelect;
type FileRow = Pick<typeof applicationFiles.$inferSelect, 'id' | 'filename' | 'contentType' | 'size' | 'uploadedAt'>;

const presentFile = (f: FileRow) => ({
  id: f.id,
  filename: f.filename,
  contentType: f.contentType,
  size: f.size,
  uploadedAt: f.uploadedAt.toISOString(),
});

export function presentLetter(l: LetterRow, scan: FileRow | undefined): LetterView {
  return {
    id: l.id,
    number: l.number,
    entryId: l.entryId,
    proofName: l.proofName,
    status: l.status,
    text: l.text,
    sm3: l.sm3,
    disclosure: l.disclosure,
    signMethod: l.signMethod ?? null,
    signedAt: l.signedAt?.toISOString() ?? null,
    withdrawnAt: l.withdrawnAt?.toISOString() ?? null,
    withdrawReason: l.withdrawReason,
    scan: scan ? presentFile(scan) : null,
  };
}

/** The whole application as its applicant and its office see it (identifiers masked). */
export async function loadView(ctx: Ctx, db: Executor, id: string): Promise<ApplicationView> {
  const [row] = await db
    .select({
      a: applications,
      unitName: unitNameSql(applications.unitId),
    })
    .from(applications)
    .where(eq(applications.id, id));
  if (!row) throw notFound(ctx);
  const a = row.a;
  const summary = await applicantSummary(db, a.applicantId);
  if (!summary) throw notFound(ctx);
  const applicant = {
    id: summary.id,
    name: summary.name,
    identifierMasked: summary.identifierMasked,
    kind: summary.kind,
  };
  // One after another: `db` may be a transaction, whose one connection cannot run queries side by
  // side (node-postgres deprecates it, and pg 9 refuses).
  const proofs = await db
    .select()
    .from(applicationProofs)
    .where(eq(applicationProofs.applicationId, id))
    .orderBy(asc(applicationProofs.position));
  const letters = await db.select().from(commitmentLetters).where(eq(commitmentLetters.applicationId, id));
  const events = await db
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, id))
    .orderBy(asc(applicationEvents.at));
  const fileIds = [...proofs.map((p) => p.fileId), ...letters.map((l) => l.scanFileId)].filter((x): x is string => !!x);
  const files = fileIds.length
    ? await db
        .select({
          id: applicationFiles.id,
          filename: applicationFiles.filename,
          contentType: applicationFiles.contentType,
          size: applicationFiles.size,
          uploadedAt: applicationFiles.uploadedAt,
        })
        .from(applicationFiles)
        .where(inArray(applicationFiles.id, fileIds))
    : [];
  return {
    id: a.id,
    number: a.number,
    status: a.status,
    regionCode: a.regionCode,
    serviceItemId: a.serviceItemId,
    serviceItemName: a.serviceItemName,
    unitId: a.unitId,
    unitName: row.unitName,
    applicant,
    channel: a.channel,
    createdByName: a.createdByName,
    proofs: proofs.map((p) => {
      const letter = letters.find((l) => l.entryId === p.entryId);
      const file = files.find((f) => f.id === p.fileId);
      return {
        entryId: p.entryId,
        name: p.name,
        path: p.path,
        choice: p.choice,
        letter: letter
          ? presentLetter(
              letter,
              files.find((f) => f.id === letter.scanFileId),
            )
          : null,
        file: file ? presentFile(file) : null,
      };
    }),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    acceptDue: a.acceptDue,
    acceptDueProvisional: a.acceptDueProvisional,
    decisionDue: a.decisionDue,
    decisionDueProvisional: a.decisionDueProvisional,
    decisionNote: a.decisionNote,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    events: events.map((e) => ({ at: e.at.toISOString(), action: e.action, by: e.byName, note: e.note })),
    createdAt: a.createdAt.toISOString(),
    createdById: a.createdBy,
    viewer: {
      isApplicant: ctx.actor?.kind === 'applicant' && ctx.actor.applicantId === a.applicantId,
      actsForApplicant: await actsForApplicant(ctx, db, a),
      handles: await canHandle(ctx, db, a),
    },
  };
}

/**
 * The row with access checked: someone who may not see it gets the same 404 as for a missing one.
 * Use cases that change an application lock it first (FOR UPDATE), so approval, withdrawal and
 * uploads on one application queue instead of interleaving.
 */
export async function readableApplication(ctx: Ctx, db: Executor, id: string, lock = false) {
  const query = db.select().from(applications).where(eq(applications.id, id));
  const [a] = lock ? await query.for('update') : await query;
  if (!a || !(await canRead(ctx, db, a))) throw notFound(ctx);
  return a;
}

export async function getApplication(ctx: Ctx, id: string): Promise<ApplicationView> {
  await readableApplication(ctx, ctx.database.db, id);
  return loadView(ctx, ctx.database.db, id);
}

export async function listApplications(ctx: Ctx, query: ApplicationListQuery) {
  const { page, pageSize, offset } = pageParams(query);
  const where = and(await listFilter(ctx), query.status ? eq(applications.status, query.status) : undefined);
  const db = ctx.database.db;
  const commitments = sql<number>`(select count(*)::int from ${commitmentLetters} l where l.application_id = ${applications.id} and l.status <> 'withdrawn')`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        a: applications,
        unitName: unitNameSql(applications.unitId),
        applicantName: applicantNameSql(applications.applicantId),
        commitments,
      })
      .from(applications)
      .where(where)
      .orderBy(desc(applications.createdAt))
      .limit(pageSize)
      .offset(offset),
    db.select({ n: count() }).from(applications).where(where),
  ]);
  const today = shanghaiToday(ctx.now());
  const items: ApplicationSummary[] = rows.map(({ a, unitName, applicantName, commitments: n }) => ({
    id: a.id,
    number: a.number,
    status: a.status,
    serviceItemName: a.serviceItemName,
    unitName,
    applicantName,
    commitments: Number(n),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    acceptDue: a.acceptDue,
    acceptDueProvisional: a.acceptDueProvisional,
    decisionDue: a.decisionDue,
    decisionDueProvisional: a.decisionDueProvisional,
    overdue:
      (a.status === 'submitted' && !!a.acceptDue && a.acceptDue < today) ||
      (a.status === 'accepted' && !!a.decisionDue && a.decisionDue < today),
    createdAt: a.createdAt.toISOString(),
  }));
  return { items, total: total?.n ?? 0, page, pageSize };
}

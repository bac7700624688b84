import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { transact } from '../../platform/audit/transaction';
import { APPLICATION_STATUSES, textProblem } from '@pfc/contracts';
import { actsForApplicant, notFound } from './access';
import { ApplicationErrors } from './errors';
import { readableApplication, loadView } from './read';
import { OPEN } from './status';
import { applicationEvents, applicationFiles, applicationProofs, commitmentLetters } from './tables';

export const FILE_LIMIT = 10 * 1024 * 1024;
const KINDS = [
  { type: 'application/pdf', magic: Buffer.from('%PDF-') },
  { type: 'image/jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  { type: 'image/png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
];
export const UPLOAD_TYPES = KINDS.map((k) => k.type);

export interface Upload {
  content: Buffer;
  contentType: string;
  filename: string;
}

/** The declared type must be what the bytes are: a renamed executable is not a PDF. */
export function checkUpload(upload: Upload): void {
  const kind = KINDS.find((k) => k.type === upload.contentType.split(';')[0]!.trim().toLowerCase());
  if (!kind || upload.content.length === 0 || upload.content.length > FILE_LIMIT || !upload.content.subarray(0, kind.magic.length).equals(kind.magic)) {
    throw new AppError(ApplicationErrors.FILE_INVALID);
  }
}

/**
 * A file name as given (URI-encoded header), without its path. A name is a name: it meets the one
 * rule for text input (no control, broken, direction or zero-width characters), or the upload is refused.
 */
export function cleanFilename(raw: string | undefined, fallback: string): string {
  let name = fallback;
  try {
    if (raw) name = decodeURIComponent(raw);
  } catch {
    name = fallback;
  }
  const found = textProblem(name, 'name');
  if (found) throw new AppError(E.TEXT_FORBIDDEN_CHARACTER, { field: 'x-filename', char: found.char }, [{ field: 'x-filename', message: found.char }]);
  // Whole characters only: cutting a surrogate pair in two would store a broken one.
  const clean = Array.from((name.split(/[\\/]/).pop() ?? '').trim()).slice(0, 120).join('');
  return clean || fallback;
}

export async function storeFile(ctx: Ctx, tx: Tx, applicationId: string, upload: Upload) {
  checkUpload(upload);
  const [file] = await tx
    .insert(applicationFiles)
    .values({
      applicationId,
      filename: upload.filename,
      contentType: upload.contentType.split(';')[0]!.trim().toLowerCase(),
      size: upload.content.length,
      sm3: ctx.crypto.sm3Hex(upload.content),
      content: upload.content,
      uploadedBy: ctx.actor!.userId,
      uploadedAt: ctx.now(),
    })
    .returning({ id: applicationFiles.id, sm3: applicationFiles.sm3 });
  return file!;
}

/** 提交证明: the proof itself, for a proof the applicant submits (by choice, by the lists, or after withdrawing). */
export async function uploadProof(ctx: Ctx, applicationId: string, entryId: string, upload: Upload) {
  checkUpload(upload);
  return transact(ctx, async (tx, audit) => {
    const app = await readableApplication(ctx, tx, applicationId, true);
    if (!(await actsForApplicant(ctx, tx, app))) throw notFound(ctx);
    if (!OPEN.includes(app.status)) throw new AppError(ApplicationErrors.STATUS_INVALID, { status: APPLICATION_STATUSES[app.status][ctx.lang], action: ctx.lang === 'en' ? 'upload' : '上传材料' });
    const [proof] = await tx.select().from(applicationProofs).where(and(eq(applicationProofs.applicationId, app.id), eq(applicationProofs.entryId, entryId)));
    if (!proof) throw new AppError(ApplicationErrors.CHOICE_INVALID, { name: entryId });
    if (proof.choice !== 'submit') throw new AppError(ApplicationErrors.CHOICE_INVALID, { name: proof.name });
    if (app.status === 'submitted' || app.status === 'accepted') {
      // Under review the materials stay as submitted, except the proof replacing a withdrawn commitment.
      const [withdrawn] = await tx.select({ id: commitmentLetters.id }).from(commitmentLetters).where(and(eq(commitmentLetters.applicationId, app.id), eq(commitmentLetters.entryId, entryId), eq(commitmentLetters.status, 'withdrawn')));
      if (!withdrawn || proof.fileId) throw new AppError(ApplicationErrors.UPLOAD_CLOSED);
    }
    const file = await storeFile(ctx, tx, app.id, upload);
    await tx.update(applicationProofs).set({ fileId: file.id }).where(and(eq(applicationProofs.applicationId, app.id), eq(applicationProofs.entryId, entryId)));
    await tx.insert(applicationEvents).values({ applicationId: app.id, action: 'file_uploaded', byName: ctx.actor!.displayName, note: proof.name, at: ctx.now() });
    audit.record({ action: 'application.file_uploaded', targetType: 'application', targetId: app.id, after: { proof: proof.name, file: upload.filename, size: upload.content.length, sm3: file.sm3 } });
    return loadView(ctx, tx, app.id);
  });
}

export async function downloadFile(ctx: Ctx, applicationId: string, fileId: string) {
  const app = await readableApplication(ctx, ctx.database.db, applicationId);
  const [file] = await ctx.database.db.select().from(applicationFiles).where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, app.id)));
  if (!file) throw notFound(ctx);
  return file;
}

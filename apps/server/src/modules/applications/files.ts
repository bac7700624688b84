import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { transact } from '../../platform/audit/transaction';
import { APPLICATION_STATUSES, textProblem } from '@pfc/contracts';
import { actsForApplicant, notFound } from './access';
import { ApplicationErrors } from './errors';
import { UPLOAD_TYPES as ALLOWED_TYPES, type UploadType, isUploadType, isWholeFile } from './file-types';
import { readableApplication, loadView } from './read';
import { OPEN } from './status';
import { applicationEvents, applicationFiles, applicationProofs, commitmentLetters } from './tables';

/**
 * The most one uploaded file may hold. The upload routes give it to Fastify as their body limit,
 * which refuses a larger declared Content-Length (413) before reading the body, and stops reading
 * at the limit when no length is declared, so no larger file is ever held in memory.
 */
export const FILE_LIMIT = 10 * 1024 * 1024;
export const UPLOAD_TYPES: string[] = [...ALLOWED_TYPES];
const TYPE_NAMES: Record<UploadType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' };

export interface Upload {
  content: Buffer;
  contentType: string;
  filename: string;
}

/**
 * The declared type must be what the bytes are, whole: a renamed executable is not a PDF, and four
 * bytes that start like a JPEG are not one (file-types.ts walks each format's structure).
 */
export function checkUpload(upload: Upload): void {
  const type = upload.contentType.split(';')[0]!.trim().toLowerCase();
  if (!isUploadType(type) || upload.content.length === 0 || upload.content.length > FILE_LIMIT)
    throw new AppError(ApplicationErrors.FILE_INVALID);
  if (!isWholeFile(type, upload.content))
    throw new AppError(ApplicationErrors.FILE_CONTENT_INVALID, { type: TYPE_NAMES[type] });
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
  if (found)
    throw new AppError(E.TEXT_FORBIDDEN_CHARACTER, { field: 'x-filename', char: found.char }, [
      { field: 'x-filename', message: found.char },
    ]);
  // Whole characters only: cutting a surrogate pair in two would store a broken one.
  const clean = Array.from((name.split(/[\\/]/).pop() ?? '').trim())
    .slice(0, 120)
    .join('');
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
    if (!OPEN.includes(app.status))
      throw new AppError(ApplicationErrors.STATUS_INVALID, {
        status: APPLICATION_STATUSES[app.status][ctx.lang],
        action: ctx.lang === 'en' ? 'upload' : '上传材料',
      });
    const [proof] = await tx
      .select()
      .from(applicationProofs)
      .where(and(eq(applicationProofs.applicationId, app.id), eq(applicationProofs.entryId, entryId)));
    if (!proof) throw new AppError(ApplicationErrors.CHOICE_INVALID, { name: entryId });
    if (proof.choice !== 'submit') throw new AppError(ApplicationErrors.CHOICE_INVALID, { name: proof.name });
    if (app.status === 'submitted' || app.status === 'accepted') {
      // Under review the materials stay as submitted, except the proof replacing a withdrawn commitment.
      const [withdrawn] = await tx
        .select({ id: commitmentLetters.id })
        .from(commitmentLetters)
        .where(
          and(
            eq(commitmentLetters.applicationId, app.id),
            eq(commitmentLetters.entryId, entryId),
            eq(commitmentLetters.status, 'withdrawn'),
          ),
        );
      if (!withdrawn || proof.fileId) throw new AppError(ApplicationErrors.UPLOAD_CLOSED);
    }
    const file = await storeFile(ctx, tx, app.id, upload);
    await tx
      .update(applicationProofs)
      .set({ fileId: file.id })
      .where(and(eq(applicationProofs.applicationId, app.id), eq(applicationProofs.entryId, entryId)));
    await tx.insert(applicationEvents).values({
      applicationId: app.id,
      action: 'file_uploaded',
      byName: ctx.actor!.displayName,
      note: proof.name,
      at: ctx.now(),
    });
    audit.record({
      action: 'application.file_uploaded',
      targetType: 'application',
      targetId: app.id,
      after: { proof: proof.name, file: upload.filename, size: upload.content.length, sm3: file.sm3 },
    });
    return loadView(ctx, tx, app.id);
  });
}

export async function downloadFile(ctx: Ctx, applicationId: string, fileId: string) {
  const app = await readableApplication(ctx, ctx.database.db, applicationId);
  const [file] = await ctx.database.db
    .select()
    .from(applicationFiles)
    .where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, app.id)));
  if (!file) throw notFound(ctx);
  return file;
}

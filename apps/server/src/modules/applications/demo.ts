import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { users } from '../../platform/auth/tables';
import type { DemoContext } from '../../platform/module';
import { applicableItems, createApplication, itemProofs, planApplication } from './start';
import { signLetter } from './letters';
import { uploadProof } from './files';
import { submitApplication } from './handling';

/** A one-page PDF standing in for a scanned proof. */
const SAMPLE_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/**
 * One application waiting at the 任城区 window, from the demo company: it signed a disclosed
 * commitment, so the clerk's queue, the public letter check and the disclosure page have something
 * to show on first start. Made through the same use cases as a real applicant.
 */
export async function loadApplicationsDemo(demo: DemoContext): Promise<void> {
  const loaderCtx = demo.ctx;
  const [user] = await loaderCtx.database.db.select().from(users).where(eq(users.username, 'company'));
  if (!user?.applicantId) return;
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    kind: 'applicant',
    unitId: null,
    applicantId: user.applicantId,
    grants: [],
    sessionId: '',
  };
  const ctx: Ctx = { ...loaderCtx, actor };
  const region = '370811';
  for (const item of (await applicableItems(ctx, region)).filter((i) => i.commitmentProofs > 0)) {
    const proofs = await itemProofs(ctx, region, item.id);
    const disclosed = proofs.proofs.find((p) => p.path === 'commitment' && p.disclosure);
    if (!disclosed) continue;
    const choices = proofs.proofs
      .filter((p) => p.path === 'commitment')
      .map((p) =>
        p.entryId === disclosed.entryId
          ? { entryId: p.entryId, choice: 'commitment' as const, disclosureConsent: true }
          : { entryId: p.entryId, choice: 'submit' as const },
      );
    const app = await createApplication(
      ctx,
      await planApplication(ctx, { regionCode: region, serviceItemId: item.id, choices }),
    );
    const letter = app.proofs.find((p) => p.entryId === disclosed.entryId)!.letter!;
    await signLetter(ctx, app.id, letter.id, letter.sm3);
    for (const p of app.proofs.filter((x) => x.choice === 'submit'))
      await uploadProof(ctx, app.id, p.entryId, {
        content: SAMPLE_PDF,
        contentType: 'application/pdf',
        filename: `${p.name}.pdf`,
      });
    try {
      await submitApplication(ctx, app.id);
    } catch (err) {
      // Years after the shipped calendar: the draft stays a draft rather than failing the demo.
      if (!(err instanceof AppError && err.code === E.CALENDAR_GAP)) throw err;
    }
    return;
  }
}

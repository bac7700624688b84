import { and, eq } from 'drizzle-orm';
import { APPLICATION_STATUSES } from '@pfc/contracts';
import { regionNameOf } from '../../platform/directory';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http/errors';
import { notFound } from './access';
import { NOTICE_TITLES, renderLetterPdf, renderNoticePdf, type NoticePdfInput } from './documents';
import { ApplicationErrors } from './errors';
import { loadView, readableApplication } from './read';
import { commitmentLetters } from './tables';

async function regionName(ctx: Ctx, code: string): Promise<string> {
  return regionNameOf(ctx.database.db, code);
}

/** 告知承诺书 as a print-ready A4 PDF: unsigned (for hand signing), signed (with digest and check number) or withdrawn. */
export async function letterPdf(ctx: Ctx, applicationId: string, letterId: string) {
  const app = await readableApplication(ctx, ctx.database.db, applicationId);
  const [l] = await ctx.database.db
    .select()
    .from(commitmentLetters)
    .where(and(eq(commitmentLetters.id, letterId), eq(commitmentLetters.applicationId, app.id)));
  if (!l) throw notFound(ctx);
  const view = await loadView(ctx, ctx.database.db, app.id);
  const body = await renderLetterPdf({
    number: l.number,
    title: l.text.title,
    regionName: await regionName(ctx, app.regionCode),
    unitName: view.unitName,
    serviceItemName: app.serviceItemName,
    proofName: l.proofName,
    notice: l.text.notice,
    pledge: l.text.pledge,
    applicant: {
      name: view.applicant.name,
      idMasked: view.applicant.identifierMasked,
      kind: view.applicant.kind === 'legal' ? 'organisation' : 'person',
    },
    signature:
      l.signMethod === 'electronic' && l.signedAt
        ? { kind: 'electronic', signedAt: l.signedAt.toISOString(), sm3: l.sm3, verifyUrl: `/letters/${l.number}` }
        : { kind: 'paper' },
    versions: { template: l.text.pins.template, list: l.text.pins.listVersion },
    withdrawn: l.withdrawnAt ? { at: l.withdrawnAt.toISOString(), reason: l.withdrawReason } : undefined,
  });
  return { filename: `告知承诺书-${l.number}.pdf`, body };
}

export type NoticeKind = NoticePdfInput['kind'];
const ALLOWED: Record<NoticeKind, (s: string) => boolean> = {
  acceptance: (s) => s === 'accepted' || s === 'approved',
  correction: (s) => s === 'correction',
  approval: (s) => s === 'approved',
  rejection: (s) => s === 'rejected',
};

/** 受理通知书 / 补正材料通知书 / 决定书, when the application's status has one to give. */
export async function noticePdf(ctx: Ctx, applicationId: string, kind: NoticeKind) {
  const app = await readableApplication(ctx, ctx.database.db, applicationId);
  if (!ALLOWED[kind](app.status))
    throw new AppError(ApplicationErrors.STATUS_INVALID, {
      status: APPLICATION_STATUSES[app.status][ctx.lang],
      action: ctx.lang === 'en' ? `issue the ${kind} notice` : `出具${NOTICE_TITLES[kind]}`,
    });
  const view = await loadView(ctx, ctx.database.db, app.id);
  const commitments = view.proofs.filter((p) => p.letter?.status === 'signed').map((p) => p.name);
  const paragraphs: Record<NoticeKind, string[]> = {
    acceptance: [
      `你（单位）于${view.submittedAt?.slice(0, 10) ?? ''}提出的“${app.serviceItemName}”申请，经审查，申请材料齐全、符合法定形式，决定予以受理。`,
      `本机关将在${view.decisionDue ?? ''}前（${app.legalTimeLimitDays}个工作日内）作出决定。`,
      // A date counted over a year without its holiday notice says so on paper too.
      ...(view.decisionDueProvisional
        ? [
            `上述日期涉及尚未公布节假日安排的年份，系按《全国年节及纪念日放假办法》暂定，期限以${app.legalTimeLimitDays}个工作日为准。`,
          ]
        : []),
      ...(commitments.length
        ? [`你（单位）以告知承诺方式代替提交的证明：${commitments.join('、')}。本机关将依法对承诺内容进行核查。`]
        : []),
    ],
    correction: [
      `你（单位）提出的“${app.serviceItemName}”申请，材料需要补正：`,
      app.decisionNote,
      '请补正后重新提交。',
    ],
    approval: [
      `你（单位）提出的“${app.serviceItemName}”申请，经审查，符合法定条件，决定准予办理。`,
      ...(commitments.length
        ? [`对你（单位）作出的承诺，本机关将依法核查；发现承诺不实的，将依法撤销本决定并记入信用记录。`]
        : []),
      ...(app.decisionNote ? [app.decisionNote] : []),
    ],
    rejection: [
      `你（单位）提出的“${app.serviceItemName}”申请，经审查，决定不予办理。理由如下：`,
      app.decisionNote,
      '如不服本决定，可以依法申请行政复议或者提起行政诉讼。',
    ],
  };
  const date =
    (kind === 'acceptance'
      ? view.events.filter((e) => e.action === 'accepted').at(-1)?.at
      : kind === 'correction'
        ? view.events.filter((e) => e.action === 'correction').at(-1)?.at
        : view.decidedAt) ?? ctx.now().toISOString();
  const body = await renderNoticePdf({
    kind,
    number: `${app.number}-${kind === 'acceptance' ? 'SL' : kind === 'correction' ? 'BZ' : 'JD'}`,
    unitName: view.unitName,
    regionName: await regionName(ctx, app.regionCode),
    applicantName: view.applicant.name,
    serviceItemName: app.serviceItemName,
    applicationNumber: app.number,
    date: new Date(new Date(date).getTime() + 8 * 3_600_000).toISOString().slice(0, 10),
    paragraphs: paragraphs[kind].filter((p) => p.trim()),
  });
  return { filename: `${NOTICE_TITLES[kind]}-${app.number}.pdf`, body };
}

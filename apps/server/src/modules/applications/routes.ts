import {
  ApplicableItemList,
  ApplicableItemsQuery,
  ApplicationFileParams,
  ApplicationInput,
  ApplicationLetterParams,
  ApplicationListQuery,
  ApplicationPage,
  ApplicationProofParams,
  ApplicationView,
  BinaryFile,
  DecisionInput,
  DisclosurePage,
  DisclosureQuery,
  IdParams,
  ItemProofs,
  ItemProofsQuery,
  LetterCheck,
  LetterCheckQuery,
  LetterNumberParams,
  NoticeParams,
  ReasonInput,
  SignInput,
} from '@pfc/contracts';
import { idempotentReply } from '../../platform/idempotency';
import { attachment } from '../../platform/http/download';
import { AppError } from '../../platform/http/errors';
import { type App, responses } from '../../platform/http/schemas';
import { ApplicationErrors } from './errors';
import { cleanFilename, downloadFile, FILE_LIMIT, UPLOAD_TYPES, uploadProof } from './files';
import { acceptApplication, decideApplication, requestCorrection, submitApplication } from './handling';
import { signLetter, uploadSignedScan, withdrawCommitment } from './letters';
import { letterPdf, noticePdf } from './pdfs';
import { checkLetter, disclosedCommitments } from './public';
import { getApplication, listApplications } from './read';
import { applicableItems, createApplication, itemProofs, planApplication } from './start';

const tags = ['applications'];
const View = responses({ 200: ApplicationView });
const UPLOAD_NOTE = `请求体为文件本身（Content-Type: ${UPLOAD_TYPES.join(' / ')}，不超过 10 MB），文件名放在 x-filename 头（URI 编码）。`;

function uploadOf(
  request: { body: unknown; headers: Record<string, string | string[] | undefined> },
  fallback: string,
) {
  const name = request.headers['x-filename'];
  return {
    content: request.body as Buffer,
    contentType: String(request.headers['content-type'] ?? ''),
    filename: cleanFilename(Array.isArray(name) ? name[0] : name, fallback),
  };
}

/** 办件: apply with commitment, sign, withdraw, submit; the office accepts and decides. */
export async function applicationRoutes(app: App): Promise<void> {
  app.get(
    '/applications/service-items',
    {
      config: { policy: 'applications.items' },
      schema: {
        summary: '本区划现行清单涉及的政务服务事项（可申请）',
        tags,
        querystring: ApplicableItemsQuery,
        response: responses({ 200: ApplicableItemList }),
      },
    },
    async (request) => applicableItems(request.ctx, request.query.region),
  );
  app.get(
    '/applications/service-items/:id/proofs',
    {
      config: { policy: 'applications.proofs' },
      schema: {
        summary: '办理该事项涉及的证明及办理方式（取消 / 部门获取 / 可承诺 / 须提交），及申请人能否适用告知承诺',
        tags,
        params: IdParams,
        querystring: ItemProofsQuery,
        response: responses({ 200: ItemProofs }),
      },
    },
    async (request) => itemProofs(request.ctx, request.query.region, request.params.id, request.query.applicantId),
  );
  app.post(
    '/applications',
    {
      config: { policy: 'applications.create', idempotent: 'optional' },
      schema: {
        summary: '提出申请（生成告知承诺书）',
        tags,
        body: ApplicationInput,
        response: responses({ 201: ApplicationView }),
      },
    },
    // Planning reads outside the transaction; with a key, a stored answer replays before it.
    async (request, reply) =>
      idempotentReply(request, reply, 201, createApplication, (ctx) => planApplication(ctx, request.body)),
  );
  app.get(
    '/applications',
    {
      config: { policy: 'applications.list' },
      schema: {
        summary: '办件列表（申请人：本人的；窗口：本单位待办；网格员：代办的）',
        tags,
        querystring: ApplicationListQuery,
        response: responses({ 200: ApplicationPage }),
      },
    },
    async (request) => listApplications(request.ctx, request.query),
  );
  app.get(
    '/applications/:id',
    {
      config: { policy: 'applications.get' },
      schema: { summary: '办件详情', tags, params: IdParams, response: View },
    },
    async (request) => getApplication(request.ctx, request.params.id),
  );
  app.post(
    '/applications/:id/letters/:letterId/sign',
    {
      config: { policy: 'applications.sign', idempotent: 'optional' },
      schema: {
        summary: '申请人电子签署告知承诺书',
        tags,
        params: ApplicationLetterParams,
        body: SignInput,
        response: View,
      },
    },
    async (request, reply) =>
      idempotentReply(request, reply, 200, (ctx) =>
        signLetter(ctx, request.params.id, request.params.letterId, request.body.sm3),
      ),
  );
  app.post(
    '/applications/:id/proofs/:entryId/withdraw-commitment',
    {
      config: { policy: 'applications.withdraw' },
      schema: {
        summary: '中途退出：撤回承诺，改为提交证明',
        tags,
        params: ApplicationProofParams,
        body: ReasonInput,
        response: View,
      },
    },
    async (request) => withdrawCommitment(request.ctx, request.params.id, request.params.entryId, request.body.reason),
  );
  app.post(
    '/applications/:id/submit',
    {
      config: { policy: 'applications.submit' },
      schema: { summary: '提交办件', tags, params: IdParams, response: View },
    },
    async (request) => submitApplication(request.ctx, request.params.id),
  );
  app.post(
    '/applications/:id/accept',
    { config: { policy: 'applications.handle' }, schema: { summary: '受理', tags, params: IdParams, response: View } },
    async (request) => acceptApplication(request.ctx, request.params.id),
  );
  app.post(
    '/applications/:id/request-correction',
    {
      config: { policy: 'applications.handle' },
      schema: { summary: '要求补正材料', tags, params: IdParams, body: ReasonInput, response: View },
    },
    async (request) => requestCorrection(request.ctx, request.params.id, request.body.reason),
  );
  app.post(
    '/applications/:id/decide',
    {
      config: { policy: 'applications.handle' },
      schema: {
        summary: '作出决定（准予 / 不予办理）；准予时生成核查任务',
        tags,
        params: IdParams,
        body: DecisionInput,
        response: View,
      },
    },
    async (request) => decideApplication(request.ctx, request.params.id, request.body.decision, request.body.reason),
  );
  app.get(
    '/applications/:id/letters/:letterId/pdf',
    {
      config: { policy: 'applications.get' },
      schema: {
        summary: '告知承诺书（PDF，A4）',
        tags,
        params: ApplicationLetterParams,
        response: responses({ 200: BinaryFile('PDF 文件') }),
      },
    },
    async (request, reply) => {
      const file = await letterPdf(request.ctx, request.params.id, request.params.letterId);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachment(file.filename, 'letter.pdf', true))
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
  app.get(
    '/applications/:id/notices/:kind/pdf',
    {
      config: { policy: 'applications.get' },
      schema: {
        summary: '受理通知书 / 补正材料通知书 / 决定书（PDF，A4）',
        tags,
        params: NoticeParams,
        response: responses({ 200: BinaryFile('PDF 文件') }),
      },
    },
    async (request, reply) => {
      const file = await noticePdf(request.ctx, request.params.id, request.params.kind);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachment(file.filename, 'notice.pdf', true))
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
  app.get(
    '/applications/:id/files/:fileId',
    {
      config: { policy: 'applications.get' },
      schema: {
        summary: '下载办件材料',
        tags,
        params: ApplicationFileParams,
        response: responses({ 200: BinaryFile('文件') }),
      },
    },
    async (request, reply) => {
      const file = await downloadFile(request.ctx, request.params.id, request.params.fileId);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachment(file.filename, 'file'))
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );

  // Raw uploads: the body is the file itself, sniffed by its first bytes (files.ts).
  app.register(async (scoped) => {
    const api = scoped as unknown as App;
    api.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: FILE_LIMIT }, (_req, body, done) =>
      done(null, body),
    );
    api.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: FILE_LIMIT }, (_req, _body, done) =>
      done(new AppError(ApplicationErrors.FILE_INVALID), undefined),
    );
    api.put(
      '/applications/:id/proofs/:entryId/file',
      {
        config: { policy: 'applications.upload' },
        bodyLimit: FILE_LIMIT,
        schema: {
          summary: '上传证明材料',
          description: UPLOAD_NOTE,
          tags,
          params: ApplicationProofParams,
          response: View,
        },
      },
      async (request) =>
        uploadProof(request.ctx, request.params.id, request.params.entryId, uploadOf(request, '证明材料')),
    );
    api.put(
      '/applications/:id/letters/:letterId/scan',
      {
        config: { policy: 'applications.scan' },
        bodyLimit: FILE_LIMIT,
        schema: {
          summary: '上传申请人手写签字的告知承诺书扫描件（纸质签署）',
          description: UPLOAD_NOTE,
          tags,
          params: ApplicationLetterParams,
          response: View,
        },
      },
      async (request) =>
        uploadSignedScan(request.ctx, request.params.id, request.params.letterId, uploadOf(request, '承诺书扫描件')),
    );
  });

  // Public: anyone may check a letter by its number, and read the disclosed commitments.
  app.get(
    '/public/letters/:number',
    {
      config: { policy: 'public.letters' },
      schema: {
        summary: '告知承诺书核验（真伪、是否被改动）',
        tags: ['public'],
        params: LetterNumberParams,
        querystring: LetterCheckQuery,
        response: responses({ 200: LetterCheck }),
      },
    },
    async (request) => checkLetter(request.ctx, request.params.number, request.query.sm3),
  );
  app.get(
    '/public/commitments',
    {
      config: { policy: 'public.commitments' },
      schema: {
        summary: '承诺公示（个人信息已脱敏）',
        tags: ['public'],
        querystring: DisclosureQuery,
        response: responses({ 200: DisclosurePage }),
      },
    },
    async (request) => disclosedCommitments(request.ctx, request.query),
  );
}

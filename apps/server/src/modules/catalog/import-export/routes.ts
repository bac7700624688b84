import {
  BinaryFile,
  IdPath,
  ImportReportView,
  InventoryImportQuery,
  ListQuery,
  OneListQuery,
  PublishedImportQuery,
  PublishedImportView,
  RegionCodeParams,
  UnitIdParams,
} from '@pfc/contracts';
import { AppError } from '../../../platform/http/errors';
import { CatalogErrors } from '../errors';
import { type App, responses } from '../../../platform/http/schemas';
import { exportUnitInventory, exportVersion } from './export';
import { importInventory } from './import';
import { importPublished } from './import-published';
import { versionPdf } from './pdf';
import { attachment } from '../../../platform/http/download';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['catalog'];
const XlsxFile = BinaryFile('Excel 文件（.xlsx）');

const UPLOAD_LIMIT = 20 * 1024 * 1024;

/**
 * Only a raw workbook will do: a JSON body on these routes is the wrong media type. A request with
 * no body at all is an empty file, which the importer explains as such.
 */
function xlsxBody(body: unknown): Buffer {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (!Buffer.isBuffer(body)) throw new AppError(CatalogErrors.IMPORT_MEDIA_TYPE);
  return body;
}

const xlsxAttachment = (filename: string) => attachment(filename, 'export.xlsx');

/** Excel in and out (附件4 layout). Uploads are raw .xlsx bodies of at most 20 MiB. */
export async function excelRoutes(app: App): Promise<void> {
  app.register(async (scoped) => {
    const api = scoped as unknown as App;
    api.addContentTypeParser(
      [XLSX, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
      (_req, body, done) => done(null, body),
    );
    // Any other type (a form upload, CSV, text…) gets an answer that names the type wanted; the body
    // is still read (within the limit) so the connection stays usable.
    api.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, _body, done) =>
      done(new AppError(CatalogErrors.IMPORT_MEDIA_TYPE), undefined),
    );
    api.post(
      '/catalog/units/:unitId/inventory/import',
      {
        config: { policy: 'catalog.entries.create' },
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          summary: '从 Excel 导入本单位证明材料汇总表（附件4）',
          description: `请求体为 .xlsx 文件本身（Content-Type: ${XLSX}）。有问题的行会逐行列出；默认有问题时不导入任何数据，partial=true 时只导入没有问题的行。重复导入同一文件不会产生变化。`,
          tags,
          params: UnitIdParams,
          querystring: InventoryImportQuery,
          response: responses({ 200: ImportReportView }),
        },
      },
      async (request) =>
        importInventory(request.ctx, request.params.unitId, xlsxBody(request.body), { partial: request.query.partial }),
    );
    api.post(
      '/catalog/regions/:code/published/import',
      {
        config: { policy: 'catalog.lists.manage' },
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          summary: '导入平台启用前已公布的清单（处理意见可为 告知承诺 / 免提交）',
          tags,
          params: RegionCodeParams,
          querystring: PublishedImportQuery,
          response: responses({ 200: PublishedImportView }),
        },
      },
      async (request) => importPublished(request.ctx, request.params.code, xlsxBody(request.body), request.query),
    );
  });

  app.get(
    '/catalog/units/:unitId/inventory/export',
    {
      config: { policy: 'catalog.entries.list' },
      schema: {
        summary: '导出本单位证明材料汇总表（.xlsx）',
        tags,
        params: UnitIdParams,
        response: responses({ 200: XlsxFile }),
      },
    },
    async (request, reply) => {
      const file = await exportUnitInventory(request.ctx, request.params.unitId);
      return reply.type(XLSX).header('content-disposition', xlsxAttachment(file.filename)).send(file.body);
    },
  );
  app.get(
    '/public/lists/versions/:id/pdf',
    {
      config: { policy: 'public.lists' },
      schema: {
        summary: '下载已公布清单（PDF，A4 横向，可直接打印）',
        tags: ['public'],
        params: IdPath,
        querystring: OneListQuery,
        response: responses({ 200: BinaryFile('PDF 文件') }),
      },
    },
    async (request, reply) => {
      const file = await versionPdf(request.ctx, request.params.id, request.query.list);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachment(file.filename, 'list.pdf'))
        .header('cache-control', 'public, max-age=300')
        .send(file.body);
    },
  );
  app.get(
    '/public/lists/versions/:id/export',
    {
      config: { policy: 'public.lists' },
      schema: {
        summary: '下载已公布清单（.xlsx）',
        tags: ['public'],
        params: IdPath,
        querystring: ListQuery,
        response: responses({ 200: XlsxFile }),
      },
    },
    async (request, reply) => {
      const file = await exportVersion(request.ctx, request.params.id, request.query.list);
      return reply
        .type(XLSX)
        .header('content-disposition', xlsxAttachment(file.filename))
        .header('cache-control', 'public, max-age=300')
        .send(file.body);
    },
  );
}

import { Type } from '@sinclair/typebox';
import { IsoDate, Name, ProofEntryInput, RegionCode, Text, Timestamp, Uuid } from '@pfc/contracts';
import { type App, responses } from '../../platform/http/schemas';
import {
  listAdjustments,
  overdueFilings,
  publishAdjustments,
  recordFiling,
  requestAdjustment,
  reviewAdjustment,
} from './adjustments';

const tags = ['catalog'];
const Kind = Type.Union([Type.Literal('add'), Type.Literal('change'), Type.Literal('remove')], {
  description: 'add 新增 · change 修改 · remove 取消',
});

const AdjustmentView = Type.Object({
  id: Uuid,
  regionCode: RegionCode,
  unitId: Uuid,
  unitName: Type.String(),
  kind: Kind,
  entryId: Type.Union([Uuid, Type.Null()]),
  proposed: Type.Union([ProofEntryInput, Type.Null()]),
  reason: Type.String(),
  basis: Type.String(),
  status: Type.String({ description: 'submitted 待审核 · approved 已同意 · rejected 不同意 · published 已公布' }),
  reviewComment: Type.String(),
  versionId: Type.Union([Uuid, Type.Null()]),
  filingDue: Type.Union([IsoDate, Type.Null()], { description: '备案期限（公布后7个工作日）' }),
  filingDueProvisional: Type.Boolean({ description: '备案期限涉及尚未录入正式节假日安排的年份，暂定（录入后重算）' }),
  filedAt: Type.Union([Timestamp, Type.Null()]),
  filingDocument: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
});

/** 动态调整: request → Justice Bureau review → publication → filing within 7 working days. */
export async function adjustmentRoutes(app: App): Promise<void> {
  app.get(
    '/catalog/adjustments',
    {
      config: { policy: 'catalog.adjustments.list' },
      schema: {
        summary: '清单动态调整申请',
        tags,
        querystring: Type.Object(
          { status: Type.Optional(Type.String({ maxLength: 20 })) },
          { additionalProperties: false },
        ),
        response: responses({ 200: Type.Array(AdjustmentView) }),
      },
    },
    async (request) => listAdjustments(request.ctx, request.query),
  );
  app.post(
    '/catalog/adjustments',
    {
      config: { policy: 'catalog.adjustments.request' },
      schema: {
        summary: '申请新增、修改或取消已公布的证明事项',
        tags,
        body: Type.Object(
          {
            unitId: Uuid,
            kind: Kind,
            entryId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: '修改或取消时：已公布的证明事项' })),
            entry: Type.Optional(Type.Union([ProofEntryInput, Type.Null()], { description: '新增或修改后的内容' })),
            reason: Text(2000, '调整理由'),
            basis: Type.Optional(Type.String({ maxLength: 2000, description: '调整依据' })),
          },
          { additionalProperties: false },
        ),
        response: responses({ 201: AdjustmentView }),
      },
    },
    async (request, reply) => reply.status(201).send(await requestAdjustment(request.ctx, request.body)),
  );
  app.post(
    '/catalog/adjustments/:id/review',
    {
      config: { policy: 'catalog.adjustments.review' },
      schema: {
        summary: '司法局审核调整申请',
        tags,
        params: Type.Object({ id: Uuid }),
        body: Type.Object(
          {
            decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]),
            comment: Type.String({ maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: responses({ 200: AdjustmentView }),
      },
    },
    async (request) => reviewAdjustment(request.ctx, request.params.id, request.body.decision, request.body.comment),
  );
  app.post(
    '/catalog/regions/:code/publish-adjustments',
    {
      config: { policy: 'catalog.lists.manage' },
      schema: {
        summary: '公布已同意的调整（生成新版本，并开始7个工作日备案期限）',
        tags,
        params: Type.Object({ code: RegionCode }),
        body: Type.Object(
          { documentNumber: Name(100, '文号'), effectiveDate: IsoDate },
          { additionalProperties: false },
        ),
        response: responses({
          201: Type.Object({
            id: Uuid,
            versionNo: Type.Integer(),
            entries: Type.Integer(),
            filingDue: IsoDate,
            filingDueProvisional: Type.Boolean({ description: '备案期限暂定' }),
          }),
        }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await publishAdjustments(request.ctx, request.params.code, request.body)),
  );
  app.post(
    '/catalog/adjustments/:id/filing',
    {
      config: { policy: 'catalog.lists.manage' },
      schema: {
        summary: '登记向上级备案',
        tags,
        params: Type.Object({ id: Uuid }),
        body: Type.Object({ filingDocument: Name(200, '备案文件（文号或回执）') }, { additionalProperties: false }),
        response: responses({ 200: AdjustmentView }),
      },
    },
    async (request) => recordFiling(request.ctx, request.params.id, request.body.filingDocument),
  );
  app.get(
    '/catalog/adjustments/overdue-filings',
    {
      config: { policy: 'catalog.lists.manage' },
      schema: { summary: '逾期未备案的调整', tags, response: responses({ 200: Type.Array(AdjustmentView) }) },
    },
    async (request) => overdueFilings(request.ctx),
  );
}

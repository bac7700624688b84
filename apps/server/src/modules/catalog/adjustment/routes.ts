import {
  AdjustmentFiling,
  AdjustmentList,
  AdjustmentListQuery,
  AdjustmentRequest,
  AdjustmentReview,
  AdjustmentsPublished,
  AdjustmentView,
  IdPath,
  PublishAdjustmentsBody,
  RegionCodeParams,
} from '@pfc/contracts';
import { type App, responses } from '../../../platform/http/schemas';
import {
  listAdjustments,
  overdueFilings,
  publishAdjustments,
  recordFiling,
  requestAdjustment,
  reviewAdjustment,
} from './adjustments';

const tags = ['catalog'];
/** 动态调整: request → Justice Bureau review → publication → filing within 7 working days. */
export async function adjustmentRoutes(app: App): Promise<void> {
  app.get(
    '/catalog/adjustments',
    {
      config: { policy: 'catalog.adjustments.list' },
      schema: {
        summary: '清单动态调整申请',
        tags,
        querystring: AdjustmentListQuery,
        response: responses({ 200: AdjustmentList }),
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
        body: AdjustmentRequest,
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
        params: IdPath,
        body: AdjustmentReview,
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
        params: RegionCodeParams,
        body: PublishAdjustmentsBody,
        response: responses({ 201: AdjustmentsPublished }),
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
        params: IdPath,
        body: AdjustmentFiling,
        response: responses({ 200: AdjustmentView }),
      },
    },
    async (request) => recordFiling(request.ctx, request.params.id, request.body.filingDocument),
  );
  app.get(
    '/catalog/adjustments/overdue-filings',
    {
      config: { policy: 'catalog.lists.manage' },
      schema: { summary: '逾期未备案的调整', tags, response: responses({ 200: AdjustmentList }) },
    },
    async (request) => overdueFilings(request.ctx),
  );
}

import {
  EntryCreate,
  EntryFindings,
  EntryListQuery,
  EntryReview,
  EntryStepComment,
  EntryTimelineList,
  EntryUpdate,
  IdParams,
  Page,
  ProofEntryDraft,
  ProofEntryView,
  ServiceItemInput,
  ServiceItemListQuery,
  ServiceItemView,
} from '@pfc/contracts';
import { type App, responses } from '../../../platform/http/schemas';
import { idempotentReply } from '../../../platform/idempotency';
import { checkDraft, createEntry, getEntry, listEntries, updateEntry } from './entries';
import { createServiceItem, getServiceItem, listServiceItems, updateServiceItem } from './service-items';
import { actOnEntry, entryTimeline, type ReviewAction } from './workflow';

const tags = ['catalog'];

/** One route per step of the clean-up, so each has its own policy (seed 002 §三.3). */
const STEPS = [
  {
    path: 'submit',
    policy: 'catalog.entries.submit',
    summary: '提交单位内部审核（须通过规则检查）',
    body: EntryStepComment,
    action: () => 'submit',
  },
  {
    path: 'withdraw',
    policy: 'catalog.entries.withdraw',
    summary: '撤回（草稿或退回时）',
    body: EntryStepComment,
    action: () => 'withdraw',
  },
  {
    path: 'unit-review',
    policy: 'catalog.entries.unit_review',
    summary: '单位负责人内部审核',
    body: EntryReview,
    action: (d: string) => (d === 'approve' ? 'unit_approve' : 'unit_send_back'),
  },
  {
    path: 'legal-review',
    policy: 'catalog.entries.legal_review',
    summary: '司法局合法性审查',
    body: EntryReview,
    action: (d: string) => (d === 'approve' ? 'legal_approve' : 'legal_send_back'),
  },
  {
    path: 'policy-review',
    policy: 'catalog.entries.policy_review',
    summary: '政务服务中心政策性审查',
    body: EntryReview,
    action: (d: string) => (d === 'approve' ? 'policy_approve' : 'policy_send_back'),
  },
] as const;

export async function catalogRoutes(app: App): Promise<void> {
  app.get(
    '/catalog/service-items',
    {
      config: { policy: 'catalog.items.list' },
      schema: {
        summary: '政务服务事项列表',
        tags,
        querystring: ServiceItemListQuery,
        response: responses({ 200: Page(ServiceItemView) }),
      },
    },
    async (request) => listServiceItems(request.ctx, request.query),
  );
  app.get(
    '/catalog/service-items/:id',
    {
      config: { policy: 'catalog.items.get' },
      schema: { summary: '政务服务事项详情', tags, params: IdParams, response: responses({ 200: ServiceItemView }) },
    },
    async (request) => getServiceItem(request.ctx, request.params.id),
  );
  app.post(
    '/catalog/service-items',
    {
      config: { policy: 'catalog.items.create', idempotent: 'optional' },
      schema: {
        summary: '新增政务服务事项',
        tags,
        body: ServiceItemInput,
        response: responses({ 201: ServiceItemView }),
      },
    },
    async (request, reply) => idempotentReply(request, reply, 201, (ctx) => createServiceItem(ctx, request.body)),
  );
  app.put(
    '/catalog/service-items/:id',
    {
      config: { policy: 'catalog.items.update' },
      schema: {
        summary: '修改政务服务事项及办事指南',
        tags,
        params: IdParams,
        body: ServiceItemInput,
        response: responses({ 200: ServiceItemView }),
      },
    },
    async (request) => updateServiceItem(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/catalog/entries',
    {
      config: { policy: 'catalog.entries.list' },
      schema: {
        summary: '证明事项清单（工作台）',
        tags,
        querystring: EntryListQuery,
        response: responses({ 200: Page(ProofEntryView) }),
      },
    },
    async (request) => listEntries(request.ctx, request.query),
  );
  app.get(
    '/catalog/entries/:id',
    {
      config: { policy: 'catalog.entries.get' },
      schema: {
        summary: '证明事项详情（含规则检查）',
        tags,
        params: IdParams,
        response: responses({ 200: ProofEntryView }),
      },
    },
    async (request) => getEntry(request.ctx, request.params.id),
  );
  app.post(
    '/catalog/entries',
    {
      config: { policy: 'catalog.entries.create', idempotent: 'optional' },
      schema: {
        summary: '登记证明事项（附件4）',
        tags,
        body: EntryCreate,
        response: responses({ 201: ProofEntryView }),
      },
    },
    async (request, reply) =>
      idempotentReply(request, reply, 201, (ctx) => createEntry(ctx, request.body.unitId, request.body.entry)),
  );
  app.put(
    '/catalog/entries/:id',
    {
      config: { policy: 'catalog.entries.update' },
      schema: {
        summary: '修改证明事项（草稿或退回修改时）',
        tags,
        params: IdParams,
        body: EntryUpdate,
        response: responses({ 200: ProofEntryView }),
      },
    },
    async (request) => updateEntry(request.ctx, request.params.id, request.body.version, request.body.entry),
  );
  app.post(
    '/catalog/entries/check',
    {
      config: { policy: 'catalog.entries.check' },
      schema: {
        summary: '按“七个一律”检查证明事项（不保存；可检查填写中的表单）',
        tags,
        body: ProofEntryDraft,
        response: responses({ 200: EntryFindings }),
      },
    },
    async (request) => ({ findings: checkDraft(request.ctx, request.body) }),
  );
  for (const step of STEPS) {
    app.post(
      `/catalog/entries/:id/${step.path}`,
      {
        config: { policy: step.policy },
        schema: {
          summary: step.summary,
          tags,
          params: IdParams,
          body: step.body,
          response: responses({ 200: ProofEntryView }),
        },
      },
      async (request) => {
        const body = request.body as { decision?: string; comment?: string };
        return actOnEntry(
          request.ctx,
          request.params.id,
          step.action(body.decision ?? '') as ReviewAction,
          body.comment ?? '',
        );
      },
    );
  }
  app.get(
    '/catalog/entries/:id/timeline',
    {
      config: { policy: 'catalog.entries.get' },
      schema: {
        summary: '证明事项流转记录',
        tags,
        params: IdParams,
        response: responses({ 200: EntryTimelineList }),
      },
    },
    async (request) => entryTimeline(request.ctx, request.params.id),
  );
}

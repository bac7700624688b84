import { OverdueEntryList, RoundList, RoundOpen, RoundsQuery, RoundView } from '@pfc/contracts';
import { type App, responses } from '../../../platform/http/schemas';
import { openRound, overdueEntries, roundsOf } from './rounds';

const tags = ['catalog'];
/** 清理轮次 and the overdue stages each unit sees on its dashboard. */
export async function roundRoutes(app: App): Promise<void> {
  app.post(
    '/catalog/rounds',
    {
      config: { policy: 'catalog.lists.manage' },
      schema: {
        summary: '开启一轮证明事项清理并设定各阶段截止日期',
        tags,
        body: RoundOpen,
        response: responses({ 201: RoundView }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await openRound(
            request.ctx,
            request.body as { regionCode: string; title: string; dueDates: Record<string, string> },
          ),
        ),
  );
  app.get(
    '/catalog/rounds',
    {
      config: { policy: 'catalog.entries.list' },
      schema: {
        summary: '某区划的清理轮次',
        tags,
        querystring: RoundsQuery,
        response: responses({ 200: RoundList }),
      },
    },
    async (request) => roundsOf(request.ctx, request.query.regionCode),
  );
  app.get(
    '/catalog/overdue',
    {
      config: { policy: 'catalog.entries.list' },
      schema: {
        summary: '本单位（或所辖区划）逾期未完成当前阶段的证明事项',
        tags,
        response: responses({ 200: OverdueEntryList }),
      },
    },
    async (request) => overdueEntries(request.ctx),
  );
}

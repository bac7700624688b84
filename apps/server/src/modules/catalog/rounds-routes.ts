import { Type } from '@sinclair/typebox';
import { IsoDate, Name, RegionCode, Timestamp, Uuid } from '@pfc/contracts';
import { type App, responses } from '../../platform/http/schemas';
import { openRound, overdueEntries, ROUND_STAGES, roundsOf } from './rounds';

const tags = ['catalog'];
const DueDates = Type.Object(Object.fromEntries(ROUND_STAGES.map((s) => [s, IsoDate])), {
  additionalProperties: false,
  description:
    'registration 登记 · unit_review 内部审核 · joint_review 合法性政策性审查 · consultation 征求意见 · approval 审定 · publication 公布',
});
const RoundView = Type.Object({
  id: Uuid,
  regionCode: RegionCode,
  title: Type.String(),
  stage: Type.String(),
  dueDates: Type.Record(Type.String(), IsoDate),
  createdAt: Timestamp,
});

/** 清理轮次 and the overdue stages each unit sees on its dashboard. */
export async function roundRoutes(app: App): Promise<void> {
  app.post(
    '/catalog/rounds',
    {
      config: { policy: 'catalog.lists.manage' },
      schema: {
        summary: '开启一轮证明事项清理并设定各阶段截止日期',
        tags,
        body: Type.Object(
          { regionCode: RegionCode, title: Name(100, '名称'), dueDates: DueDates },
          { additionalProperties: false },
        ),
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
        querystring: Type.Object({ regionCode: RegionCode }, { additionalProperties: false }),
        response: responses({ 200: Type.Array(RoundView) }),
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
        response: responses({
          200: Type.Array(
            Type.Object({
              entryId: Uuid,
              name: Type.String(),
              unitId: Uuid,
              unitName: Type.String(),
              roundTitle: Type.String(),
              status: Type.String(),
              statusLabel: Type.String(),
              stage: Type.String(),
              due: IsoDate,
            }),
          ),
        }),
      },
    },
    async (request) => overdueEntries(request.ctx),
  );
}

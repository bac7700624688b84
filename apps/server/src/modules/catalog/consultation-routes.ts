import { Type } from '@sinclair/typebox';
import { NAME_TEXT, RegionCode, Timestamp, Uuid } from '@pfc/contracts';
import { type App, responses } from '../../platform/http/schemas';
import { commentsForModeration, consultationView, moderateComment, submitComment } from './consultation';

const RegionParams = Type.Object({ code: RegionCode });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

const CommentView = Type.Object({
  id: Uuid,
  entryId: Type.Union([Uuid, Type.Null()]),
  entryName: Type.Union([Type.String(), Type.Null()]),
  missingProofName: Type.Union([Type.String(), Type.Null()]),
  body: Type.String(),
  authorName: Type.Union([Type.String(), Type.Null()], { description: '署名（公开时脱敏）' }),
  reply: Type.String({ description: '答复' }),
  createdAt: Timestamp,
});

const DraftEntry = Type.Object({
  id: Uuid,
  name: Type.String(),
  disposition: Type.String(),
  unitName: Type.String(),
  issuingUnitName: Type.String(),
  substitutes: Type.Array(Type.Object({ method: Type.String(), note: Type.Optional(Type.String()) })),
  cancelReason: Type.String(),
});

/** 征求意见: the public reads and comments on draft lists; reviewers moderate and answer. */
export async function consultationRoutes(app: App): Promise<void> {
  app.get(
    '/public/consultations/:code',
    {
      config: { policy: 'public.consultation' },
      schema: {
        summary: '正在征求意见的清单草案及已答复的意见',
        tags: ['public'],
        params: RegionParams,
        response: responses({
          200: Type.Object({
            regionCode: RegionCode,
            open: Type.Boolean(),
            entries: Type.Array(DraftEntry),
            comments: Type.Array(CommentView),
          }),
        }),
      },
    },
    async (request) => consultationView(request.ctx, request.params.code),
  );
  app.post(
    '/public/consultations/:code/comments',
    {
      config: { policy: 'public.consultation' },
      schema: {
        summary: '对清单草案提意见，或反映清单中没有但仍被索要的证明',
        tags: ['public'],
        params: RegionParams,
        body: Type.Object(
          {
            entryId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: '针对的证明事项' })),
            missingProofName: Type.Optional(
              Nullable(
                Type.String({ maxLength: 100, description: '清单中没有、但办事时仍被索要的证明', ...NAME_TEXT }),
              ),
            ),
            body: Type.String({ minLength: 2, maxLength: 2000, pattern: '\\S', description: '意见内容' }),
            authorName: Type.Optional(
              Nullable(Type.String({ maxLength: 50, description: '署名（可不填）', ...NAME_TEXT })),
            ),
            contact: Type.Optional(Nullable(Type.String({ maxLength: 50, description: '联系方式（不公开）' }))),
          },
          { additionalProperties: false },
        ),
        response: responses({ 201: Type.Object({ id: Uuid, status: Type.String() }) }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitComment(request.ctx, request.params.code, request.body)),
  );
  app.get(
    '/catalog/regions/:code/comments',
    {
      config: { policy: 'catalog.comments.moderate' },
      schema: {
        summary: '待审核的征求意见',
        tags: ['catalog'],
        params: RegionParams,
        querystring: Type.Object(
          {
            status: Type.Optional(
              Type.Union([Type.Literal('pending'), Type.Literal('published'), Type.Literal('rejected')]),
            ),
          },
          { additionalProperties: false },
        ),
        response: responses({ 200: Type.Array(Type.Object({ ...CommentView.properties, status: Type.String() })) }),
      },
    },
    async (request) => commentsForModeration(request.ctx, request.params.code, request.query.status),
  );
  app.post(
    '/catalog/comments/:id/moderate',
    {
      config: { policy: 'catalog.comments.moderate' },
      schema: {
        summary: '公开并答复，或不予公开',
        tags: ['catalog'],
        params: Type.Object({ id: Uuid }),
        body: Type.Object(
          {
            decision: Type.Union([Type.Literal('publish'), Type.Literal('reject')]),
            reply: Type.String({ maxLength: 2000, description: '答复' }),
          },
          { additionalProperties: false },
        ),
        response: responses({ 200: Type.Object({ id: Uuid, status: Type.String() }) }),
      },
    },
    async (request) => moderateComment(request.ctx, request.params.id, request.body.decision, request.body.reply),
  );
}

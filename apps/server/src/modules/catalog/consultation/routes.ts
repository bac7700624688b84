import {
  CommentInput,
  CommentListQuery,
  CommentModeration,
  CommentStatusView,
  ConsultationView,
  IdPath,
  PendingCommentList,
  RegionCodeParams,
} from '@pfc/contracts';
import { type App, responses } from '../../../platform/http/schemas';
import { commentsForModeration, consultationView, moderateComment, submitComment } from './consultation';

/** 征求意见: the public reads and comments on draft lists; reviewers moderate and answer. */
export async function consultationRoutes(app: App): Promise<void> {
  app.get(
    '/public/consultations/:code',
    {
      config: { policy: 'public.consultation' },
      schema: {
        summary: '正在征求意见的清单草案及已答复的意见',
        tags: ['public'],
        params: RegionCodeParams,
        response: responses({ 200: ConsultationView }),
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
        params: RegionCodeParams,
        body: CommentInput,
        response: responses({ 201: CommentStatusView }),
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
        params: RegionCodeParams,
        querystring: CommentListQuery,
        response: responses({ 200: PendingCommentList }),
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
        params: IdPath,
        body: CommentModeration,
        response: responses({ 200: CommentStatusView }),
      },
    },
    async (request) => moderateComment(request.ctx, request.params.id, request.body.decision, request.body.reply),
  );
}

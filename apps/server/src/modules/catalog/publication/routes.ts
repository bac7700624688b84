import {
  AdoptionBody,
  EffectiveListsView,
  IdPath,
  ListQuery,
  ListsPublished,
  ListVersionList,
  Ok,
  PublishListsBody,
  RegionAdoptionsView,
  RegionCodeParams,
  StageComment,
  StageMoved,
  VersionDiffQuery,
  VersionDiffView,
  VersionWithEntriesView,
} from '@pfc/contracts';
import { type App, responses } from '../../../platform/http/schemas';
import { adoptLists, approveLists, closeConsultation, publishLists } from './publication';
import { adoptionsOf, diffVersions, effectiveEntries, versionsOfRegion, versionWithEntries } from './versions';

const tags = ['catalog'];
/** The last stages of a clean-up (region-wide) and the public, versioned lists. */
export async function publicationRoutes(app: App): Promise<void> {
  app.post(
    '/catalog/regions/:code/close-consultation',
    {
      config: { policy: 'catalog.lists.manage' },
      schema: {
        summary: '结束征求意见，提交领导小组审定',
        tags,
        params: RegionCodeParams,
        body: StageComment,
        response: responses({ 200: StageMoved }),
      },
    },
    async (request) => closeConsultation(request.ctx, request.params.code, request.body.comment ?? ''),
  );
  app.post(
    '/catalog/regions/:code/approve',
    {
      config: { policy: 'catalog.lists.manage' },
      schema: {
        summary: '领导小组审定清单',
        tags,
        params: RegionCodeParams,
        body: StageComment,
        response: responses({ 200: StageMoved }),
      },
    },
    async (request) => approveLists(request.ctx, request.params.code, request.body.comment ?? ''),
  );
  app.post(
    '/catalog/regions/:code/publish',
    {
      config: { policy: 'catalog.lists.manage' },
      schema: {
        summary: '公布清单（生成不可更改的新版本）',
        tags,
        params: RegionCodeParams,
        body: PublishListsBody,
        response: responses({ 201: ListsPublished }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await publishLists(request.ctx, request.params.code, request.body)),
  );
  app.post(
    '/catalog/regions/:code/adoptions',
    {
      config: { policy: 'catalog.lists.manage' },
      schema: {
        summary: '承接上级清单',
        tags,
        params: RegionCodeParams,
        body: AdoptionBody,
        response: responses({ 200: Ok }),
      },
    },
    async (request) => {
      await adoptLists(request.ctx, request.params.code, request.body.adoptsRegionCode, request.body.documentNumber);
      return { ok: true as const };
    },
  );
  app.get(
    '/catalog/regions/:code/adoptions',
    {
      config: { policy: 'catalog.adoptions.list' },
      schema: {
        summary: '本区划承接的上级清单，及已公布清单可供承接的上级区划',
        tags,
        params: RegionCodeParams,
        response: responses({ 200: RegionAdoptionsView }),
      },
    },
    async (request) => adoptionsOf(request.ctx, request.params.code),
  );

  app.get(
    '/public/lists/:code/versions',
    {
      config: { policy: 'public.lists' },
      schema: {
        summary: '某区划已公布的清单版本',
        tags: ['public'],
        params: RegionCodeParams,
        response: responses({ 200: ListVersionList }),
      },
    },
    async (request) => versionsOfRegion(request.ctx, request.params.code),
  );
  app.get(
    '/public/lists/versions/:id',
    {
      config: { policy: 'public.lists' },
      schema: {
        summary: '某一版本的清单内容',
        tags: ['public'],
        params: IdPath,
        response: responses({ 200: VersionWithEntriesView }),
      },
    },
    async (request) => versionWithEntries(request.ctx, request.params.id),
  );
  app.get(
    '/public/lists/versions/:id/diff',
    {
      config: { policy: 'public.lists' },
      schema: {
        summary: '两个版本之间的差异',
        tags: ['public'],
        params: IdPath,
        querystring: VersionDiffQuery,
        response: responses({ 200: VersionDiffView }),
      },
    },
    async (request) => diffVersions(request.ctx, request.query.against, request.params.id),
  );
  app.get(
    '/public/lists/:code/effective',
    {
      config: { policy: 'public.lists' },
      schema: {
        summary: '某区划现行有效的清单（含承接的上级清单）',
        tags: ['public'],
        params: RegionCodeParams,
        querystring: ListQuery,
        response: responses({ 200: EffectiveListsView }),
      },
    },
    async (request) => effectiveEntries(request.ctx, request.params.code, request.query.list),
  );
}

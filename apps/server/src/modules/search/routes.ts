import type { FastifyReply } from 'fastify';
import {
  IdParams,
  Ok,
  ProofSearchQuery,
  ProofSearchResult,
  ProofSuggestQuery,
  ProofSuggestResult,
  PublicProof,
  PublicProofQuery,
  PublicRegionList,
  QaList,
  QaQuery,
  SynonymGroupInput,
  SynonymGroupView,
  SynonymsView,
} from '@pfc/contracts';
import { preferredEncoding } from '../../platform/http/encoding';
import { AppError, E } from '../../platform/http/errors';
import { type App, responses } from '../../platform/http/schemas';
import type { SearchService } from './service';
import { createSynonyms, deleteSynonyms, listSynonyms, updateSynonyms } from './synonyms';

const tags = ['public'];
/** Public answers may be cached briefly by browsers and proxies: they change only on publication. */
const PUBLIC_CACHE = 'public, max-age=30';
const JSON_UTF8 = 'application/json; charset=utf-8';

/** Sends a body the route's own serialiser already produced; Fastify sends bytes as they are. */
function sendRendered(reply: FastifyReply, body: Buffer): FastifyReply {
  return reply.type(JSON_UTF8).send(body);
}

/** 证明事项查询: the public lookup of the published lists, the Q&A, and the synonym admin. */
export async function searchRoutes(app: App, search: SearchService): Promise<void> {
  app.get(
    '/public/proofs',
    {
      config: { policy: 'public.search' },
      schema: {
        summary: '查询证明事项（已公布清单，含承接的上级清单）',
        tags,
        querystring: ProofSearchQuery,
        response: responses({ 200: ProofSearchResult }),
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE).header('vary', 'accept-encoding');
      // Rendered by this route's schemas (nothing undeclared leaks), then cached as bytes (and compressed once per encoding).
      const { body, encoding } = await search.searchRendered(
        request.query,
        request.ctx.lang,
        {
          answer: (result) => reply.serialize(result) as string,
          item: reply.compileSerializationSchema(PublicProof) as (proof: PublicProof) => string,
        },
        preferredEncoding(request.headers['accept-encoding']),
      );
      if (encoding) reply.header('content-encoding', encoding);
      return sendRendered(reply, body);
    },
  );

  app.get(
    '/public/proofs/suggest',
    {
      config: { policy: 'public.search' },
      schema: {
        summary: '输入提示：名称或别名含所输文字的证明',
        tags,
        querystring: ProofSuggestQuery,
        response: responses({ 200: ProofSuggestResult }),
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return search.suggest(request.query);
    },
  );

  app.get(
    '/public/proofs/:id',
    {
      config: { policy: 'public.search' },
      schema: {
        summary: '一项已公布的证明事项及一句话答复',
        tags,
        params: IdParams,
        querystring: PublicProofQuery,
        response: responses({ 200: PublicProof }),
      },
    },
    async (request, reply) => {
      const found = await search.entry(request.params.id, request.query.region, request.ctx.lang);
      if (!found)
        throw new AppError(E.NOT_FOUND, {
          what: request.ctx.lang === 'en' ? 'published proof entry' : '已公布的证明事项',
        });
      reply.header('cache-control', PUBLIC_CACHE);
      return found;
    },
  );

  app.get(
    '/public/regions',
    {
      config: { policy: 'public.search' },
      schema: {
        summary: '已公布或承接清单的地区（供选择地区）',
        tags,
        response: responses({ 200: PublicRegionList }),
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return { items: search.regions() };
    },
  );

  app.get(
    '/public/qa',
    {
      config: { policy: 'public.search' },
      schema: {
        summary: '“无证明城市”实务问答（可检索）',
        tags,
        querystring: QaQuery,
        response: responses({ 200: QaList }),
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return { items: await search.qa(request.query.q) };
    },
  );

  const adminTags = ['search'];
  app.get(
    '/search/synonyms',
    {
      config: { policy: 'search.synonyms.list' },
      schema: {
        summary: '查询用同义词（内置及管理员添加）',
        tags: adminTags,
        response: responses({ 200: SynonymsView }),
      },
    },
    async (request) => listSynonyms(request.ctx),
  );
  app.post(
    '/search/synonyms',
    {
      config: { policy: 'search.synonyms.manage' },
      schema: {
        summary: '新增同义词组',
        tags: adminTags,
        body: SynonymGroupInput,
        response: responses({ 201: SynonymGroupView }),
      },
    },
    async (request, reply) => reply.status(201).send(await createSynonyms(request.ctx, request.body)),
  );
  app.put(
    '/search/synonyms/:id',
    {
      config: { policy: 'search.synonyms.manage' },
      schema: {
        summary: '修改同义词组',
        tags: adminTags,
        params: IdParams,
        body: SynonymGroupInput,
        response: responses({ 200: SynonymGroupView }),
      },
    },
    async (request) => updateSynonyms(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/search/synonyms/:id',
    {
      config: { policy: 'search.synonyms.manage' },
      schema: { summary: '删除同义词组', tags: adminTags, params: IdParams, response: responses({ 200: Ok }) },
    },
    async (request) => deleteSynonyms(request.ctx, request.params.id),
  );
}

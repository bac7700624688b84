import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { MetaView } from '@pfc/contracts';
import Fastify, { type FastifyReply } from 'fastify';
import type { Platform } from './platform/context';
import { installAccessHooks } from './platform/http/access-hooks';
import { installErrorHandling, langOf } from './platform/http/error-handler';
import { installSecurityHeaders, PAGE_CSP } from './platform/http/security-headers';
import { installPublicRateLimit } from './platform/http/public-rate-limit';
import { E, formatMessage } from './platform/http/errors';
import { installHeaderTextRule, validatorCompiler } from './platform/http/validation';
import type { App } from './platform/http/schemas';
import './platform/http/types';
import { authRoutes } from './platform/auth/routes';
import { calendarRoutes } from './platform/calendar/routes';
import { auditRoutes } from './platform/audit/routes';
import type { AppOptions } from './platform/module';
import { MODULES, POLICIES } from './modules';

export const API_PREFIX = '/api/v1';

/** Query values that can carry personal data (an ID number typed into a search) never reach a log line. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const key of [...params.keys()])
    if (!/^(page|pageSize|kind|regionCode|parentCode|under|from|days|includeArchived)$/.test(key))
      params.set(key, '***');
  return `${url.slice(0, q)}?${params.toString()}`;
}

/** Options of buildApp; a module adds its own by declaration merging (search: `searchCache`). */
export type BuildOptions = AppOptions;

/** Builds the HTTP app: platform plugins first, then each module's routes under /api/v1 (the module list). */
export async function buildApp(platform: Platform, options: BuildOptions = {}): Promise<App> {
  const { config } = platform;
  const app = Fastify({
    logger:
      options.logger === false || config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            // Personal data and secrets never reach a log line (HOUSE-STYLE habit 6).
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'req.headers["x-csrf-token"]',
              'res.headers["set-cookie"]',
            ],
            serializers: {
              req: (request: { method: string; url: string; ip?: string }) => ({
                method: request.method,
                url: redactUrl(request.url),
                ip: request.ip,
              }),
            },
          },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    // Errors Fastify raises before routing (a malformed URL) take the one error shape too.
    frameworkErrors: (err, request, reply: FastifyReply) => {
      const code = err.code === 'FST_ERR_BAD_URL' ? E.BAD_URL : E.MALFORMED_JSON;
      void reply
        .status(400)
        .send({ error: { code, message: formatMessage(code, langOf(request)), requestId: request.id } });
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler());

  // text/plain is a "simple" content type that cross-site forms can send: JSON only.
  app.removeContentTypeParser('text/plain');

  await app.register(cookie, {
    secret: {
      sign: (value: string) => `${value}.${platform.crypto.hmacSm3(config.sessionSecret, value).toString('base64url')}`,
      unsign: (signed: string) => {
        const dot = signed.lastIndexOf('.');
        const invalid = { valid: false as const, renew: false as const, value: null };
        if (dot <= 0) return invalid;
        const value = signed.slice(0, dot);
        const expected = platform.crypto.hmacSm3(config.sessionSecret, value).toString('base64url');
        return expected === signed.slice(dot + 1) ? { valid: true as const, renew: false as const, value } : invalid;
      },
    },
  });

  installSecurityHeaders(app, { production: config.env === 'production' });

  for (const m of MODULES) await m.setup?.(app as unknown as App, platform, options);

  installErrorHandling(app);
  installPublicRateLimit(app, platform);
  installHeaderTextRule(app);
  installAccessHooks(app, platform, POLICIES);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '无证明城市 Proof-Free City API',
        description:
          '证明事项告知承诺制平台接口。所有业务接口位于 /api/v1 之下；错误统一为 { error: { code, message } }。',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pfc_session' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get('/healthz', { schema: { hide: true } }, async () => ({
    status: 'ok',
    uptimeSeconds: Math.round(process.uptime()),
  }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await platform.database.ping();
      return { status: 'ready', database: platform.database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: platform.database.kind });
    }
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (api) => {
      const v1 = api as unknown as App;
      v1.get(
        '/meta',
        {
          config: { policy: 'public.meta' },
          schema: {
            summary: '平台基本信息',
            tags: ['platform'],
            response: { 200: MetaView },
          },
        },
        async () => ({ name: '无证明城市', version: '0.1.0', database: platform.database.kind }),
      );
      await authRoutes(v1, platform);
      await calendarRoutes(v1);
      await auditRoutes(v1);
      for (const m of MODULES) await m.routes?.(v1, platform);
    },
    { prefix: API_PREFIX },
  );

  await serveWebApp(app as unknown as App, config.webDist);
  return app as unknown as App;
}

/** The built React app, with client-side routes falling back to index.html. */
async function serveWebApp(app: App, dist: string): Promise<void> {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return;
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    wildcard: false,
    index: false,
    cacheControl: false,
    // The build writes brotli and gzip copies beside each asset (scripts/precompress.ts).
    preCompressed: true,
    // Built assets carry a content hash in their name: cache them for good; anything else revalidates.
    setHeaders: (reply, filePath) =>
      reply.header(
        'cache-control',
        filePath.startsWith(path.join(dist, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  // Re-read index.html when a rebuild replaced it, so a running server never points at old assets.
  let cached = { mtimeMs: -1, html: '' };
  const currentHtml = () => {
    const { mtimeMs } = fs.statSync(index);
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, html: fs.readFileSync(index, 'utf8') };
    return cached.html;
  };
  const page = async (_request: unknown, reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', PAGE_CSP)
      .send(currentHtml());
  app.get('/', { schema: { hide: true } }, page);
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    let file: string;
    try {
      file = path.join(dist, decodeURIComponent(request.url.split('?')[0] ?? '/'));
    } catch {
      return page(request, reply);
    }
    if (file.startsWith(dist + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(dist, file));
    }
    return page(request, reply);
  });
}

import type { LoadedSession } from '../auth/service';
import type { ApiRoute } from './access-hooks';
import type { PolicyKey } from '../access/policies';
import type { Ctx } from '../context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route: a key of platform/access/policies.ts. Required under /api/v1. */
    policy?: PolicyKey;
    /** Create/sign routes that honour an Idempotency-Key header. */
    idempotent?: 'required' | 'optional';
  }
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
  interface FastifyRequest {
    ctx: Ctx;
    session: LoadedSession | null;
  }
}

export {};

import type { LoadedSession } from '../auth/service';
import type { ApiRoute } from './access-hooks';
import type { Policy, PolicyKey } from '../access/policies';
import type { Ctx } from '../context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route: a key of the policy tables (PolicyRegistry). Required under /api/v1. */
    policy?: PolicyKey;
    /** Create/sign routes that honour an Idempotency-Key header. */
    idempotent?: 'required' | 'optional';
  }
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
    /** Every route's policy by key: the platform's and every module's (the authz-matrix test reads it). */
    policies: ReadonlyMap<string, Policy>;
  }
  interface FastifyRequest {
    ctx: Ctx;
    session: LoadedSession | null;
  }
}

export {};

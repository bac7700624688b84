import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasRole, platformWide } from '../access/actor';
import type { Policy, PolicyKey } from '../access/policies';
import { loadSession } from '../auth/service';
import { SecondFactorErrors } from '../auth/errors';
import { secondFactorGate } from '../auth/second-factor';
import type { Platform } from '../context';
import { AppError, E } from './errors';
import { langOf } from './error-handler';

export const SESSION_COOKIE = 'pfc_session';

/** Every /api/v1 route with its policy: the authz-matrix test walks this list. */
export interface ApiRoute {
  method: string;
  url: string;
  policy: PolicyKey;
}
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A cross-site request announces itself in Origin; refuse it before anything else runs. The whole
 * origin counts (scheme, host and port): a page on http://host cannot act on https://host. The
 * request's scheme is request.protocol (X-Forwarded-Proto behind a trusted proxy).
 */
function crossOrigin(request: Pick<FastifyRequest, 'headers' | 'protocol' | 'host'>): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    // Both through URL, so a default port written out (":443") compares equal to none.
    return new URL(origin).origin !== new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return true;
  }
}

/**
 * Every /api/v1 route must name a policy of `policies` (default deny, RELIABILITY rule 1): the
 * platform's and every module's, joined by policyTable. The policy's `allow` is checked before the
 * handler, and state-changing requests of a session need its CSRF token.
 */
export function installAccessHooks(
  app: FastifyInstance,
  platform: Platform,
  policies: ReadonlyMap<string, Policy>,
): void {
  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.decorate('policies', policies);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const key = route.config?.policy;
    if (!key || !policies.has(key))
      throw new Error(`route ${String(route.method)} ${route.url} names no policy of the policy tables (policy.ts)`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, policy: key });
  });

  app.decorateRequest('ctx', null as never);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    request.ctx = { ...platform, actor: null, requestId: request.id, lang: langOf(request), ip: request.ip ?? null };
    request.session = null;
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return;
    const loaded = await loadSession(platform, unsigned.value);
    if (loaded) {
      request.session = loaded;
      request.ctx.actor = loaded.actor;
    }
  });

  app.addHook('preHandler', async (request) => {
    const key = request.routeOptions.config?.policy;
    if (!key) return;
    if (UNSAFE.has(request.method)) {
      if (crossOrigin(request)) throw new AppError(E.CSRF_FAILED);
      if (request.session) {
        const header = request.headers['x-csrf-token'];
        if (typeof header !== 'string' || !sameToken(header, request.session.csrfToken))
          throw new AppError(E.CSRF_FAILED);
      }
    }
    const policy = policies.get(key);
    if (!policy) throw new AppError(E.FORBIDDEN);
    if (request.session) {
      // A password-only session of staff with a second factor reaches the code step and nothing
      // else; on a public route it is answered as anyone would be.
      const gate = secondFactorGate(
        platform.config,
        { stage: request.session.secondFactor, actor: request.session.actor },
        policy,
      );
      if (gate === 'refuse') throw new AppError(SecondFactorErrors.AUTH_SECOND_FACTOR_REQUIRED);
      if (gate === 'anonymous') request.ctx.actor = null;
    }
    const actor = request.ctx.actor;
    const allow = policy.allow;
    if (allow === 'anyone') return;
    if (!actor) throw new AppError(E.UNAUTHENTICATED);
    if (allow === 'signed_in') return;
    if (policy.applicants && actor.kind === 'applicant') return;
    if (
      allow === 'staff'
        ? actor.kind === 'staff'
        : allow === 'applicant'
          ? actor.kind === 'applicant'
          : hasRole(actor, allow)
    ) {
      if (policy.platformWide && Array.isArray(allow) && !allow.some((role) => platformWide(actor, role)))
        throw new AppError(E.FORBIDDEN);
      return;
    }
    throw new AppError(E.FORBIDDEN);
  });
}

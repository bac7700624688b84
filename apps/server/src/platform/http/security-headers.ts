import type { FastifyInstance } from 'fastify';

/**
 * The policy of every page the server sends: the web app and the API documentation (swagger-ui,
 * whose page loads only its own scripts and style sheets, no inline script). Inline styles stay
 * allowed because Ant Design and swagger-ui set them at run time.
 */
export const PAGE_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Browsers that once reached the platform over HTTPS never fall back to plain HTTP for a year. */
export const HSTS = 'max-age=31536000; includeSubDomains';

const DOCS = '/api/docs';

/**
 * Headers on every response: no framing and no MIME sniffing anywhere, the page policy on the API
 * documentation as on the web app, and in production Strict-Transport-Security (not in development,
 * where a browser would then refuse http://localhost for a year).
 */
export function installSecurityHeaders(app: FastifyInstance, options: { production: boolean }): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (options.production) reply.header('strict-transport-security', HSTS);
    if (request.url === DOCS || request.url.startsWith(`${DOCS}/`) || request.url.startsWith(`${DOCS}?`))
      reply.header('content-security-policy', PAGE_CSP);
    if (request.url.startsWith('/api/')) reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
  });
}

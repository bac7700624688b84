import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { admits, principalWorld } from '../../test/principals';
import { ROUTE_CASES, type MatrixRequest, type Relation } from '../../test/authz-cases';
import { FIXTURE_PASSWORD } from '../../test/fixtures';
import { type Client, signIn } from '../../test/harness';
import {
  BAD_STRINGS,
  type BodySite,
  bodySites,
  encodeLoose,
  firstBranch,
  isStringSite,
  type JsonSchema,
  rawBodies,
  siteName,
  withValueAt,
  wrongType,
} from '../../test/fuzz-requests';
import { policyOf } from '../../modules';
import type { App } from './schemas';

/**
 * Suite input-fuzz (RELIABILITY): every operation of the OpenAPI document, called as the authz
 * cases call it, then broken one place at a time (each path and query parameter, each body field at
 * any depth, the headers the app reads, the body as a whole) with the classes of BAD_STRINGS, wrong
 * types, deep nesting and prototype keys. Anonymous callers and every role the route's policy
 * admits. No answer may be a 5xx, and every error must come in the one error shape.
 */
interface Operation {
  method: string;
  template: string;
  parameters: Array<{ in: string; name: string; schema: JsonSchema }>;
  body?: JsonSchema;
}
interface Attempt {
  label: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: { payload: Buffer; contentType: string };
}

/** The headers some part of the app reads (grep `request.headers`). */
const READ_HEADERS = [
  'idempotency-key',
  'user-agent',
  'accept-language',
  'x-csrf-token',
  'x-filename',
  'accept-encoding',
  'origin',
  'content-type',
];
const HEADER_CLASSES = ['nul', 'c0-controls', 'lone-high-surrogate', 'lone-low-surrogate', 'bidi', 'huge'] as const;

function operationsOf(app: App): Operation[] {
  const doc = app.swagger() as {
    paths: Record<
      string,
      Record<
        string,
        { parameters?: Operation['parameters']; requestBody?: { content: Record<string, { schema: JsonSchema }> } }
      >
    >;
  };
  const ops: Operation[] = [];
  for (const [template, methods] of Object.entries(doc.paths)) {
    if (!template.startsWith('/api/v1/')) continue;
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase(),
        template,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return ops;
}

/** Every way to break one request: the attempts for one operation from one valid call. */
function attemptsFor(op: Operation, base: MatrixRequest, withHeaders: boolean, turn: number): Attempt[] {
  const out: Attempt[] = [{ label: 'valid', url: base.url, body: base.body, raw: base.raw }];
  const [path, query = ''] = base.url.split('?') as [string, string?];
  const segments = path.split('/');
  const templateSegments = op.template.split('/');
  const keep = { body: base.body, raw: base.raw };
  for (const param of op.parameters) {
    const values: Array<[string, string]> = Object.entries(BAD_STRINGS).map(([k, v]) => [k, encodeLoose(v)]);
    values.push(
      ['wrong-type', firstBranch(param.schema).type === 'string' ? '12345' : 'abc'],
      ['percent-garbage', '%E0%A4%A'],
    );
    for (const [cls, encoded] of values) {
      if (param.in === 'path') {
        const at = templateSegments.indexOf(`{${param.name}}`);
        const copy = [...segments];
        copy[at] = encoded;
        out.push({ label: `path ${param.name} ${cls}`, url: `${copy.join('/')}${query ? `?${query}` : ''}`, ...keep });
      } else if (param.in === 'query') {
        const params = new URLSearchParams(query);
        params.delete(param.name);
        const rest = params.toString();
        out.push({
          label: `query ${param.name} ${cls}`,
          url: `${path}?${rest ? `${rest}&` : ''}${param.name}=${encoded}`,
          ...keep,
        });
      }
    }
    if (param.in === 'query')
      out.push({
        label: `query ${param.name} repeated`,
        url: `${path}?${query}&${param.name}=a&${param.name}=b`,
        ...keep,
      });
  }
  out.push({
    label: 'query odd key',
    url: `${path}?${query}&${encodeLoose('k\u0000\ud800')}=1&__proto__=x&constructor=y`,
    ...keep,
  });
  if (op.body && !base.raw) {
    for (const site of bodySites(op.body)) {
      const values: Array<[string, unknown]> = isStringSite(site) ? Object.entries(BAD_STRINGS) : [];
      values.push(['wrong-type', wrongType(site[site.length - 1]!.schema, turn)]);
      for (const [cls, value] of values)
        out.push({
          label: `body ${siteName(site)} ${cls}`,
          url: base.url,
          body: withValueAt(base.body, site as BodySite, value),
        });
    }
    for (const [cls, payload] of Object.entries(rawBodies(base.body))) {
      out.push({
        label: `body ${cls}`,
        url: base.url,
        raw: { payload: Buffer.from(payload), contentType: 'application/json' },
      });
    }
  }
  if (withHeaders) {
    // The header rule does not depend on the route: each route gets one class per header, in turn,
    // so every header meets every class on many routes.
    READ_HEADERS.forEach((header, i) => {
      const cls = HEADER_CLASSES[(turn + i) % HEADER_CLASSES.length]!;
      const bad = BAD_STRINGS[cls]!;
      out.push({
        label: `header ${header} ${cls}`,
        url: base.url,
        ...keep,
        headers: { [header]: header === 'x-filename' ? encodeLoose(bad) : bad },
      });
    });
  }
  return out;
}

function send(client: Client, method: string, a: Attempt): Promise<LightMyRequestResponse> {
  if (a.raw)
    return client.request(method, a.url, undefined, { 'content-type': a.raw.contentType, ...a.headers }, a.raw.payload);
  return client.request(method, a.url, method === 'GET' || method === 'DELETE' ? undefined : (a.body ?? {}), a.headers);
}

/** Every error answer is `{ error: { code, message } }` with strings in both. */
function inErrorShape(res: LightMyRequestResponse): boolean {
  try {
    const body = res.json() as { error?: { code?: unknown; message?: unknown } };
    return typeof body.error?.code === 'string' && typeof body.error.message === 'string';
  } catch {
    return false;
  }
}

describe('input-fuzz', () => {
  const world = principalWorld();

  it('answers every broken request of every route without a 5xx, in the one error shape', async () => {
    const { platform, app, fx, principals, sessions } = world;
    const ops = operationsOf(app);
    expect(ops.length).toBe(app.apiRoutes.length);
    const serverErrors = new Map<string, string>();
    const badShapes: string[] = [];
    let requests = 0;
    let n = 0;
    for (const op of ops) {
      const key = `${op.method} ${op.template.replace(/\{(\w+)\}/g, ':$1')}`;
      const spec = ROUTE_CASES[key];
      const policy = policyOf(app.apiRoutes.find((r) => `${r.method} ${r.url}` === key)?.policy ?? '');
      expect(spec && policy, `${key} has a case and a policy`).toBeTruthy();
      const relation = (['own', 'same', 'none', 'other'] as Relation[]).find((r) => spec!.relations[r])!;
      const admitted = principals.filter((p) => admits(policy!, p));
      // Anonymous sends every attempt (validation runs before access); each admitted principal
      // sends its share of them, in turn, so every attempt also reaches the use case once.
      for (const [i, p] of [principals[0]!, ...admitted.filter((a) => a.kind !== 'anonymous')].entries()) {
        const prepared = (await spec!.before?.(platform, fx, relation, p.name)) ?? {};
        const made = spec!.relations[relation]!(fx, ++n, prepared);
        const base = Array.isArray(made) ? made[0]! : made;
        const client =
          spec!.freshSession && p.username ? await signIn(app, p.username, FIXTURE_PASSWORD) : sessions.get(p.name)!;
        const share = i === 0 ? 1 : admitted.filter((a) => a.kind !== 'anonymous').length;
        const attempts = attemptsFor(op, base, i < 2, n).filter(
          (_a, k) => i === 0 || share === 1 || k % share === i - 1 || k === 0,
        );
        for (const attempt of attempts) {
          const res = await send(client, op.method, attempt);
          requests += 1;
          if (res.statusCode >= 500)
            serverErrors.set(
              `${key} ${attempt.label.replace(/ \S+$/, '')}`,
              `${key} as ${p.name} [${attempt.label}]: ${res.statusCode} ${res.body.slice(0, 120)}`,
            );
          else if (res.statusCode >= 400 && !inErrorShape(res))
            badShapes.push(`${key} as ${p.name} [${attempt.label}]: ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
        // A broken request may have ended the session (sign-out): sign in again for the next route.
        if (p.username && (await client.get('/api/v1/auth/session')).statusCode !== 200)
          sessions.set(p.name, await signIn(app, p.username, FIXTURE_PASSWORD));
      }
    }
    console.log(
      `input-fuzz: ${ops.length} operations, ${requests} requests, ${serverErrors.size} operation/field pairs with a 5xx`,
    );
    expect([...serverErrors.values()]).toEqual([]);
    expect(badShapes).toEqual([]);
    expect(requests).toBeGreaterThan(ops.length * 50);
  }, 900_000);
});

import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

/**
 * Requests for the input-fuzz suite, made from the OpenAPI document: a valid value for any schema,
 * every place a value can go (path and query parameters, each field of the JSON body, however
 * deep) and the values that break them.
 */
export interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  nullable?: boolean;
}

/** Strings no field should store as they are, and a few that are fine but unusual. */
export const BAD_STRINGS: Record<string, string> = {
  nul: 'a\u0000b',
  'lone-high-surrogate': 'a\ud800b',
  'lone-low-surrogate': '\udc00a',
  'c0-controls': 'a\u0001\u0008\u001bb',
  'c1-and-del': 'a\u007f\u0085\u009bb',
  bidi: 'a\u202e\u2066b\u200f',
  'zero-width': 'a\u200b\u2060\ufeffb',
  'full-width-digits': '３７０８００',
  noncharacters: 'a\ufffe\uffffb',
  huge: '证'.repeat(30_000),
};

/** Non-strings where a string belongs, and strings where something else belongs. */
export function wrongType(schema: JsonSchema, turn: number): unknown {
  const s = firstBranch(schema);
  const choices =
    s.type === 'string'
      ? [12345, { nested: ['x'] }]
      : s.type === 'array'
        ? ['x', { length: 1 }]
        : s.type === 'object'
          ? ['x', [1, 2]]
          : ['１２', null];
  return choices[turn % choices.length];
}

export function firstBranch(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return firstBranch(branches.find((b) => b.type !== 'null') ?? branches[0]!);
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map(firstBranch)) as JsonSchema;
  return schema;
}

let seed = 1;
/** One value the schema accepts (fast-check makes strings for patterns). */
export function sample(schema: JsonSchema, depth = 0): unknown {
  const s = firstBranch(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'string': {
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date') return '2026-03-02';
      if (s.format === 'date-time') return '2026-03-02T02:00:00.000Z';
      if (s.pattern && s.pattern !== '\\S') {
        const [value] = fc.sample(fc.stringMatching(new RegExp(s.pattern, 'u')), { seed: seed++, numRuns: 1 });
        return value;
      }
      return '测试'.repeat(Math.max(1, Math.ceil((s.minLength ?? 1) / 2))).slice(0, s.maxLength ?? 64);
    }
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 6 || !s.items
        ? []
        : Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(s.items!, depth + 1));
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth <= 6) for (const [key, prop] of Object.entries(s.properties ?? {})) out[key] = sample(prop, depth + 1);
      return out;
    }
    default:
      return 'x';
  }
}

/** A place in the JSON body: the keys down to it, each with the schema of the value found there. */
export type BodySite = Array<{ key: string | number; schema: JsonSchema }>;

/** Every field of a body schema, containers and leaves, down to a sensible depth. */
export function bodySites(schema: JsonSchema, prefix: BodySite = []): BodySite[] {
  const s = firstBranch(schema);
  const out: BodySite[] = [];
  if (prefix.length > 5) return out;
  if (s.type === 'object') {
    for (const [key, prop] of Object.entries(s.properties ?? {})) {
      const site = [...prefix, { key, schema: prop }];
      out.push(site, ...bodySites(prop, site));
    }
  } else if (s.type === 'array' && s.items) {
    const site = [...prefix, { key: 0, schema: s.items }];
    out.push(site, ...bodySites(s.items, site));
  }
  return out;
}

export function isStringSite(site: BodySite): boolean {
  return firstBranch(site[site.length - 1]!.schema).type === 'string';
}

/** A copy of `body` with `value` put at `site`, making any missing container from its schema. */
export function withValueAt(body: unknown, site: BodySite, value: unknown): unknown {
  const root: unknown = structuredClone(body ?? {});
  let node = root as Record<string | number, unknown>;
  site.forEach((step, i) => {
    if (i === site.length - 1) {
      node[step.key] = value;
      return;
    }
    const current = node[step.key];
    if (typeof current !== 'object' || current === null) node[step.key] = sample(step.schema);
    node = node[step.key] as Record<string | number, unknown>;
  });
  return root;
}

export function siteName(site: BodySite): string {
  return site.map((s) => s.key).join('.');
}

/** Percent-encodes any string, lone surrogates too (as the bytes a careless encoder would send). */
export function encodeLoose(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const next = value.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i += 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += Buffer.from([0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)])
        .toString('hex')
        .replace(/(..)/g, '%$1');
    } else {
      out += encodeURIComponent(value[i]!);
    }
  }
  return out;
}

/** Whole-body breakers: nesting, prototype keys, odd keys, the wrong JSON type at the root. */
export function rawBodies(base: unknown): Record<string, string> {
  const baseJson = JSON.stringify(base ?? {});
  const inner = baseJson === '{}' ? '' : `,${baseJson.slice(1, -1)}`;
  return {
    'deep-array': `${'['.repeat(5000)}${']'.repeat(5000)}`,
    'deep-object-field': `{"x":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}${inner}}`,
    '__proto__-key': `{"__proto__":{"isAdmin":true,"grants":[{"role":"admin"}]}${inner}}`,
    'constructor-key': `{"constructor":{"prototype":{"isAdmin":true}}${inner}}`,
    'bad-key-characters': `{"a\\u0000\\ud800\\u202e":"x"${inner}}`,
    'array-root': `[${baseJson}]`,
    'string-root': '"x"',
    'null-root': 'null',
    'truncated-json': baseJson.slice(0, -1),
  };
}

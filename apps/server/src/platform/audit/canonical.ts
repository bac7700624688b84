/**
 * Canonical JSON (sorted keys, no undefined, no whitespace): the exact text that is hashed and
 * stored, so verification never depends on how a database re-orders JSON.
 *
 * Every string in it, keys included, is first made storable (storableText): audit events record
 * what callers sent, including text the input rule refuses (a failed sign-in's user name), and the
 * hash must cover exactly what the database keeps.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value));
}

// Lone UTF-16 surrogates (not characters), NUL (which PostgreSQL text cannot hold) and U+FEFF at
// the very start (a UTF-8 decoder reading the value back drops it as a byte-order mark; PGlite's does).
// eslint-disable-next-line no-control-regex -- NUL is one of the characters replaced
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|^\uFEFF+/g;

/**
 * The text an audit column stores, and so the text its hash covers: whatever would not come back
 * from the database as it was sent becomes U+FFFD. Lone surrogates would become U+FFFD anyway on
 * the way (UTF-8 cannot encode them); NUL would be refused, failing the audited transaction (audit
 * fails closed), so one bad character in a failed sign-in would otherwise hide the event; leading
 * byte-order marks would vanish on reading. U+FFFD shows that something was replaced. Idempotent:
 * stored text comes back unchanged. (Other noncharacters, controls, bidi and zero-width
 * characters, combining marks and non-BMP characters round-trip as they are.)
 */
export function storableText(value: string): string {
  return value.replace(UNSTORABLE, '\uFFFD');
}

/** How much of an indexed column (target type and id) is kept, in UTF-16 units. */
export const INDEXED_TEXT_LIMIT = 256;

/**
 * The text an indexed audit column stores: storable, and short enough for a B-tree index
 * (PostgreSQL refuses index entries over about 2.7 kB, which would fail the audited transaction).
 * Ids and type names are far shorter; a longer one keeps its first INDEXED_TEXT_LIMIT units.
 */
export function storableIndexedText(value: string): string {
  return storableText(value.slice(0, INDEXED_TEXT_LIMIT));
}

export function storableOrNull(value: string | null): string | null {
  return value === null ? null : storableText(value);
}

function normalize(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return storableText(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === 'object') {
    // No prototype: a key such as "__proto__" stays an ordinary key and is kept.
    const out = Object.create(null) as Record<string, unknown>;
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [storableText(k), v] as const);
    for (const [key, v] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      if (v !== undefined) out[key] = normalize(v);
    return out;
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

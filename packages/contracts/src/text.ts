/**
 * The one rule for text input (issue 11), shared by the API's schema layer, the headers the
 * server reads, uploaded file names and Excel cells.
 *
 * Any text: no NUL (PostgreSQL text cannot hold it), no lone UTF-16 surrogate (not a character;
 * the database would silently store U+FFFD instead), no C0 control or DEL other than tab, line
 * feed and carriage return (which multi-line fields need).
 * Names and identifiers, besides: no bidirectional controls (U+061C, U+200E/F, U+202A–U+202E,
 * U+2066–U+2069), which can make a name display as another, and no zero-width characters
 * (U+200B–U+200D, U+2060, U+FEFF), which make two names that look the same differ.
 */

/** `name` marks names and identifiers in a string schema: `Type.String({ ...NAME_TEXT })`. */
export type TextKind = 'text' | 'name';

export type TextProblemKind = 'nul' | 'lone_surrogate' | 'control' | 'invisible';

export interface TextProblem {
  problem: TextProblemKind;
  /** The offending character as U+XXXX, for messages. */
  char: string;
  /** Its position in UTF-16 code units. */
  index: number;
}

/** The keyword (and OpenAPI extension) that marks a string schema as a name or identifier. */
export const TEXT_KEYWORD = 'x-text';
/** Spread into a string schema's options: `Type.String({ maxLength: 50, ...NAME_TEXT })`. */
export const NAME_TEXT = { [TEXT_KEYWORD]: 'name' } as const;

// eslint-disable-next-line no-control-regex -- control characters are what this rule is about
const ANY_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/;
const NAME =
  // eslint-disable-next-line no-control-regex -- control characters are what this rule is about
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function classify(code: number): TextProblemKind {
  if (code === 0) return 'nul';
  if (code < 0x20 || code === 0x7f) return 'control';
  return 'invisible';
}

/**
 * The first character of `value` the rule refuses, or null. Most strings hold none of them, so
 * one regular-expression test decides; only a hit walks the string (surrogate pairs are fine).
 */
export function textProblem(value: string, kind: TextKind = 'text'): TextProblem | null {
  const pattern = kind === 'name' ? NAME : ANY_TEXT;
  if (!pattern.test(value)) return null;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      return { problem: 'lone_surrogate', char: hex(code), index: i };
    }
    if (code >= 0xdc00 && code <= 0xdfff) return { problem: 'lone_surrogate', char: hex(code), index: i };
    if (pattern.test(value[i]!)) return { problem: classify(code), char: hex(code), index: i };
  }
  return null;
}

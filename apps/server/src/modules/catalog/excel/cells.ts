/**
 * Turns any ExcelJS cell value into normalised text. The value is typed `unknown` on purpose:
 * files come from Excel, WPS and home-made generators, and ExcelJS's shapes vary by version.
 */

export type CellRead =
  | { kind: 'text'; text: string }
  /** `shown` is what Excel would display, kept for sourceText and messages. */
  | { kind: 'error'; code: 'CELL_ERROR' | 'FORMULA_NO_RESULT' | 'UNREADABLE_CELL'; shown: string };

const EMPTY: CellRead = { kind: 'text', text: '' };

// Excel escapes control characters in XML as _x000D_ etc.; ExcelJS passes them through.
const EXCEL_ESCAPE = /_x(00[01][0-9A-Fa-f])_/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Full-width (U+3000), no-break and the typographic spaces all become one ASCII space.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

// Anything the slow path below would change; most cells contain none of it.
// eslint-disable-next-line no-control-regex -- control characters are what we look for
const NEEDS_WORK = /[\s\u0000-\u001F\u007F\u00A0\u00AD\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]|_x00/;

/** Trim and normalise whitespace: one space between words, single newlines, no invisible characters. */
export function normaliseText(raw: string): string {
  if (!NEEDS_WORK.test(raw)) return raw.normalize('NFC');
  return raw
    .replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, '')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
    .normalize('NFC');
}

/** Numbers as Excel displays them in General format: 15 significant digits, no float noise. */
export function formatNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** ExcelJS turns date serials into Date objects whose UTC fields are the wall-clock values. */
export function formatDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  if (h === 0 && m === 0 && s === 0) return day;
  return s === 0 ? `${day} ${pad(h)}:${pad(m)}` : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function richTextOf(v: unknown): string | null {
  if (!isRecord(v) || !Array.isArray(v.richText)) return null;
  return v.richText.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
}

function text(raw: string): CellRead {
  return { kind: 'text', text: normaliseText(raw) };
}

function unreadable(): CellRead {
  return { kind: 'error', code: 'UNREADABLE_CELL', shown: '' };
}

/** Reads one cell value (after merges are resolved by the caller). */
export function readCell(value: unknown): CellRead {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number') {
    const shown = formatNumber(value);
    return shown === null ? unreadable() : { kind: 'text', text: shown };
  }
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    const shown = formatDate(value);
    return shown === null ? unreadable() : { kind: 'text', text: shown };
  }
  if (!isRecord(value)) return unreadable();

  if (typeof value.error === 'string') return { kind: 'error', code: 'CELL_ERROR', shown: value.error };
  const rich = richTextOf(value);
  if (rich !== null) return text(rich);
  if ('formula' in value || 'sharedFormula' in value) {
    // We show what Excel last calculated and never evaluate: evaluating would need a formula engine
    // and would let a file make the server compute. ExcelJS also drops an empty-string result.
    if (value.result === undefined || value.result === null)
      return { kind: 'error', code: 'FORMULA_NO_RESULT', shown: '' };
    return readCell(value.result);
  }
  if ('hyperlink' in value) {
    // The display text is what the user typed; the link target is irrelevant to an inventory.
    if (typeof value.text === 'string') return text(value.text);
    const linkRich = richTextOf(value.text);
    return linkRich === null ? EMPTY : text(linkRich);
  }
  return unreadable();
}

/** The text to keep in sourceText for a cell, whatever its read outcome. */
export function shownText(read: CellRead): string {
  return read.kind === 'text' ? read.text : read.shown;
}

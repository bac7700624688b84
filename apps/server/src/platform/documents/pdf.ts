import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';

/**
 * PDF rendering with pdfmake and fonts that ship with the project (assets/fonts), so no system font
 * is needed: WenQuanYi Micro Hei (Apache-2.0) for text, and two subsets of Hanazono Mincho (Hanazono
 * Font License / OFL 1.1) for rare characters (生僻字) it lacks. pdfmake draws a run of text in one
 * font, so every string is split into runs by the font that has each character's glyph.
 * The fonts are held in memory and handed to pdfmake through its virtual file system: user text can
 * never make pdfmake fetch a URL or read any file.
 */
export type PdfContent = unknown;
export interface PdfDocument {
  content: PdfContent[];
  pageSize?: 'A4';
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins?: [number, number, number, number];
  info?: { title?: string; author?: string; subject?: string };
  header?: unknown;
  footer?: (currentPage: number, pageCount: number) => unknown;
  watermark?: { text: string; color?: string; opacity?: number; bold?: boolean; fontSize?: number; angle?: number };
  /** pdfmake's hook to move a node to the next page, e.g. a heading left alone at a page's foot. */
  pageBreakBefore?: (node: { headlineLevel?: number }, page: { getFollowingNodesOnPage(): unknown[] }) => boolean;
  styles?: Record<string, Record<string, unknown>>;
  defaultStyle?: Record<string, unknown>;
}

type FontDescriptors = Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>;
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: FontDescriptors): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}
interface FontkitFont {
  postscriptName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
}
interface Fontkit {
  create(data: Uint8Array, face?: string): FontkitFont;
  registerFormat(format: { probe(data: Uint8Array): boolean }): void;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const FONTS_DIR = path.resolve(here, '../../../../../assets/fonts');
export const CJK_FONT = path.join(FONTS_DIR, 'wqy-microhei.ttc');

/** The font family of all text unless a character is missing from it. */
export const PRIMARY_FONT = 'CJK';
/** Rare-character fonts, tried in this order for a character the primary font lacks. */
export const FALLBACK_FONTS = ['CJKFallback', 'CJKFallbackA'] as const;

interface FaceSource {
  family: string;
  file: string;
  /** The face inside a TrueType collection. */
  collectionFace?: string;
}
const PRIMARY_SOURCE: FaceSource = {
  family: PRIMARY_FONT,
  file: 'wqy-microhei.ttc',
  collectionFace: 'WenQuanYiMicroHei',
};
const FALLBACK_SOURCES: FaceSource[] = [
  // CJK Extensions B–F (HanaMinB subset, brotli-compressed; scripts/subset-fallback-font.sh)
  { family: 'CJKFallback', file: 'rare-han-b.ttf.br' },
  // Extension A, compatibility ideographs, radicals (HanaMinA subset)
  { family: 'CJKFallbackA', file: 'rare-han-a.ttf.br' },
];

interface Face {
  family: string;
  vfsName: string;
  font: FontkitFont;
}

const require = createRequire(import.meta.url);
// The fontkit that pdfkit uses, resolved the way pdfmake → pdfkit resolve it.
const fontkit = createRequire(createRequire(require.resolve('pdfmake')).resolve('pdfkit'))('fontkit') as Fontkit;

/**
 * Parsing a font takes pdfkit ~70 ms per document (WenQuanYi's 49,000 glyph names alone ~50 ms).
 * So each font is parsed once per process, and pdfmake is handed a short token instead of the font's
 * bytes: the token is no font format fontkit knows, so fontkit asks this registered format last,
 * which answers with the parsed font.
 */
const TOKEN = 'pfc-parsed-font:';
const tokenOf = (data: Uint8Array): string => (data.length < 64 ? Buffer.from(data).toString('latin1') : '');
// One registry per process, even when a test runner evaluates this module more than once.
const REGISTRY = Symbol.for('pfc.documents.parsedFonts');
const shared = globalThis as { [REGISTRY]?: Map<string, FontkitFont> };
const parsedFonts = (shared[REGISTRY] ??= (() => {
  const fonts = new Map<string, FontkitFont>();
  fontkit.registerFormat(
    Object.assign(
      function ParsedFont(stream: { buffer: Uint8Array }): FontkitFont | undefined {
        return fonts.get(tokenOf(stream.buffer));
      },
      { probe: (data: Uint8Array) => fonts.has(tokenOf(data)) },
    ),
  );
  return fonts;
})());

let engine: PdfMake | undefined;
let primaryFace: Face | undefined;
let fallbackFaces: Promise<Face[]> | undefined;

function pdfmake(): PdfMake {
  if (engine) return engine;
  const loaded = require('pdfmake') as PdfMake;
  loaded.setUrlAccessPolicy(() => false);
  // Fonts come from memory, so pdfmake has no reason to open any file.
  loaded.setLocalAccessPolicy(() => false);
  engine = loaded;
  return loaded;
}

function register(source: FaceSource, bytes: Buffer): Face {
  const font = fontkit.create(bytes, source.collectionFace);
  const token = `${TOKEN}${source.family}`;
  parsedFonts.set(token, font);
  const vfsName = `pfc-fonts/${source.family}`;
  pdfmake().virtualfs.writeFileSync(vfsName, Buffer.from(token, 'latin1'));
  return { family: source.family, vfsName, font };
}

function loadPrimary(): Face {
  primaryFace ??= register(PRIMARY_SOURCE, readFileSync(path.join(FONTS_DIR, PRIMARY_SOURCE.file)));
  return primaryFace;
}

/** The fallback fonts are 35 MB uncompressed: loaded off the event loop, once, on first need. */
function loadFallbacks(): Promise<Face[]> {
  fallbackFaces ??= Promise.all(
    FALLBACK_SOURCES.map(async (source) => {
      const bytes = await promisify(brotliDecompress)(await readFile(path.join(FONTS_DIR, source.file)));
      return register(source, bytes);
    }),
  ).catch((error: unknown) => {
    fallbackFaces = undefined;
    throw error;
  });
  return fallbackFaces;
}

/** Which font draws each code point: the first that has its glyph, else the primary (its .notdef). */
export class FontSet {
  private readonly chosen = new Map<number, string>();
  constructor(readonly faces: readonly Face[]) {}

  familyFor(codePoint: number): string {
    let family = this.chosen.get(codePoint);
    if (family === undefined) {
      family = (this.faces.find((face) => face.font.hasGlyphForCodePoint(codePoint)) ?? this.faces[0]!).family;
      this.chosen.set(codePoint, family);
    }
    return family;
  }

  hasGlyph(family: string, codePoint: number): boolean {
    return this.faces.find((face) => face.family === family)?.font.hasGlyphForCodePoint(codePoint) ?? false;
  }
}

let primaryOnly: FontSet | undefined;
let withFallbacks: FontSet | undefined;

export async function loadFontSet(options: { fallbacks: boolean }): Promise<FontSet> {
  if (!options.fallbacks) return (primaryOnly ??= new FontSet([loadPrimary()]));
  if (withFallbacks) return withFallbacks;
  const fallbacks = await loadFallbacks();
  return (withFallbacks ??= new FontSet([loadPrimary(), ...fallbacks]));
}

/** Starts loading every font so that the first document with a rare character does not wait. */
export async function warmUpPdfFonts(): Promise<void> {
  await loadFontSet({ fallbacks: true });
}

export interface TextRun {
  text: string;
  font: string;
}

const joinsPrevious = (codePoint: number): boolean =>
  (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
  (codePoint >= 0xe0100 && codePoint <= 0xe01ef) ||
  codePoint === 0x200d;

/** Splits text into runs of one font, by code point (a surrogate pair is one character). */
export function splitRuns(text: string, familyFor: (codePoint: number) => string): TextRun[] {
  const runs: TextRun[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const last = runs[runs.length - 1];
    // A variation selector or joiner belongs with the character before it.
    const family = last && joinsPrevious(codePoint) ? last.font : familyFor(codePoint);
    if (last && last.font === family) last.text += char;
    else runs.push({ text: char, font: family });
  }
  return runs;
}

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
const inPrimaryOnly = (runs: TextRun[]): boolean => runs.every((run) => run.font === PRIMARY_FONT);

/** One item of a text array as the items drawn: itself, or one per run with its style repeated. */
function splitInline(item: string | Dict, text: string, familyFor: (codePoint: number) => string): unknown[] {
  const runs = splitRuns(text, familyFor);
  if (inPrimaryOnly(runs)) return [item];
  const style = typeof item === 'string' ? {} : item;
  return runs.map((run) =>
    run.font === PRIMARY_FONT ? { ...style, text: run.text } : { ...style, text: run.text, font: run.font },
  );
}

function inlineText(text: unknown, familyFor: (codePoint: number) => string): unknown {
  if (typeof text === 'string') {
    const inlines = splitInline(text, text, familyFor);
    return inlines[0] === text ? text : inlines;
  }
  if (!Array.isArray(text)) return text;
  // pdfmake flattens nested text arrays and drops their styles, so each split run repeats them.
  return text.flatMap((item: unknown) => {
    if (typeof item === 'string') return splitInline(item, item, familyFor);
    if (!isDict(item) || (typeof item.font === 'string' && item.font !== PRIMARY_FONT)) return [item];
    if (typeof item.text === 'string') return splitInline(item, item.text, familyFor);
    return [{ ...item, text: inlineText(item.text, familyFor) }];
  });
}

const CONTAINERS = ['stack', 'columns', 'ul', 'ol'] as const;

/**
 * The document content with every string split into runs by font, other properties untouched.
 * A node that names another font is left as it is. The input is not changed.
 */
export function withFontFallback(node: unknown, familyFor: (codePoint: number) => string): unknown {
  const walk = (child: unknown): unknown => withFontFallback(child, familyFor);
  if (typeof node === 'string') {
    const text = inlineText(node, familyFor);
    return text === node ? node : { text };
  }
  if (Array.isArray(node)) return node.map(walk);
  if (!isDict(node) || (typeof node.font === 'string' && node.font !== PRIMARY_FONT)) return node;
  const out: Dict = { ...node };
  if ('text' in node) out.text = inlineText(node.text, familyFor);
  for (const key of CONTAINERS) if (Array.isArray(node[key])) out[key] = (node[key] as unknown[]).map(walk);
  if ('section' in node) out.section = walk(node.section);
  if (isDict(node.table) && Array.isArray(node.table.body)) {
    out.table = {
      ...node.table,
      body: node.table.body.map((row: unknown) => (Array.isArray(row) ? row.map(walk) : row)),
    };
  }
  if (isDict(node.toc) && 'title' in node.toc) out.toc = { ...node.toc, title: walk(node.toc.title) };
  return out;
}

function lacksAnyGlyph(content: unknown, fonts: FontSet): boolean {
  let lacks = false;
  withFontFallback(content, (codePoint) => {
    lacks ||= !fonts.hasGlyph(PRIMARY_FONT, codePoint);
    return PRIMARY_FONT;
  });
  return lacks;
}

function descriptors(faces: readonly Face[]): FontDescriptors {
  return Object.fromEntries(
    faces.map(({ family, vfsName }) => [
      family,
      { normal: vfsName, bold: vfsName, italics: vfsName, bolditalics: vfsName },
    ]),
  );
}

type PageFunction = (currentPage: number, pageCount: number) => unknown;
const defaultFooter: PageFunction = (page, count) => ({
  text: `第 ${page} 页 / 共 ${count} 页`,
  alignment: 'center',
  fontSize: 8,
  margin: [0, 20, 0, 0],
});

export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  const engine = pdfmake();
  const footer = doc.footer ?? defaultFooter;
  const header = doc.header;
  // Headers and footers are judged by their first page: their fixed text is what could need a fallback.
  const firstPage = (part: unknown): unknown => (typeof part === 'function' ? (part as PageFunction)(1, 1) : part);
  const primary = await loadFontSet({ fallbacks: false });
  const needsFallback = lacksAnyGlyph([doc.content, firstPage(header), firstPage(footer)], primary);
  const fonts = needsFallback ? await loadFontSet({ fallbacks: true }) : primary;
  const familyFor = (codePoint: number): string => fonts.familyFor(codePoint);
  const withDefaults = {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    ...doc,
    content: withFontFallback(doc.content, familyFor),
    header:
      typeof header === 'function'
        ? (...args: unknown[]) => withFontFallback(header(...args), familyFor)
        : withFontFallback(header, familyFor),
    footer: (page: number, count: number) => withFontFallback(footer(page, count), familyFor),
    defaultStyle: { font: PRIMARY_FONT, fontSize: 10, lineHeight: 1.25, ...doc.defaultStyle },
  };
  engine.setFonts(descriptors(fonts.faces));
  return Buffer.from(await engine.createPdf(withDefaults).getBuffer());
}

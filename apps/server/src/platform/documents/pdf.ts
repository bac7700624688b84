import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * PDF rendering with pdfmake and a TrueType CJK font that ships with the project
 * (WenQuanYi Micro Hei, Apache-2.0; assets/fonts): no system font is needed. User text can never
 * make pdfmake fetch a URL or read a file other than the font.
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
  styles?: Record<string, Record<string, unknown>>;
  defaultStyle?: Record<string, unknown>;
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string | [string, string]>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(doc: PdfDocument): { getBuffer(): Promise<Buffer> };
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const CJK_FONT = path.resolve(here, '../../../../../assets/fonts/wqy-microhei.ttc');
const FONT_NAME = 'WenQuanYiMicroHei';

let engine: PdfMake | undefined;

function pdfmake(): PdfMake {
  if (engine) return engine;
  const loaded = createRequire(import.meta.url)('pdfmake') as PdfMake;
  const face: [string, string] = [CJK_FONT, FONT_NAME];
  loaded.setFonts({ CJK: { normal: face, bold: face, italics: face, bolditalics: face } });
  loaded.setUrlAccessPolicy(() => false);
  loaded.setLocalAccessPolicy((p) => path.resolve(p) === CJK_FONT);
  engine = loaded;
  return loaded;
}

export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  const withDefaults: PdfDocument = {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    ...doc,
    defaultStyle: { font: 'CJK', fontSize: 10, lineHeight: 1.25, ...doc.defaultStyle },
    footer: doc.footer ?? ((page, count) => ({ text: `第 ${page} 页 / 共 ${count} 页`, alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] })),
  };
  return Buffer.from(await pdfmake().createPdf(withDefaults).getBuffer());
}

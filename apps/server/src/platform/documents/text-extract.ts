import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * For tests only: what a reader of a PDF sees. Reads the text of each page with pdfjs-dist (the
 * legacy build runs in Node; without a worker URL it parses in this thread) and which embedded font
 * drew each piece of text.
 */
export interface ExtractedText {
  pages: number;
  /** All text, whitespace removed: pdfjs splits and spaces CJK text as it likes. */
  text: string;
  /** Per page, the text of each piece with the embedded font's name (e.g. 'ABCDEF+PFCRareHanB-Regular'). */
  items: { page: number; text: string; font: string }[];
}

export const squash = (text: string): string => text.replace(/\s+/g, '');

export async function extractText(pdf: Buffer): Promise<ExtractedText> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const items: ExtractedText['items'] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      // The operator list makes the worker hand over the page's fonts, names included.
      await page.getOperatorList();
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const font = page.commonObjs.has(item.fontName)
          ? (page.commonObjs.get(item.fontName) as { name?: string }).name
          : undefined;
        items.push({ page: number, text: item.str, font: font ?? item.fontName });
      }
    }
    return { pages: document.numPages, text: squash(items.map((item) => item.text).join('')), items };
  } finally {
    await document.destroy();
  }
}

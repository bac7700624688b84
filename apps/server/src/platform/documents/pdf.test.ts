import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FALLBACK_FONTS,
  type FontSet,
  loadFontSet,
  PRIMARY_FONT,
  type PdfDocument,
  renderPdf,
  splitRuns,
  withFontFallback,
} from './pdf';
import { extractText, squash } from './text-extract';

const [EXT_B_FONT, EXT_A_FONT] = FALLBACK_FONTS;
const fixedFamilies = (codePoint: number): string =>
  codePoint >= 0x20000 ? EXT_B_FONT : codePoint >= 0x3400 && codePoint <= 0x4dbf ? EXT_A_FONT : PRIMARY_FONT;

describe('splitting text into runs by font', () => {
  it('walks by code point, so a surrogate pair stays one character', () => {
    expect(splitRuns('王𪚥先生', fixedFamilies)).toEqual([
      { text: '王', font: PRIMARY_FONT },
      { text: '𪚥', font: EXT_B_FONT },
      { text: '先生', font: PRIMARY_FONT },
    ]);
    expect(splitRuns('䶮𠮷野', fixedFamilies)).toEqual([
      { text: '䶮', font: EXT_A_FONT },
      { text: '𠮷', font: EXT_B_FONT },
      { text: '野', font: PRIMARY_FONT },
    ]);
    expect(splitRuns('', fixedFamilies)).toEqual([]);
  });

  it('keeps a variation selector with the character before it', () => {
    expect(splitRuns('𪚥\u{E0100}王', fixedFamilies)).toEqual([
      { text: '𪚥\u{E0100}', font: EXT_B_FONT },
      { text: '王', font: PRIMARY_FONT },
    ]);
  });

  it('splits strings, text runs, table cells, columns, stacks and lists, keeping every other property', () => {
    const content = [
      '王𪚥',
      { text: '申请人王𪚥', bold: true, fontSize: 14, margin: [0, 4, 0, 0] },
      { text: ['姓名：', { text: '王𪚥', color: 'red', decoration: 'underline' }, { text: ['䶮', { text: '内' }] }] },
      { table: { widths: ['*'], body: [['𠮷野', { text: '䶮', alignment: 'center' }]] }, layout: 'noBorders' },
      { columns: [{ stack: ['甲', '𪚥'] }, { ul: ['𠮷'] }, { ol: [{ text: '䶮', bold: true }] }] },
      { text: '𪚥', font: 'OtherFont' },
      { image: 'data:image/png;base64,AAAA', width: 10 },
    ];
    const before = structuredClone(content);
    expect(withFontFallback(content, fixedFamilies)).toEqual([
      { text: [{ text: '王' }, { text: '𪚥', font: EXT_B_FONT }] },
      {
        text: [{ text: '申请人王' }, { text: '𪚥', font: EXT_B_FONT }],
        bold: true,
        fontSize: 14,
        margin: [0, 4, 0, 0],
      },
      {
        text: [
          '姓名：',
          { text: '王', color: 'red', decoration: 'underline' },
          { text: '𪚥', color: 'red', decoration: 'underline', font: EXT_B_FONT },
          { text: [{ text: '䶮', font: EXT_A_FONT }, { text: '内' }] },
        ],
      },
      {
        table: {
          widths: ['*'],
          body: [
            [
              { text: [{ text: '𠮷', font: EXT_B_FONT }, { text: '野' }] },
              { text: [{ text: '䶮', font: EXT_A_FONT }], alignment: 'center' },
            ],
          ],
        },
        layout: 'noBorders',
      },
      {
        columns: [
          { stack: ['甲', { text: [{ text: '𪚥', font: EXT_B_FONT }] }] },
          { ul: [{ text: [{ text: '𠮷', font: EXT_B_FONT }] }] },
          { ol: [{ text: [{ text: '䶮', font: EXT_A_FONT }], bold: true }] },
        ],
      },
      { text: '𪚥', font: 'OtherFont' },
      { image: 'data:image/png;base64,AAAA', width: 10 },
    ]);
    expect(content).toEqual(before);
  });
});

describe('font coverage with the bundled fonts', () => {
  let fonts: FontSet;
  beforeAll(async () => {
    fonts = await loadFontSet({ fallbacks: true });
  });

  it('draws every code point with a font that has it, or with the primary font when none has it', () => {
    const codePoint = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0x4e00, max: 0x9fa5 }),
      fc.integer({ min: 0x3400, max: 0x4dbf }),
      fc.integer({ min: 0x20000, max: 0x2a6df }),
      fc.integer({ min: 0x2a700, max: 0x2ebe0 }),
      fc.integer({ min: 0x2f800, max: 0x2fa1d }),
      fc.integer({ min: 0x1f300, max: 0x1f64f }),
      fc.constantFrom(0x3000, 0xff0c, 0x3002, 0x2014, 0xfffd),
    );
    fc.assert(
      fc.property(fc.array(codePoint, { maxLength: 40 }), (codePoints) => {
        const text = String.fromCodePoint(...codePoints);
        const runs = splitRuns(text, (c) => fonts.familyFor(c));
        expect(runs.map((run) => run.text).join('')).toBe(text);
        runs.forEach((run, i) => {
          if (i > 0) expect(run.font).not.toBe(runs[i - 1]!.font);
          for (const char of run.text) {
            const c = char.codePointAt(0)!;
            const anyHas = fonts.faces.some((face) => fonts.hasGlyph(face.family, c));
            expect(fonts.hasGlyph(run.font, c) || (!anyHas && run.font === PRIMARY_FONT)).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('covers the rare characters of names: Ext A, B, C–F and the compatibility supplement', () => {
    for (const char of ['䶮', '𪚥', '𠮷', '𫟦', '𬌗', '𮧵', '\u{2F800}']) {
      expect(fonts.familyFor(char.codePointAt(0)!), char).not.toBe(PRIMARY_FONT);
    }
    expect(fonts.familyFor('王'.codePointAt(0)!)).toBe(PRIMARY_FONT);
    expect(fonts.familyFor(0x1f600)).toBe(PRIMARY_FONT);
  });
});

describe('rendering rare characters', () => {
  it('embeds the fallback fonts and draws each rare character with them', async () => {
    const pdf = await renderPdf({
      content: ['申请人：王𪚥、𠮷野家、李䶮', { text: ['粗体', { text: '王𪚥', bold: true }] }],
    });
    const { text, items } = await extractText(pdf);
    expect(text).toContain('申请人：王𪚥、𠮷野家、李䶮');
    expect(text).toContain('粗体王𪚥');
    const fontOf = (char: string): string[] =>
      items.filter((item) => item.text.includes(char)).map((item) => item.font);
    expect(fontOf('𪚥')).toEqual([
      expect.stringMatching(/\+PFCRareHanB-Regular$/),
      expect.stringMatching(/\+PFCRareHanB-Regular$/),
    ]);
    expect(fontOf('𠮷')).toEqual([expect.stringMatching(/\+PFCRareHanB-Regular$/)]);
    expect(fontOf('䶮')).toEqual([expect.stringMatching(/\+PFCRareHanA-Regular$/)]);
    expect(fontOf('申')).toEqual([expect.stringMatching(/\+WenQuanYiMicroHei$/)]);
    const baseFonts = pdf.toString('latin1').match(/\/BaseFont \/[A-Z]{6}\+\S+/g) ?? [];
    expect(new Set(baseFonts.map((entry) => entry.replace(/^.*\+/, '')))).toEqual(
      new Set(['WenQuanYiMicroHei', 'PFCRareHanA-Regular', 'PFCRareHanB-Regular']),
    );
  });

  it('gives headers and footers the fallback too', async () => {
    const pdf = await renderPdf({
      content: ['正文'],
      header: { text: '𠮷野家', alignment: 'right' },
      footer: (page) => `承诺人王𪚥 第${page}页`,
    });
    const { text, items } = await extractText(pdf);
    expect(text).toContain('𠮷野家');
    expect(text).toContain('承诺人王𪚥第1页');
    expect(items.find((item) => item.text.includes('𪚥'))?.font).toMatch(/\+PFCRareHanB-Regular$/);
  });

  it('embeds only the primary font when no character needs another', async () => {
    const pdf = await renderPdf({ content: ['王小明'] });
    expect(
      pdf
        .toString('latin1')
        .match(/\/BaseFont \/[A-Z]{6}\+\S+/g)
        ?.map((entry) => entry.replace(/^.*\+/, '')),
    ).toEqual(['WenQuanYiMicroHei', 'WenQuanYiMicroHei']);
  });
});

describe('no URL or file access from a document', () => {
  let server: http.Server;
  let base: string;
  let requests = 0;
  let dir: string;
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(0));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pfc-pdf-lock-'));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an image by URL, in the content or the images dictionary, without a request', async () => {
    // pdfmake only fetches the images and files dictionaries; an image URL in the content is a path to it.
    await expect(renderPdf({ content: [{ image: `${base}/x.png` }] })).rejects.toThrow(/Access to local file denied/);
    await expect(
      renderPdf({ content: [{ image: 'logo' }], images: { logo: `${base}/logo.png` } } as PdfDocument),
    ).rejects.toThrow(/Access to URL denied/);
    await expect(renderPdf({ content: ['x'], files: { a: { src: `${base}/a.pdf` } } } as PdfDocument)).rejects.toThrow(
      /Access to URL denied/,
    );
    expect(requests).toBe(0);
  });

  it('refuses to read a local file as an image, even a real PNG or a bundled font', async () => {
    const png = path.join(dir, 'dot.png');
    fs.writeFileSync(
      png,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    for (const file of ['/etc/passwd', png, path.resolve('assets/fonts/wqy-microhei.ttc'), 'pfc-fonts/CJK']) {
      await expect(renderPdf({ content: [{ image: file }] }), file).rejects.toThrow(/Access to local file denied/);
    }
  });

  it('prints a URL or a path given as text, and fetches nothing', async () => {
    const pdf = await renderPdf({ content: [`${base}/x.png`, { text: '/etc/passwd', link: `${base}/y` }] });
    expect((await extractText(pdf)).text).toContain(squash(`${base}/x.png/etc/passwd`));
    expect(requests).toBe(0);
  });
});

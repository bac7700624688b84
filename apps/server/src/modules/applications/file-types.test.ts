import { describe, expect, it } from 'vitest';
import { PDF, PNG } from '../../test/application-fixtures';
import { FOUR_BYTE_HEADERS, JPEG, PDF_SAMPLE, PNG_BUILT } from '../../test/upload-samples';
import { isWholeFile, UPLOAD_TYPES, type UploadType } from './file-types';

const WHOLE: Array<[UploadType, Buffer, string]> = [
  ['image/jpeg', JPEG, 'hand-built JPEG'],
  ['image/png', PNG_BUILT, 'hand-built PNG'],
  ['image/png', PNG, 'a real 1×1 PNG'],
  ['application/pdf', PDF_SAMPLE, 'minimal PDF'],
  ['application/pdf', PDF, 'fixture PDF'],
];

/** Issue 11 item 6: an upload is accepted only when its bytes are a whole file of the type it claims. */
describe('isWholeFile', () => {
  it('accepts whole files of each type, and trailing bytes after the end', () => {
    for (const [type, bytes, label] of WHOLE) {
      expect(isWholeFile(type, bytes), label).toBe(true);
      expect(isWholeFile(type, Buffer.concat([bytes, Buffer.from('\0\0trailing')])), `${label} + tail`).toBe(true);
    }
  });

  it('refuses the four-byte header of every type, and every cut of a whole file before its end marker', () => {
    for (const [type, header] of Object.entries(FOUR_BYTE_HEADERS))
      expect(isWholeFile(type as UploadType, header), type).toBe(false);
    for (const [type, bytes, label] of WHOLE) {
      // A PDF is whole once "%%EOF" is in; an image once its last byte is.
      const end = type === 'application/pdf' ? bytes.lastIndexOf('%%EOF') + 4 : bytes.length;
      for (let cut = 0; cut < end; cut += 1)
        expect(isWholeFile(type, bytes.subarray(0, cut)), `${label} cut at ${cut}`).toBe(false);
    }
  });

  it('refuses each type claimed for another, and the signature padded out with zeros', () => {
    for (const [type, bytes, label] of WHOLE) {
      for (const other of UPLOAD_TYPES.filter((t) => t !== type))
        expect(isWholeFile(other, bytes), `${label} as ${other}`).toBe(false);
      expect(isWholeFile(type, Buffer.concat([bytes.subarray(0, 8), Buffer.alloc(4096)])), `${label} padded`).toBe(
        false,
      );
    }
  });

  it('refuses broken structure: a JPEG without a frame header or with a segment running past the end, a PNG of zero width or without pixels', () => {
    const sof = JPEG.indexOf(Buffer.from([0xff, 0xc0]));
    const noFrame = Buffer.from(JPEG);
    noFrame[sof + 1] = 0xe1; // the frame header turned into an APP1 segment
    expect(isWholeFile('image/jpeg', noFrame)).toBe(false);
    const overlong = Buffer.from(JPEG);
    overlong.writeUInt16BE(0xfff0, 4); // APP0 claims more bytes than the file has
    expect(isWholeFile('image/jpeg', overlong)).toBe(false);
    const zeroWidth = Buffer.from(PNG_BUILT);
    zeroWidth.writeUInt32BE(0, 16);
    expect(isWholeFile('image/png', zeroWidth)).toBe(false);
    const idat = PNG_BUILT.indexOf('IDAT');
    const noPixels = Buffer.from(PNG_BUILT);
    noPixels.write('tEXt', idat, 'latin1');
    expect(isWholeFile('image/png', noPixels)).toBe(false);
    expect(isWholeFile('application/pdf', Buffer.from('%PDF-x.y\n%%EOF'))).toBe(false);
  });
});

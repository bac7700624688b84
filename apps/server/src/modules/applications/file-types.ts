/**
 * Whether an upload's bytes are a whole file of the type it claims, by its structure rather than
 * its first bytes alone: "\xff\xd8\xff\xe0" is where a JPEG starts, not a JPEG. Enough of each
 * format is walked to refuse truncated, padded-out and renamed files; nothing is decoded, and the
 * work is linear in the file's size. Pure, for the upload check and its tests.
 */
export const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];

export function isUploadType(type: string): type is UploadType {
  return (UPLOAD_TYPES as readonly string[]).includes(type);
}

export function isWholeFile(type: UploadType, bytes: Buffer): boolean {
  switch (type) {
    case 'application/pdf':
      return isPdf(bytes);
    case 'image/jpeg':
      return isJpeg(bytes);
    case 'image/png':
      return isPng(bytes);
  }
}

const PDF_HEADER = /^%PDF-[12]\.\d/;
const PDF_EOF = Buffer.from('%%EOF');
/** Readers look for the end-of-file marker within the last 1,024 bytes (PDF 32000-1, 7.5.5 and Annex H). */
const PDF_TAIL = 1024;

/** A PDF starts with "%PDF-1.x" (or 2.x) and ends with "%%EOF": a cut-off transfer lacks the end. */
function isPdf(b: Buffer): boolean {
  return (
    PDF_HEADER.test(b.subarray(0, 8).toString('latin1')) &&
    b.subarray(Math.max(8, b.length - PDF_TAIL)).includes(PDF_EOF)
  );
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A PNG is its signature, then chunks (length, type, data, CRC): IHDR first with a non-zero size,
 * at least one IDAT of pixels, and IEND, all within the file. Bytes after IEND are tolerated.
 */
function isPng(b: Buffer): boolean {
  if (b.length < 8 + 25 + 12 + 12 || !b.subarray(0, 8).equals(PNG_SIGNATURE)) return false;
  if (b.readUInt32BE(8) !== 13 || b.toString('latin1', 12, 16) !== 'IHDR') return false;
  if (b.readUInt32BE(16) === 0 || b.readUInt32BE(20) === 0) return false;
  let pos = 8;
  let pixels = false;
  while (pos + 12 <= b.length) {
    const length = b.readUInt32BE(pos);
    const type = b.toString('latin1', pos + 4, pos + 8);
    const next = pos + 12 + length;
    if (next > b.length) return false;
    if (type === 'IDAT') pixels = true;
    if (type === 'IEND') return pixels;
    pos = next;
  }
  return false;
}

/** Markers that stand alone, with no length after them: TEM and the restart markers RST0–7. */
const STANDALONE = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);
/** Start-of-frame markers (SOF0–15), except DHT (C4), JPG (C8) and DAC (CC) that share the range. */
const FRAME = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/**
 * A JPEG is SOI, then marker segments each with its length, among them a frame header (SOF), up to
 * the start of scan (SOS); after the scan data comes EOI. In scan data every 0xFF byte is followed
 * by 0x00 or a restart marker, so "FF D9" after SOS is the real end. Data appended after EOI
 * (phones add some) is tolerated.
 */
function isJpeg(b: Buffer): boolean {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return false;
  let pos = 2;
  let frame = false;
  while (pos + 4 <= b.length) {
    if (b[pos] !== 0xff) return false;
    let marker = b[pos + 1]!;
    // Any number of 0xFF fill bytes may precede a marker.
    while (marker === 0xff && pos + 2 < b.length) marker = b[++pos + 1]!;
    if (STANDALONE(marker)) {
      pos += 2;
      continue;
    }
    if (marker === 0xd8 || marker === 0xd9 || pos + 4 > b.length) return false;
    const length = b.readUInt16BE(pos + 2);
    const end = pos + 2 + length;
    if (length < 2 || end > b.length) return false;
    if (FRAME(marker)) frame = true;
    if (marker === 0xda) return frame && end < b.length && b.indexOf(Buffer.from([0xff, 0xd9]), end) > end;
    pos = end;
  }
  return false;
}

/**
 * Small whole files of each upload type, built by hand so the tests need no image library: enough
 * structure for the upload check (file-types.ts), and the parts to break it.
 */
const segment = (marker: number, body: Buffer) =>
  Buffer.concat([Buffer.from([0xff, marker]), u16(body.length + 2), body]);
const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const u32 = (n: number) => Buffer.from([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);

/** SOI, APP0 (JFIF), DQT, SOF0 (1×1, one component), DHT, SOS, two bytes of scan data, EOI. */
export const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8]),
  segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
  segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
  segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
  segment(0xc4, Buffer.concat([Buffer.from([0]), Buffer.from([0, 1]), Buffer.alloc(14), Buffer.from([0])])),
  segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
  Buffer.from([0x7f, 0xa0]),
  Buffer.from([0xff, 0xd9]),
]);

const chunk = (type: string, data: Buffer) =>
  Buffer.concat([u32(data.length), Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
/** Signature, IHDR (1×1), one IDAT, IEND. The CRCs are left zero: the check does not read them. */
export const PNG_BUILT = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', Buffer.concat([u32(1), u32(1), Buffer.from([8, 6, 0, 0, 0])])),
  chunk('IDAT', Buffer.from('789c63000100000500010d0a2db4', 'hex')),
  chunk('IEND', Buffer.alloc(0)),
]);

export const PDF_SAMPLE = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** What the check must refuse: the first four bytes of each type, as a probe found them accepted. */
export const FOUR_BYTE_HEADERS = {
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  'application/pdf': Buffer.from('%PDF'),
} as const;

// Just enough strict DER for SM2 signatures and keys. Strictness is the point: sm-crypto-v2's own
// decoder ignores the outer tag and trailing bytes (measured: a signature with 0x30 changed to
// 0x31, or with a byte appended, still verified), which breaks "any 1-byte change is rejected".

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  oid: 0x06,
  sequence: 0x30,
  context0: 0xa0,
  context1: 0xa1,
} as const;

export interface Tlv {
  tag: number;
  content: Buffer;
}

export class DerError extends Error {
  override readonly name = 'DerError';
}

function encodeLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function encodeTlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), encodeLength(content.length), content]);
}

export const encodeSequence = (...items: Buffer[]): Buffer => encodeTlv(TAG.sequence, Buffer.concat(items));

/** Minimal two's-complement encoding of a non-negative integer. */
export function encodeUnsignedInteger(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let bytes = Buffer.from(hex, 'hex');
  if ((bytes[0] ?? 0) & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return encodeTlv(TAG.integer, bytes);
}

/** Reads one TLV at `offset`; rejects indefinite and non-minimal lengths. */
export function readTlv(buf: Buffer, offset: number): Tlv & { end: number } {
  const tag = buf[offset];
  const first = buf[offset + 1];
  if (tag === undefined || first === undefined) throw new DerError('truncated header');
  let length = first;
  let start = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 3) throw new DerError('unsupported length form');
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = buf[start + i];
      if (b === undefined) throw new DerError('truncated length');
      if (i === 0 && b === 0) throw new DerError('non-minimal length');
      length = length * 256 + b;
    }
    if (length < 0x80) throw new DerError('non-minimal length');
    start += count;
  }
  const end = start + length;
  if (end > buf.length) throw new DerError('truncated content');
  return { tag, content: buf.subarray(start, end), end };
}

/** Reads a whole buffer as exactly one TLV of the expected tag. */
export function readSingle(buf: Buffer, expectedTag: number): Buffer {
  const tlv = readTlv(buf, 0);
  if (tlv.tag !== expectedTag || tlv.end !== buf.length) throw new DerError('unexpected structure');
  return tlv.content;
}

/** Children of a constructed value's content. */
export function readChildren(content: Buffer): Tlv[] {
  const out: Tlv[] = [];
  for (let offset = 0; offset < content.length; ) {
    const tlv = readTlv(content, offset);
    out.push({ tag: tlv.tag, content: tlv.content });
    offset = tlv.end;
  }
  return out;
}

/** Strict non-negative INTEGER content: no sign bit, no superfluous leading zero. */
export function decodeUnsignedInteger(content: Buffer): bigint {
  const b0 = content[0];
  const b1 = content[1];
  if (b0 === undefined || b0 & 0x80) throw new DerError('negative or empty integer');
  if (b0 === 0 && b1 !== undefined && !(b1 & 0x80)) throw new DerError('non-minimal integer');
  return content.length === 0 ? 0n : BigInt(`0x${content.toString('hex')}`);
}

/** SEQUENCE { INTEGER r, INTEGER s } with nothing before, between or after. */
export function decodeSignature(der: Buffer): { r: bigint; s: bigint } {
  const children = readChildren(readSingle(der, TAG.sequence));
  const [r, s] = children;
  if (children.length !== 2 || r?.tag !== TAG.integer || s?.tag !== TAG.integer) {
    throw new DerError('not an r,s sequence');
  }
  return { r: decodeUnsignedInteger(r.content), s: decodeUnsignedInteger(s.content) };
}

export const encodeSignature = (r: bigint, s: bigint): Buffer =>
  encodeSequence(encodeUnsignedInteger(r), encodeUnsignedInteger(s));

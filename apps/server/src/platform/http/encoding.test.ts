import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBody, preferredEncoding } from './encoding';

describe('response encoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('GZIP')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(preferredEncoding('br;q=0.0, gzip;q=0')).toBeUndefined();
    expect(preferredEncoding(['deflate', 'br'])).toBe('br');
    expect(preferredEncoding('identity')).toBeUndefined();
    expect(preferredEncoding(undefined)).toBeUndefined();
  });

  it('compresses bodies worth it and leaves small ones as they are', () => {
    const body = Buffer.from(
      JSON.stringify({
        items: Array.from({ length: 50 }, (_, i) => ({ name: '无犯罪记录证明', unit: `第${i}个单位` })),
      }),
    );
    const br = encodeBody(body, 'br');
    expect(br.encoding).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).equals(body)).toBe(true);
    const gz = encodeBody(body, 'gzip');
    expect(zlib.gunzipSync(gz.body).equals(body)).toBe(true);
    expect(encodeBody(Buffer.from('{"items":[]}'), 'br')).toEqual({ body: Buffer.from('{"items":[]}') });
    expect(encodeBody(body, undefined).body).toBe(body);
  });
});

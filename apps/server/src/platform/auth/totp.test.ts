import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totpCode, totpStep } from './totp';

/** Known-answer tests from the RFCs: the code any authenticator app computes must be ours. */
describe('TOTP', () => {
  const key = Buffer.from('12345678901234567890');

  it('matches the RFC 4226 HOTP test values', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, counter) => hotp(key, counter))).toEqual(expected);
  });

  it('matches the RFC 6238 SHA-1 test vectors (8 digits), and their last 6 digits', () => {
    const vectors: Array<[number, string]> = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, code] of vectors) {
      const at = new Date(seconds * 1000);
      expect(totpCode(key, at, 8)).toBe(code);
      expect(totpCode(key, at)).toBe(code.slice(2));
    }
  });

  it('accepts one step either side of now and nothing further', () => {
    const at = new Date('2026-12-01T08:00:10Z');
    const step = totpStep(at);
    expect(matchTotp(key, hotp(key, step), at)).toBe(step);
    expect(matchTotp(key, hotp(key, step - 1), at)).toBe(step - 1);
    expect(matchTotp(key, hotp(key, step + 1), at)).toBe(step + 1);
    // Two steps away: refused unless it happens to collide with a nearer code.
    const far = hotp(key, step - 2);
    if (![step - 1, step, step + 1].some((s) => hotp(key, s) === far)) expect(matchTotp(key, far, at)).toBeNull();
    expect(matchTotp(key, '12345', at)).toBeNull();
    expect(matchTotp(key, 'abcdef', at)).toBeNull();
  });

  it('round-trips base32 (RFC 4648 test vectors) and writes the otpauth URI apps scan', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Encode(Buffer.from('f'))).toBe('MY');
    expect(base32Decode('MZXW6YTBOI======').toString()).toBe('foobar');
    expect(base32Decode('mzxw 6ytb-oi').toString()).toBe('foobar');
    expect(base32Encode(key)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(() => base32Decode('M1')).toThrow();
    const uri = otpauthUri('无证明城市', 'admin', 'GEZDGNBVGY3TQOJQ');
    expect(uri).toBe(
      'otpauth://totp/%E6%97%A0%E8%AF%81%E6%98%8E%E5%9F%8E%E5%B8%82:admin?secret=GEZDGNBVGY3TQOJQ&issuer=%E6%97%A0%E8%AF%81%E6%98%8E%E5%9F%8E%E5%B8%82&algorithm=SHA1&digits=6&period=30',
    );
  });
});

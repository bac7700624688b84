import { execFileSync } from 'node:child_process';
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CryptoIntegrityError, createSoftwareCryptoProvider } from './index';

const crypto = createSoftwareCryptoProvider({ masterKey: randomBytes(32) });
const work = mkdtempSync(join(tmpdir(), 'pfc-crypto-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BASE64URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function expectIntegrityError(fn: () => unknown): void {
  expect(fn).toThrow(CryptoIntegrityError);
}

describe('SM3 / SM4 / HMAC-SM3 known answers', () => {
  it('SM3 matches GB/T 32905 examples', () => {
    expect(crypto.sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(crypto.sm3Hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
    expect(crypto.sm3(Buffer.from('abc')).toString('hex')).toBe(crypto.sm3Hex('abc'));
  });

  it('SM4 (the cipher node:crypto provides) matches the GB/T 32907 example', () => {
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    const out = Buffer.concat([cipher.update(key), cipher.final()]);
    expect(out.toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('HMAC-SM3 equals the openssl command line, including keys longer than one block', () => {
    const cases = [
      { key: Buffer.from('key'), data: Buffer.from('hello') },
      { key: randomBytes(32), data: Buffer.alloc(0) },
      { key: randomBytes(64), data: randomBytes(1000) },
      { key: randomBytes(100), data: randomBytes(64) },
    ];
    for (const [i, { key, data }] of cases.entries()) {
      const file = join(work, `hmac-${i}.bin`);
      writeFileSync(file, data);
      const out = execFileSync(
        'openssl',
        ['dgst', '-sm3', '-mac', 'HMAC', '-macopt', `hexkey:${key.toString('hex')}`, file],
        { encoding: 'utf8' },
      );
      expect(out.trim().split('= ').pop()).toBe(crypto.hmacSm3(key, data).toString('hex'));
    }
    const out = execFileSync('openssl', ['dgst', '-sm3', '-hmac', 'key', join(work, 'hmac-0.bin')], {
      encoding: 'utf8',
    });
    expect(out.trim().split('= ').pop()).toBe(crypto.hmacSm3('key', 'hello').toString('hex'));
  });
});

describe('encrypt / decrypt (SM4-CTR + HMAC-SM3)', () => {
  it('round-trips strings, buffers, empty and large plaintexts', () => {
    expect(crypto.decrypt(crypto.encrypt('11010519491231002X')).toString('utf8')).toBe('11010519491231002X');
    expect(crypto.decrypt(crypto.encrypt('张三 𠀀', 'persons.name:42'), 'persons.name:42').toString('utf8')).toBe(
      '张三 𠀀',
    );
    expect(crypto.decrypt(crypto.encrypt('')).length).toBe(0);
    const big = randomBytes(1 << 20);
    expect(crypto.decrypt(crypto.encrypt(big)).equals(big)).toBe(true);
  });

  it('uses a fresh IV per call and a compact versioned format', () => {
    const a = crypto.encrypt('same');
    const b = crypto.encrypt('same');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(Buffer.from(a.slice(3), 'base64url').length).toBe(16 + 4 + 32);
  });

  it('rejects wrong associated data, a wrong key and a foreign version', () => {
    const token = crypto.encrypt('secret', 'persons.id_number:1');
    expectIntegrityError(() => crypto.decrypt(token, 'persons.id_number:2'));
    expectIntegrityError(() => crypto.decrypt(token));
    expect(crypto.decrypt(crypto.encrypt('x'), '').toString()).toBe('x'); // omitted AD === ''
    const other = createSoftwareCryptoProvider({ masterKey: randomBytes(32) });
    expectIntegrityError(() => other.decrypt(token, 'persons.id_number:1'));
    expectIntegrityError(() => crypto.decrypt(`v2.${token.slice(3)}`, 'persons.id_number:1'));
    for (const junk of ['', 'v1.', 'v1', 'v1.!!!!', 'v1.AAAA', `${token}=`, ` ${token}`]) {
      expectIntegrityError(() => crypto.decrypt(junk, 'persons.id_number:1'));
    }
  });

  it('rejects every single-character change of the token text', () => {
    const ad = 'ctx';
    const token = crypto.encrypt('11010519491231', ad); // 62 raw bytes: the last base64url char has 2 spare bits
    let tried = 0;
    for (let i = 0; i < token.length; i++) {
      for (const c of `${BASE64URL_CHARS}.=+/ é`) {
        if (c === token[i]) continue;
        expectIntegrityError(() => crypto.decrypt(token.slice(0, i) + c + token.slice(i + 1), ad));
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(5000);
  });

  it('rejects every single-bit flip, truncation and extension of the token bytes', () => {
    const ad = 'ctx';
    const raw = Buffer.from(crypto.encrypt('13812345678', ad).slice(3), 'base64url');
    for (let bit = 0; bit < raw.length * 8; bit++) {
      const mutated = Buffer.from(raw);
      mutated[bit >> 3] = (mutated[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      expectIntegrityError(() => crypto.decrypt(`v1.${mutated.toString('base64url')}`, ad));
    }
    for (let n = 0; n < raw.length; n++) {
      expectIntegrityError(() => crypto.decrypt(`v1.${raw.subarray(0, n).toString('base64url')}`, ad));
    }
    expectIntegrityError(() =>
      crypto.decrypt(`v1.${Buffer.concat([raw, Buffer.from([0])]).toString('base64url')}`, ad),
    );
  });

  it('rejects non-canonical base64url that Node would decode to the same bytes', () => {
    const token = crypto.encrypt('1', 'ctx'); // 49 raw bytes → 66 chars, last one carries 4 spare bits
    const last = token[token.length - 1] ?? 'A';
    const sibling = BASE64URL_CHARS[BASE64URL_CHARS.indexOf(last) ^ 1] ?? 'A';
    const forged = token.slice(0, -1) + sibling;
    expect(Buffer.from(forged.slice(3), 'base64url').equals(Buffer.from(token.slice(3), 'base64url'))).toBe(true);
    expectIntegrityError(() => crypto.decrypt(forged, 'ctx'));
  });
});

describe('blind index, random tokens, keys', () => {
  it('is deterministic per key and purpose, unrelated across purposes and keys', () => {
    const id = '11010519491231002X';
    expect(crypto.blindIndex(id, 'persons.id_number')).toBe(crypto.blindIndex(Buffer.from(id), 'persons.id_number'));
    expect(crypto.blindIndex(id, 'persons.id_number')).toMatch(/^[0-9a-f]{64}$/);
    expect(crypto.blindIndex(id, 'persons.id_number')).not.toBe(crypto.blindIndex(id, 'orgs.legal_rep_id'));
    const other = createSoftwareCryptoProvider({ masterKey: randomBytes(32) });
    expect(other.blindIndex(id, 'persons.id_number')).not.toBe(crypto.blindIndex(id, 'persons.id_number'));
    expect(() => crypto.blindIndex(id, '')).toThrow(TypeError);
  });

  it('makes random base64url tokens and refuses weak sizes', () => {
    const t = crypto.randomToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(crypto.randomToken(16)).toHaveLength(22);
    expect(new Set(Array.from({ length: 1000 }, () => crypto.randomToken())).size).toBe(1000);
    expect(() => crypto.randomToken(8)).toThrow(RangeError);
  });

  it('refuses a master key shorter than 32 bytes', () => {
    expect(() => createSoftwareCryptoProvider({ masterKey: randomBytes(31) })).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_PARAMS, hashPassword, needsRehash, verifyPassword, type PasswordParams } from './index';

// Low cost for speed (1 MiB, a few ms); production uses DEFAULT_PASSWORD_PARAMS.
const CHEAP: PasswordParams = { log2N: 10, r: 8, p: 1 };

describe('passwords (scrypt)', () => {
  it('round-trips and rejects a wrong password', async () => {
    const stored = await hashPassword('Zhengming#2024', CHEAP);
    expect(await verifyPassword('Zhengming#2024', stored)).toBe(true);
    expect(await verifyPassword('zhengming#2024', stored)).toBe(false);
    expect(await verifyPassword('Zhengming#2024 ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('encodes algorithm and parameters, with a fresh salt each time', async () => {
    const a = await hashPassword('密码-password', CHEAP);
    const b = await hashPassword('密码-password', CHEAP);
    expect(a).toMatch(/^scrypt\$10\$8\$1\$[A-Za-z0-9+/]{43}=\$[A-Za-z0-9+/]{86}==$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('密码-password', b)).toBe(true);
    const custom = await hashPassword('x', { log2N: 11, r: 4, p: 2, saltBytes: 16, keyBytes: 32 });
    expect(custom).toMatch(/^scrypt\$11\$4\$2\$/);
    expect(await verifyPassword('x', custom)).toBe(true);
  });

  it('works with the default cost (N = 2^15, r = 8 needs maxmem above Node’s 32 MiB default)', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored.startsWith('scrypt$15$8$1$')).toBe(true);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(needsRehash(stored)).toBe(false);
    expect(needsRehash(stored, DEFAULT_PASSWORD_PARAMS)).toBe(false);
  });

  it('treats full-width IME input as the same password (NFKC)', async () => {
    const stored = await hashPassword('Abc123!', CHEAP);
    expect(await verifyPassword('Ａｂｃ１２３！', stored)).toBe(true);
  });

  it('returns false, never throws, for malformed or hostile stored strings', async () => {
    const good = await hashPassword('pw', CHEAP);
    const [, , , , salt, hash] = good.split('$');
    const flipped = `${hash?.[0] === 'A' ? 'B' : 'A'}${hash?.slice(1)}`;
    const bad: unknown[] = [
      '',
      'scrypt',
      'scrypt$10$8$1$$',
      `bcrypt$10$8$1$${salt}$${hash}`,
      `scrypt$10$8$1$${salt}`,
      `scrypt$10$8$1$${salt}$${flipped}`,
      `scrypt$30$8$1$${salt}$${hash}`,
      `scrypt$20$64$1$${salt}$${hash}`,
      `scrypt$0$8$1$${salt}$${hash}`,
      `scrypt$10$0$1$${salt}$${hash}`,
      `scrypt$10$8$1$${salt}$${hash}$`,
      `scrypt$10$8$1$${salt}$${hash}\n`,
      `scrypt$10$8$1$AAAA$${hash}`,
      `scrypt$10$8$1$${salt}$AAAA`,
      `scrypt$10$8$1$${salt}$${hash?.replace(/=+$/, '')}`,
      ` ${good}`,
      null,
      undefined,
      42,
      {},
    ];
    for (const stored of bad) {
      await expect(verifyPassword('pw', stored as string)).resolves.toBe(false);
      expect(needsRehash(stored as string)).toBe(true);
    }
    await expect(verifyPassword(undefined as unknown as string, good)).resolves.toBe(false);
    await expect(verifyPassword('x'.repeat(5000), good)).resolves.toBe(false);
  });

  it('flags hashes made with other parameters for rehashing', async () => {
    const cheap = await hashPassword('pw', CHEAP);
    expect(needsRehash(cheap)).toBe(true);
    expect(needsRehash(cheap, CHEAP)).toBe(false);
    expect(needsRehash(cheap, { ...CHEAP, r: 16 })).toBe(true);
    expect(needsRehash(cheap, { ...CHEAP, keyBytes: 32 })).toBe(true);
  });

  it('refuses unusable inputs when hashing', async () => {
    await expect(hashPassword('', CHEAP)).rejects.toThrow(TypeError);
    await expect(hashPassword('x'.repeat(5000), CHEAP)).rejects.toThrow(RangeError);
    await expect(hashPassword('pw', { log2N: 25, r: 8, p: 1 })).rejects.toThrow(RangeError);
    await expect(hashPassword('pw', { ...CHEAP, saltBytes: 8 })).rejects.toThrow(RangeError);
  });
});

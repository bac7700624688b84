// Cross-implementation check against the OpenSSL 3 command line, a second and independent SM2
// implementation (RELIABILITY.md suite commitment-integrity).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSoftwareCryptoProvider } from './index';

const crypto = createSoftwareCryptoProvider({ masterKey: randomBytes(32) });
const work = mkdtempSync(join(tmpdir(), 'pfc-sm2-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (name: string, data?: string | Buffer): string => {
  const path = join(work, name);
  if (data !== undefined) writeFileSync(path, data);
  return path;
};
const openssl = (...args: string[]): string => execFileSync('openssl', args, { encoding: 'utf8', stdio: 'pipe' });

/** `pkeyutl -verify` exits 1 on a bad signature; report that as false. */
function opensslVerifies(pubPem: string, message: string, sig: string, distid: string): boolean {
  try {
    const out = openssl(
      'pkeyutl',
      '-verify',
      '-pubin',
      '-inkey',
      pubPem,
      '-rawin',
      '-digest',
      'sm3',
      '-pkeyopt',
      `distid:${distid}`,
      '-in',
      message,
      '-sigfile',
      sig,
    );
    return out.includes('Signature Verified Successfully');
  } catch {
    return false;
  }
}

describe('SM2 interoperability with the openssl command line', () => {
  it('openssl verifies provider signatures made with provider-written PEM keys', () => {
    for (const [i, distid] of ['1234567812345678', 'ALICE123@YAHOO.COM'].entries()) {
      const keys = crypto.sm2GenerateKeyPair();
      const pub = file(`pub-${i}.pem`, crypto.sm2PublicKeyToPem(keys.publicKeyHex));
      const message = file(`msg-${i}.bin`, randomBytes(777));
      const sig = crypto.sm2Sign(readFileSync(message), keys.privateKeyHex, distid);
      const sigFile = file(`sig-${i}.der`, Buffer.from(sig, 'hex'));
      expect(opensslVerifies(pub, message, sigFile, distid)).toBe(true);
      expect(opensslVerifies(pub, message, sigFile, 'some-other-id')).toBe(false);
      // The other accepted spelling of the same check.
      const out = openssl(
        'dgst',
        '-sm3',
        '-verify',
        pub,
        '-sigopt',
        `distid:${distid}`,
        '-signature',
        sigFile,
        message,
      );
      expect(out).toContain('Verified OK');
      const tampered = Buffer.from(sig, 'hex');
      tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
      expect(opensslVerifies(pub, message, file(`bad-${i}.der`, tampered), distid)).toBe(false);
    }
  });

  it('openssl reads provider-written private keys and signs with them; the provider verifies', () => {
    const keys = crypto.sm2GenerateKeyPair();
    const priv = file('own-key.pem', crypto.sm2PrivateKeyToPem(keys.privateKeyHex, keys.publicKeyHex));
    expect(openssl('pkey', '-in', priv, '-pubout')).toBe(crypto.sm2PublicKeyToPem(keys.publicKeyHex));
    const message = file('own-msg.txt', '本人承诺所填信息真实有效');
    const sigFile = join(work, 'own-sig.der');
    openssl(
      'pkeyutl',
      '-sign',
      '-inkey',
      priv,
      '-rawin',
      '-digest',
      'sm3',
      '-pkeyopt',
      'distid:1234567812345678',
      '-in',
      message,
      '-out',
      sigFile,
    );
    expect(crypto.sm2Verify('本人承诺所填信息真实有效', readFileSync(sigFile).toString('hex'), keys.publicKeyHex)).toBe(
      true,
    );
  });

  it('the provider reads OpenSSL-made keys and verifies OpenSSL-made signatures', () => {
    for (let i = 0; i < 5; i++) {
      const priv = join(work, `ossl-key-${i}.pem`);
      openssl('genpkey', '-algorithm', 'SM2', '-out', priv);
      const pubPem = openssl('pkey', '-in', priv, '-pubout');
      const key = crypto.sm2KeyFromPem(readFileSync(priv, 'utf8'));
      const pub = crypto.sm2KeyFromPem(pubPem);
      if (key.type !== 'private') throw new Error('expected a private key');
      expect(pub).toEqual({ type: 'public', publicKeyHex: key.publicKeyHex });
      expect(crypto.sm2PublicKeyToPem(key.publicKeyHex)).toBe(pubPem); // byte-identical SPKI

      const message = file(`ossl-msg-${i}.bin`, randomBytes(100 + i));
      const sigFile = join(work, `ossl-sig-${i}.der`);
      const distid = i % 2 ? 'ALICE123@YAHOO.COM' : '1234567812345678';
      openssl(
        'pkeyutl',
        '-sign',
        '-inkey',
        priv,
        '-rawin',
        '-digest',
        'sm3',
        '-pkeyopt',
        `distid:${distid}`,
        '-in',
        message,
        '-out',
        sigFile,
      );
      const sig = readFileSync(sigFile).toString('hex');
      expect(crypto.sm2Verify(readFileSync(message), sig, key.publicKeyHex, distid)).toBe(true);
      expect(crypto.sm2Verify(readFileSync(message), sig, key.publicKeyHex, `${distid}x`)).toBe(false);
      // The provider's own signature with the imported key verifies in OpenSSL too.
      const ours = file(
        `ossl-ours-${i}.der`,
        Buffer.from(crypto.sm2Sign(readFileSync(message), key.privateKeyHex, distid), 'hex'),
      );
      expect(opensslVerifies(file(`ossl-pub-${i}.pem`, pubPem), message, ours, distid)).toBe(true);
    }
  });
});

import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign as nodeSign,
  verify as nodeVerify,
} from 'node:crypto';
import fc from 'fast-check';
import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { encodeSignature } from './der';
import { createSoftwareCryptoProvider } from './index';
import { SM2_N } from './sm2';

const crypto = createSoftwareCryptoProvider({ masterKey: randomBytes(32) });

// GM/T 0003.5-2012 / GB/T 32918.5-2017 annex example on the recommended curve (also in OpenSSL's
// test/sm2_internal_test.c). Its ID is the default 1234567812345678: the ALICE123@YAHOO.COM
// example of GB/T 32918.2 annex A uses a different, non-recommended test curve.
const KAT = {
  d: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  pub: '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  k: '59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21',
  z: 'b2e14c5c79c6df5b85f4fe7ed8db7a262b9da7e07ccb0ea9f4747b8ccda8a4f3',
  r: BigInt('0xF5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3'),
  s: BigInt('0xB1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA'),
  message: 'message digest',
};
const katSignature = encodeSignature(KAT.r, KAT.s).toString('hex');

describe('SM2 known answer (GM/T 0003.5 / GB/T 32918.5)', () => {
  it('derives the published public key and Z value', () => {
    expect(crypto.sm2KeyFromPem(crypto.sm2PrivateKeyToPem(KAT.d, KAT.pub))).toEqual({
      type: 'private',
      privateKeyHex: KAT.d,
      publicKeyHex: KAT.pub,
    });
    expect(Buffer.from(sm2.getZ(KAT.pub, '1234567812345678')).toString('hex')).toBe(KAT.z);
  });

  it('verifies the published r,s, and only with the right ID, message and key', () => {
    expect(crypto.sm2Verify(KAT.message, katSignature, KAT.pub)).toBe(true);
    expect(crypto.sm2Verify(Buffer.from(KAT.message), katSignature, KAT.pub, '1234567812345678')).toBe(true);
    expect(crypto.sm2Verify(KAT.message, katSignature, KAT.pub, 'ALICE123@YAHOO.COM')).toBe(false);
    expect(crypto.sm2Verify('message digesT', katSignature, KAT.pub)).toBe(false);
    expect(crypto.sm2Verify(KAT.message, katSignature, crypto.sm2GenerateKeyPair().publicKeyHex)).toBe(false);
  });

  it('reproduces r,s when sm-crypto-v2 is given the published k', () => {
    const x1 = BigInt(`0x${sm2.getPublicKeyFromPrivateKey(KAT.k).slice(2, 66)}`);
    const sig = sm2.doSignature(KAT.message, KAT.d, {
      der: true,
      hash: true,
      userId: '1234567812345678',
      pointPool: [{ k: BigInt(`0x${KAT.k}`), x1 }],
    });
    expect(sig).toBe(katSignature);
  });
});

describe('SM2 sign / verify', () => {
  const keys = crypto.sm2GenerateKeyPair();

  it('generates well-formed key pairs', () => {
    expect(keys.privateKeyHex).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.publicKeyHex).toMatch(/^04[0-9a-f]{128}$/);
    expect(crypto.sm2GenerateKeyPair().privateKeyHex).not.toBe(keys.privateKeyHex);
  });

  it('round-trips strings and buffers, with default and custom IDs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 200 }), (text, bytes) => {
        const buf = Buffer.from(bytes);
        return (
          crypto.sm2Verify(text, crypto.sm2Sign(text, keys.privateKeyHex), keys.publicKeyHex) &&
          crypto.sm2Verify(
            buf,
            crypto.sm2Sign(buf, keys.privateKeyHex, '统一社会信用代码@pfc'),
            keys.publicKeyHex,
            '统一社会信用代码@pfc',
          )
        );
      }),
      { numRuns: 100 },
    );
    const sig = crypto.sm2Sign('承诺书', keys.privateKeyHex, 'ALICE123@YAHOO.COM');
    expect(crypto.sm2Verify('承诺书', sig, keys.publicKeyHex)).toBe(false);
    expect(crypto.sm2Verify(Buffer.from('承诺书'), sig, keys.publicKeyHex, 'ALICE123@YAHOO.COM')).toBe(true);
  });

  it('rejects random 1-byte mutations of the message and of the signature', () => {
    const message = randomBytes(300);
    const sig = Buffer.from(crypto.sm2Sign(message, keys.privateKeyHex), 'hex');
    const mutation = (length: number) => fc.tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: 255 }));
    fc.assert(
      fc.property(mutation(message.length), ([i, x]) => {
        const m = Buffer.from(message);
        m[i] = (m[i] ?? 0) ^ x;
        return !crypto.sm2Verify(m, sig.toString('hex'), keys.publicKeyHex);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(mutation(sig.length), ([i, x]) => {
        const s = Buffer.from(sig);
        s[i] = (s[i] ?? 0) ^ x;
        return !crypto.sm2Verify(message, s.toString('hex'), keys.publicKeyHex);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects DER that sm-crypto-v2 alone would accept, and out-of-range r/s', () => {
    const tagChanged = `31${katSignature.slice(2)}`;
    expect(sm2.doVerifySignature(KAT.message, tagChanged, KAT.pub, { der: true, hash: true })).toBe(true); // the library quirk
    expect(crypto.sm2Verify(KAT.message, tagChanged, KAT.pub)).toBe(false);
    expect(crypto.sm2Verify(KAT.message, `${katSignature}00`, KAT.pub)).toBe(false);
    expect(crypto.sm2Verify(KAT.message, encodeSignature(KAT.r, KAT.s + SM2_N).toString('hex'), KAT.pub)).toBe(false);
    expect(crypto.sm2Verify(KAT.message, encodeSignature(KAT.r + SM2_N, KAT.s).toString('hex'), KAT.pub)).toBe(false);
    expect(crypto.sm2Verify(KAT.message, encodeSignature(0n, KAT.s).toString('hex'), KAT.pub)).toBe(false);
    expect(crypto.sm2Verify(KAT.message, encodeSignature(KAT.r, 0n).toString('hex'), KAT.pub)).toBe(false);
  });

  it('never throws on garbage signatures, keys or IDs', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (sig, pub) => crypto.sm2Verify('m', sig, pub) === false),
      { numRuns: 500 },
    );
    const good = crypto.sm2Sign('m', keys.privateKeyHex);
    expect(crypto.sm2Verify('m', good, `04${'00'.repeat(64)}`)).toBe(false); // not on the curve
    expect(crypto.sm2Verify('m', good, keys.publicKeyHex, 'x'.repeat(9000))).toBe(false);
    expect(crypto.sm2Verify('m', good, undefined as unknown as string)).toBe(false);
    expect(() => crypto.sm2Sign('m', 'zz')).toThrow(TypeError);
    expect(() => crypto.sm2Sign('m', '00'.repeat(32))).toThrow(RangeError);
  });
});

describe("node:crypto's SM2 is not SM2 (regression guard)", () => {
  const nodeKeys = generateKeyPairSync('ec', { namedCurve: 'SM2' });
  const priv = crypto.sm2KeyFromPem(nodeKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const sec1 = crypto.sm2KeyFromPem(nodeKeys.privateKey.export({ type: 'sec1', format: 'pem' }).toString());
  const pub = crypto.sm2KeyFromPem(nodeKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString());

  it('reads Node-made PEM keys (PKCS#8, SEC1, SPKI)', () => {
    expect(priv.type).toBe('private');
    expect(sec1).toEqual(priv);
    expect(pub.publicKeyHex).toBe(priv.publicKeyHex);
  });

  it("provider signatures do not verify with Node's ECDSA, and Node's signatures do not verify as SM2", () => {
    if (priv.type !== 'private') throw new Error('expected a private key');
    const nodePublic = createPublicKey(crypto.sm2PublicKeyToPem(pub.publicKeyHex));
    for (let i = 0; i < 10; i++) {
      const message = randomBytes(64);
      const ours = Buffer.from(crypto.sm2Sign(message, priv.privateKeyHex), 'hex');
      expect(nodeVerify('sm3', message, nodePublic, ours)).toBe(false);
      const theirs = nodeSign('sm3', message, nodeKeys.privateKey);
      expect(nodeVerify('sm3', message, nodeKeys.publicKey, theirs)).toBe(true); // Node is self-consistent ECDSA
      expect(crypto.sm2Verify(message, theirs.toString('hex'), pub.publicKeyHex)).toBe(false);
    }
  });

  it('writes PEM that Node imports back to the same key', () => {
    const keys = crypto.sm2GenerateKeyPair();
    const nodePriv = createPrivateKey(crypto.sm2PrivateKeyToPem(keys.privateKeyHex, keys.publicKeyHex));
    const spki = createPublicKey(nodePriv).export({ type: 'spki', format: 'pem' }).toString();
    expect(crypto.sm2KeyFromPem(spki)).toEqual({ type: 'public', publicKeyHex: keys.publicKeyHex });
  });
});

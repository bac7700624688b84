// SM2 signatures (GB/T 32918.2) via sm-crypto-v2. Never node:crypto's sign/verify: with an SM2
// key Node 20 computes ECDSA over the SM2 curve, which no SM2 verifier accepts (nodejs#53761).
import { randomBytes } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { decodeSignature, encodeSignature } from './der';
import { DEFAULT_SM2_USER_ID, type Bytes, type Sm2KeyPair } from './provider';

/** Order n of the SM2 recommended curve's base point (GB/T 32918.5). */
export const SM2_N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

const PRIVATE_HEX = /^[0-9a-fA-F]{64}$/;
const PUBLIC_HEX = /^04[0-9a-fA-F]{128}$/;
// ENTL in the Z value is a 16-bit bit count, so the ID may be at most 8191 bytes.
const MAX_USER_ID_BYTES = 8191;

const toBytes = (data: Bytes): Uint8Array => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data);

/**
 * Private scalars are 1..n-2 (GB/T 32918.1 key generation): d = n-1 makes (1+d) non-invertible,
 * and sm-crypto-v2 checks neither bound when signing.
 */
export function assertSm2PrivateKey(privateKeyHex: string): string {
  if (typeof privateKeyHex !== 'string' || !PRIVATE_HEX.test(privateKeyHex)) {
    throw new TypeError('SM2 private key must be 64 hex characters');
  }
  const d = BigInt(`0x${privateKeyHex}`);
  if (d < 1n || d > SM2_N - 2n) throw new RangeError('SM2 private key out of range');
  return privateKeyHex.toLowerCase();
}

/** Uncompressed public point that lies on the curve, lower-case; throws otherwise. */
export function assertSm2PublicKey(publicKeyHex: string): string {
  if (typeof publicKeyHex !== 'string' || !PUBLIC_HEX.test(publicKeyHex)) {
    throw new TypeError('SM2 public key must be 130 hex characters starting with 04');
  }
  let valid = false;
  try {
    valid = sm2.verifyPublicKey(publicKeyHex);
  } catch {
    valid = false;
  }
  if (!valid) throw new RangeError('SM2 public key is not a point on the curve');
  return publicKeyHex.toLowerCase();
}

function assertUserId(userId: string): string {
  if (typeof userId !== 'string' || Buffer.byteLength(userId, 'utf8') > MAX_USER_ID_BYTES) {
    throw new TypeError('SM2 user ID must be a string of at most 8191 UTF-8 bytes');
  }
  return userId;
}

export const sm2PublicKeyFromPrivate = (privateKeyHex: string): string =>
  sm2.getPublicKeyFromPrivateKey(assertSm2PrivateKey(privateKeyHex)).toLowerCase();

export function sm2GenerateKeyPair(): Sm2KeyPair {
  // Rejection sampling from the OS CSPRNG keeps d uniform in 1..n-2.
  for (;;) {
    const candidate = randomBytes(32).toString('hex');
    const d = BigInt(`0x${candidate}`);
    if (d >= 1n && d <= SM2_N - 2n) {
      return { privateKeyHex: candidate, publicKeyHex: sm2PublicKeyFromPrivate(candidate) };
    }
  }
}

export function sm2Sign(message: Bytes, privateKeyHex: string, userId: string = DEFAULT_SM2_USER_ID): string {
  const d = assertSm2PrivateKey(privateKeyHex);
  return sm2.doSignature(toBytes(message), d, {
    der: true,
    hash: true,
    publicKey: sm2.getPublicKeyFromPrivateKey(d),
    userId: assertUserId(userId),
  });
}

export function sm2Verify(
  message: Bytes,
  signatureDerHex: string,
  publicKeyHex: string,
  userId: string = DEFAULT_SM2_USER_ID,
): boolean {
  try {
    if (typeof signatureDerHex !== 'string' || !/^(?:[0-9a-fA-F]{2}){8,80}$/.test(signatureDerHex)) return false;
    const { r, s } = decodeSignature(Buffer.from(signatureDerHex, 'hex'));
    // sm-crypto-v2 does not range-check r and s; an r or s outside 1..n-1 is never valid.
    if (r < 1n || r >= SM2_N || s < 1n || s >= SM2_N) return false;
    const canonical = encodeSignature(r, s).toString('hex');
    return sm2.doVerifySignature(toBytes(message), canonical, assertSm2PublicKey(publicKeyHex), {
      der: true,
      hash: true,
      userId: assertUserId(userId),
    });
  } catch {
    return false;
  }
}

// Software implementation of CryptoProvider: SM3, HMAC-SM3 and SM4 from node:crypto (OpenSSL),
// SM2 from sm-crypto-v2. Pure software, not a certified cryptographic module (see provider.ts).
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sm2KeyFromPem, sm2PrivateKeyToPem, sm2PublicKeyToPem } from './pem';
import { CryptoIntegrityError, type Bytes, type CryptoProvider } from './provider';
import { sm2GenerateKeyPair, sm2Sign, sm2Verify } from './sm2';

export interface SoftwareCryptoOptions {
  /** At least 32 random bytes from the secret store; every working key is derived from it. */
  masterKey: Buffer;
}

const VERSION = 'v1';
const PREFIX = `${VERSION}.`;
const IV_BYTES = 16;
const TAG_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

const sm3 = (data: Bytes): Buffer => createHash('sm3').update(data).digest();
const hmacSm3 = (key: Bytes, data: Bytes): Buffer => createHmac('sm3', key).update(data).digest();

function uint64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/**
 * Explicit lengths make the MAC input unambiguous: without them bytes could be shifted between
 * the ciphertext and the associated data and still authenticate.
 */
function macInput(iv: Buffer, ciphertext: Buffer, associatedData: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(VERSION),
    iv,
    ciphertext,
    associatedData,
    uint64(ciphertext.length),
    uint64(associatedData.length),
  ]);
}

export function createSoftwareCryptoProvider(options: SoftwareCryptoOptions): CryptoProvider {
  const { masterKey } = options;
  if (!Buffer.isBuffer(masterKey) || masterKey.length < 32) {
    throw new RangeError('masterKey must be a Buffer of at least 32 bytes');
  }
  // Separate keys per use (HMAC-SM3 as the KDF), so that no key ever serves two algorithms.
  const derive = (label: string): Buffer => hmacSm3(masterKey, `proof-free-city/${VERSION}/${label}`);
  const encKey = derive('sm4-ctr').subarray(0, 16);
  const macKey = derive('hmac-sm3');
  const blindKeys = new Map<string, Buffer>();

  const ad = (associatedData: string | undefined): Buffer => {
    if (associatedData !== undefined && typeof associatedData !== 'string')
      throw new TypeError('associatedData must be a string');
    return Buffer.from(associatedData ?? '', 'utf8');
  };

  return {
    sm3,
    sm3Hex: (data) => sm3(data).toString('hex'),
    hmacSm3,

    encrypt(plaintext, associatedData) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('sm4-ctr', encKey, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      const tag = hmacSm3(macKey, macInput(iv, ciphertext, ad(associatedData)));
      return PREFIX + Buffer.concat([iv, ciphertext, tag]).toString('base64url');
    },

    decrypt(token, associatedData) {
      const adBytes = ad(associatedData);
      if (typeof token !== 'string' || !token.startsWith(PREFIX)) throw new CryptoIntegrityError();
      const body = token.slice(PREFIX.length);
      const raw = BASE64URL.test(body) ? Buffer.from(body, 'base64url') : Buffer.alloc(0);
      // Node's decoder silently ignores the unused low bits of the last character, so two token
      // strings could decode to the same bytes; only the canonical spelling is accepted.
      if (raw.length < IV_BYTES + TAG_BYTES || raw.toString('base64url') !== body) throw new CryptoIntegrityError();
      const iv = raw.subarray(0, IV_BYTES);
      const ciphertext = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);
      const tag = raw.subarray(raw.length - TAG_BYTES);
      const expected = hmacSm3(macKey, macInput(iv, ciphertext, adBytes));
      if (!timingSafeEqual(tag, expected)) throw new CryptoIntegrityError();
      const decipher = createDecipheriv('sm4-ctr', encKey, iv);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    },

    blindIndex(value, purpose) {
      if (typeof purpose !== 'string' || purpose.length === 0) throw new TypeError('blindIndex needs a purpose');
      let key = blindKeys.get(purpose);
      if (!key) {
        key = derive(`blind-index/${purpose}`);
        blindKeys.set(purpose, key);
      }
      return hmacSm3(key, value).toString('hex');
    },

    randomToken(bytes = 32) {
      if (!Number.isInteger(bytes) || bytes < 16 || bytes > 1024) {
        throw new RangeError('randomToken needs 16..1024 bytes'); // below 128 bits is guessable
      }
      return randomBytes(bytes).toString('base64url');
    },

    sm2GenerateKeyPair,
    sm2Sign,
    sm2Verify,
    sm2PublicKeyToPem,
    sm2PrivateKeyToPem,
    sm2KeyFromPem,
  };
}

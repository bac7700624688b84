// The one seam through which the platform uses cryptography (RELIABILITY.md rule 8). Callers
// never import node:crypto or sm-crypto-v2 for these purposes, so a certified module (HSM, KMS,
// 密码机) can replace the software provider later without touching business code.

/** Input bytes; strings are taken as UTF-8. */
export type Bytes = Buffer | string;

/** Hex-encoded SM2 key pair: 64-char private scalar, 130-char uncompressed public point (04‖X‖Y). */
export interface Sm2KeyPair {
  privateKeyHex: string;
  publicKeyHex: string;
}

export type Sm2PemKey =
  | { type: 'public'; publicKeyHex: string }
  | { type: 'private'; privateKeyHex: string; publicKeyHex: string };

/** GB/T 32918.2 / GM/T 0009 default distinguishing identifier; OpenSSL calls it `distid`. */
export const DEFAULT_SM2_USER_ID = '1234567812345678';

/**
 * A ciphertext or token failed authentication or is malformed. Deliberately carries no detail
 * about which check failed (version, encoding, length or tag), so it cannot serve as an oracle.
 */
export class CryptoIntegrityError extends Error {
  override readonly name = 'CryptoIntegrityError';
  constructor(message = 'ciphertext failed integrity check') {
    super(message);
  }
}

export interface CryptoProvider {
  /** SM3 digest (GB/T 32905), 32 bytes. */
  sm3(data: Bytes): Buffer;
  sm3Hex(data: Bytes): string;
  hmacSm3(key: Bytes, data: Bytes): Buffer;

  /**
   * SM4-CTR with a random IV, then HMAC-SM3 over version‖iv‖ciphertext‖associatedData‖lengths
   * (encrypt-then-MAC: Node has no SM4-GCM). Returns `v1.<base64url(iv‖ciphertext‖tag)>`.
   * `associatedData` binds the ciphertext to its context (e.g. table, column and row id) so it
   * cannot be moved to another row; omitted and '' are the same.
   */
  encrypt(plaintext: Bytes, associatedData?: string): string;
  /** Throws CryptoIntegrityError on any tampering, wrong associated data or wrong key. */
  decrypt(token: string, associatedData?: string): Buffer;

  /**
   * Deterministic keyed digest (HMAC-SM3, hex) for equality search and unique indexes over
   * encrypted columns. A different `purpose` gives an unrelated key, so indexes of different
   * columns cannot be joined. Normalise the value first (e.g. normalizeIdentifier).
   */
  blindIndex(value: Bytes, purpose: string): string;

  /** Cryptographically random base64url string of `bytes` random bytes (default 32). */
  randomToken(bytes?: number): string;

  sm2GenerateKeyPair(): Sm2KeyPair;
  /** GB/T 32918.2 signature with the Z value (SM3 over the user ID and key), DER hex. */
  sm2Sign(message: Bytes, privateKeyHex: string, userId?: string): string;
  /** Never throws: malformed signatures, keys or IDs simply do not verify. */
  sm2Verify(message: Bytes, signatureDerHex: string, publicKeyHex: string, userId?: string): boolean;

  /** SPKI `BEGIN PUBLIC KEY`, readable by OpenSSL 3 and Node. */
  sm2PublicKeyToPem(publicKeyHex: string): string;
  /** PKCS#8 `BEGIN PRIVATE KEY` (unencrypted: store it in a secret store, never in the repo). */
  sm2PrivateKeyToPem(privateKeyHex: string, publicKeyHex: string): string;
  /** Reads SPKI, PKCS#8 or SEC1 (`EC PRIVATE KEY`) PEM holding a key on the SM2 curve. */
  sm2KeyFromPem(pem: string): Sm2PemKey;
}

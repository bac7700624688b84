import type { Config } from '../../config';
import type { CryptoProvider } from './provider';
import { SM2_N, sm2PublicKeyFromPrivate } from './sm2';

export interface PlatformSigner {
  /** First 16 hex digits of SM3 over the public key: recorded with each signature. */
  keyId: string;
  publicKeyHex: string;
  sign(message: string): string;
  /** Verifies with the key the signature names; an unknown key id never verifies. */
  verify(message: string, signatureDerHex: string, keyId: string): boolean;
}

const signers = new WeakMap<Config, PlatformSigner>();

/**
 * The platform's SM2 key for signing commitment letters. SIGNING_KEY_PEM (PKCS#8 or SEC1) sets
 * it; otherwise it is derived from DATA_KEY (HMAC-SM3, reduced into [1, n-1]), which production
 * already requires to be secret, so a newcomer's `npm start` signs without any set-up.
 */
export function platformSigner(config: Config, crypto: CryptoProvider): PlatformSigner {
  const known = signers.get(config);
  if (known) return known;
  let privateKeyHex: string;
  if (config.signingKeyPem) {
    const key = crypto.sm2KeyFromPem(config.signingKeyPem);
    if (key.type !== 'private') throw new Error('SIGNING_KEY_PEM must hold an SM2 private key');
    privateKeyHex = key.privateKeyHex;
  } else {
    const seed = BigInt(`0x${crypto.hmacSm3(config.dataKey, 'pfc:commitment-letter-signing-key:v1').toString('hex')}`);
    privateKeyHex = ((seed % (SM2_N - 1n)) + 1n).toString(16).padStart(64, '0');
  }
  const publicKeyHex = sm2PublicKeyFromPrivate(privateKeyHex);
  const idOf = (hex: string) => crypto.sm3Hex(Buffer.from(hex, 'hex')).slice(0, 16);
  const keyId = idOf(publicKeyHex);
  // The current key and every retired one, by id: a rotation never turns old letters into "altered".
  const keyring = new Map([
    [keyId, publicKeyHex],
    ...config.retiredSigningKeys.map((hex) => [idOf(hex), hex] as [string, string]),
  ]);
  const signer: PlatformSigner = {
    keyId,
    publicKeyHex,
    sign: (message) => crypto.sm2Sign(Buffer.from(message, 'utf8'), privateKeyHex),
    verify: (message, signature, id) => {
      const key = keyring.get(id);
      return !!key && crypto.sm2Verify(Buffer.from(message, 'utf8'), signature, key);
    },
  };
  signers.set(config, signer);
  return signer;
}

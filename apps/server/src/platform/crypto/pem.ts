// PEM/DER for SM2 keys, so keys move between this platform, OpenSSL 3 and Node. Node cannot
// export SM2 keys as JWK and sm-crypto-v2 only speaks raw hex, hence this small codec.
import { TAG, DerError, encodeSequence, encodeTlv, readChildren, readSingle, type Tlv } from './der';
import type { Sm2PemKey } from './provider';
import { assertSm2PrivateKey, assertSm2PublicKey, sm2PublicKeyFromPrivate } from './sm2';

const OID_EC_PUBLIC_KEY = Buffer.from('2a8648ce3d0201', 'hex'); // 1.2.840.10045.2.1
const OID_SM2 = Buffer.from('2a811ccf5501822d', 'hex'); // 1.2.156.10197.1.301 (curve and algorithm)

const algorithmIdentifier = (): Buffer =>
  encodeSequence(encodeTlv(TAG.oid, OID_EC_PUBLIC_KEY), encodeTlv(TAG.oid, OID_SM2));
const publicKeyBitString = (publicKeyHex: string): Buffer =>
  encodeTlv(TAG.bitString, Buffer.concat([Buffer.from([0]), Buffer.from(publicKeyHex, 'hex')]));

function toPem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export function sm2PublicKeyToPem(publicKeyHex: string): string {
  const pub = assertSm2PublicKey(publicKeyHex);
  return toPem('PUBLIC KEY', encodeSequence(algorithmIdentifier(), publicKeyBitString(pub)));
}

/** PKCS#8 wrapping an RFC 5915 ECPrivateKey, the layout `openssl genpkey -algorithm SM2` writes. */
export function sm2PrivateKeyToPem(privateKeyHex: string, publicKeyHex: string): string {
  const d = assertSm2PrivateKey(privateKeyHex);
  if (sm2PublicKeyFromPrivate(d) !== assertSm2PublicKey(publicKeyHex)) {
    throw new RangeError('SM2 public key does not belong to the private key');
  }
  const ecPrivateKey = encodeSequence(
    encodeTlv(TAG.integer, Buffer.from([1])),
    encodeTlv(TAG.octetString, Buffer.from(d, 'hex')),
    encodeTlv(TAG.context1, publicKeyBitString(publicKeyHex.toLowerCase())),
  );
  const der = encodeSequence(
    encodeTlv(TAG.integer, Buffer.from([0])),
    algorithmIdentifier(),
    encodeTlv(TAG.octetString, ecPrivateKey),
  );
  return toPem('PRIVATE KEY', der);
}

/** Accepts id-ecPublicKey with the SM2 curve, or the SM2 OID used directly as the algorithm. */
function assertSm2Algorithm(algorithm: Tlv | undefined): void {
  const parts = algorithm?.tag === TAG.sequence ? readChildren(algorithm.content) : [];
  const [alg, curve] = parts;
  const isSm2 = (t: Tlv | undefined) => t?.tag === TAG.oid && t.content.equals(OID_SM2);
  const ok =
    (alg?.tag === TAG.oid && alg.content.equals(OID_EC_PUBLIC_KEY) && isSm2(curve)) ||
    (isSm2(alg) && parts.length <= 2);
  if (!ok) throw new DerError('not an SM2 key');
}

function publicKeyFromBitString(bits: Tlv | undefined): string {
  if (bits?.tag !== TAG.bitString || bits.content[0] !== 0) throw new DerError('bad public key bit string');
  return assertSm2PublicKey(bits.content.subarray(1).toString('hex'));
}

/** RFC 5915 ECPrivateKey: version 1, 32-byte key, optional [0] curve, optional [1] public key. */
function fromEcPrivateKey(der: Buffer): Sm2PemKey {
  const [version, key, ...rest] = readChildren(readSingle(der, TAG.sequence));
  if (version?.tag !== TAG.integer || !version.content.equals(Buffer.from([1]))) throw new DerError('bad version');
  if (key?.tag !== TAG.octetString || key.content.length !== 32) throw new DerError('bad private key');
  const privateKeyHex = assertSm2PrivateKey(key.content.toString('hex'));
  const publicKeyHex = sm2PublicKeyFromPrivate(privateKeyHex);
  for (const field of rest) {
    if (field.tag === TAG.context0) {
      const curve = readChildren(field.content)[0];
      if (curve?.tag !== TAG.oid || !curve.content.equals(OID_SM2)) throw new DerError('not an SM2 key');
    } else if (field.tag === TAG.context1) {
      // A stored public key that does not match the private key means a corrupted or forged file.
      if (publicKeyFromBitString(readChildren(field.content)[0]) !== publicKeyHex) throw new DerError('key mismatch');
    } else {
      throw new DerError('unexpected field');
    }
  }
  return { type: 'private', privateKeyHex, publicKeyHex };
}

export function sm2KeyFromPem(pem: string): Sm2PemKey {
  const match = /-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\s]+)-----END \1-----/.exec(typeof pem === 'string' ? pem : '');
  if (!match) throw new DerError('no PEM block found');
  const label = match[1];
  const der = Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64');
  if (label === 'PUBLIC KEY') {
    const [algorithm, bits, ...extra] = readChildren(readSingle(der, TAG.sequence));
    if (extra.length) throw new DerError('unexpected field');
    assertSm2Algorithm(algorithm);
    return { type: 'public', publicKeyHex: publicKeyFromBitString(bits) };
  }
  if (label === 'PRIVATE KEY') {
    const [version, algorithm, key] = readChildren(readSingle(der, TAG.sequence));
    if (version?.tag !== TAG.integer || !version.content.equals(Buffer.from([0]))) throw new DerError('bad version');
    assertSm2Algorithm(algorithm);
    if (key?.tag !== TAG.octetString) throw new DerError('bad private key');
    return fromEcPrivateKey(key.content);
  }
  if (label === 'EC PRIVATE KEY') return fromEcPrivateKey(der);
  throw new DerError(`unsupported PEM type ${label ?? ''}`);
}

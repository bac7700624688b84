export {
  CryptoIntegrityError,
  DEFAULT_SM2_USER_ID,
  type Bytes,
  type CryptoProvider,
  type Sm2KeyPair,
  type Sm2PemKey,
} from './provider';
export { createSoftwareCryptoProvider, type SoftwareCryptoOptions } from './software';
export { sm2KeyFromPem, sm2PrivateKeyToPem, sm2PublicKeyToPem } from './pem';
export { DEFAULT_PASSWORD_PARAMS, hashPassword, needsRehash, verifyPassword, type PasswordParams } from './passwords';

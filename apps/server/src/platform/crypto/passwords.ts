// Password hashing with scrypt (memory-hard). The stored string carries its own parameters,
// `scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>`, so costs can rise later: verify with the
// stored parameters, then rehash on the next successful login when needsRehash() says so.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface PasswordParams {
  /** log2 of the CPU/memory cost N. */
  log2N: number;
  r: number;
  p: number;
  saltBytes?: number;
  keyBytes?: number;
}

/** OWASP-level default: N = 2^15, r = 8 → 32 MiB and about 0.1-0.15 s per hash here. */
export const DEFAULT_PASSWORD_PARAMS: Readonly<Required<PasswordParams>> = {
  log2N: 15,
  r: 8,
  p: 1,
  saltBytes: 32,
  keyBytes: 64,
};

const MAX_PASSWORD_BYTES = 4096;
// Upper bounds also protect verify(): a stored string must not be able to demand gigabytes.
const MAX_MEMORY_BYTES = 256 * 1024 * 1024;
const STORED = /^scrypt\$(\d{1,2})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

interface Parsed {
  log2N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function checkParams(log2N: number, r: number, p: number): boolean {
  const ints = [log2N, r, p].every((n) => Number.isInteger(n) && n >= 1);
  return ints && log2N <= 24 && 128 * 2 ** log2N * r * p <= MAX_MEMORY_BYTES;
}

function decodeBase64Strict(s: string): Buffer | undefined {
  const b = Buffer.from(s, 'base64');
  return b.toString('base64') === s ? b : undefined;
}

function parse(stored: string): Parsed | undefined {
  const m = typeof stored === 'string' ? STORED.exec(stored) : null;
  if (!m) return undefined;
  const [log2N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const salt = decodeBase64Strict(m[4] ?? '');
  const hash = decodeBase64Strict(m[5] ?? '');
  if (!checkParams(log2N, r, p) || !salt || !hash || salt.length < 16 || hash.length < 16) return undefined;
  return { log2N, r, p, salt, hash };
}

/**
 * NFKC so that the same password typed with a full-width IME, or composed differently, matches
 * (NIST SP 800-63B §5.1.1.2).
 */
const passwordBytes = (password: string): Buffer => Buffer.from(password.normalize('NFKC'), 'utf8');

function derive(
  password: Buffer,
  salt: Buffer,
  keyBytes: number,
  log2N: number,
  r: number,
  p: number,
): Promise<Buffer> {
  const N = 2 ** log2N;
  // Node refuses when 128*N*r exceeds maxmem (default 32 MiB, which N=2^15, r=8 just exceeds).
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r * p + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyBytes, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(
  password: string,
  params: PasswordParams = DEFAULT_PASSWORD_PARAMS,
): Promise<string> {
  if (typeof password !== 'string' || password.length === 0) throw new TypeError('password must be a non-empty string');
  const bytes = passwordBytes(password);
  if (bytes.length > MAX_PASSWORD_BYTES) throw new RangeError('password too long');
  const { log2N, r, p } = params;
  const saltBytes = params.saltBytes ?? DEFAULT_PASSWORD_PARAMS.saltBytes;
  const keyBytes = params.keyBytes ?? DEFAULT_PASSWORD_PARAMS.keyBytes;
  if (!checkParams(log2N, r, p) || r > 999 || p > 999) throw new RangeError('unsupported scrypt parameters');
  if (!Number.isInteger(saltBytes) || saltBytes < 16 || !Number.isInteger(keyBytes) || keyBytes < 16) {
    throw new RangeError('salt and key must be at least 16 bytes');
  }
  const salt = randomBytes(saltBytes);
  const hash = await derive(bytes, salt, keyBytes, log2N, r, p);
  return `scrypt$${log2N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** False for a wrong password and for any malformed or unsupported stored string; never throws. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  try {
    const parsed = parse(stored);
    if (!parsed || typeof password !== 'string') return false;
    const bytes = passwordBytes(password);
    if (bytes.length > MAX_PASSWORD_BYTES) return false;
    const { log2N, r, p, salt, hash } = parsed;
    const candidate = await derive(bytes, salt, hash.length, log2N, r, p);
    return timingSafeEqual(candidate, hash);
  } catch {
    return false;
  }
}

/** True when the stored hash is malformed or was made with other parameters than `params`. */
export function needsRehash(stored: string, params: PasswordParams = DEFAULT_PASSWORD_PARAMS): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  const keyBytes = params.keyBytes ?? DEFAULT_PASSWORD_PARAMS.keyBytes;
  const saltBytes = params.saltBytes ?? DEFAULT_PASSWORD_PARAMS.saltBytes;
  return (
    parsed.log2N !== params.log2N ||
    parsed.r !== params.r ||
    parsed.p !== params.p ||
    parsed.hash.length !== keyBytes ||
    parsed.salt.length < saltBytes
  );
}

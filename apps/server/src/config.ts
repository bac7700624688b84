import path from 'node:path';
import { sm2KeyFromPem } from './platform/crypto/pem';

/**
 * All settings come from the environment, parsed once here; process.env appears nowhere else.
 * Production mode refuses the development defaults (RELIABILITY rule 11).
 */
export type AppEnv = 'development' | 'test' | 'production';

export interface Config {
  env: AppEnv;
  host: string;
  port: number;
  /** PGlite data folder, used when databaseUrl is not set. */
  dataDir: string;
  /** postgres://… switches from embedded PGlite to a PostgreSQL server. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** Secret that signs session cookies (HMAC-SM3). */
  sessionSecret: string;
  /** 32-byte master key (hex) for SM4 + HMAC-SM3 encryption of personal data at rest. */
  dataKey: Buffer;
  /** How many independent audit hash chains spread concurrent writers. */
  auditChains: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** scrypt cost as log2(N); lower only in tests. */
  passwordCostLog2: number;
  logLevel: string;
  /** Serve the built web app from this folder when it exists. */
  webDist: string;
  /** Never allowed in production; for throwaway demos only. */
  pgliteRelaxedDurability: boolean;
  trustProxy: boolean;
  /** Requests per minute per client address to the public routes (policies public.*); 0 turns the limit off. */
  publicRateLimit: number;
  /** PEM of the platform's SM2 key that signs commitment letters; derived from dataKey when unset (not in production). */
  signingKeyPem: string | undefined;
  /** Public keys (hex) of earlier signing keys: letters they signed still verify after a rotation. */
  retiredSigningKeys: string[];
  /** On SIGTERM/SIGINT: how long the server may take to drain requests and close the database before it exits anyway (code 1). */
  shutdownGraceSeconds: number;
  /**
   * `required`: staff of the roles in SECOND_FACTOR_ROLES pass a TOTP code at sign-in, and any staff
   * member who enrolled is asked for one. `off` (STAFF_SECOND_FACTOR=off, never in production):
   * nobody is asked, for scripts, benchmarks and test suites that are not about it.
   */
  staffSecondFactor: 'required' | 'off';
}

export const DEV_SESSION_SECRET = 'dev-only-session-secret-change-me-0123456789';
export const DEV_DATA_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').toLowerCase();
  return raw === '1' || raw === 'true' || raw === 'yes';
}

function secondFactorSetting(raw: string | undefined): Config['staffSecondFactor'] {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'on' || value === 'required') return 'required';
  if (value === 'off') return 'off';
  throw new ConfigError(`STAFF_SECOND_FACTOR must be "required" or "off", got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const dataKeyHex = env.DATA_KEY ?? DEV_DATA_KEY;
  if (!/^[0-9a-fA-F]{64}$/.test(dataKeyHex)) throw new ConfigError('DATA_KEY must be 64 hex characters (32 bytes)');
  const sessionSecret = env.SESSION_SECRET ?? DEV_SESSION_SECRET;
  if (sessionSecret.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters');

  const config: Config = {
    env: mode,
    host: env.HOST ?? '127.0.0.1',
    port: int(env, 'PORT', 3000, 0, 65535),
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl,
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    sessionSecret,
    dataKey: Buffer.from(dataKeyHex, 'hex'),
    auditChains: int(env, 'AUDIT_CHAINS', 16, 1, 1024),
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 7),
    passwordCostLog2: int(env, 'PASSWORD_COST_LOG2', mode === 'test' ? 10 : 15, 10, 20),
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    webDist: path.resolve(env.WEB_DIST ?? 'dist/web'),
    pgliteRelaxedDurability: bool(env, 'PGLITE_RELAXED_DURABILITY'),
    trustProxy: bool(env, 'TRUST_PROXY'),
    publicRateLimit: int(env, 'PUBLIC_RATE_LIMIT', 600, 0, 1_000_000),
    signingKeyPem: env.SIGNING_KEY_PEM?.trim() || undefined,
    retiredSigningKeys: [],
    shutdownGraceSeconds: int(env, 'SHUTDOWN_GRACE_SECONDS', 10, 1, 600),
    staffSecondFactor: secondFactorSetting(env.STAFF_SECOND_FACTOR),
  };
  if (config.signingKeyPem) {
    let key: ReturnType<typeof sm2KeyFromPem> | undefined;
    try {
      key = sm2KeyFromPem(config.signingKeyPem);
    } catch {
      key = undefined;
    }
    if (key?.type !== 'private') throw new ConfigError('SIGNING_KEY_PEM must be a PEM-encoded SM2 private key');
  }
  for (const block of (env.SIGNING_RETIRED_PUBLIC_KEYS ?? '').match(
    /-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----/g,
  ) ?? []) {
    try {
      config.retiredSigningKeys.push(sm2KeyFromPem(block).publicKeyHex);
    } catch {
      throw new ConfigError('SIGNING_RETIRED_PUBLIC_KEYS must hold PEM-encoded SM2 public keys');
    }
  }
  if (config.env === 'production') assertProductionSafe(config);
  return config;
}

/** Production refuses development secrets and weakened durability or hashing. */
export function assertProductionSafe(config: Config): void {
  const problems: string[] = [];
  if (config.sessionSecret === DEV_SESSION_SECRET) problems.push('SESSION_SECRET is the development default');
  if (config.dataKey.equals(Buffer.from(DEV_DATA_KEY, 'hex'))) problems.push('DATA_KEY is the development default');
  if (config.pgliteRelaxedDurability) problems.push('PGLITE_RELAXED_DURABILITY is on');
  if (config.passwordCostLog2 < 15) problems.push('PASSWORD_COST_LOG2 is below 15');
  // Deriving the letter key from DATA_KEY ties them together: rotating DATA_KEY would void every signature.
  if (!config.signingKeyPem) problems.push('SIGNING_KEY_PEM is not set');
  if (config.staffSecondFactor === 'off') problems.push('STAFF_SECOND_FACTOR is off');
  if (problems.length > 0) {
    throw new ConfigError(`Refusing to start in production mode: ${problems.join('; ')}`);
  }
}

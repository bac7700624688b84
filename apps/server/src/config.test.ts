import { describe, expect, it } from 'vitest';
import { preparePlatform } from './bootstrap';
import { ConfigError, DEV_DATA_KEY, DEV_SESSION_SECRET, loadConfig } from './config';
import { durabilityProblems } from './db/client';
import { sm2GenerateKeyPair } from './platform/crypto/sm2';
import { sm2PrivateKeyToPem, sm2PublicKeyToPem } from './platform/crypto/pem';
import { openTestDatabase, onPostgres } from './test/database';

const keys = sm2GenerateKeyPair();
const SAFE = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'a-real-secret-for-this-deployment-0123456789',
  DATA_KEY: 'ab'.repeat(32),
  SIGNING_KEY_PEM: sm2PrivateKeyToPem(keys.privateKeyHex, keys.publicKeyHex),
};

/** Production mode refuses default secrets and weakened durability (RELIABILITY rule 11). */
describe('production mode', () => {
  it('refuses the development secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...SAFE, SESSION_SECRET: DEV_SESSION_SECRET })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ ...SAFE, DATA_KEY: DEV_DATA_KEY })).toThrow(/DATA_KEY/);
    expect(() => loadConfig({ ...SAFE, SIGNING_KEY_PEM: '' })).toThrow(/SIGNING_KEY_PEM/);
    expect(loadConfig(SAFE).env).toBe('production');
  });

  it('checks the letter-signing keys at start-up, not at the first signature', () => {
    expect(() => loadConfig({ SIGNING_KEY_PEM: 'not a key' })).toThrow(/SIGNING_KEY_PEM/);
    expect(() => loadConfig({ SIGNING_KEY_PEM: sm2PublicKeyToPem(keys.publicKeyHex) })).toThrow(/private key/);
    const old = sm2GenerateKeyPair();
    const config = loadConfig({ SIGNING_RETIRED_PUBLIC_KEYS: sm2PublicKeyToPem(old.publicKeyHex) });
    expect(config.retiredSigningKeys).toEqual([old.publicKeyHex]);
    expect(() =>
      loadConfig({ SIGNING_RETIRED_PUBLIC_KEYS: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' }),
    ).toThrow(/SIGNING_RETIRED_PUBLIC_KEYS/);
  });

  it('refuses PGlite relaxed durability and cheap password hashing', () => {
    expect(() => loadConfig({ ...SAFE, PGLITE_RELAXED_DURABILITY: 'true' })).toThrow(/RELAXED_DURABILITY/);
    expect(() => loadConfig({ ...SAFE, PASSWORD_COST_LOG2: '12' })).toThrow(/PASSWORD_COST/);
  });

  it('refuses to turn the staff second factor off (等保2.0: two techniques for administrators)', () => {
    expect(() => loadConfig({ ...SAFE, STAFF_SECOND_FACTOR: 'off' })).toThrow(/STAFF_SECOND_FACTOR is off/);
    expect(loadConfig({ ...SAFE, STAFF_SECOND_FACTOR: 'required' }).staffSecondFactor).toBe('required');
    expect(loadConfig(SAFE).staffSecondFactor).toBe('required');
    expect(loadConfig({ STAFF_SECOND_FACTOR: 'off' }).staffSecondFactor).toBe('off');
    expect(() => loadConfig({ STAFF_SECOND_FACTOR: 'maybe' })).toThrow(/STAFF_SECOND_FACTOR/);
  });

  it('rejects malformed settings with a clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATA_KEY: 'short' })).toThrow(/DATA_KEY/);
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ PUBLIC_RATE_LIMIT: '-1' })).toThrow(/PUBLIC_RATE_LIMIT/);
  });

  it('refuses to run production on the embedded database, and checks PostgreSQL durability', async () => {
    const database = await openTestDatabase();
    try {
      if (onPostgres()) {
        expect(await durabilityProblems(database)).toEqual([]);
        await expect(preparePlatform(loadConfig(SAFE), database)).resolves.toBeDefined();
      } else {
        await expect(preparePlatform(loadConfig(SAFE), database)).rejects.toThrow(/PostgreSQL/);
      }
    } finally {
      await database.close();
    }
  });
});

/**
 * Suite commitment-integrity (RELIABILITY.md): every 1-byte change to a signed letter's text,
 * digest, signed payload or signature is detected; the platform's signatures verify in a second,
 * independent SM2 implementation (the openssl command line); signed letters cannot be changed or
 * deleted by anyone, admins included, at the API or the database; N concurrent identical
 * requests with one Idempotency-Key create one application and one signature (suite idempotency).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { ApplicationView } from '@pfc/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformSigner } from '../../platform/crypto/platform-key';
import { type Client, createTestApp, json, signIn, type TestApp, testClock } from '../../test/harness';
import {
  apply,
  choicesFor,
  findCommitmentItem,
  type ItemChoice,
  letterOf,
  sign,
  uploadMissing,
} from '../../test/application-fixtures';
import { verificationTasks } from '../../test/tables';
import { letterVerdict, type LetterRecord } from './public';
import { applications, commitmentLetters } from './tables';

let t: TestApp;
let zhangsan: Client;
let choice: ItemChoice;
let signed: typeof commitmentLetters.$inferSelect;
const REGION = '370811';
const work = mkdtempSync(join(tmpdir(), 'pfc-letter-'));

beforeAll(async () => {
  // A fixed day: acceptance sets a decision deadline 20 working days on, which must not reach a
  // year the shipped calendar does not hold yet (CALENDAR_GAP) whatever day the suite runs.
  t = await createTestApp({ clock: testClock('2026-03-02T02:00:00Z') });
  zhangsan = await signIn(t.app, 'zhangsan');
  choice = await findCommitmentItem(zhangsan, REGION);
  const app = await sign(zhangsan, await apply(zhangsan, REGION, choice), choice.commitment.entryId);
  [signed] = (await t.platform.database.db
    .select()
    .from(commitmentLetters)
    .where(eq(commitmentLetters.id, letterOf(app, choice.commitment.entryId).id))) as [typeof signed];
}, 60_000);
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await t?.close();
});

const flip = (s: string, at: number, bit: number): string => {
  const bytes = Buffer.from(s, 'utf8');
  bytes[at % bytes.length]! ^= 1 << bit;
  return bytes.toString('utf8');
};

describe('commitment-integrity: tampering is detected', () => {
  const verdict = (record: LetterRecord) =>
    letterVerdict(record, platformSigner(t.platform.config, t.platform.crypto), t.platform.crypto).verdict;

  it('accepts the letter as signed', () => {
    expect(verdict(signed)).toBe('genuine');
  });

  it('detects 100 % of random 1-byte changes to the text, digest, signed payload and signature', () => {
    let tried = 0;
    let detected = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('text', 'sm3', 'signedPayload', 'signature'),
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        (field, at, bit) => {
          const record: LetterRecord = { ...signed };
          if (field === 'text') {
            const mutated = flip(JSON.stringify(signed.text), at, bit);
            try {
              record.text = JSON.parse(mutated);
            } catch {
              return; // not a storable text at all: jsonb would refuse it
            }
            if (JSON.stringify(record.text) === JSON.stringify(signed.text)) return; // an invalid byte decoded back to the same text
          } else if (field === 'signature') {
            // The signature is bytes (DER, stored as hex): 'a' and 'A' are the same byte.
            const bytes = Buffer.from(signed.signature!, 'hex');
            bytes[at % bytes.length]! ^= 1 << bit;
            record.signature = bytes.toString('hex');
          } else {
            const value = flip(signed[field]!, at, bit);
            if (value === signed[field]) return;
            record[field] = value;
          }
          tried += 1;
          if (verdict(record) === 'altered') detected += 1;
        },
      ),
      { numRuns: 400, seed: 20261122 },
    );
    console.log(`commitment-integrity: ${detected}/${tried} single-byte mutations detected`);
    expect(tried).toBeGreaterThan(300);
    expect(detected).toBe(tried);
  });

  it('still verifies letters signed with a retired key after the signing key is rotated', () => {
    const next = t.platform.crypto.sm2GenerateKeyPair();
    const rotated = {
      ...t.platform.config,
      signingKeyPem: t.platform.crypto.sm2PrivateKeyToPem(next.privateKeyHex, next.publicKeyHex),
    };
    const old = platformSigner(t.platform.config, t.platform.crypto);
    expect(
      letterVerdict(
        signed,
        platformSigner({ ...rotated, retiredSigningKeys: [old.publicKeyHex] }, t.platform.crypto),
        t.platform.crypto,
      ).verdict,
    ).toBe('genuine');
    expect(
      letterVerdict(
        signed,
        platformSigner({ ...rotated, retiredSigningKeys: [] }, t.platform.crypto),
        t.platform.crypto,
      ).verdict,
    ).toBe('altered');
  });

  it('detects a paper copy whose printed digest differs', () => {
    expect(
      letterVerdict(
        signed,
        platformSigner(t.platform.config, t.platform.crypto),
        t.platform.crypto,
        flip(signed.sm3, 5, 0),
      ).verdict,
    ).toBe('altered');
  });

  it('the platform signature verifies with the openssl command line (a second SM2 implementation)', () => {
    const signer = platformSigner(t.platform.config, t.platform.crypto);
    const pub = join(work, 'platform.pem');
    writeFileSync(pub, t.platform.crypto.sm2PublicKeyToPem(signer.publicKeyHex));
    const message = join(work, 'payload.json');
    writeFileSync(message, signed.signedPayload!, 'utf8');
    const sig = join(work, 'sig.der');
    writeFileSync(sig, Buffer.from(signed.signature!, 'hex'));
    const out = execFileSync(
      'openssl',
      [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        pub,
        '-rawin',
        '-digest',
        'sm3',
        '-pkeyopt',
        'distid:1234567812345678',
        '-in',
        message,
        '-sigfile',
        sig,
      ],
      { encoding: 'utf8' },
    );
    expect(out).toContain('Signature Verified Successfully');
    writeFileSync(message, flip(signed.signedPayload!, 3, 1), 'utf8');
    expect(() =>
      execFileSync(
        'openssl',
        [
          'pkeyutl',
          '-verify',
          '-pubin',
          '-inkey',
          pub,
          '-rawin',
          '-digest',
          'sm3',
          '-pkeyopt',
          'distid:1234567812345678',
          '-in',
          message,
          '-sigfile',
          sig,
        ],
        { stdio: 'pipe' },
      ),
    ).toThrow();
  });
});

describe('signed letters are immutable', () => {
  it('refuses any change or deletion at the database level, whoever runs it', async () => {
    const db = t.platform.database.db;
    const attempts = [
      sql`update commitment_letters set text = jsonb_set(text, '{title}', '"改过的标题"') where id = ${signed.id}`,
      sql`update commitment_letters set sm3 = ${'0'.repeat(64)} where id = ${signed.id}`,
      sql`update commitment_letters set signature = 'ff' where id = ${signed.id}`,
      sql`update commitment_letters set signed_at = now() where id = ${signed.id}`,
      sql`update commitment_letters set status = 'unsigned' where id = ${signed.id}`,
      sql`delete from commitment_letters where id = ${signed.id}`,
      sql`truncate commitment_letters cascade`,
    ];
    for (const statement of attempts) await expect(db.execute(statement)).rejects.toThrow();
    const [after] = await db.select().from(commitmentLetters).where(eq(commitmentLetters.id, signed.id));
    expect(after).toEqual(signed);
  });

  it('offers no API to change a letter: admins get no route, and re-signing is refused', async () => {
    const admin = await signIn(t.app, 'admin');
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const res = await admin.request(
        method,
        `/api/v1/applications/${signed.applicationId}/letters/${signed.id}`,
        method === 'DELETE' ? undefined : { text: {} },
      );
      expect(res.statusCode).toBe(404);
    }
    expect(
      (
        await zhangsan.post(`/api/v1/applications/${signed.applicationId}/letters/${signed.id}/sign`, {
          sm3: signed.sm3,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('a text altered while unsigned can no longer be signed (the digest is recomputed)', async () => {
    // An unsigned letter's text is frozen too: the trigger refuses the edit outright.
    const app = await apply(zhangsan, REGION, choice);
    const letter = letterOf(app, choice.commitment.entryId);
    await expect(
      t.platform.database.db.execute(
        sql`update commitment_letters set text = jsonb_set(text, '{title}', '"x"') where id = ${letter.id}`,
      ),
    ).rejects.toThrow();
  });
});

describe('concurrency on one application', () => {
  async function acceptedApplication(): Promise<ApplicationView> {
    const clerk = await signIn(t.app, 'clerk');
    let app = await sign(zhangsan, await apply(zhangsan, REGION, choice), choice.commitment.entryId);
    app = await uploadMissing(zhangsan, app);
    await zhangsan.post(`/api/v1/applications/${app.id}/submit`);
    expect((await clerk.post(`/api/v1/applications/${app.id}/accept`)).statusCode).toBe(200);
    return app;
  }

  it('approval and a withdrawal sent together: one wins, never a task for a withdrawn letter', async () => {
    const clerk = await signIn(t.app, 'clerk');
    for (let round = 0; round < 4; round++) {
      const app = await acceptedApplication();
      const [approve, withdraw] = await Promise.all([
        clerk.post(`/api/v1/applications/${app.id}/decide`, { decision: 'approve', reason: '' }),
        zhangsan.post(`/api/v1/applications/${app.id}/proofs/${choice.commitment.entryId}/withdraw-commitment`, {
          reason: '同时撤回',
        }),
      ]);
      expect([approve.statusCode, withdraw.statusCode].every((c) => c < 500)).toBe(true);
      const after = json<ApplicationView>(await zhangsan.get(`/api/v1/applications/${app.id}`));
      const letter = letterOf(after, choice.commitment.entryId);
      const tasks = await t.platform.database.db
        .select()
        .from(verificationTasks)
        .where(eq(verificationTasks.applicationId, app.id));
      if (after.status === 'approved') {
        expect(letter.status).toBe('signed');
        expect(tasks.map((x) => x.letterId)).toEqual([letter.id]);
      } else {
        expect(letter.status).toBe('withdrawn');
        expect(tasks).toEqual([]);
      }
    }
  });

  it('two withdrawals sent together: one 200, one 409, never a 500', async () => {
    const app = await acceptedApplication();
    const url = `/api/v1/applications/${app.id}/proofs/${choice.commitment.entryId}/withdraw-commitment`;
    const codes = (await Promise.all([zhangsan.post(url, { reason: '一' }), zhangsan.post(url, { reason: '二' })]))
      .map((r) => r.statusCode)
      .sort();
    expect(codes).toEqual([200, 409]);
  });
});

describe('idempotency under concurrency', () => {
  it('the same key sent to another letter is refused, not replayed', async () => {
    const a = await apply(zhangsan, REGION, choice);
    const b = await apply(zhangsan, REGION, choice);
    const key = `sign-two-${Date.now()}`;
    const la = letterOf(a, choice.commitment.entryId);
    const lb = letterOf(b, choice.commitment.entryId);
    expect(la.sm3).toBe(lb.sm3); // same text, so the bodies are identical
    expect(
      (
        await zhangsan.request(
          'POST',
          `/api/v1/applications/${a.id}/letters/${la.id}/sign`,
          { sm3: la.sm3 },
          { 'idempotency-key': key },
        )
      ).statusCode,
    ).toBe(200);
    const reuse = await zhangsan.request(
      'POST',
      `/api/v1/applications/${b.id}/letters/${lb.id}/sign`,
      { sm3: lb.sm3 },
      { 'idempotency-key': key },
    );
    expect(reuse.statusCode).toBe(422);
    expect(json<{ error: { code: string } }>(reuse).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('N concurrent identical submissions with one key create exactly one application', async () => {
    const body = {
      regionCode: REGION,
      serviceItemId: choice.item.id,
      choices: choicesFor(choice.proofs, [choice.commitment.entryId]),
    };
    const key = `apply-${Date.now()}`;
    const before = (await t.platform.database.db.select({ n: sql<number>`count(*)::int` }).from(applications))[0]!.n;
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        zhangsan.request('POST', '/api/v1/applications', body, { 'idempotency-key': key }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(12).fill(201));
    expect(new Set(answers.map((a) => json<ApplicationView>(a).id)).size).toBe(1);
    const after = (await t.platform.database.db.select({ n: sql<number>`count(*)::int` }).from(applications))[0]!.n;
    expect(after - before).toBe(1);
  });

  it('N concurrent identical signatures with one key sign once and answer alike', async () => {
    const app = await apply(zhangsan, REGION, choice);
    const letter = letterOf(app, choice.commitment.entryId);
    const key = `sign-${Date.now()}`;
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        zhangsan.request(
          'POST',
          `/api/v1/applications/${app.id}/letters/${letter.id}/sign`,
          { sm3: letter.sm3 },
          { 'idempotency-key': key },
        ),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(12).fill(200));
    expect(
      new Set(answers.map((a) => letterOf(json<ApplicationView>(a), choice.commitment.entryId).signedAt)).size,
    ).toBe(1);
    const [row] = await t.platform.database.db
      .select()
      .from(commitmentLetters)
      .where(eq(commitmentLetters.id, letter.id));
    expect(row!.status).toBe('signed');
  });
});

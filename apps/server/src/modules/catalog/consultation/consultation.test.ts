import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEntry } from '../../../test/catalog-fixtures';
import { FIXTURE_PASSWORD, type OrgFixture, createFixtureApp } from '../../../test/fixtures';
import { anonymous, json, signIn, type TestPlatform } from '../../../test/harness';
import type { App } from '../../../platform/http/schemas';

type View = {
  open: boolean;
  entries: Array<{ id: string }>;
  comments: Array<{
    id: string;
    body: string;
    authorName: string | null;
    reply: string;
    missingProofName: string | null;
  }>;
};

/** 征求意见 (seed 002 §三.3(3)): anyone comments on the draft lists; comments are moderated and answered. */
describe('public consultation', () => {
  let platform: TestPlatform;
  let app: App;
  let fx: OrgFixture;
  beforeAll(async () => {
    ({ platform, app, fx } = await createFixtureApp());
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
  });

  it('accepts comments only while draft lists are open, shows them only once answered, never the contact', async () => {
    const publicUser = anonymous(app);
    const closed = await publicUser.post(`/api/v1/public/consultations/${fx.cityA}/comments`, { body: '太早了' });
    expect(json<{ error: { code: string } }>(closed).error.code).toBe('CONSULTATION_CLOSED');

    const entry = await insertEntry(platform, fx.unitA, 'consultation');
    const view = json<View>(await publicUser.get(`/api/v1/public/consultations/${fx.cityA}`));
    expect(view.open).toBe(true);
    expect(view.entries.map((e) => e.id)).toContain(entry.id);

    const onEntry = await publicUser.post(`/api/v1/public/consultations/${fx.cityA}/comments`, {
      entryId: entry.id,
      body: '建议改为告知承诺',
      authorName: '王小明',
      contact: '13912345678',
    });
    expect(onEntry.statusCode).toBe(201);
    const missing = await publicUser.post(`/api/v1/public/consultations/${fx.cityA}/comments`, {
      missingProofName: '房屋租赁证明',
      body: '办理居住证时社区仍要求开具',
    });
    expect(missing.statusCode).toBe(201);
    expect(json<View>(await publicUser.get(`/api/v1/public/consultations/${fx.cityA}`)).comments).toHaveLength(0);

    const policy = await signIn(app, fx.users.policy_reviewer, FIXTURE_PASSWORD);
    const pending = json<Array<{ id: string; authorName: string | null }>>(
      await policy.get(`/api/v1/catalog/regions/${fx.cityA}/comments`),
    );
    expect(pending).toHaveLength(2);
    expect(JSON.stringify(pending)).not.toContain('13912345678');
    for (const c of pending) {
      expect(
        (
          await policy.post(`/api/v1/catalog/comments/${c.id}/moderate`, {
            decision: 'publish',
            reply: '已采纳，将在清单中补充',
          })
        ).statusCode,
      ).toBe(200);
    }
    const answered = await publicUser.get(`/api/v1/public/consultations/${fx.cityA}`);
    const comments = json<View>(answered).comments;
    expect(comments).toHaveLength(2);
    expect(comments.find((c) => c.missingProofName === '房屋租赁证明')?.reply).toBe('已采纳，将在清单中补充');
    expect(comments.find((c) => c.authorName)?.authorName).toBe('王**');
    expect(answered.body).not.toContain('13912345678');
    expect(answered.body).not.toContain('王小明');
  });

  it('refuses comments on an entry that is not under consultation, and moderation of another city', async () => {
    const draft = await insertEntry(platform, fx.unitA, 'draft');
    const res = await anonymous(app).post(`/api/v1/public/consultations/${fx.cityA}/comments`, {
      entryId: draft.id,
      body: '看不到的草稿',
    });
    expect(res.statusCode).toBe(404);
    await insertEntry(platform, fx.unitB, 'consultation');
    const other = json<{ id: string }>(
      await anonymous(app).post(`/api/v1/public/consultations/${fx.cityB}/comments`, { body: '临沂的意见' }),
    );
    const policy = await signIn(app, fx.users.policy_reviewer, FIXTURE_PASSWORD);
    expect(
      (await policy.post(`/api/v1/catalog/comments/${other.id}/moderate`, { decision: 'reject', reply: '' }))
        .statusCode,
    ).toBe(404);
    expect((await policy.get(`/api/v1/catalog/regions/${fx.cityB}/comments`)).statusCode).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEntry, serviceItemOf, validEntry } from '../../../test/catalog-fixtures';
import { FIXTURE_PASSWORD, createFixtureApp, type FixtureApp } from '../../../test/fixtures';
import { type Client, json, signIn, testClock } from '../../../test/harness';

type Entry = { id: string; name: string; status: string; jointReview?: { legal: boolean; policy: boolean } };
type Listed = { items: Entry[]; total: number };

/** GET /catalog/entries?pendingFor=legal|policy: the reviewers' queues of the joint review (seed 002 §三.3(2)). */
describe('entries pending a joint review', () => {
  const clock = testClock();
  let fixture: FixtureApp;
  let officer: Client;
  let head: Client;
  let legal: Client;
  let policy: Client;
  let itemA: string;
  let seq = 0;
  beforeAll(async () => {
    fixture = await createFixtureApp({ clock });
    const { app, fx, platform } = fixture;
    itemA = await serviceItemOf(platform, fx.unitA);
    const as = (u: string) => signIn(app, u, FIXTURE_PASSWORD);
    [officer, head, legal, policy] = await Promise.all([
      as(fx.users.catalog_officer),
      as(fx.users.unit_head),
      as(fx.users.legal_reviewer),
      as(fx.users.policy_reviewer),
    ]);
  });
  afterAll(async () => {
    await fixture?.close();
  });

  /** One step of the workflow, a minute after the last, so the review rounds are apart in time. */
  async function act(client: Client, id: string, step: string, body: Record<string, string> = {}) {
    clock.advance(60_000);
    const res = await client.post(`/api/v1/catalog/entries/${id}/${step}`, body);
    expect(res.statusCode, res.body).toBe(200);
    return json<Entry>(res);
  }

  async function inJointReview(): Promise<Entry> {
    const res = await officer.post('/api/v1/catalog/entries', {
      unitId: fixture.fx.unitA,
      entry: validEntry(`联合审查证明${++seq}`, { serviceItemIds: [itemA] }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = json<Entry>(res);
    await act(officer, id, 'submit');
    const entry = await act(head, id, 'unit-review', { decision: 'approve' });
    expect(entry.status).toBe('joint_review');
    return entry;
  }

  async function pending(client: Client, kind: 'legal' | 'policy'): Promise<Listed> {
    const res = await client.get(`/api/v1/catalog/entries?pendingFor=${kind}&pageSize=100`);
    expect(res.statusCode, res.body).toBe(200);
    return json<Listed>(res);
  }
  const ids = (list: Listed) => list.items.map((e) => e.id);

  it('lists a fresh joint review for both reviewers, with its progress', async () => {
    const e = await inJointReview();
    for (const [client, kind] of [
      [legal, 'legal'],
      [policy, 'policy'],
    ] as const) {
      const list = await pending(client, kind);
      expect(ids(list)).toContain(e.id);
      expect(list.items.find((i) => i.id === e.id)?.jointReview).toEqual({ legal: false, policy: false });
    }
  });

  it('an entry reviewed by legal only is pending for policy, not for legal; after both, for neither', async () => {
    const e = await inJointReview();
    await act(legal, e.id, 'legal-review', { decision: 'approve' });
    expect(ids(await pending(legal, 'legal'))).not.toContain(e.id);
    const forPolicy = await pending(policy, 'policy');
    expect(ids(forPolicy)).toContain(e.id);
    expect(forPolicy.items.find((i) => i.id === e.id)?.jointReview).toEqual({ legal: true, policy: false });

    expect((await act(policy, e.id, 'policy-review', { decision: 'approve' })).status).toBe('consultation');
    expect(ids(await pending(legal, 'legal'))).not.toContain(e.id);
    expect(ids(await pending(policy, 'policy'))).not.toContain(e.id);
  });

  it('an entry reviewed by policy only is pending for legal, not for policy', async () => {
    const e = await inJointReview();
    await act(policy, e.id, 'policy-review', { decision: 'approve' });
    expect(ids(await pending(legal, 'legal'))).toContain(e.id);
    expect(ids(await pending(policy, 'policy'))).not.toContain(e.id);
  });

  it('counts only approvals of the current round: after a send-back, legal must review again', async () => {
    const e = await inJointReview();
    await act(legal, e.id, 'legal-review', { decision: 'approve' });
    await act(policy, e.id, 'policy-review', { decision: 'send_back', comment: '替代方式顺序不对' });
    await act(officer, e.id, 'submit');
    await act(head, e.id, 'unit-review', { decision: 'approve' });
    const forLegal = await pending(legal, 'legal');
    expect(ids(forLegal)).toContain(e.id);
    expect(forLegal.items.find((i) => i.id === e.id)?.jointReview).toEqual({ legal: false, policy: false });
    expect(ids(await pending(policy, 'policy'))).toContain(e.id);
  });

  it('keeps the actor’s scope and other filters, and counts what it lists', async () => {
    const { platform, fx } = fixture;
    const elsewhere = await insertEntry(platform, fx.unitB, 'joint_review');
    const draft = await insertEntry(platform, fx.unitA, 'draft');
    const list = await pending(legal, 'legal');
    expect(ids(list)).not.toContain(elsewhere.id);
    expect(ids(list)).not.toContain(draft.id);
    expect(list.items.every((i) => i.status === 'joint_review')).toBe(true);
    expect(list.total).toBe(list.items.length);
    const combined = json<Listed>(await legal.get('/api/v1/catalog/entries?pendingFor=legal&status=draft'));
    expect(combined.items).toEqual([]);
    const named = json<Listed>(
      await legal.get(`/api/v1/catalog/entries?pendingFor=legal&q=${encodeURIComponent('联合审查证明1')}`),
    );
    expect(named.items.map((i) => i.name)).toEqual(['联合审查证明1']);
  });

  it('refuses an unknown review kind', async () => {
    expect((await legal.get('/api/v1/catalog/entries?pendingFor=unit')).statusCode).toBe(400);
  });

  it('shows progress only for entries in joint review', async () => {
    const all = json<Listed>(await officer.get('/api/v1/catalog/entries?pageSize=100'));
    expect(all.items.some((i) => i.status !== 'joint_review')).toBe(true);
    for (const item of all.items) expect(item.jointReview !== undefined).toBe(item.status === 'joint_review');
  });
});

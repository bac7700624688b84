/**
 * A retried request with its Idempotency-Key gets the stored answer, whatever the use case would
 * answer now: an application's lists republished without its service item after the first request
 * (planning would say ITEM_NOT_IN_FORCE), a letter already signed (signing again would say 409).
 * Through the real HTTP app.
 */
import type { ApplicationView } from '@pfc/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { apply, choicesFor, findCommitmentItem, type ItemChoice, letterOf } from '../../test/application-fixtures';
import { type Client, createTestApp, json, signIn, type TestApp, testClock } from '../../test/harness';

const REGION = '370811';
let t: TestApp;
let zhangsan: Client;
let choice: ItemChoice;

beforeAll(async () => {
  t = await createTestApp({ clock: testClock('2026-03-02T02:00:00Z') });
  zhangsan = await signIn(t.app, 'zhangsan');
  choice = await findCommitmentItem(zhangsan, REGION);
}, 60_000);
afterAll(async () => t?.close());

const errorCode = (res: { json(): unknown }) => (res.json() as { error?: { code?: string } }).error?.code;

async function applicationCount(): Promise<number> {
  const res = await t.platform.database.db.execute(sql`select count(*)::int as n from applications`);
  return Number(rowsOf<{ n: number | string }>(res)[0]?.n);
}

/** Every region's lists published again as a new version, without the entries naming the item. */
async function republishWithout(serviceItemId: string): Promise<void> {
  const naming = sql`e.snapshot -> 'serviceItems' @> ${JSON.stringify([{ id: serviceItemId }])}::jsonb`;
  const regions = rowsOf<{ code: string }>(
    await t.platform.database.db.execute(sql`select distinct region_code as code from list_versions`),
  );
  for (const { code } of regions) {
    await t.platform.database.db.execute(sql`
      with latest as (
        select * from list_versions where region_code = ${code} order by version_no desc limit 1
      ), next as (
        insert into list_versions (region_code, version_no, document_number, effective_date, source, published_at)
        select region_code, version_no + 1, document_number, effective_date, source, now() from latest
        returning id
      )
      insert into list_version_entries (version_id, entry_id, lists, snapshot)
      select next.id, e.entry_id, e.lists, e.snapshot
      from next, latest join list_version_entries e on e.version_id = latest.id
      where not (${naming})`);
  }
}

describe('idempotent replay', () => {
  it('replays a signature whose letter is signed by now', async () => {
    const app = await apply(zhangsan, REGION, choice);
    const letter = letterOf(app, choice.commitment.entryId);
    const url = `/api/v1/applications/${app.id}/letters/${letter.id}/sign`;
    const key = `sign-replay-${Date.now()}`;
    const first = await zhangsan.request('POST', url, { sm3: letter.sm3 }, { 'idempotency-key': key });
    expect(first.statusCode, first.body).toBe(200);
    expect((await zhangsan.post(url, { sm3: letter.sm3 })).statusCode).toBe(409);
    const retry = await zhangsan.request('POST', url, { sm3: letter.sm3 }, { 'idempotency-key': key });
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotency-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
  });

  it('replays a created application after its lists were republished without the service item', async () => {
    const body = {
      regionCode: REGION,
      serviceItemId: choice.item.id,
      choices: choicesFor(choice.proofs, [choice.commitment.entryId]),
    };
    const key = `apply-replay-${Date.now()}`;
    const first = await zhangsan.request('POST', '/api/v1/applications', body, { 'idempotency-key': key });
    expect(first.statusCode, first.body).toBe(201);
    const created = await applicationCount();

    await republishWithout(choice.item.id);
    // Planning now refuses the item: a new request (another key) is turned away.
    const fresh = await zhangsan.request('POST', '/api/v1/applications', body, { 'idempotency-key': `${key}-new` });
    expect(fresh.statusCode).toBe(404);
    expect(errorCode(fresh)).toBe('ITEM_NOT_IN_FORCE');

    // The retry gets the first answer, not a new plan.
    const retry = await zhangsan.request('POST', '/api/v1/applications', body, { 'idempotency-key': key });
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.headers['idempotency-replayed']).toBe('true');
    expect(json<ApplicationView>(retry)).toEqual(json<ApplicationView>(first));

    // Another body under the same key is still a reuse, refused before any planning.
    const other = { ...body, choices: choicesFor(choice.proofs, []) };
    const reuse = await zhangsan.request('POST', '/api/v1/applications', other, { 'idempotency-key': key });
    expect(reuse.statusCode).toBe(422);
    expect(errorCode(reuse)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await applicationCount()).toBe(created);
  });
});

/**
 * Suite disclosure-leak (RELIABILITY.md): crawl every public route (and its PDF and Excel exports)
 * after applicants have applied, signed disclosed commitments and commented with their phone
 * numbers, and find no ID number, mobile number or street address in any answer.
 */
import ExcelJS from 'exceljs';
import type { ApplicationView, DisclosedCommitment, PublicRegion } from '@pfc/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPLICANTS } from '../org';
import { policyOf } from '../../modules';
import { extractText } from '../../platform/documents/text-extract';
import { anonymous, type Client, createTestApp, json, signIn, type TestApp } from '../../test/harness';
import { apply, findCommitmentItem, letterOf, sign, uploadMissing } from '../../test/application-fixtures';

let t: TestApp;
let pub: Client;
const numbers: string[] = [];
const REGION = '370811';
const ADDRESS = '济宁市任城区古槐路88号3单元502室';

/**
 * Any 18-character resident ID or 11-digit mobile standing on its own: not part of a longer digit
 * run (document numbers) nor of a UUID or hex digest (a UUID's last group can end in 11 digits).
 */
const ID_PATTERN = /(?<![0-9A-Za-z-])\d{17}[\dXx](?![0-9A-Za-z-])/;
const MOBILE_PATTERN = /(?<![0-9A-Za-z-])1[3-9]\d{9}(?![0-9A-Za-z-])/;

beforeAll(async () => {
  t = await createTestApp();
  pub = anonymous(t.app);
  for (const username of ['zhangsan', 'company']) {
    const client = await signIn(t.app, username);
    const choice = await findCommitmentItem(client, REGION, { disclosure: true });
    let app: ApplicationView = await sign(client, await apply(client, REGION, choice), choice.commitment.entryId);
    app = await uploadMissing(client, app);
    await client.post(`/api/v1/applications/${app.id}/submit`);
    numbers.push(letterOf(app, choice.commitment.entryId).number);
  }
  // A public comment carrying a contact phone and an address in its body.
  await pub.post(`/api/v1/public/consultations/${REGION}/comments`, {
    body: `我住在${ADDRESS}，电话13853712345`,
    contact: '13853712345',
    authorName: '张三',
  });
}, 90_000);
afterAll(async () => t?.close());

function secretsIn(text: string): string[] {
  const found: string[] = [];
  for (const a of DEMO_APPLICANTS) {
    if (text.includes(a.identifierBody.slice(0, 14)) && a.kind === 'natural') found.push(`ID of ${a.name}`);
    if (a.phone && text.includes(a.phone)) found.push(`phone of ${a.name}`);
  }
  if (ID_PATTERN.test(text)) found.push(`ID-like ${ID_PATTERN.exec(text)![0]}`);
  if (MOBILE_PATTERN.test(text)) found.push(`mobile-like ${MOBILE_PATTERN.exec(text)![0]}`);
  if (text.includes('古槐路88号')) found.push('street address');
  return found;
}

async function bodyText(url: string): Promise<string> {
  const res = await pub.get(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('pdf')) return (await extractText(res.rawPayload)).text;
  if (type.includes('spreadsheetml')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    return cells.join('\n');
  }
  return res.body;
}

describe('disclosure-leak', () => {
  it('the disclosed commitments are there, masked', async () => {
    const page = json<{ items: DisclosedCommitment[] }>(await pub.get(`/api/v1/public/commitments?region=${REGION}`));
    expect(page.items.map((i) => i.number)).toEqual(expect.arrayContaining(numbers));
    const zhang = page.items.find((i) => i.number === numbers[0])!;
    expect(zhang.applicant).toBe('张*');
    expect(zhang.identifierMasked).toMatch(/^3\*+\w$/);
  });

  it('finds no ID number, phone or address in any public answer', async () => {
    const regions = json<{ items: PublicRegion[] }>(await pub.get('/api/v1/public/regions')).items;
    const versions = json<Array<{ id: string }>>(await pub.get(`/api/v1/public/lists/${REGION}/versions`));
    const effective = json<{ entries: Array<{ entryId: string }> }>(
      await pub.get(`/api/v1/public/lists/${REGION}/effective`),
    );
    const entryId = effective.entries[0]!.entryId;
    const v = versions[0]!.id;
    // One or more URLs for every public GET route: a new public route fails here until it is crawled.
    const crawl: Record<string, string[]> = {
      '/api/v1/meta': ['/api/v1/meta'],
      '/api/v1/regions': ['/api/v1/regions'],
      '/api/v1/calendar/add-working-days': ['/api/v1/calendar/add-working-days?from=2026-09-30&days=3'],
      '/api/v1/applications/service-items': [`/api/v1/applications/service-items?region=${REGION}`],
      '/api/v1/public/letters/:number': numbers.map((n) => `/api/v1/public/letters/${n}`),
      '/api/v1/public/commitments': [
        '/api/v1/public/commitments',
        `/api/v1/public/commitments?region=${REGION}&pageSize=100`,
      ],
      '/api/v1/public/consultations/:code': [`/api/v1/public/consultations/${REGION}`],
      '/api/v1/public/lists/:code/effective': [`/api/v1/public/lists/${REGION}/effective`],
      '/api/v1/public/lists/:code/versions': [`/api/v1/public/lists/${REGION}/versions`],
      '/api/v1/public/lists/versions/:id': [`/api/v1/public/lists/versions/${v}`],
      '/api/v1/public/lists/versions/:id/diff': [`/api/v1/public/lists/versions/${v}/diff?from=${versions.at(-1)!.id}`],
      '/api/v1/public/lists/versions/:id/export': [`/api/v1/public/lists/versions/${v}/export`],
      '/api/v1/public/lists/versions/:id/pdf': [`/api/v1/public/lists/versions/${v}/pdf?list=commitment`],
      '/api/v1/public/proofs': [
        '/api/v1/public/proofs?q=承诺&region=370811',
        '/api/v1/public/proofs?q=张三&region=370811',
      ],
      '/api/v1/public/proofs/suggest': ['/api/v1/public/proofs/suggest?q=无犯罪&region=370811'],
      '/api/v1/public/proofs/:id': [`/api/v1/public/proofs/${entryId}?region=${REGION}`],
      '/api/v1/public/regions': ['/api/v1/public/regions'],
      '/api/v1/public/qa': ['/api/v1/public/qa'],
    };
    const publicGets = t.app.apiRoutes
      .filter((r) => r.method === 'GET' && policyOf(r.policy)?.allow === 'anyone')
      .map((r) => r.url);
    expect(
      publicGets.filter((u) => !crawl[u]),
      'public routes not crawled',
    ).toEqual([]);
    // The detector itself finds what it looks for.
    expect(
      secretsIn(`${DEMO_APPLICANTS[0]!.identifierBody}7 ${DEMO_APPLICANTS[0]!.phone} ${ADDRESS}`).length,
    ).toBeGreaterThanOrEqual(4);
    const leaks: string[] = [];
    let answers = 0;
    for (const url of [
      ...Object.values(crawl).flat(),
      ...regions.map((r) => `/api/v1/public/lists/${r.code}/effective`),
    ]) {
      const text = await bodyText(url);
      answers += 1;
      for (const s of secretsIn(text)) leaks.push(`${url}: ${s}`);
    }
    console.log(`disclosure-leak: ${answers} public answers crawled, ${leaks.length} hits`);
    expect(leaks).toEqual([]);
  });
});

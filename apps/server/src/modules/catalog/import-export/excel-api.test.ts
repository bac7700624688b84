import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceItemOf } from '../../../test/catalog-fixtures';
import { FIXTURE_PASSWORD, type OrgFixture, createFixtureApp } from '../../../test/fixtures';
import { anonymous, type Client, json, signIn, type TestPlatform } from '../../../test/harness';
import type { App } from '../../../platform/http/schemas';
import { type ExportRow, exportInventory, parseInventory } from '../excel';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Text of a PDF by poppler's pdftotext, or null where poppler-utils is not installed. */
function pdfText(pdf: Buffer): string | null {
  try {
    return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
type Report = {
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  locked: number;
  imported: boolean;
  problems: Array<{ rowNumber: number; message: string }>;
};

function row(name: string, over: Partial<ExportRow> = {}): ExportRow {
  return {
    seq: 1,
    name,
    serviceItemNames: ['律师执业许可'],
    legalBasis: [{ instrument: '《中华人民共和国律师法》', article: '第五条', rank: 'law' }],
    issuingUnitName: '公安机关',
    implementingUnitName: '济宁市民政局',
    disposition: 'retain',
    cancelReason: '',
    substitutes: [{ method: 'commitment' }],
    verificationMethod: 'online',
    remarks: '',
    ...over,
  };
}

/** Excel in and out through the API: validation report, all-or-nothing, idempotent re-import. */
describe('Excel import and export', () => {
  let platform: TestPlatform;
  let app: App;
  let fx: OrgFixture;
  let officer: Client;
  beforeAll(async () => {
    ({ platform, app, fx } = await createFixtureApp());
    await serviceItemOf(platform, fx.unitA);
    officer = await signIn(app, fx.users.catalog_officer, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
  });
  const upload = (url: string, file: Buffer) => officer.request('POST', url, undefined, { 'content-type': XLSX }, file);

  it('reports bad rows by number and imports nothing, unless asked for the good rows; re-import changes nothing', async () => {
    const file = await exportInventory([
      row('无犯罪记录证明'),
      row('居住证明', {
        disposition: 'cancel',
        cancelReason: '没有法律法规依据，予以取消',
        substitutes: [],
        verificationMethod: null,
      }),
      row('不存在事项的证明', { serviceItemNames: ['没有登记的事项'] }),
    ]);
    const url = `/api/v1/catalog/units/${fx.unitA}/inventory/import`;
    const strict = json<Report>(await upload(url, file));
    expect(strict.imported).toBe(false);
    expect(strict.problems.map((p) => p.rowNumber)).toHaveLength(1);
    expect(strict.problems[0]!.message).toContain('没有登记的事项');
    expect(json<{ total: number }>(await officer.get(`/api/v1/catalog/entries?unitId=${fx.unitA}`)).total).toBe(0);

    const partial = json<Report>(await upload(`${url}?partial=true`, file));
    expect(partial).toMatchObject({ imported: true, created: 2, updated: 0, unchanged: 0 });
    const again = json<Report>(await upload(`${url}?partial=true`, file));
    expect(again).toMatchObject({ imported: true, created: 0, updated: 0, unchanged: 2 });
    const entries = json<{ items: Array<{ name: string; cancelRule: number | null; status: string }> }>(
      await officer.get(`/api/v1/catalog/entries?unitId=${fx.unitA}`),
    );
    expect(entries.items.find((e) => e.name === '居住证明')?.cancelRule).toBe(1);

    // Export → parse gives the same proofs back.
    const exported = await officer.get(`/api/v1/catalog/units/${fx.unitA}/inventory/export`);
    expect(exported.headers['content-type']).toContain(XLSX);
    const parsed = await parseInventory(exported.rawPayload, { mode: 'inventory' });
    expect(parsed.rows.map((r) => r.name).sort()).toEqual(['居住证明', '无犯罪记录证明']);
    expect(parsed.errors).toEqual([]);
  });

  it('answers a broken or non-Excel upload with a clear 4xx', async () => {
    const url = `/api/v1/catalog/units/${fx.unitA}/inventory/import`;
    const garbage = await upload(url, Buffer.from('这不是一个Excel文件'));
    expect(garbage.statusCode).toBe(400);
    expect(json<{ error: { code: string; message: string } }>(garbage).error.code).toBe('IMPORT_FILE_INVALID');
    expect((await officer.post(url, { rows: [] })).statusCode).toBe(415);
  });

  it('loads a list published before the platform as a version of the region, once', async () => {
    const leader = await signIn(app, fx.users.leadership_office, FIXTURE_PASSWORD);
    const file = await exportInventory([
      row('独生子女证明', { disposition: 'commitment', substitutes: [] }),
      row('无房证明', {
        disposition: 'exempt',
        substitutes: [],
        verificationMethod: null,
        implementingUnitName: '济宁市公安局',
      }),
    ]);
    const url = `/api/v1/catalog/regions/${fx.cityA}/published/import?documentNumber=${encodeURIComponent('济政字〔2021〕12号')}&effectiveDate=2021-06-08`;
    const first = await leader.request('POST', url, undefined, { 'content-type': XLSX }, file);
    expect(first.statusCode, first.body).toBe(200);
    expect(json<{ imported: number; versionNo: number }>(first)).toMatchObject({ imported: 2, versionNo: 1 });
    const second = json<{ alreadyImported: boolean }>(
      await leader.request('POST', url, undefined, { 'content-type': XLSX }, file),
    );
    expect(second.alreadyImported).toBe(true);
    const effective = json<{
      entries: Array<{ name: string; lists: string[]; source?: { documentNumber: string; effectiveDate: string } }>;
    }>(await anonymous(app).get(`/api/v1/public/lists/${fx.cityA}/effective`));
    expect(effective.entries.find((e) => e.name === '独生子女证明')?.lists).toEqual(['retained', 'commitment']);
    expect(effective.entries.find((e) => e.name === '无房证明')?.lists).toEqual(['cancelled']);
    expect(effective.entries[0]?.source).toMatchObject({
      documentNumber: '济政字〔2021〕12号',
      effectiveDate: '2021-06-08',
    });
    const versions = json<Array<{ id: string }>>(await anonymous(app).get(`/api/v1/public/lists/${fx.cityA}/versions`));
    const download = await anonymous(app).get(`/api/v1/public/lists/versions/${versions[0]!.id}/export?list=cancelled`);
    expect((await parseInventory(download.rawPayload, { mode: 'published' })).rows.map((r) => r.name)).toEqual([
      '无房证明',
    ]);

    // The same list as a print-ready PDF with the Chinese font embedded.
    const pdf = await anonymous(app).get(`/api/v1/public/lists/versions/${versions[0]!.id}/pdf?list=commitment`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.includes(Buffer.from('WenQuanYi'))).toBe(true);
    const text = pdfText(pdf.rawPayload);
    if (text !== null) {
      expect(text).toContain('证明事项告知承诺制清单');
      expect(text).toContain('独生子女证明');
      expect(text).toContain('济政字〔2021〕12号');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validEntry } from '../../../test/catalog-fixtures';
import { FIXTURE_PASSWORD, createFixtureApp, type FixtureApp } from '../../../test/fixtures';
import { type Client, json, signIn } from '../../../test/harness';

type Finding = { code: string; level: 'error' | 'warning'; field: string | null; message: string; rule: number | null };
type Err = { error: { code: string; message: string; details?: Array<{ field: string; message: string }> } };

const CHECK = '/api/v1/catalog/entries/check';

/** POST /catalog/entries/check on forms still being filled in: findings for what is missing, 400 only for what is wrong. */
describe('rule check on a half-filled form', () => {
  let fixture: FixtureApp;
  let officer: Client;
  beforeAll(async () => {
    fixture = await createFixtureApp();
    officer = await signIn(fixture.app, fixture.fx.users.catalog_officer, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await fixture?.close();
  });

  async function check(body: unknown, lang?: 'en'): Promise<Finding[]> {
    const res = await officer.request('POST', CHECK, body, lang ? { 'accept-language': lang } : {});
    expect(res.statusCode, res.body).toBe(200);
    return json<{ findings: Finding[] }>(res).findings;
  }
  const codes = (findings: Finding[]) => findings.map((f) => f.code);
  const byCode = (findings: Finding[], code: string) => findings.find((f) => f.code === code);

  it('answers an empty form with what must still be filled in', async () => {
    const findings = await check({});
    expect(codes(findings)).toEqual(['NAME_MISSING', 'ISSUER_MISSING', 'DISPOSITION_MISSING']);
    expect(findings.every((f) => f.level === 'error')).toBe(true);
    expect(byCode(findings, 'NAME_MISSING')).toMatchObject({
      field: 'name',
      message: expect.stringContaining('尚未填写证明名称'),
    });
    expect(byCode(findings, 'ISSUER_MISSING')).toMatchObject({
      field: 'issuingUnitName',
      message: expect.stringContaining('尚未填写开具单位'),
    });
    expect(byCode(findings, 'DISPOSITION_MISSING')).toMatchObject({
      field: 'disposition',
      message: expect.stringContaining('尚未选择处理意见'),
    });
  });

  it('speaks English when asked', async () => {
    const findings = await check({}, 'en');
    expect(byCode(findings, 'NAME_MISSING')?.message).toMatch(/^The proof name is not filled in yet/);
    expect(findings.every((f) => !/\p{Script=Han}/u.test(f.message))).toBe(true);
  });

  it('stops asking for what is filled in: only a name', async () => {
    expect(codes(await check({ name: '无犯罪记录证明' }))).toEqual(['ISSUER_MISSING', 'DISPOSITION_MISSING']);
    // The name rules already work on a name alone.
    expect(codes(await check({ name: '无犯罪记录' }))).toEqual([
      'NAME_NOT_STANDARD',
      'ISSUER_MISSING',
      'DISPOSITION_MISSING',
    ]);
  });

  it('a retention alone asks for its items, a statutory basis and a substitute', async () => {
    const findings = await check({ disposition: 'retain' });
    expect(codes(findings)).toEqual([
      'NAME_MISSING',
      'ISSUER_MISSING',
      'SERVICE_ITEM_MISSING',
      'RULE1_NO_LEGAL_BASIS',
      'SUBSTITUTE_MISSING',
    ]);
    expect(byCode(findings, 'RULE1_NO_LEGAL_BASIS')?.message).toContain('未填写任何依据');
  });

  it('a cancellation alone asks for its rule and reason', async () => {
    const findings = await check({ disposition: 'cancel' });
    expect(codes(findings)).toEqual(['NAME_MISSING', 'ISSUER_MISSING', 'CANCEL_RULE_MISSING', 'CANCEL_REASON_MISSING']);
    expect(byCode(findings, 'CANCEL_REASON_MISSING')).toMatchObject({
      level: 'warning',
      message: expect.stringContaining('尚未填写取消理由'),
    });
    const withRule = await check({
      disposition: 'cancel',
      cancelRule: 3,
      name: '居民养犬证明',
      issuingUnitName: '社区居民委员会',
    });
    expect(codes(withRule)).toEqual(['CANCEL_REASON_MISSING']);
    expect(withRule[0]?.message).toContain('能够采取申请人书面承诺方式解决的一律取消');
  });

  it('checks half-filled parts as they stand', async () => {
    const findings = await check({
      name: '居住证明',
      disposition: 'retain',
      legalBasis: [{ instrument: '《济宁市临时救助实施细则》', article: '第五条', rank: 'normative_document' }],
      substitutes: [{ method: 'must_submit' }],
    });
    expect(codes(findings)).toEqual([
      'ISSUER_MISSING',
      'SERVICE_ITEM_MISSING',
      'RULE1_NO_LEGAL_BASIS',
      'MUST_SUBMIT_NO_REASON',
    ]);
    expect(byCode(findings, 'RULE1_NO_LEGAL_BASIS')?.message).toContain('规范性文件');
  });

  it('still gives no findings for a complete, valid entry', async () => {
    expect(
      await check(validEntry('无犯罪记录证明', { serviceItemIds: ['3f1c2a4e-8b6d-4c1a-9e2f-1a2b3c4d5e6f'] })),
    ).toEqual([]);
  });

  it('still refuses fields of the wrong type or beyond their limits', async () => {
    const refused = [
      { name: 5 },
      { disposition: 'maybe' },
      { name: '' },
      { name: '   ' },
      { name: '证'.repeat(101) },
      { cancelRule: 8 },
      { serviceItemIds: ['not-a-uuid'] },
      { legalBasis: [{ instrument: '《中华人民共和国律师法》' }] },
      { verificationPlan: { method: 'online', timeLimitDays: 5, samplingShare: 2 } },
      [],
    ];
    for (const body of refused) {
      const res = await officer.post(CHECK, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(json<Err>(res).error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('is for the people who fill in the inventory, not the public', async () => {
    const applicant = await signIn(fixture.app, fixture.fx.applicantUser, FIXTURE_PASSWORD);
    expect((await applicant.post(CHECK, {})).statusCode).toBe(403);
  });
});

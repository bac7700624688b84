/**
 * Applications with commitment through the real HTTP routes on the demo city: the whole path from
 * choosing a service item to approval and verification tasks, the letter's contents and pins,
 * refusal by credit status, withdrawal, handling rules and IDOR.
 */
import type { ApplicationPage, ApplicationView, ItemProofs, LetterCheck } from '@pfc/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type Client, createTestApp, json, signIn, type TestApp, testClock } from '../../test/harness';
import {
  apply,
  findCommitmentItem,
  type ItemChoice,
  letterOf,
  PNG,
  SCAN,
  sign,
  uploadMissing,
} from '../../test/application-fixtures';
import { createStaff } from '../org';
import { DEMO_APPLICANTS, demoIdentifier } from '../org';
import { publishLists } from '../catalog';
import { insertEntry, validEntry } from '../../test/catalog-fixtures';
import { applicantIdNamed, FIXTURE_PASSWORD, rootCtx } from '../../test/fixtures';
import { unitsInRegion } from '../../platform/directory';
import { proofEntries, verificationTasks } from '../../test/tables';
import { extractText, squash } from '../../platform/documents/text-extract';

let t: TestApp;
let zhangsan: Client;
let clerk: Client;
let choice: ItemChoice;
const REGION = '370811';
const START = '2026-03-02T02:00:00Z';
const clock = testClock(START);

// Queries run side by side on one connection (a transaction's) draw this warning from node-postgres
// (once per process) and will fail with pg 9; loading the demo and the paths below must not do that.
const overlapping: string[] = [];
const onWarning = (w: Error) =>
  void (w.message.includes('already executing a query') && overlapping.push(w.stack ?? w.message));
process.on('warning', onWarning);
afterAll(() => {
  process.off('warning', onWarning);
  expect(overlapping).toEqual([]);
});

beforeAll(async () => {
  t = await createTestApp({ clock });
  zhangsan = await signIn(t.app, 'zhangsan');
  clerk = await signIn(t.app, 'clerk');
  choice = await findCommitmentItem(zhangsan, REGION);
}, 60_000);
afterAll(async () => t?.close());

const applicantId = (name: string) => applicantIdNamed(t.platform, name);

describe('the whole path', () => {
  it('shows each proof with its path from the lists in force, then drafts a letter per commitment', async () => {
    expect(choice.proofs.eligibility).toEqual({ eligible: true, reason: null });
    expect(
      choice.proofs.proofs.every(
        (p) => ['cancelled', 'shared', 'commitment', 'submit'].includes(p.path) && p.note.length > 0,
      ),
    ).toBe(true);
    const app = await apply(zhangsan, REGION, choice);
    expect(app.status).toBe('draft');
    expect(app.channel).toBe('online');
    expect(app.applicant.identifierMasked).not.toContain('19850312');
    const letter = letterOf(app, choice.commitment.entryId);
    expect(letter.status).toBe('unsigned');
    expect(letter.number).toMatch(/^CN370811\d{8}\d{6}[A-Z2-9]{8}$/);
    const labels = letter.text.notice.map((n) => n.label);
    // Seed 002 §4.1: service item, legal basis, proof content, way of committing, liability.
    for (const label of ['办理事项', '设定依据', '证明内容', '承诺方式', '虚假承诺的法律责任'])
      expect(labels).toContain(label);
    expect(letter.text.notice[0]!.text).toContain(choice.item.name);
    const pledge = letter.text.pledge.join('');
    for (const statement of ['已知晓', '符合', '愿意承担', '真实的意思表示']) expect(pledge).toContain(statement);
    expect(letter.text.pins.listVersion).toMatch(/第\d+版/);
    expect(letter.text.pins.template).toBeTruthy();
  });

  it('signs against the text read, submits, and the office accepts and approves within working-day limits', async () => {
    let app = await apply(zhangsan, REGION, choice);
    const letter = letterOf(app, choice.commitment.entryId);
    const stale = await zhangsan.post(`/api/v1/applications/${app.id}/letters/${letter.id}/sign`, {
      sm3: '0'.repeat(64),
    });
    expect(stale.statusCode).toBe(409);
    expect(json<{ error: { code: string } }>(stale).error.code).toBe('LETTER_TEXT_MISMATCH');
    app = await sign(zhangsan, app, choice.commitment.entryId);
    expect(letterOf(app, choice.commitment.entryId)).toMatchObject({ status: 'signed', signMethod: 'electronic' });
    const again = await zhangsan.post(`/api/v1/applications/${app.id}/letters/${letter.id}/sign`, { sm3: letter.sm3 });
    expect(again.statusCode).toBe(409);

    app = await uploadMissing(zhangsan, app);
    const submitted = await zhangsan.post(`/api/v1/applications/${app.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    app = json<ApplicationView>(submitted);
    expect(app.status).toBe('submitted');
    // Clock 2026-03-02 (Monday) + 5 working days.
    expect(app.acceptDue).toBe('2026-03-09');

    const queue = json<ApplicationPage>(await clerk.get('/api/v1/applications?status=submitted'));
    expect(queue.items.map((i) => i.number)).toContain(app.number);
    const accepted = json<ApplicationView>(await clerk.post(`/api/v1/applications/${app.id}/accept`));
    expect(accepted.status).toBe('accepted');
    expect(accepted.decisionDue! > '2026-03-02').toBe(true);
    const approved = await clerk.post(`/api/v1/applications/${app.id}/decide`, { decision: 'approve', reason: '' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(json<ApplicationView>(approved).status).toBe('approved');

    const tasks = await t.platform.database.db
      .select()
      .from(verificationTasks)
      .where(eq(verificationTasks.applicationId, app.id));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.letterId).toBe(letter.id);
    if (tasks[0]!.status === 'pending') expect(tasks[0]!.due! > '2026-03-02').toBe(true);

    const mine = json<ApplicationView>(await zhangsan.get(`/api/v1/applications/${app.id}`));
    expect(mine.status).toBe('approved');
    expect(mine.events.map((e) => e.action)).toEqual([
      'created',
      'letter_signed',
      ...mine.proofs.filter((p) => p.file).map(() => 'file_uploaded'),
      'submitted',
      'accepted',
      'approved',
    ]);

    const check = json<LetterCheck>(await anonymous(t.app).get(`/api/v1/public/letters/${letter.number}`));
    expect(check).toMatchObject({
      verdict: 'genuine',
      signatureValid: true,
      applicant: '张*',
      serviceItemName: choice.item.name,
    });

    // The signed letter as a PDF says what seed 002 §4.1 requires, with the number and digest to check it.
    const pdf = await zhangsan.get(`/api/v1/applications/${app.id}/letters/${letter.id}/pdf`);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const { text } = await extractText(pdf.rawPayload);
    for (const sentence of [
      '证明事项告知承诺书',
      '虚假承诺的法律责任',
      '本人愿意承担不实承诺、虚假承诺的法律责任。',
      '本人所作承诺是本人真实的意思表示。',
      letter.number,
      '张三',
      choice.item.name,
    ]) {
      expect(text).toContain(squash(sentence));
    }
    expect(text).toContain(letter.sm3.slice(0, 32));
    const notice = await extractText(
      (await zhangsan.get(`/api/v1/applications/${app.id}/notices/approval/pdf`)).rawPayload,
    );
    expect(notice.text).toContain('准予');
    expect(notice.text).toContain(squash(app.number));
    const wrongDigest = json<LetterCheck>(
      await anonymous(t.app).get(`/api/v1/public/letters/${letter.number}?sm3=${'a'.repeat(64)}`),
    );
    expect(wrongDigest.verdict).toBe('altered');
  });

  it('refuses to submit with an unsigned letter or a missing proof, saying what is missing', async () => {
    const app = await apply(zhangsan, REGION, choice);
    const res = await zhangsan.post(`/api/v1/applications/${app.id}/submit`);
    expect(res.statusCode).toBe(409);
    expect(json<{ error: { code: string; message: string } }>(res).error.message).toContain(choice.commitment.name);
  });

  it('keeps the office to its transitions: no approval before acceptance, no reject without reason', async () => {
    let app = await sign(zhangsan, await apply(zhangsan, REGION, choice), choice.commitment.entryId);
    app = await uploadMissing(zhangsan, app);
    // A draft is not yet before the office at all.
    expect((await clerk.post(`/api/v1/applications/${app.id}/accept`)).statusCode).toBe(404);
    await zhangsan.post(`/api/v1/applications/${app.id}/submit`);
    expect(
      (await clerk.post(`/api/v1/applications/${app.id}/decide`, { decision: 'approve', reason: '' })).statusCode,
    ).toBe(409);
    expect(
      (await clerk.post(`/api/v1/applications/${app.id}/decide`, { decision: 'reject', reason: ' ' })).statusCode,
    ).toBe(400);
    const corrected = json<ApplicationView>(
      await clerk.post(`/api/v1/applications/${app.id}/request-correction`, { reason: '身份证复印件不清晰' }),
    );
    expect(corrected).toMatchObject({ status: 'correction', decisionNote: '身份证复印件不清晰' });
    expect(json<ApplicationView>(await zhangsan.post(`/api/v1/applications/${app.id}/submit`)).status).toBe(
      'submitted',
    );
    const rejected = json<ApplicationView>(
      await clerk.post(`/api/v1/applications/${app.id}/decide`, { decision: 'reject', reason: '不符合办理条件' }),
    );
    expect(rejected.status).toBe('rejected');
    const pdf = await zhangsan.get(`/api/v1/applications/${app.id}/notices/rejection/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((await zhangsan.get(`/api/v1/applications/${app.id}/notices/approval/pdf`)).statusCode).toBe(409);
  });
});

describe('eligibility from the credit file', () => {
  it('refuses commitment to an applicant with a false commitment on record until repaired, but lets them submit', async () => {
    const credit = await signIn(t.app, 'credit');
    const wang = await signIn(t.app, 'wangfang');
    const id = await applicantId('王芳');
    const set = await credit.request('PUT', `/api/v1/credit/applicants/${id}`, {
      status: 'false_commitment',
      repaired: false,
      note: '2026年1月虚假承诺',
    });
    expect(set.statusCode, set.body).toBe(200);
    const proofs = await findCommitmentItem(wang, REGION);
    expect(proofs.proofs.eligibility.eligible).toBe(false);
    expect(proofs.proofs.eligibility.reason).toContain('虚假承诺');
    const refused = await wang.post('/api/v1/applications', {
      regionCode: REGION,
      serviceItemId: proofs.item.id,
      choices: [{ entryId: proofs.commitment.entryId, choice: 'commitment', disclosureConsent: true }],
    });
    expect(refused.statusCode).toBe(409);
    expect(json<{ error: { code: string; message: string } }>(refused).error).toMatchObject({ code: 'NOT_ELIGIBLE' });
    const submitting = await wang.post('/api/v1/applications', {
      regionCode: REGION,
      serviceItemId: proofs.item.id,
      choices: proofs.proofs.proofs
        .filter((p) => p.path === 'commitment')
        .map((p) => ({ entryId: p.entryId, choice: 'submit' })),
    });
    expect(submitting.statusCode, submitting.body).toBe(201);
    await credit.request('PUT', `/api/v1/credit/applicants/${id}`, {
      status: 'false_commitment',
      repaired: true,
      note: '已完成信用修复',
    });
    expect((await findCommitmentItem(wang, REGION)).proofs.eligibility.eligible).toBe(true);
  });
});

describe('withdrawal half-way (中途退出)', () => {
  it('keeps the letter marked withdrawn and asks for the proof instead', async () => {
    let app = await sign(zhangsan, await apply(zhangsan, REGION, choice), choice.commitment.entryId);
    const letter = letterOf(app, choice.commitment.entryId);
    app = await uploadMissing(zhangsan, app);
    await zhangsan.post(`/api/v1/applications/${app.id}/submit`);
    await clerk.post(`/api/v1/applications/${app.id}/accept`);
    const res = await zhangsan.post(
      `/api/v1/applications/${app.id}/proofs/${choice.commitment.entryId}/withdraw-commitment`,
      { reason: '改为自行开具证明' },
    );
    expect(res.statusCode, res.body).toBe(200);
    app = json<ApplicationView>(res);
    const proof = app.proofs.find((p) => p.entryId === choice.commitment.entryId)!;
    expect(proof.choice).toBe('submit');
    expect(proof.letter).toMatchObject({
      status: 'withdrawn',
      withdrawReason: '改为自行开具证明',
      signMethod: 'electronic',
    });
    // The office cannot approve until the proof is there.
    expect(
      (await clerk.post(`/api/v1/applications/${app.id}/decide`, { decision: 'approve', reason: '' })).statusCode,
    ).toBe(409);
    app = await uploadMissing(zhangsan, app);
    expect(
      json<ApplicationView>(
        await clerk.post(`/api/v1/applications/${app.id}/decide`, { decision: 'approve', reason: '' }),
      ).status,
    ).toBe('approved');
    expect(
      await t.platform.database.db.select().from(verificationTasks).where(eq(verificationTasks.applicationId, app.id)),
    ).toHaveLength(0);
    expect(json<LetterCheck>(await anonymous(t.app).get(`/api/v1/public/letters/${letter.number}`)).verdict).toBe(
      'withdrawn',
    );
    // After the decision, nothing can be withdrawn.
    expect(
      (
        await zhangsan.post(`/api/v1/applications/${app.id}/proofs/${choice.commitment.entryId}/withdraw-commitment`, {
          reason: '再试',
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe('counter and proxy', () => {
  it('lets the window clerk start an application for a registered applicant and upload the hand-signed scan', async () => {
    const id = await applicantId('张三');
    const counterChoice = await findCommitmentItem(clerk, REGION, {}, id);
    let app = await apply(clerk, REGION, counterChoice, { applicantId: id });
    expect(app.channel).toBe('counter');
    const letter = letterOf(app, counterChoice.commitment.entryId);
    // The clerk cannot sign electronically for the applicant.
    expect(
      (await clerk.post(`/api/v1/applications/${app.id}/letters/${letter.id}/sign`, { sm3: letter.sm3 })).statusCode,
    ).toBe(403);
    const unsignedPdf = await clerk.get(`/api/v1/applications/${app.id}/letters/${letter.id}/pdf`);
    expect(unsignedPdf.statusCode).toBe(200);
    const tiny = await clerk.request(
      'PUT',
      `/api/v1/applications/${app.id}/letters/${letter.id}/scan`,
      undefined,
      { 'content-type': 'image/png' },
      PNG,
    );
    expect(json<{ error: { code: string } }>(tiny).error.code).toBe('SCAN_TOO_SMALL');
    const scan = await clerk.request(
      'PUT',
      `/api/v1/applications/${app.id}/letters/${letter.id}/scan`,
      undefined,
      { 'content-type': 'application/pdf', 'x-filename': encodeURIComponent('承诺书.pdf') },
      SCAN,
    );
    expect(scan.statusCode, scan.body).toBe(200);
    app = json<ApplicationView>(scan);
    expect(letterOf(app, counterChoice.commitment.entryId)).toMatchObject({
      status: 'signed',
      signMethod: 'paper',
      scan: { filename: '承诺书.pdf', size: SCAN.length },
    });
    // The applicant follows it online.
    expect(json<ApplicationPage>(await zhangsan.get('/api/v1/applications')).items.map((i) => i.id)).toContain(app.id);
    const check = json<LetterCheck>(await anonymous(t.app).get(`/api/v1/public/letters/${letter.number}`));
    expect(check).toMatchObject({ verdict: 'genuine', signMethod: 'paper', signatureValid: true });
  });

  it('lets a grid worker find a registered applicant by full ID number only, and act as proxy', async () => {
    const grid = await signIn(t.app, 'grid');
    const zhang = DEMO_APPLICANTS.find((a) => a.username === 'zhangsan')!;
    const browse = json<{ items: unknown[] }>(await grid.get('/api/v1/applicants?q=张'));
    expect(browse.items).toEqual([]);
    const found = json<{ items: Array<{ id: string; identifierMasked: string }> }>(
      await grid.get(`/api/v1/applicants?identifier=${demoIdentifier('natural', zhang.identifierBody)}`),
    );
    expect(found.items).toHaveLength(1);
    const proxyChoice = await findCommitmentItem(grid, REGION, {}, found.items[0]!.id);
    const app = await apply(grid, REGION, proxyChoice, { applicantId: found.items[0]!.id });
    expect(app).toMatchObject({
      channel: 'proxy',
      viewer: { isApplicant: false, actsForApplicant: true, handles: false },
    });
    // The clerk's queue starts at submission: the proxy's draft is not in it yet.
    expect(json<ApplicationPage>(await clerk.get('/api/v1/applications')).items.map((i) => i.id)).not.toContain(app.id);
    expect((await clerk.get(`/api/v1/applications/${app.id}`)).statusCode).toBe(404);
  });

  it('keeps staff to their area and paper signing to counter and proxy applications', async () => {
    const grid = await signIn(t.app, 'grid');
    const li = await applicantId('李四');
    // 曲阜市 is not where the grid worker's community is.
    const qufu = await findCommitmentItem(await signIn(t.app, 'lisi'), '370881');
    const outside = await grid.post('/api/v1/applications', {
      regionCode: '370881',
      serviceItemId: qufu.item.id,
      applicantId: li,
      choices: [],
    });
    expect(json<{ error: { code: string } }>(outside).error.code).toBe('OUT_OF_AREA');
    // An applicant's own online application: the window can neither scan a "signature" for it nor act for the applicant.
    const online = await apply(zhangsan, REGION, choice);
    const letter = letterOf(online, choice.commitment.entryId);
    const scan = await clerk.request(
      'PUT',
      `/api/v1/applications/${online.id}/letters/${letter.id}/scan`,
      undefined,
      { 'content-type': 'application/pdf' },
      SCAN,
    );
    expect(scan.statusCode).toBe(404);
    await sign(zhangsan, online, choice.commitment.entryId);
    await uploadMissing(zhangsan, online);
    await zhangsan.post(`/api/v1/applications/${online.id}/submit`);
    expect(
      (
        await clerk.post(`/api/v1/applications/${online.id}/proofs/${choice.commitment.entryId}/withdraw-commitment`, {
          reason: '窗口代撤',
        })
      ).statusCode,
    ).toBe(404);
    expect(json<ApplicationView>(await clerk.get(`/api/v1/applications/${online.id}`)).viewer).toEqual({
      isApplicant: false,
      actsForApplicant: false,
      handles: true,
    });
  });

  it('refuses uploads that are not what they claim to be', async () => {
    const app = await apply(zhangsan, REGION, choice);
    const target = app.proofs.find((p) => p.choice === 'submit') ?? app.proofs.find((p) => p.choice === 'commitment')!;
    const fake = await zhangsan.request(
      'PUT',
      `/api/v1/applications/${app.id}/proofs/${target.entryId}/file`,
      undefined,
      { 'content-type': 'application/pdf' },
      Buffer.from('MZ\x90\x00 not a pdf'),
    );
    expect(fake.statusCode).toBe(400);
    expect(json<{ error: { code: string } }>(fake).error.code).toBe('FILE_CONTENT_INVALID');
    const wrongType = await zhangsan.request(
      'PUT',
      `/api/v1/applications/${app.id}/proofs/${target.entryId}/file`,
      undefined,
      { 'content-type': 'text/html' },
      Buffer.from('<script>'),
    );
    expect(wrongType.statusCode).toBe(415);
  });
});

describe('IDOR and scope', () => {
  it("hides one applicant's application from another, and from staff outside its scope", async () => {
    const app = await apply(zhangsan, REGION, choice);
    const letter = letterOf(app, choice.commitment.entryId);
    const lisi = await signIn(t.app, 'lisi');
    const grid = await signIn(t.app, 'grid');
    const verifier = await signIn(t.app, 'verifier');
    for (const other of [lisi, grid]) {
      expect((await other.get(`/api/v1/applications/${app.id}`)).statusCode).toBe(404);
      expect((await other.get(`/api/v1/applications/${app.id}/letters/${letter.id}/pdf`)).statusCode).toBe(404);
      expect((await other.post(`/api/v1/applications/${app.id}/submit`)).statusCode).toBe(404);
      expect(
        (
          await other.post(`/api/v1/applications/${app.id}/proofs/${choice.commitment.entryId}/withdraw-commitment`, {
            reason: 'x',
          })
        ).statusCode,
      ).toBe(404);
      expect(json<ApplicationPage>(await other.get('/api/v1/applications')).items.map((i) => i.id)).not.toContain(
        app.id,
      );
    }
    expect(
      (await lisi.post(`/api/v1/applications/${app.id}/letters/${letter.id}/sign`, { sm3: letter.sm3 })).statusCode,
    ).toBe(404);
    expect((await verifier.get(`/api/v1/applications/${app.id}`)).statusCode).toBe(403);
    expect((await lisi.post(`/api/v1/applications/${app.id}/accept`)).statusCode).toBe(403);
  });

  it('tells a deadline the calendar cannot count yet only to staff who may act on the application', async () => {
    let app = await sign(zhangsan, await apply(zhangsan, REGION, choice), choice.commitment.entryId);
    app = await uploadMissing(zhangsan, app);
    expect((await zhangsan.post(`/api/v1/applications/${app.id}/submit`)).statusCode).toBe(200);
    const [qufu] = await unitsInRegion(t.platform.database.db, '370881');
    await createStaff(rootCtx(t.platform), {
      username: 'qf-clerk',
      displayName: '曲阜窗口',
      unitId: qufu!.id,
      password: FIXTURE_PASSWORD,
      grants: [{ role: 'window_clerk', unitId: qufu!.id }],
    });
    // A year the calendar cannot count at all: 2024, before the amended holiday law (no provisional
    // calendar is guessed for it) and before the shipped notices.
    clock.set('2024-12-20T02:00:00Z');
    try {
      const outsider = await signIn(t.app, 'qf-clerk', FIXTURE_PASSWORD);
      expect((await outsider.post(`/api/v1/applications/${app.id}/accept`)).statusCode).toBe(404);
      const res = await (await signIn(t.app, 'clerk')).post(`/api/v1/applications/${app.id}/accept`);
      expect(res.statusCode).toBe(409);
      expect(json<{ error: { code: string } }>(res).error.code).toBe('CALENDAR_GAP');
    } finally {
      clock.set(START);
    }
  });
});

describe('lists in force, never drafts; letters pinned to what they were signed against', () => {
  it('does not offer a draft entry linked to the service item', async () => {
    const [entry] = await t.platform.database.db
      .select()
      .from(proofEntries)
      .where(eq(proofEntries.id, choice.commitment.entryId));
    const draft = await insertEntry(
      t.platform,
      entry!.unitId,
      'draft',
      validEntry('草稿中的证明', { serviceItemIds: [choice.item.id] }),
    );
    const proofs = json<ItemProofs>(
      await zhangsan.get(`/api/v1/applications/service-items/${choice.item.id}/proofs?region=${REGION}`),
    );
    expect(proofs.proofs.map((p) => p.entryId)).not.toContain(draft.id);
    const res = await zhangsan.post('/api/v1/applications', {
      regionCode: REGION,
      serviceItemId: choice.item.id,
      choices: [{ entryId: draft.id, choice: 'commitment' }],
    });
    expect(res.statusCode).toBe(400);
  });

  it('keeps an old letter word for word when the catalogue publishes a new legal basis', async () => {
    const old = await sign(zhangsan, await apply(zhangsan, REGION, choice), choice.commitment.entryId);
    const oldLetter = letterOf(old, choice.commitment.entryId);
    const db = t.platform.database.db;
    const [entry] = await db.select().from(proofEntries).where(eq(proofEntries.id, choice.commitment.entryId));
    const basis = [{ instrument: '《某某新条例》', article: '第九条', rank: 'local_regulation' as const }];
    await db.update(proofEntries).set({ legalBasis: basis, status: 'approved' }).where(eq(proofEntries.id, entry!.id));
    await publishLists(rootCtx(t.platform), entry!.regionCode, {
      documentNumber: '测政发〔2026〕99号',
      effectiveDate: '2026-03-01',
    });

    const again = json<ApplicationView>(await zhangsan.get(`/api/v1/applications/${old.id}`));
    expect(letterOf(again, choice.commitment.entryId).text).toEqual(oldLetter.text);
    expect(json<LetterCheck>(await anonymous(t.app).get(`/api/v1/public/letters/${oldLetter.number}`)).verdict).toBe(
      'genuine',
    );
    const fresh = letterOf(await apply(zhangsan, REGION, choice), choice.commitment.entryId);
    expect(fresh.text.pins.legalBasis).toContain('《某某新条例》第九条');
    expect(fresh.text.pins.listVersion).toContain('测政发〔2026〕99号');
    expect(oldLetter.text.pins.legalBasis).not.toContain('某某新条例');
  });
});

/**
 * Applications with commitment (告知承诺办件), end to end: 张三 on a phone applies for a service
 * item of 任城区 whose proof a commitment can replace, signs the letter (consenting to its
 * disclosure where the lists ask for it) and submits; the window clerk of 任城区行政审批服务局
 * (一窗受理) accepts and approves it on a desktop; 张三 sees 准予办理; anyone then checks the letter
 * on the public page (真实有效, and 与存档不一致 against a wrong digest). Last, the admin sees and
 * changes an applicant's credit status, which decides whether commitment is offered.
 * The service item is found through the API at run time, so no ids are hard-coded.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ApplicableItem, ApplicationView, ItemProofs, ProofOption } from '@pfc/contracts';
import type { Browser, Page } from 'playwright-core';
import {
  chooseOption,
  DEMO_PASSWORD,
  ensureWebBuilt,
  eventually,
  launchBrowser,
  RESULTS_DIR,
  type RunningServer,
  screenshot,
  signIn,
  startServer,
  watchPageErrors,
  withPage,
} from './harness';
import { desktop, noSidewaysScroll, openMenu, phone } from './publication-steps';

const REGION = '370811';

let server: RunningServer;
let browser: Browser;
let item: ApplicableItem;
let itemProofs: ItemProofs;
let applicationNumber = '';
const letterNumbers: string[] = [];

/** A signed-in API session: GET, and PUT with the session's CSRF token. */
async function apiAs(username: string) {
  const res = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  assert.equal(res.status, 200, `${username} could not sign in`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async <T>(method: 'GET' | 'PUT', path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { cookie, 'accept-language': 'zh-CN' };
    if (method !== 'GET') Object.assign(headers, { 'content-type': 'application/json', 'x-csrf-token': csrfToken });
    const answer = await fetch(`${server.baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.equal(answer.status, 200, `${method} ${path} answered ${answer.status}: ${await answer.clone().text()}`);
    return (await answer.json()) as T;
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
  };
}

/**
 * A service item of 任城区 with a proof that a commitment can replace. Preferred: one whose letter
 * is disclosed (the consent step is then walked) and whose other proofs need nothing submitted;
 * else any, and the proofs to submit are uploaded.
 */
async function findItem(): Promise<void> {
  const { get } = await apiAs('zhangsan');
  const items = await get<ApplicableItem[]>(`/applications/service-items?region=${REGION}`);
  const usable: Array<[ApplicableItem, ItemProofs]> = [];
  for (const candidate of items.filter((i) => i.commitmentProofs > 0)) {
    const proofs = await get<ItemProofs>(`/applications/service-items/${candidate.id}/proofs?region=${REGION}`);
    if (proofs.eligibility.eligible && proofs.proofs.some((p) => p.path === 'commitment'))
      usable.push([candidate, proofs]);
  }
  const noUpload = ([, p]: [ApplicableItem, ItemProofs]) => !p.proofs.some((x) => x.path === 'submit');
  const disclosed = ([, p]: [ApplicableItem, ItemProofs]) =>
    p.proofs.some((x) => x.path === 'commitment' && x.disclosure);
  const best = usable.find((u) => noUpload(u) && disclosed(u)) ?? usable.find(noUpload) ?? usable[0];
  assert.ok(best, `任城区 must have a service item with a proof that a commitment can replace (${items.length} items)`);
  [item, itemProofs] = best;
}

const commitmentProofs = (): ProofOption[] => itemProofs.proofs.filter((p) => p.path === 'commitment');

/** A tiny but well-formed PDF: the server sniffs the first bytes of every upload. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function statusIs(page: Page, status: string, text: RegExp): Promise<void> {
  const tag = page.locator(`[data-testid="application-status"][data-status="${status}"]`).first();
  await tag.waitFor();
  assert.match(await tag.innerText(), text);
}

describe('applications with commitment', () => {
  before(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    await findItem();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('on a phone 张三 applies, commits instead of the proof, signs the letter and submits', () =>
    withPage(browser, server.baseUrl, 'applications-apply-phone', phone, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'zhangsan');
      await openMenu(page, '我要办事', true);
      await page.waitForURL('**/apply');

      await page.getByTestId('apply-item-filter').locator('input').fill(item.name);
      await page.locator(`[data-testid="apply-item"][data-id="${item.id}"]`).click();
      await page.waitForURL((url) => url.searchParams.get('item') === item.id);
      const cards = page.getByTestId('apply-proof');
      await cards.first().waitFor();
      assert.equal(await cards.count(), itemProofs.proofs.length);
      for (const proof of itemProofs.proofs) {
        const card = page.locator(`[data-testid="apply-proof"][data-entry="${proof.entryId}"]`);
        assert.equal(await card.getByTestId('apply-proof-note').innerText(), proof.note);
        assert.equal(await card.getByTestId('proof-path').getAttribute('data-path'), proof.path);
      }

      // Creating before choosing: each commitment proof asks for a choice.
      await page.getByTestId('apply-create').click();
      assert.equal(await page.getByTestId('apply-proof-problem').count(), commitmentProofs().length);

      for (const proof of commitmentProofs()) {
        const card = page.locator(`[data-testid="apply-proof"][data-entry="${proof.entryId}"]`);
        // The disclosure notice is there before the choice is made.
        assert.equal(await card.getByTestId('apply-disclosure-notice').count(), proof.disclosure ? 1 : 0);
        await card.getByText('签署承诺书', { exact: true }).click();
        if (proof.disclosure) await card.getByText('我同意公示本承诺书').click();
      }
      await noSidewaysScroll(page);
      await screenshot(page, 'applications-apply-phone');
      await page.getByTestId('apply-create').click();
      await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);

      await page.getByTestId('application-header').waitFor();
      applicationNumber = (await page.getByTestId('application-number').innerText()).trim();
      assert.ok(applicationNumber.length > 8, 'the application has a number');
      await statusIs(page, 'draft', /填报中/);

      // Proofs that must be submitted anyway: upload a PDF each.
      for (const proof of itemProofs.proofs.filter((p) => p.path === 'submit')) {
        const card = page.locator(`[data-testid="application-proof"][data-entry="${proof.entryId}"]`);
        await card
          .locator('input[type=file]')
          .setInputFiles({ name: `${proof.name}.pdf`, mimeType: 'application/pdf', buffer: PDF });
        await card.getByTestId('proof-file').waitFor();
      }

      for (const proof of commitmentProofs()) {
        const card = page.locator(`[data-testid="application-proof"][data-entry="${proof.entryId}"]`);
        letterNumbers.push((await card.getByTestId('letter-number').innerText()).trim());
        await card.getByTestId('letter-open').click();
        const drawer = page.getByTestId('letter-drawer');
        await drawer.getByTestId('letter-text').waitFor();
        assert.ok(
          (await drawer.getByTestId('letter-pledges').locator('li').count()) > 0,
          'the letter has numbered pledges',
        );
        await noSidewaysScroll(page);
        // The drawer slides in from the right; the picture is taken once it fills the screen.
        await eventually(
          async () => (await page.locator('.ant-drawer-content-wrapper', { has: drawer }).boundingBox())?.x === 0,
          5_000,
          'the letter drawer to open',
        );
        await page.screenshot({ path: `${RESULTS_DIR}/applications-letter-phone.png` });
        assert.equal(await page.getByTestId('letter-sign').isDisabled(), true, 'signing waits for the checkbox');
        await page.getByText('我已阅读并知晓上述告知内容').click();
        await page.getByTestId('letter-sign').click();
        await drawer.getByTestId('letter-signed').waitFor();
        assert.match(await drawer.getByTestId('letter-digest').innerText(), /[0-9a-f]{64}/);
        await page
          .getByRole('button', { name: /关\s*闭/ })
          .last()
          .click();
        await card.locator('[data-testid="letter-status"][data-status="signed"]').waitFor();
      }

      await page.getByTestId('application-submit').click();
      await statusIs(page, 'submitted', /已提交/);
      await page.getByTestId('application-accept-due').waitFor();
      await noSidewaysScroll(page);
      await screenshot(page, 'applications-submitted-phone');
      assert.deepEqual(errors, []);
    }));

  test('on a desktop the window clerk finds it in the queue, accepts and approves it', () =>
    withPage(browser, server.baseUrl, 'applications-clerk', desktop, async (page) => {
      const errors = watchPageErrors(page);
      assert.ok(applicationNumber, 'the applicant journey ran first');
      await signIn(page, 'clerk');
      await openMenu(page, '办件受理');
      await page.waitForURL('**/applications');
      const row = page.getByTestId('applications-table').locator('tbody tr', { hasText: applicationNumber });
      await row.getByText('已提交，待受理').waitFor();
      await row.getByTestId('application-open').click();
      await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
      await statusIs(page, 'submitted', /已提交/);

      await page.getByTestId('clerk-accept').click();
      await page.getByTestId('clerk-accept-confirm').click();
      await statusIs(page, 'accepted', /已受理/);
      await page.getByTestId('application-decision-due').waitFor();
      await page.getByTestId('notice-acceptance').waitFor();
      // Late in a year the decision deadline reaches one whose holiday notice is not entered: it is
      // counted provisionally and the page tags it 「暂定」, exactly when the server says so.
      const view = await (await apiAs('clerk')).get<ApplicationView>(
        `/applications/${page.url().split('/').pop() ?? ''}`,
      );
      assert.equal(
        await page.getByTestId('application-decision-due').getAttribute('data-provisional'),
        String(view.decisionDueProvisional),
      );
      if (view.decisionDueProvisional)
        await page.getByTestId('application-decision-due-provisional').getByText('暂定').waitFor();

      await page.getByTestId('clerk-approve').click();
      await page.getByTestId('clerk-approve-modal-reason').fill('材料齐全，准予办理');
      await page.getByTestId('clerk-approve-modal-confirm').click();
      await statusIs(page, 'approved', /准予办理/);
      await page.getByTestId('notice-approval').waitFor();
      await page.getByTestId('application-events').locator('[data-action="approved"]').waitFor();
      await screenshot(page, 'applications-clerk-desktop');
      assert.deepEqual(errors, []);
    }));

  test('张三 sees 准予办理 on the phone', () =>
    withPage(browser, server.baseUrl, 'applications-mine-phone', phone, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'zhangsan');
      await openMenu(page, '我的办件', true);
      await page.waitForURL('**/applications');
      const card = page.getByTestId('application-row').filter({ hasText: applicationNumber });
      await card.locator('[data-testid="application-status"][data-status="approved"]').waitFor();
      await noSidewaysScroll(page);
      await card.getByTestId('application-open').click();
      await statusIs(page, 'approved', /准予办理/);
      await noSidewaysScroll(page);
      assert.deepEqual(errors, []);
    }));

  test('anyone checks the letter on the public page: 真实有效, and 与存档不一致 against a wrong digest', () =>
    withPage(browser, server.baseUrl, 'applications-verify-phone', phone, async (page) => {
      const errors = watchPageErrors(page);
      const number = letterNumbers[0];
      assert.ok(number, 'a letter was signed');
      await page.goto('/');
      await page.getByTestId('nav-letters').click();
      await page.waitForURL('**/letters/verify');
      await page.getByTestId('verify-number').fill(number);
      await page.getByTestId('verify-submit').click();
      await page.waitForURL(`**/letters/${number}`);
      const result = page.locator('[data-testid="verify-result"][data-verdict="genuine"]');
      await result.waitFor();
      assert.match(await page.getByTestId('verify-verdict').innerText(), /真实有效/);
      assert.match(await result.innerText(), new RegExp(item.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.doesNotMatch(await result.innerText(), /张三/, 'the applicant is masked');
      await noSidewaysScroll(page);
      await screenshot(page, 'applications-verify-phone');

      await page.getByTestId('verify-sm3').fill('0'.repeat(64));
      await page.getByTestId('verify-submit').click();
      await page.locator('[data-testid="verify-result"][data-verdict="altered"]').waitFor();
      assert.match(await page.getByTestId('verify-verdict').innerText(), /与存档不一致/);

      // A letter published on the portal (where the lists ask for disclosure) is listed there, masked.
      const disclosed = commitmentProofs().findIndex((p) => p.disclosure);
      await page.getByTestId('nav-commitments').click();
      await page.waitForURL('**/commitments');
      if (disclosed >= 0) {
        const row = page.getByTestId('disclosed-commitment').filter({ hasText: letterNumbers[disclosed]! });
        await row.waitFor();
        assert.doesNotMatch(await row.innerText(), /张三/);
      }
      await noSidewaysScroll(page);
      assert.deepEqual(errors, []);
    }));

  test('the admin sees an applicant’s credit status, rules commitment out and restores it', () =>
    withPage(browser, server.baseUrl, 'applications-credit', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'admin');
      await openMenu(page, '信用状况');
      await page.waitForURL('**/credit');
      await page.getByTestId('credit-search-by').click();
      await chooseOption(page, '按姓名');
      const search = page.getByTestId('credit-search').locator('input');
      await search.fill('张三');
      await search.press('Enter');
      await page
        .getByTestId('credit-applicants')
        .locator('.ant-list-item', { hasText: '张三' })
        .first()
        .getByTestId('credit-open')
        .click();
      const panel = page.getByTestId('credit-panel');
      await panel.locator('[data-testid="credit-eligibility"][data-eligible="true"]').waitFor();

      await panel.getByText('曾作出虚假承诺').click();
      await page.getByTestId('credit-note').fill('端到端测试：认定虚假承诺');
      await page.getByTestId('credit-save').click();
      await panel.locator('[data-testid="credit-eligibility"][data-eligible="false"]').waitFor();

      await panel.getByText('无不良记录').last().click();
      await page.getByTestId('credit-note').fill('');
      await page.getByTestId('credit-save').click();
      await panel.locator('[data-testid="credit-eligibility"][data-eligible="true"]').waitFor();
      assert.deepEqual(errors, []);
    }));
});

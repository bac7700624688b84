/**
 * Publication journey (node:test + playwright-core): a proof entry is taken to 征求意见 through the
 * API by the demo reviewers; a citizen (signed out, on a phone) comments on the consultation page;
 * the policy reviewer publishes the comment with a reply; the leadership office closes the
 * consultation, approves and publishes the lists under a document number; the public /lists page
 * shows the new version with the entry in the retained and commitment lists.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { chooseOption, ensureWebBuilt, launchBrowser, newContext, type RunningServer, screenshot, signIn, startServer, watchPageErrors, withPage } from './harness';

let server: RunningServer;
let browser: Browser;
const desktop = { viewport: { width: 1366, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const stamp = String(Date.now()).slice(-6);
const entryName = `婚姻状况证明（公布${stamp}）`;
const commentBody = `希望改为信息共享核验（${stamp}）`;
const replyText = `已采纳，办理时可直接承诺（${stamp}）`;
const documentNumber = `济政字〔2026〕${stamp}号`;

/** Runs `steps` with the API as `username`, signed in through the login page (cookie + CSRF token). */
async function asUser(username: string, steps: (call: (path: string, data?: object) => Promise<unknown>) => Promise<void>): Promise<void> {
  const context = await newContext(browser, server.baseUrl);
  const page = await context.newPage();
  try {
    await signIn(page, username);
    const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
    await steps(async (path, data) => {
      const res = data ? await page.request.post(`/api/v1${path}`, { headers: { 'x-csrf-token': session.csrfToken }, data }) : await page.request.get(`/api/v1${path}`);
      assert.ok(res.ok(), `${path}: ${res.status()} ${await res.text()}`);
      return res.json();
    });
  } finally {
    await context.close();
  }
}

async function openMenu(page: Page, label: string): Promise<void> {
  await page.getByTestId('nav-menu').locator(`.ant-menu-item[title="${label}"]`).click();
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  assert.ok(Number(overflow) <= 0, `page is ${String(overflow)}px wider than the screen`);
}

describe('publication', () => {
  before(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('set-up: an entry reaches 征求意见 through the reviewers', async () => {
    let id = '';
    await asUser('catalog', async (call) => {
      const session = (await call('/auth/session')) as { user: { unitId: string } };
      const items = (await call('/catalog/service-items?pageSize=1')) as { items: Array<{ id: string }> };
      assert.ok(items.items[0], 'the demo city has service items');
      const entry = {
        name: entryName, aliases: [], content: '申请人的婚姻状况', serviceItemIds: [items.items[0].id], issuingUnitName: '婚姻登记机关',
        legalBasis: [{ instrument: '婚姻登记条例', article: '第五条', rank: 'administrative_regulation' }], disposition: 'retain',
        cancelRule: null, cancelReason: '', substitutes: [{ method: 'commitment' }], mustSubmitReason: '', commitmentExcluded: false,
        exclusionCategory: null, disclosure: false, verificationPlan: { method: 'online', timeLimitDays: 5, samplingShare: 1 }, remarks: '',
      };
      ({ id } = (await call('/catalog/entries', { unitId: session.user.unitId, entry })) as { id: string });
      await call(`/catalog/entries/${id}/submit`, {});
    });
    await asUser('unithead', (call) => call(`/catalog/entries/${id}/unit-review`, { decision: 'approve' }).then(() => undefined));
    await asUser('legal', (call) => call(`/catalog/entries/${id}/legal-review`, { decision: 'approve' }).then(() => undefined));
    await asUser('policy', async (call) => {
      const view = (await call(`/catalog/entries/${id}/policy-review`, { decision: 'approve' })) as { status: string };
      assert.equal(view.status, 'consultation');
    });
  });

  test('a citizen comments on the draft lists on a phone, without signing in', () =>
    withPage(browser, server.baseUrl, 'publication-comment', phone, async (page) => {
      const errors = watchPageErrors(page);
      await page.goto('/consultation/370800');
      await page.getByTestId('draft-entries').getByText(entryName).waitFor();
      await page.getByTestId('comment-entry').click();
      await page.keyboard.type(stamp);
      await chooseOption(page, entryName);
      await page.getByTestId('comment-body').fill(commentBody);
      await page.getByTestId('comment-author').fill('王先生');
      await page.getByTestId('comment-contact').fill('13800000000');
      await page.getByText('联系方式仅供工作人员回访，不会公开。').waitFor();
      await page.getByTestId('comment-submit').click();
      await page.getByTestId('comment-sent').waitFor();
      await noSidewaysScroll(page);
      await screenshot(page, 'publication-consultation-phone');
      assert.deepEqual(errors, []);
    }));

  test('the policy reviewer publishes the comment with a reply', () =>
    withPage(browser, server.baseUrl, 'publication-moderate', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'policy');
      await openMenu(page, '审定与公布');
      await page.waitForURL('**/catalog/publication');
      assert.equal(await page.getByTestId('stage-actions').count(), 0);
      const row = page.getByTestId('pending-comment').filter({ hasText: commentBody });
      await row.getByText(entryName).waitFor();
      await row.getByTestId('moderate-reply').fill(replyText);
      await row.getByTestId('moderate-publish').click();
      await row.waitFor({ state: 'detached' });

      await page.goto('/consultation/370800');
      const published = page.getByTestId('public-comment').filter({ hasText: commentBody });
      await published.getByTestId('comment-reply').getByText(replyText).waitFor();
      assert.equal(await page.getByText('13800000000').count(), 0);
      assert.deepEqual(errors, []);
    }));

  test('the leadership office closes the consultation, approves and publishes the lists', () =>
    withPage(browser, server.baseUrl, 'publication-publish', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'leader');
      await openMenu(page, '审定与公布');
      await page.waitForURL('**/catalog/publication');
      const result = (stage: string) => page.locator(`[data-testid="stage-result"][data-stage="${stage}"]`);
      await page.getByTestId('stage-close').click();
      await result('close').getByText(/已流转 [1-9]\d* 项证明事项/).waitFor();
      await page.getByTestId('stage-approve').click();
      await result('approve').getByText(/已流转 [1-9]\d* 项证明事项/).waitFor();
      await page.getByTestId('stage-publish').click();
      await page.getByTestId('publish-document-number').fill(documentNumber);
      await page.getByTestId('publish-effective-date').click();
      await page.keyboard.type('2026-12-01');
      await page.keyboard.press('Enter');
      await page.getByTestId('publish-confirm').click();
      await result('publish').getByText(/已公布第 2 版/).waitFor();
      await screenshot(page, 'publication-staff-desktop');
      assert.deepEqual(errors, []);
    }));

  test('the public lists show the new version with the entry in the retained and commitment lists', () =>
    withPage(browser, server.baseUrl, 'publication-lists', phone, async (page) => {
      const errors = watchPageErrors(page);
      await page.goto('/');
      await page.getByTestId('home-lists-link').click();
      await page.waitForURL('**/lists');
      await page.getByTestId('version-row').filter({ hasText: documentNumber }).waitFor();
      const view = page.getByTestId('version-view');
      await view.getByText(`第 2 版 · ${documentNumber}`).waitFor();
      await page.getByTestId('lists-search').locator('input').fill(stamp);
      await page.getByTestId('list-retained').getByTestId('list-entry').filter({ hasText: entryName }).waitFor();
      assert.equal(await page.getByTestId('list-retained').getByTestId('list-entry').count(), 1);
      await page.getByRole('tab', { name: /告知承诺制清单/ }).click();
      await page.getByTestId('list-commitment').getByTestId('list-entry').filter({ hasText: entryName }).waitFor();
      await page.getByRole('tab', { name: /取消清单/ }).click();
      await page.getByTestId('list-cancelled').waitFor();
      assert.equal(await page.getByTestId('list-cancelled').getByTestId('list-entry').count(), 0);
      assert.match((await page.getByTestId('download-pdf-cancelled').getAttribute('href')) ?? '', /\/pdf\?list=cancelled$/);

      await page.getByTestId('compare-toggle').click();
      await page.getByTestId('diff-added').getByText(entryName).waitFor();
      await noSidewaysScroll(page);
      await screenshot(page, 'publication-lists-phone');
      assert.deepEqual(errors, []);
    }));
});

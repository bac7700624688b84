/**
 * Adjustment journey (动态调整): the catalogue officer asks to remove one of their unit's published
 * proof entries; the Justice Bureau approves; the leadership office publishes the approved
 * adjustments under a document number and sees the filing deadline; the public lists' newest version
 * no longer carries the entry.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  ensureWebBuilt,
  launchBrowser,
  type RunningServer,
  screenshot,
  signIn,
  startServer,
  watchPageErrors,
  withPage,
} from './harness';

let server: RunningServer;
let browser: Browser;
const desktop = { viewport: { width: 1366, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const stamp = String(Date.now()).slice(-6);
const reason = `该证明已可通过部门间信息共享获取（${stamp}）`;
const documentNumber = `济政字〔2026〕调${stamp}号`;
let entryName = '';

async function openAdjustments(page: Page): Promise<void> {
  await page.getByTestId('nav-menu').locator('.ant-menu-item[title="动态调整"]').click();
  await page.waitForURL('**/catalog/adjustments');
}

const rowOf = (page: Page) => page.getByTestId('adjustments-table').locator('tr').filter({ hasText: reason });

describe('adjustments', () => {
  before(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the catalogue officer requests the removal of a published entry', () =>
    withPage(browser, server.baseUrl, 'adjustments-request', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'catalog');
      await openAdjustments(page);
      await page.getByTestId('adjustment-create').click();
      await page.getByTestId('adjustment-form').waitFor();
      await page.getByTestId('adjustment-entry').click();
      const option = page.locator('.ant-select-item-option').first();
      entryName = (await option.getAttribute('title')) ?? '';
      assert.ok(entryName, 'the unit has a published entry');
      await option.click();
      await page.getByTestId('adjustment-reason').fill(reason);
      await page.getByTestId('adjustment-submit').click();
      await page.getByTestId('adjustment-form').waitFor({ state: 'detached' });
      const row = rowOf(page);
      await row.locator('[data-testid="adjustment-status"][data-status="submitted"]').waitFor();
      await row.locator('[data-testid="adjustment-kind"][data-kind="remove"]').waitFor();
      assert.deepEqual(errors, []);
    }));

  test('the Justice Bureau approves the request', () =>
    withPage(browser, server.baseUrl, 'adjustments-review', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'legal');
      await openAdjustments(page);
      assert.equal(await page.getByTestId('adjustment-create').count(), 0);
      await rowOf(page).getByTestId('adjustment-entry-name').getByText(entryName).waitFor();
      await rowOf(page).getByTestId('adjustment-review').click();
      await page.getByTestId('review-comment').fill('同意取消');
      await page.getByTestId('review-approve').click();
      await rowOf(page).locator('[data-testid="adjustment-status"][data-status="approved"]').waitFor();
      assert.deepEqual(errors, []);
    }));

  test('the leadership office publishes it and sees the filing due date', () =>
    withPage(browser, server.baseUrl, 'adjustments-publish', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'leader');
      await openAdjustments(page);
      await page.getByTestId('adjustment-document-number').fill(documentNumber);
      await page.getByTestId('adjustment-effective-date').click();
      await page.keyboard.type('2026-12-01');
      await page.keyboard.press('Enter');
      await page.getByTestId('adjustment-publish-submit').click();
      const published = page.getByTestId('adjustment-published');
      await published.getByText(/请于 \d{4}-\d{2}-\d{2} 前报上级备案/).waitFor();
      const due = /请于 (\d{4}-\d{2}-\d{2}) 前/.exec((await published.textContent()) ?? '')?.[1];
      const row = rowOf(page);
      await row.locator('[data-testid="adjustment-status"][data-status="published"]').waitFor();
      assert.equal(await row.getByTestId('adjustment-filing-due').textContent(), due);
      await row.getByTestId('adjustment-filing').waitFor();
      await screenshot(page, 'adjustments-leader-desktop');
      assert.deepEqual(errors, []);
    }));

  test('the newest public lists no longer carry the removed entry', () =>
    withPage(browser, server.baseUrl, 'adjustments-lists', phone, async (page) => {
      const errors = watchPageErrors(page);
      await page.goto('/lists');
      await page.getByTestId('version-row').filter({ hasText: documentNumber }).waitFor();
      const view = page.getByTestId('version-view');
      await view.getByText(documentNumber).first().waitFor();
      await page.getByTestId('compare-toggle').click();
      await page.getByTestId('diff-removed').getByText(entryName).waitFor();
      await page.getByTestId('lists-search').locator('input').fill(entryName);
      await page.getByTestId('list-retained').waitFor();
      assert.equal(
        await page.getByTestId('list-retained').getByTestId('list-entry').filter({ hasText: entryName }).count(),
        0,
      );
      await page.getByRole('tab', { name: /取消清单/ }).click();
      await page.getByTestId('list-cancelled').waitFor();
      assert.equal(
        await page.getByTestId('list-cancelled').getByTestId('list-entry').filter({ hasText: entryName }).count(),
        0,
      );
      assert.deepEqual(errors, []);
    }));
});

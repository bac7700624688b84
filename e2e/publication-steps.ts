/**
 * The second half of the catalogue journey (e2e/catalog.test.ts), from 征求意见 to the public lists:
 * a citizen (signed out, on a phone) comments on the entry; the policy reviewer of the service
 * centre publishes the comment with a reply; the leadership office closes the consultation,
 * approves and publishes the lists under a document number; the public /lists page shows the new
 * version with the entry; then, on a phone, 兖州区 adopts (承接) the city's lists and the entry
 * shows in the district's effective list with the city as its source.
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { chooseOption, pickUntilShown, screenshot, signIn, watchPageErrors, withPage } from './harness';

export const desktop = { viewport: { width: 1366, height: 900 } };
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export async function openMenu(page: Page, label: string, mobile = false): Promise<void> {
  if (mobile) await page.getByTestId('menu-toggle').click();
  // By title: the accessible names also hold the icons' names, and 证明事项 is part of two other entries.
  await page.getByTestId('nav-menu').locator(`.ant-menu-item[title="${label}"]`).click();
}

export async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  assert.ok(Number(overflow) <= 0, `page is ${String(overflow)}px wider than the screen`);
}

/** The entry the journey walks, named with the run's stamp so reruns on a kept database do not clash. */
export interface JourneyEntry {
  stamp: string;
  entryName: string;
}

const texts = ({ stamp }: JourneyEntry) => ({
  commentBody: `希望改为信息共享核验（${stamp}）`,
  replyText: `已采纳，办理时可直接承诺（${stamp}）`,
  documentNumber: `济政字〔2026〕${stamp}号`,
  adoptionNumber: `兖政发〔2026〕${stamp}号`,
});

/** 兖州区 has no lists of its own in the demo city and adopts none: the adoption is what makes the entry apply there. */
const DISTRICT = { code: '370812', label: '兖州区（370812）', name: '兖州区' };

export const commentAsCitizen = (browser: Browser, baseUrl: string, j: JourneyEntry) =>
  withPage(browser, baseUrl, 'journey-comment', phone, async (page) => {
    const errors = watchPageErrors(page);
    await page.goto('/consultation/370800');
    await page.getByTestId('draft-entries').getByText(j.entryName).waitFor();
    await page.getByTestId('comment-entry').click();
    await page.keyboard.type(j.stamp);
    await chooseOption(page, j.entryName);
    await page.getByTestId('comment-body').fill(texts(j).commentBody);
    await page.getByTestId('comment-author').fill('王先生');
    await page.getByTestId('comment-contact').fill('13800000000');
    await page.getByText('联系方式仅供工作人员回访，不会公开。').waitFor();
    await page.getByTestId('comment-submit').click();
    await page.getByTestId('comment-sent').waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'publication-consultation-phone');
    assert.deepEqual(errors, []);
  });

export const moderateComment = (browser: Browser, baseUrl: string, j: JourneyEntry) =>
  withPage(browser, baseUrl, 'journey-moderate', desktop, async (page) => {
    const errors = watchPageErrors(page);
    const { commentBody, replyText } = texts(j);
    await signIn(page, 'policy');
    await openMenu(page, '审定与公布');
    await page.waitForURL('**/catalog/publication');
    const row = page.getByTestId('pending-comment').filter({ hasText: commentBody });
    await row.getByText(j.entryName).waitFor();
    // The service centre answers comments; the stages and 承接 belong to the leadership office.
    assert.equal(await page.getByTestId('stage-actions').count(), 0);
    assert.equal(await page.getByTestId('adoption-card').count(), 0);
    await row.getByTestId('moderate-reply').fill(replyText);
    await row.getByTestId('moderate-publish').click();
    await row.waitFor({ state: 'detached' });

    await page.goto('/consultation/370800');
    const published = page.getByTestId('public-comment').filter({ hasText: commentBody });
    await published.getByTestId('comment-reply').getByText(replyText).waitFor();
    assert.equal(await page.getByText('13800000000').count(), 0);
    assert.deepEqual(errors, []);
  });

export const closeApprovePublish = (browser: Browser, baseUrl: string, j: JourneyEntry) =>
  withPage(browser, baseUrl, 'journey-publish', desktop, async (page) => {
    const errors = watchPageErrors(page);
    await signIn(page, 'leader');
    await openMenu(page, '审定与公布');
    await page.waitForURL('**/catalog/publication');
    const result = (stage: string) => page.locator(`[data-testid="stage-result"][data-stage="${stage}"]`);
    await page.getByTestId('stage-close').click();
    await result('close').getByText('已流转 1 项证明事项').waitFor();
    await page.getByTestId('stage-approve').click();
    await result('approve').getByText('已流转 1 项证明事项').waitFor();
    await page.getByTestId('stage-publish').click();
    await page.getByTestId('publish-document-number').fill(texts(j).documentNumber);
    await page.getByTestId('publish-effective-date').click();
    await page.keyboard.type('2026-12-01');
    await page.keyboard.press('Enter');
    await page.getByTestId('publish-confirm').click();
    await result('publish')
      .getByText(/已公布第 2 版/)
      .waitFor();
    await screenshot(page, 'publication-staff-desktop');
    assert.deepEqual(errors, []);
  });

export const readPublicLists = (browser: Browser, baseUrl: string, j: JourneyEntry) =>
  withPage(browser, baseUrl, 'journey-lists', phone, async (page) => {
    const errors = watchPageErrors(page);
    const { documentNumber } = texts(j);
    await page.goto('/');
    await page.getByTestId('home-lists-link').click();
    await page.waitForURL('**/lists');
    await page.getByTestId('version-row').filter({ hasText: documentNumber }).waitFor();
    const view = page.getByTestId('version-view');
    await view.getByText(`第 2 版 · ${documentNumber}`).waitFor();
    await page.getByTestId('lists-search').locator('input').fill(j.stamp);
    await page.getByTestId('list-retained').getByTestId('list-entry').filter({ hasText: j.entryName }).waitFor();
    assert.equal(await page.getByTestId('list-retained').getByTestId('list-entry').count(), 1);
    await page.getByRole('tab', { name: /告知承诺制清单/ }).click();
    await page.getByTestId('list-commitment').getByTestId('list-entry').filter({ hasText: j.entryName }).waitFor();
    await page.getByRole('tab', { name: /取消清单/ }).click();
    await page.getByTestId('list-cancelled').waitFor();
    assert.equal(await page.getByTestId('list-cancelled').getByTestId('list-entry').count(), 0);
    assert.match(
      (await page.getByTestId('download-pdf-cancelled').getAttribute('href')) ?? '',
      /\/pdf\?list=cancelled$/,
    );
    // The city adopts no upper lists: there is no separate effective view.
    assert.equal(await page.getByTestId('effective-view').count(), 0);

    await page.getByTestId('compare-toggle').click();
    await page.getByTestId('diff-added').getByText(j.entryName).waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'publication-lists-phone');
    assert.deepEqual(errors, []);
  });

export const adoptForDistrict = (browser: Browser, baseUrl: string, j: JourneyEntry) =>
  withPage(browser, baseUrl, 'journey-adopt', phone, async (page) => {
    const errors = watchPageErrors(page);
    const { documentNumber, adoptionNumber } = texts(j);
    await signIn(page, 'leader');
    await openMenu(page, '审定与公布', true);
    await page.waitForURL('**/catalog/publication');
    await pickUntilShown(page, page.getByTestId('publication-region'), DISTRICT.name, DISTRICT.label, DISTRICT.name);
    const card = page.getByTestId('adoption-card');
    await card.getByTestId('adoptions-empty').waitFor();

    await card.getByTestId('adoption-region').click();
    await chooseOption(page, `济宁市 · 第 2 版（${documentNumber}）`);
    await card.getByTestId('adoption-submit').click();
    await card.getByText('请输入承接文件文号').waitFor();
    await card.getByTestId('adoption-document-number').fill(adoptionNumber);
    await card.getByTestId('adoption-submit').click();
    await page.getByTestId('adoption-confirm-text').getByText(`济宁市现行的清单（第 2 版）`).waitFor();
    await page.getByTestId('adoption-confirm').click();
    await card.getByTestId('adoption-result').getByText('已承接济宁市的清单').waitFor();
    const row = card.locator('[data-testid="adoption-row"][data-region="370800"]');
    await row.getByText(`现行第 2 版 · ${documentNumber} · 2026-12-01 施行`).waitFor();
    await row.getByText(`承接文号：${adoptionNumber}`).waitFor();
    await card.scrollIntoViewIfNeeded();
    await noSidewaysScroll(page);
    await screenshot(page, 'publication-adoption-phone');
    assert.deepEqual(errors, []);
  });

export const readDistrictEffectiveList = (browser: Browser, baseUrl: string, j: JourneyEntry) =>
  withPage(browser, baseUrl, 'journey-district-lists', phone, async (page) => {
    const errors = watchPageErrors(page);
    await page.goto('/');
    await page.getByTestId('home-lists-link').click();
    await page.waitForURL('**/lists');
    await page.getByTestId('lists-region').click();
    await page.keyboard.type(DISTRICT.name);
    await chooseOption(page, DISTRICT.label);
    const view = page.getByTestId('effective-view');
    await view.getByTestId('effective-chain').getByText('本区划适用：兖州区 · 济宁市').waitFor();
    // 兖州区 published nothing itself; what applies there is the adopted city list.
    await page.getByTestId('lists-empty').waitFor();
    await view.getByTestId('effective-search').locator('input').fill(j.stamp);
    const entry = view.getByTestId('effective-retained').getByTestId('list-entry').filter({ hasText: j.entryName });
    await entry.getByText(`济宁市 第 2 版（${texts(j).documentNumber}）`).waitFor();
    assert.equal(await view.getByTestId('effective-retained').getByTestId('list-entry').count(), 1);
    await noSidewaysScroll(page);
    await screenshot(page, 'publication-district-lists-phone');
    assert.deepEqual(errors, []);
  });

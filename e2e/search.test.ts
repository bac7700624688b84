/**
 * The public lookup (证明查询): a citizen on a phone asks whether a proof is still needed, reads the
 * one-sentence answer, meets the "did you mean" suggestions and the Q&A; on a desktop an admin adds a
 * synonym group and the public search then understands the new phrase.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ProofSearchResult, PublicRegion, QaItem } from '@pfc/contracts';
import type { Browser, Page } from 'playwright-core';
import {
  ensureWebBuilt,
  eventually,
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
let city: PublicRegion;
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1366, height: 900 } };
/** Phrases no built-in synonym knows (apps/server/src/modules/search/synonyms-data.ts); the first that finds nothing is used. */
const NEW_PHRASES = ['守法证明', '遵纪守法证明', '没犯过事证明'];
/** Phrases that match no entry but resemble some. */
const NO_MATCH_PHRASES = ['好人证明', '残废证明', '品性证明', '出生医学证名'];

async function apiGet<T>(path: string, query: Record<string, string> = {}): Promise<T> {
  const url = new URL(`/api/v1${path}`, server.baseUrl);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { 'accept-language': 'zh-CN' } });
  assert.equal(res.status, 200, `${url.pathname} answered ${res.status}`);
  return (await res.json()) as T;
}

const searchApi = (q: string) => apiGet<ProofSearchResult>('/public/proofs', { q, region: city.code });

async function noSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  assert.ok(Number(overflow) <= 0, `${where} is ${String(overflow)}px wider than the phone screen`);
}

describe('public proof lookup', () => {
  before(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    const regions = (await apiGet<{ items: PublicRegion[] }>('/public/regions')).items;
    // The page's default: the first prefecture-level city.
    city = regions.find((r) => /^\d{4}00$/.test(r.code) && !r.code.endsWith('0000')) ?? regions[0]!;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('on a phone a citizen searches from the home page, reads the answer, gets suggestions and filters the Q&A', () =>
    withPage(browser, server.baseUrl, 'search-phone', phone, async (page) => {
      const errors = watchPageErrors(page);
      const expected = await searchApi('开无犯罪证明');
      const first = expected.items[0];
      assert.ok(first, 'the demo data answers 开无犯罪证明');
      assert.equal(first.name, '无犯罪记录证明');

      await page.goto('/');
      const box = page.getByTestId('home-search').getByRole('combobox');
      await box.click();
      await box.pressSequentially('开无犯罪');
      // Type-ahead: the proof's name, found through its alias.
      await page.locator('.ant-select-item-option').filter({ hasText: '无犯罪记录证明' }).first().waitFor();
      await noSidewaysScroll(page, 'the home page');

      await box.fill('开无犯罪证明');
      await box.press('Enter');
      await page.waitForURL(/\/search\?/);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('q'), '开无犯罪证明');
      assert.equal(url.searchParams.get('region'), city.code);
      const results = page.getByTestId('search-result');
      await results.first().waitFor();
      assert.equal(await results.first().getByTestId('search-result-link').innerText(), '无犯罪记录证明');
      assert.equal(await results.first().getByTestId('search-result-sentence').innerText(), first.answer.sentence);
      assert.equal(await results.count(), expected.items.length);
      await noSidewaysScroll(page, 'the result list');
      await screenshot(page, 'search-phone-results');

      await results.first().getByTestId('search-result-link').click();
      await page.waitForURL(`**/proofs/${first.entryId}?region=${city.code}`);
      const answer = page.getByTestId('proof-answer');
      await answer.waitFor();
      assert.equal(await answer.innerText(), first.answer.sentence);
      assert.match(first.answer.sentence, /^(已取消|可承诺代替|无需提交|仍需提交)/);
      assert.equal(await page.getByTestId('proof-what-to-do').innerText(), first.answer.whatToDo);
      assert.match(
        await page.getByTestId('proof-document').innerText(),
        new RegExp(first.source.documentNumber.replace(/[[\]()]/g, '\\$&')),
      );
      await noSidewaysScroll(page, 'the answer page');
      await screenshot(page, 'search-phone-answer');

      // Reporting is not online yet: the dialog says where to turn and that nothing is recorded.
      await page.getByTestId('proof-report').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('12345').waitFor();
      assert.match(await page.getByTestId('report-not-yet').innerText(), /不会记录/);
      await dialog.getByRole('button', { name: '关闭' }).first().click();
      await dialog.waitFor({ state: 'hidden' });

      // Back returns to the same results.
      await page.goBack();
      await page.waitForURL(/\/search\?/);
      await results.first().waitFor();

      // Nothing matches: close names instead (the first phrase the server answers that way).
      let typo: string | undefined;
      let close: ProofSearchResult | undefined;
      for (const phrase of NO_MATCH_PHRASES) {
        if (close) break;
        const answer = await searchApi(phrase);
        if (answer.total === 0 && answer.suggestions.length > 0) [typo, close] = [phrase, answer];
      }
      assert.ok(typo && close, `one of ${NO_MATCH_PHRASES.join('、')} must find nothing but close names`);
      const searchBox = page.getByRole('combobox', { name: '证明事项查询' });
      await searchBox.fill(typo);
      await searchBox.press('Enter');
      const didYouMean = page.getByTestId('search-did-you-mean');
      await didYouMean.getByText(close.suggestions[0]!.name, { exact: true }).waitFor();
      await page.getByTestId('search-hint').waitFor();
      await noSidewaysScroll(page, 'the empty result');

      // The Q&A, filtered by a word.
      const all = (await apiGet<{ items: QaItem[] }>('/public/qa')).items;
      const some = (await apiGet<{ items: QaItem[] }>('/public/qa', { q: '核查' })).items;
      assert.ok(some.length > 0 && some.length < all.length);
      await page.getByTestId('nav-qa').click();
      const questions = page.getByTestId('qa-question');
      await eventually(async () => (await questions.count()) === all.length, 10_000, 'all questions');
      const qaBox = page
        .getByTestId('qa-page')
        .getByRole('searchbox')
        .or(page.getByTestId('qa-page').locator('input'))
        .first();
      await qaBox.fill('核查');
      await qaBox.press('Enter');
      await eventually(async () => (await questions.count()) === some.length, 10_000, 'the filtered questions');
      assert.equal(await questions.first().innerText(), some[0]!.question);
      await questions.first().click();
      await page.getByText(some[0]!.answer.split('\n')[0]!.slice(0, 20)).first().waitFor();
      await noSidewaysScroll(page, 'the Q&A page');
      assert.deepEqual(errors, []);
    }));

  test('on a desktop an admin adds a synonym group and the public search then finds the new phrase', () =>
    withPage(browser, server.baseUrl, 'search-synonyms', desktop, async (page) => {
      const errors = watchPageErrors(page);
      let NEW_PHRASE: string | undefined;
      for (const phrase of NEW_PHRASES) if (!NEW_PHRASE && (await searchApi(phrase)).total === 0) NEW_PHRASE = phrase;
      assert.ok(NEW_PHRASE, `one of ${NEW_PHRASES.join('、')} must find nothing before the synonym exists`);

      await signIn(page, 'admin');
      await page.getByTestId('nav-menu').getByText('查询同义词').click();
      await page.waitForURL('**/admin/synonyms');
      await page.getByTestId('synonyms-builtin').getByText('良民证', { exact: true }).waitFor();

      await page.getByTestId('synonyms-create').click();
      const terms = page.getByTestId('synonyms-form').getByRole('combobox');
      await terms.click();
      for (const term of [NEW_PHRASE, '无犯罪记录证明']) {
        await terms.pressSequentially(term);
        await terms.press('Enter');
      }
      await page.getByTestId('synonyms-form').getByLabel('说明').fill('群众口头说法');
      await page.getByTestId('synonyms-form-submit').click();
      await page.getByText('已新增同义词组').waitFor();
      const row = page.getByTestId('synonyms-table').locator('tbody tr', { hasText: NEW_PHRASE });
      await row.waitFor();
      assert.match(await row.innerText(), /无犯罪记录证明/);

      // The search index picks the group up through NOTIFY; wait for it, then search as a citizen would.
      await eventually(async () => (await searchApi(NEW_PHRASE)).total > 0, 15_000, 'the index to learn the synonym');
      await page.goto(`/search?region=${city.code}`);
      const box = page.getByRole('combobox', { name: '证明事项查询' });
      await box.fill(NEW_PHRASE);
      await box.press('Enter');
      const first = page.getByTestId('search-result').first();
      await first.waitFor();
      assert.equal(await first.getByTestId('search-result-link').innerText(), '无犯罪记录证明');
      await screenshot(page, 'search-desktop-synonym');

      // And the group can be removed again.
      await page.goto('/admin/synonyms');
      await row.getByTestId('synonyms-delete').click();
      await page
        .getByRole('button', { name: '确 定' })
        .or(page.getByRole('button', { name: '确定' }))
        .first()
        .click();
      await page.getByText('已删除同义词组').waitFor();
      await row.waitFor({ state: 'detached' });
      assert.deepEqual(errors, []);
    }));
});

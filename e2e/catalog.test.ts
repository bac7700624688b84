/**
 * The catalogue journey (node:test + playwright-core), one proof entry from registration to
 * publication, all by clicking: the demo catalogue officer of 市民政局 creates a service item and
 * registers a proof entry for it, sees rule 1 of the 七个一律 fire live while the only basis is a
 * 规范性文件, fixes it, saves and submits; the unit head, the legality reviewer and (on a phone) the
 * policy reviewer approve it from their queues, and the entry reaches 征求意见 with every step in
 * its timeline. From there e2e/publication-steps.ts carries it on: a citizen's comment and its
 * answer, the leadership office's approval and publication, the public lists, and 兖州区 adopting
 * (承接) the city's new version.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  chooseOption,
  ensureWebBuilt,
  launchBrowser,
  type RunningServer,
  screenshot,
  signIn,
  startServer,
  watchPageErrors,
  withPage,
} from './harness';
import {
  adoptForDistrict,
  closeApprovePublish,
  commentAsCitizen,
  desktop,
  moderateComment,
  noSidewaysScroll,
  openMenu,
  phone,
  readDistrictEffectiveList,
  readPublicLists,
} from './publication-steps';

let server: RunningServer;
let browser: Browser;

const stamp = String(Date.now()).slice(-6);
const itemCode = `E2E-MZ-${stamp}`;
const itemName = `临时救助审批（端到端${stamp}）`;
const entryName = `居住证明（端到端${stamp}）`;
let entryPath = '';
const journey = { stamp, entryName };

/** The queue's row of our entry: a table row on a desktop, a card on a phone. */
function queueRow(page: Page, role: string) {
  return page.getByTestId(`queue-table-${role}`).locator('tbody tr, [data-testid="queue-row"]', { hasText: entryName });
}

/** Opens the entry from the signed-in reviewer's queue and approves it with a comment. */
async function approveFromQueue(page: Page, role: string, comment: string, mobile = false): Promise<void> {
  await openMenu(page, '审核待办', mobile);
  await page.waitForURL('**/catalog/queue');
  const row = queueRow(page, role);
  await row.getByTestId('queue-open').click();
  await page.waitForURL(/\/catalog\/entries\/[0-9a-f-]{36}\?from=queue$/);
  await page.getByTestId('entry-timeline').getByTestId('timeline-item').first().waitFor();
  await page.getByTestId('review-approve').click();
  await page.getByTestId('review-comment').fill(comment);
  await page.getByTestId('review-confirm').click();
  await page.getByText('已通过', { exact: true }).waitFor();
}

describe('catalogue', () => {
  before(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the catalogue officer adds a service item, then registers, fixes, saves and submits a proof entry', () =>
    withPage(browser, server.baseUrl, 'catalog-register', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'catalog');
      await openMenu(page, '政务服务事项');
      await page.waitForURL('**/catalog/items');

      await page.getByTestId('item-create').click();
      const itemForm = page.getByTestId('item-form');
      await itemForm.getByLabel('事项编码', { exact: true }).fill(itemCode);
      await itemForm.getByLabel('事项名称', { exact: true }).fill(itemName);
      await itemForm.getByLabel('事项类别', { exact: true }).click();
      await chooseOption(page, '行政给付');
      await itemForm.getByTestId('item-unit').getByText('济宁市民政局').waitFor();
      for (const [i, text] of ['临时救助申请书', '居住证明'].entries()) {
        await page.getByTestId('item-materials-add').click();
        await page.getByTestId(`item-materials-${i}`).fill(text);
      }
      for (const [i, text] of ['审批', '受理'].entries()) {
        await page.getByTestId('item-steps-add').click();
        await page.getByTestId(`item-steps-${i}`).fill(text);
      }
      // Put 受理 before 审批 with the 上移 button.
      await page.getByRole('button', { name: '上移第 2 步' }).click();
      assert.equal(await page.getByTestId('item-steps-0').inputValue(), '受理');
      await page.getByTestId('item-form-submit').click();
      await page.getByText(`已新增事项“${itemName}”`).waitFor();
      // The demo city has items of its own: find ours by its code.
      await page.getByPlaceholder('按事项名称或编码查找').fill(itemCode);
      await page.getByPlaceholder('按事项名称或编码查找').press('Enter');
      await page.getByTestId('items-table').locator('tbody tr', { hasText: itemCode }).waitFor();

      await openMenu(page, '证明事项');
      await page.waitForURL('**/catalog/entries');
      await page.getByTestId('entry-create').click();
      await page.waitForURL('**/catalog/entries/new');
      const form = page.getByTestId('entry-form');
      await form.getByTestId('entry-unit').getByText('济宁市民政局').waitFor();
      await page.getByTestId('entry-name').fill(entryName);
      await page.getByTestId('entry-aliases').locator('input').fill('居住地证明');
      await page.getByTestId('entry-aliases').locator('input').press('Enter');
      await page.getByTestId('entry-content').fill('申请人在本市连续居住满六个月');
      await page.getByTestId('entry-issuing-unit').fill('居住地社区居民委员会');
      await page.getByTestId('entry-service-items').click();
      await page.keyboard.type(stamp);
      await chooseOption(page, `${itemName}（${itemCode} · 济宁市民政局）`);
      await page.keyboard.press('Escape');

      // 保留 with only a 规范性文件 as its basis: rule 1 of the 七个一律 must object, live.
      await page.getByTestId('basis-add').click();
      await page.getByTestId('basis-0-instrument').fill('济宁市临时救助实施细则');
      await page.getByTestId('basis-0-article').fill('第五条');
      await page.getByTestId('basis-0-rank').click();
      await chooseOption(page, '规范性文件');
      await page.getByTestId('entry-disposition').getByText('保留', { exact: true }).click();
      const check = page.getByTestId('rule-check');
      const rule1 = check.locator('[data-testid="finding"][data-code="RULE1_NO_LEGAL_BASIS"]');
      await rule1.waitFor();
      assert.equal(await rule1.getAttribute('data-level'), 'error');
      assert.match(await rule1.innerText(), /第1条/);
      assert.equal(await page.getByTestId('field-legalBasis').getAttribute('data-flag'), 'error');
      await page
        .getByTestId('field-findings-legalBasis')
        .getByText(/规范性文件/)
        .waitFor();
      await screenshot(page, 'catalog-editor-desktop');

      // Fix it: a local regulation is 法律法规; then a commitment with a verification plan.
      await page.getByTestId('basis-0-instrument').fill('山东省社会救助办法');
      await page.getByTestId('basis-0-rank').click();
      await chooseOption(page, '地方性法规');
      await rule1.waitFor({ state: 'detached' });
      await page.getByTestId('substitute-add').click();
      await page.getByTestId('substitute-0-method').click();
      await chooseOption(page, '告知承诺');
      await page.getByTestId('entry-has-plan').click();
      await page.locator('[data-testid="rule-check"][data-errors="0"]').waitFor();

      await page.getByTestId('entry-save').click();
      await page.waitForURL(/\/catalog\/entries\/[0-9a-f-]{36}$/);
      entryPath = new URL(page.url()).pathname;
      await page.getByText(`已登记证明事项“${entryName}”`).waitFor();
      await page.getByTestId('entry-status').filter({ hasText: '草稿' }).waitFor();

      await page.getByTestId('entry-submit').click();
      await page.getByTestId('entry-status').filter({ hasText: '单位内部审核' }).waitFor();
      await page.getByTestId('entry-read-only').waitFor();
      await page.getByTestId('entry-timeline').getByText('提交审核').waitFor();

      // The inventory lists it with its status and a clean rule check.
      await page.getByTestId('entry-back').click();
      await page.getByPlaceholder('按证明名称查找').fill(entryName);
      await page.getByPlaceholder('按证明名称查找').press('Enter');
      const row = page.getByTestId('entries-table').locator('tbody tr', { hasText: entryName });
      await row.getByText('单位内部审核').waitFor();
      assert.equal(await row.getByTestId('findings-badge').getAttribute('data-errors'), '0');
      assert.deepEqual(errors, []);
    }));

  test('the unit head approves it from the review queue', () =>
    withPage(browser, server.baseUrl, 'catalog-unit-head', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'unithead');
      await approveFromQueue(page, 'unit_head', '同意保留，以告知承诺替代');
      await page.getByTestId('entry-status').filter({ hasText: '合法性及政策性审查' }).waitFor();
      assert.deepEqual(errors, []);
    }));

  test('the legality reviewer must give a reason to send back, then approves; the policy review is still pending', () =>
    withPage(browser, server.baseUrl, 'catalog-legal', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'legal');
      await openMenu(page, '审核待办');
      const row = queueRow(page, 'legal_reviewer');
      await row.getByText('合法性审查未完成').waitFor();
      await screenshot(page, 'catalog-queue-desktop');
      await row.getByTestId('queue-open').click();

      await page.getByTestId('review-send-back').click();
      // The form must be in the modal before 退回 submits it (a click on a half-open modal submits nothing).
      await page.getByTestId('review-comment').waitFor();
      await page.getByTestId('review-confirm').click();
      await page.getByTestId('review-modal').getByText('退回时须写明理由').first().waitFor();
      await page
        .locator('.ant-modal-footer')
        .getByRole('button', { name: /取\s*消/ })
        .click();
      await page.getByTestId('review-modal').waitFor({ state: 'hidden' });

      await page.getByTestId('review-approve').click();
      await page.getByTestId('review-comment').fill('设定依据为地方性法规，合法');
      await page.getByTestId('review-confirm').click();
      await page.getByTestId('review-waiting').getByText('正在等待政策性审查').waitFor();
      await page.getByTestId('entry-status').filter({ hasText: '合法性及政策性审查' }).waitFor();
      assert.deepEqual(errors, []);
    }));

  test('the policy reviewer approves on a phone and the entry goes to 征求意见 with its full timeline', () =>
    withPage(browser, server.baseUrl, 'catalog-policy', phone, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'policy');
      await openMenu(page, '审核待办', true);
      const row = queueRow(page, 'policy_reviewer');
      await row.getByText('合法性审查已通过').waitFor();
      await noSidewaysScroll(page);
      await screenshot(page, 'catalog-queue-phone');

      await approveFromQueue(page, 'policy_reviewer', '替代方式和核查方案符合要求', true);
      await page.getByTestId('entry-status').filter({ hasText: '征求意见' }).waitFor();
      const timeline = page.getByTestId('entry-timeline');
      await timeline.getByText('政策性审查 · 通过').waitFor();
      const steps = await timeline.getByTestId('timeline-item').allInnerTexts();
      const expected = ['登记', '提交审核', '单位内部审核 · 通过', '合法性审查 · 通过', '政策性审查 · 通过'];
      assert.equal(steps.length, expected.length, steps.join('\n---\n'));
      expected.forEach((text, i) =>
        assert.ok(steps[i]?.startsWith(text), `step ${i + 1}: expected "${text}", got "${steps[i]}"`),
      );
      assert.match(steps[2] ?? '', /同意保留，以告知承诺替代/);
      assert.match(steps[4] ?? '', /赵倩/);
      await noSidewaysScroll(page);
      await screenshot(page, 'catalog-entry-reviewed-phone');
      assert.deepEqual(errors, []);
    }));

  test('a citizen comments on the entry on the consultation page, on a phone, without signing in', () =>
    commentAsCitizen(browser, server.baseUrl, journey));
  test("the service centre's policy reviewer publishes the comment with a reply", () =>
    moderateComment(browser, server.baseUrl, journey));
  test('the leadership office closes the consultation, approves and publishes the lists', () =>
    closeApprovePublish(browser, server.baseUrl, journey));
  test('the public lists show the new version with the entry in the retained and commitment lists', () =>
    readPublicLists(browser, server.baseUrl, journey));
  test("on a phone the leadership office lets 兖州区 adopt (承接) the city's new version", () =>
    adoptForDistrict(browser, server.baseUrl, journey));
  test('the entry is in force in 兖州区: its effective list names the city as the source', () =>
    readDistrictEffectiveList(browser, server.baseUrl, journey));

  test("saving over someone else's change shows the conflict and 重新加载 brings their version", () =>
    withPage(browser, server.baseUrl, 'catalog-conflict', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'catalog');
      // Seeded through the API: a draft, and later a second edit "from another desk".
      const session = (await (await page.request.get('/api/v1/auth/session')).json()) as {
        csrfToken: string;
        user: { unitId: string };
      };
      const headers = { 'x-csrf-token': session.csrfToken };
      const draft = {
        name: `户籍证明（并发${stamp}）`,
        aliases: [],
        content: '',
        serviceItemIds: [],
        issuingUnitName: '户籍所在地派出所',
        legalBasis: [],
        disposition: 'cancel',
        cancelRule: 5,
        cancelReason: '可通过人口信息共享核验',
        substitutes: [],
        mustSubmitReason: '',
        commitmentExcluded: false,
        exclusionCategory: null,
        disclosure: false,
        verificationPlan: null,
        remarks: '',
      };
      const created = await page.request.post('/api/v1/catalog/entries', {
        headers,
        data: { unitId: session.user.unitId, entry: draft },
      });
      assert.equal(created.status(), 201, await created.text());
      const { id } = (await created.json()) as { id: string };

      await page.goto(`/catalog/entries/${id}`);
      await page.getByTestId('entry-remarks').fill('我的修改');
      await page.getByTestId('entry-dirty').waitFor();
      const other = await page.request.put(`/api/v1/catalog/entries/${id}`, {
        headers,
        data: { version: 1, entry: { ...draft, remarks: '别人的修改' } },
      });
      assert.equal(other.status(), 200, await other.text());

      await page.getByTestId('entry-save').click();
      await page.getByTestId('entry-conflict').getByText('已被他人修改').waitFor();
      await page.getByTestId('entry-reload').click();
      await page.getByTestId('entry-conflict').waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('entry-remarks').inputValue(), '别人的修改');
      await page.getByTestId('entry-remarks').fill('合并后的修改');
      await page.getByTestId('entry-save').click();
      await page.getByText('已保存', { exact: true }).waitFor();
      assert.deepEqual(errors, []);
    }));

  test('on a phone the officer sees the finished entry read-only and the editor fits the screen', () =>
    withPage(browser, server.baseUrl, 'catalog-phone', phone, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'catalog');
      await page.goto(entryPath);
      await page.getByTestId('entry-status').filter({ hasText: '已公布' }).waitFor();
      assert.equal(await page.getByTestId('entry-save').count(), 0);
      assert.ok(await page.getByTestId('entry-name').isDisabled());
      await noSidewaysScroll(page);

      await page.goto('/catalog/entries/new');
      await page.getByTestId('entry-name').fill('无犯罪记录');
      await page.getByTestId('rule-check').locator('[data-code="NAME_NOT_STANDARD"]').waitFor();
      await page.getByTestId('field-name').locator('[data-testid="field-findings-name"]').waitFor();
      await page.getByTestId('substitute-add').click();
      await noSidewaysScroll(page);
      await screenshot(page, 'catalog-editor-phone');
      assert.deepEqual(errors, []);
    }));
});

/**
 * Foundation journeys (node:test + playwright-core): sign-in and unit creation, the public home
 * page on a phone, the English switch, and that non-admins cannot reach the admin pages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  chooseOption,
  ensureWebBuilt,
  launchBrowser,
  pickUntilShown,
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

describe('foundation', () => {
  before(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the demo admin signs in, opens 单位管理, creates a unit and finds it in the list', () =>
    withPage(browser, server.baseUrl, 'create-unit', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await signIn(page, 'admin');
      await page.getByTestId('admin-dashboard').waitFor();
      await page.getByTestId('count-units').waitFor();
      await screenshot(page, 'workbench-admin');

      await page.getByRole('menuitem', { name: '单位管理' }).click();
      await page.waitForURL('**/admin/units');
      await page.getByTestId('units-table').getByRole('row').filter({ hasText: '济宁市' }).first().waitFor();

      const name = `端到端测试单位${Date.now()}`;
      await page.getByTestId('unit-create').click();
      const form = page.getByTestId('unit-form');
      await form.getByLabel('单位名称', { exact: true }).fill(name);
      await form.getByLabel('单位类型', { exact: true }).click();
      await chooseOption(page, '政府部门');
      await pickUntilShown(page, form.getByTestId('unit-region'), '任城', '任城区（370811）', '任城区');
      await form.getByLabel('负责领导姓名', { exact: true }).fill('测试');
      await form.getByLabel('联络员电话', { exact: true }).fill('0537-1234567');
      await page.getByTestId('unit-form-submit').click();

      // Either the success message, or whatever the form or the server objected to.
      const created = page.getByText(`已新增单位“${name}”`);
      const problem = page.getByTestId('unit-form-error').or(form.locator('.ant-form-item-explain-error')).first();
      await created.or(problem).first().waitFor();
      if (!(await created.isVisible())) assert.fail(`unit not created: ${await problem.innerText()}`);

      await page.getByPlaceholder('按单位名称查找').fill(name);
      await page.getByPlaceholder('按单位名称查找').press('Enter');
      const row = page.getByTestId('units-table').locator('tbody tr', { hasText: name });
      await row.waitFor();
      assert.match(await row.innerText(), /政府部门/);
      assert.match(await row.innerText(), /任城区/);
      assert.deepEqual(errors, []);
    }));

  test('the public home page works signed out on a 390×844 phone; 2026-09-30 + 3 working days = 2026-10-10', () =>
    withPage(
      browser,
      server.baseUrl,
      'home-phone',
      { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      async (page) => {
        const errors = watchPageErrors(page);
        await page.goto('/');
        await page.getByRole('heading', { name: '无证明城市', level: 1 }).waitFor();
        await page.getByText('清单之外无证明', { exact: true }).waitFor();
        await page.getByTestId('login-link').waitFor();
        await page.getByTestId('region-tree').getByText('济宁市').waitFor();

        const from = page.getByLabel('起算日期', { exact: true });
        await from.click();
        await from.fill('2026-09-30');
        await from.press('Enter');
        await page.getByLabel('工作日数', { exact: true }).fill('3');
        await page.getByTestId('calc-submit').click();
        const result = page.getByTestId('calc-result');
        await result.filter({ hasText: /^\d{4}-\d{2}-\d{2}$/ }).waitFor();
        assert.equal(await result.innerText(), '2026-10-10');

        // Nothing sticks out sideways on a phone.
        const overflow = await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        assert.ok(Number(overflow) <= 0, `page is ${String(overflow)}px wider than the phone screen`);
        await page.evaluate('window.scrollTo(0, 0)');
        await screenshot(page, 'home-phone');
        assert.deepEqual(errors, []);
      },
    ));

  test('the English switch changes the UI language and is remembered', () =>
    withPage(browser, server.baseUrl, 'english', desktop, async (page) => {
      await page.goto('/');
      await page.getByRole('heading', { name: '办理期限计算器' }).waitFor();
      await page.getByTestId('lang-switch').click();
      await page.getByRole('heading', { name: 'Deadline calculator' }).waitFor();
      await page.getByRole('heading', { name: 'Proof-Free City', level: 1 }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');

      await page.reload();
      await page.getByRole('heading', { name: 'Deadline calculator' }).waitFor();
      await page.getByTestId('login-link').click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      // Server messages follow the UI language too (Accept-Language).
      await page.getByLabel('Username', { exact: true }).fill('admin');
      await page.getByLabel('Password', { exact: true }).fill('wrong-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('login-error').getByText('Wrong username or password').waitFor();

      await page.getByTestId('lang-switch').click();
      await page.getByLabel('用户名', { exact: true }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    }));

  test('a window clerk sees no admin menu and is blocked on /admin/units', () =>
    withPage(browser, server.baseUrl, 'clerk', desktop, async (page) => {
      // Signed out: the admin page sends the visitor to sign in first.
      await page.goto('/admin/units');
      await page.waitForURL(/\/login\?redirect=%2Fadmin%2Funits/);

      await signIn(page, 'clerk');
      await page.getByTestId('staff-profile').getByText('窗口人员').waitFor();
      const menu = page.getByTestId('nav-menu');
      await menu.getByText('工作台').waitFor();
      for (const adminItem of ['组织机构', '单位管理', '工作人员', '审计日志', '工作日历']) {
        assert.equal(
          await menu.getByText(adminItem, { exact: true }).count(),
          0,
          `${adminItem} must not be in the clerk's menu`,
        );
      }
      await menu.getByText('修改密码').waitFor();

      await page.goto('/admin/units');
      await page.getByTestId('forbidden').waitFor();
      await page.getByText('无权访问').waitFor();
      assert.equal(await page.getByTestId('units-table').count(), 0);

      // The server refuses too, whatever the UI shows.
      assert.equal((await page.request.get('/api/v1/staff')).status(), 403);
      assert.equal((await page.request.get('/api/v1/admin/dashboard')).status(), 403);
    }));
});

/**
 * The staff second factor in the browser, with STAFF_SECOND_FACTOR on as in production: the demo
 * admin signs in with password and authenticator code (secret read from the start-up output), resets
 * a reviewer's authenticator; the reviewer enrols again (QR, secret, recovery codes), signs in with a
 * recovery code; an optional staff member sees the account page and turns it off. Phone and desktop.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { base32Decode, totpCode } from '../apps/server/src/platform/auth/totp';
import {
  DEMO_PASSWORD,
  ensureWebBuilt,
  launchBrowser,
  type RunningServer,
  screenshot,
  startServer,
  watchPageErrors,
  withPage,
} from './harness';

let server: RunningServer;
let browser: Browser;
const desktop = { viewport: { width: 1366, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The secret main.ts printed beside the demo account. */
function printedSecret(username: string): string {
  const line = server
    .output()
    .split('\n')
    .find((l) => l.trim().startsWith(`${username} `) && l.includes('TOTP '));
  const secret = line?.match(/TOTP ([A-Z2-7]+)/)?.[1];
  assert.ok(secret, `no TOTP secret printed for ${username}`);
  return secret;
}

/** A code of the step after the last one used for this secret: each step is accepted once. */
const lastStep = new Map<string, number>();
async function freshCode(secret: string): Promise<string> {
  for (;;) {
    const step = Math.floor(Date.now() / 30_000);
    if (step > (lastStep.get(secret) ?? 0)) {
      lastStep.set(secret, step);
      return totpCode(base32Decode(secret), new Date());
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function password(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
}

describe('staff second factor', () => {
  before(async () => {
    ensureWebBuilt();
    server = await startServer({ env: { STAFF_SECOND_FACTOR: 'required' } });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  let recoveryCode = '';

  test('the admin passes the code step on a phone, then resets the legal reviewer’s authenticator', () =>
    withPage(browser, server.baseUrl, 'mfa-admin', phone, async (page) => {
      const errors = watchPageErrors(page);
      await password(page, 'admin');
      await page.getByTestId('mfa-code-step').waitFor();
      // A half-signed-in session cannot open staff pages: it is sent back to the code step.
      await page.goto('/admin/staff');
      await page.waitForURL('**/login?redirect=*');
      await page.getByTestId('mfa-code-step').waitFor();
      await page.getByTestId('mfa-code-input').fill('000000');
      await page.getByTestId('mfa-submit').click();
      await page.getByTestId('mfa-error').waitFor();
      await screenshot(page, 'mfa-code-step-phone');
      await page.getByTestId('mfa-code-input').fill(await freshCode(printedSecret('admin')));
      await page.getByTestId('mfa-submit').click();
      await page.waitForURL('**/admin/staff');
      const row = page.getByTestId('staff-table').getByRole('row').filter({ hasText: 'legal' }).first();
      await row.getByTestId('reset-mfa-legal').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await page.getByText('已重置“李明”的动态验证码').waitFor();
      await screenshot(page, 'mfa-staff-reset-phone');
      assert.equal(await page.getByTestId('reset-mfa-admin').count(), 0, 'no reset button for oneself');
      assert.deepEqual(errors, []);
    }));

  test('the reviewer must enrol again: QR code and secret, first code, recovery codes shown once (desktop)', () =>
    withPage(browser, server.baseUrl, 'mfa-enrol', desktop, async (page) => {
      const errors = watchPageErrors(page);
      await password(page, 'legal');
      await page.getByTestId('mfa-enrol').waitFor();
      await page.getByTestId('mfa-start').click();
      await page.getByTestId('mfa-qr').waitFor();
      const secret = (await page.getByTestId('mfa-secret').innerText()).replace(/\s/g, '');
      assert.match(secret, /^[A-Z2-7]{32}$/);
      await screenshot(page, 'mfa-enrol-desktop');
      await page.getByTestId('mfa-enrol-code').fill(await freshCode(secret));
      await page.getByTestId('mfa-confirm').click();
      const codes = page.getByTestId('recovery-codes').locator('li');
      await codes.first().waitFor();
      assert.equal(await codes.count(), 10);
      recoveryCode = (await codes.nth(3).innerText()).trim();
      await screenshot(page, 'mfa-recovery-codes-desktop');
      await page.getByTestId('recovery-done').click();
      await page.waitForURL('**/workbench');
      // Signing out and in again: the recovery code instead of the phone.
      await page.context().clearCookies();
      await password(page, 'legal');
      await page.getByTestId('mfa-toggle-recovery').click();
      await page.getByTestId('mfa-recovery-input').fill(recoveryCode.toUpperCase());
      await page.getByTestId('mfa-submit').click();
      await page.waitForURL('**/workbench');
      assert.deepEqual(errors, []);
    }));

  test('an optional staff member sees the account page and turns the authenticator off (phone)', () =>
    withPage(browser, server.baseUrl, 'mfa-optional', phone, async (page) => {
      const errors = watchPageErrors(page);
      const secret = printedSecret('clerk');
      await password(page, 'clerk');
      await page.getByTestId('mfa-code-input').fill(await freshCode(secret));
      await page.getByTestId('mfa-submit').click();
      await page.waitForURL('**/workbench');
      await page.goto('/account/second-factor');
      await page.getByTestId('mfa-status').getByText('已绑定').waitFor();
      await page.getByTestId('mfa-status').getByText('可选').waitFor();
      await screenshot(page, 'mfa-account-phone');
      await page.getByTestId('mfa-disable-open').click();
      await page.locator('.ant-modal input').fill(await freshCode(secret));
      await page.getByTestId('mfa-disable-submit').click();
      await page.getByTestId('mfa-status').getByText('未绑定').waitFor();
      await page.getByTestId('mfa-enrol-open').click();
      await page.getByTestId('mfa-start').click();
      await page.getByTestId('mfa-qr').waitFor();
      await screenshot(page, 'mfa-enrol-phone');
      assert.deepEqual(errors, []);
    }));
});

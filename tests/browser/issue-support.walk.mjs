// Browser walk of "Tôi cũng muốn hỏi điều này" (issue 14 item 2) on a phone: a visitor adds
// their support to a published answer's issue and to an open question's issue on the 2025
// dialogue's page; the count grows once and a second click is recognised, never counted again;
// the open question can be followed by e-mail (a bad address is named).
// Needs the server of tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, done, axe, signIn } from './walk-kit.mjs';

const STEP = { timeout: 120_000 };
const PHONE = { width: 390, height: 844 };

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('a visitor also wants to ask what an issue asks', STEP, async () => {
  const page = await newPage(browser, { viewport: PHONE });
  const answers = (await (await fetch(`${BASE}/api/dialogues/1/answers?limit=200`)).json()).items;
  const target = answers[0];
  await page.goto(`${BASE}/d/1`);
  const card = page.locator(`li#issue-${target.issue_id}`);
  await card.getByRole('heading', { name: target.title }).waitFor();
  const before = target.support_count;
  await card.getByText(before > 0 ? `${before} bạn cũng muốn hỏi` : 'Chưa có ai cùng hỏi').waitFor();
  await card.getByRole('button', { name: 'Tôi cũng muốn hỏi điều này' }).click();
  await card.getByRole('button', { name: 'Đã ghi nhận, cảm ơn bạn' }).waitFor();
  await card.getByText(`${before + 1} bạn cũng muốn hỏi`).waitFor();

  // The page again: the same visitor is recognised, the count does not grow.
  await page.reload();
  await card.getByRole('button', { name: 'Tôi cũng muốn hỏi điều này' }).click();
  await card.getByRole('button', { name: 'Bạn đã cùng hỏi điều này' }).waitFor();
  await card.getByText(`${before + 1} bạn cũng muốn hỏi`).waitFor();

  // An open question in "Bạn hỏi — chúng tôi đã làm" offers the same.
  const section = page.locator('section[aria-labelledby=da-lam]');
  const open = section.locator('.account-question.status-processing').first();
  await open.getByRole('button', { name: 'Tôi cũng muốn hỏi điều này' }).click();
  await open.getByText(/^\d+ bạn cũng muốn hỏi$/).waitFor();

  // … and following it by e-mail: a bad address is named, a good one gets the confirmation.
  await open.getByText('Nhận thư khi có câu trả lời').click();
  const email = open.getByLabel('Địa chỉ e-mail');
  await email.fill('khong-phai-email');
  await open.getByRole('button', { name: 'Đăng ký nhận thư' }).click();
  await open.locator('.field-error').filter({ hasText: /.+/ }).first().waitFor();
  await email.fill('walk@example.vn');
  await open.getByRole('button', { name: 'Đăng ký nhận thư' }).click();
  await open.getByText(/thư xác nhận/).first().waitFor();

  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert.equal(wide, false, 'no horizontal scrolling on a phone');
  await axe(page, '/d/1 issue support');
  await done(page);

  // The coordinator sees the count in the issue list.
  const staff = await newPage(browser);
  await signIn(staff, 'sonoivu', { dialogue: 1 });
  await staff.goto(`${BASE}/staff#/1/issues`);
  const row = staff.locator(`table.issues tr[data-id="${target.issue_id}"]`);
  assert.equal((await row.locator('td.support').textContent()).trim(), String(before + 1));
  await staff.getByRole('columnheader', { name: 'Cùng muốn hỏi' }).waitFor();
  await done(staff);
});

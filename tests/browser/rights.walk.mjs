// Browser walk of a youth's rights over their data (issue 10): on a phone, the question form's
// consent boxes (none ticked), then "Dữ liệu của tôi / My data" reached from the tracking page:
// see with the contact, correct, withdraw a consent, download the JSON, delete — the text gone
// from the page afterwards. Needs the server of tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, launch, newPage, done, axe, openDialogueId } from './walk-kit.mjs';

const RUN = Date.now().toString(36);
const STEP = { timeout: 120_000 };
const PHONE = { width: 390, height: 844 };
const QUESTION = `Phường có mở lớp dạy bơi miễn phí cho thanh niên vào mùa hè ${RUN} không ạ?`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('a youth sees, corrects, withdraws, downloads and deletes their data', STEP, async () => {
  const page = await newPage(browser, { viewport: PHONE, acceptDownloads: true });
  await page.goto(`${BASE}/d/${await openDialogueId()}`);  // takes questions today (issue 13)
  await page.getByLabel('Câu hỏi của bạn').waitFor();
  for (const box of [/Tôi đồng ý/, /Nhận thông báo/, /Cho phép công khai/]) {
    assert.equal(await page.getByLabel(box).isChecked(), false, `${box} is never pre-ticked`);
  }
  await page.getByLabel('Câu hỏi của bạn').fill(QUESTION);
  await page.getByLabel('Tuổi của bạn').fill('21');
  await page.getByLabel(/Họ và tên/).fill('Lê Thị Bơi');
  // Asking to be notified without leaving a contact: refused, next to the box.
  await page.getByLabel(/Tôi đồng ý/).check();
  await page.getByLabel(/Nhận thông báo/).check();
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await page.locator('form.ask [role=alert]').waitFor();
  assert.equal(await page.getByLabel(/Nhận thông báo/).getAttribute('aria-invalid'), 'true');
  await page.getByLabel(/Điện thoại hoặc thư điện tử/).fill('0912 345 678');
  await page.getByLabel(/Cho phép công khai/).check();
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  const code = (await page.locator('.result .tracking-code').textContent()).trim();

  // From the tracking page to "My data".
  await page.getByRole('link', { name: 'Theo dõi câu hỏi này' }).click();
  await page.waitForURL(/\/q\/[^/]+$/);
  await page.getByRole('link', { name: 'Dữ liệu của tôi / My data' }).click();
  await page.waitForURL(/\/du-lieu$/);
  assert.equal(await page.getByLabel('Mã theo dõi').inputValue(), code);
  // The wrong contact is refused, next to the field.
  await page.getByLabel(/Điện thoại hoặc thư điện tử bạn đã để lại/).fill('0999 999 999');
  await page.getByRole('button', { name: 'Xem dữ liệu / See my data' }).click();
  await page.locator('form.lookup [role=alert]').waitFor();
  await page.getByLabel(/Điện thoại hoặc thư điện tử bạn đã để lại/).fill('0912345678');
  await page.getByRole('button', { name: 'Xem dữ liệu / See my data' }).click();
  const held = page.locator('section[aria-labelledby=held]');
  await held.getByText('Lê Thị Bơi').waitFor();
  assert.ok((await held.innerText()).includes(QUESTION));
  await axe(page, '/q/…/du-lieu');

  // Correct the name.
  await page.getByRole('textbox', { name: /^Họ và tên/ }).fill('Lê Thị Bơi Lội');
  await page.getByRole('button', { name: 'Lưu thay đổi / Save' }).click();
  await held.getByText('Lê Thị Bơi Lội').waitFor();

  // Withdraw the publication of the text.
  await page.getByRole('button', { name: /Rút đồng ý: Công khai nội dung câu hỏi/ }).click();
  await page.locator('[data-purpose=publish_text] .consent-state', { hasText: 'Đã rút' }).waitFor();

  // Download the JSON.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải về tệp JSON / Download JSON' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'du-lieu-ca-nhan.json');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.tracking_code, code);
  assert.equal(exported.question.asker_name, 'Lê Thị Bơi Lội');

  // Delete, text included: a choice is required first.
  await page.getByRole('button', { name: 'Xóa dữ liệu của tôi / Delete my data' }).click();
  await page.locator('form.delete [role=alert]').waitFor();
  await page.getByLabel(/Xóa cả nội dung câu hỏi/).check();
  await page.getByRole('button', { name: 'Xóa dữ liệu của tôi / Delete my data' }).click();
  await held.getByText('Đã xóa theo yêu cầu của bạn / Deleted').waitFor();
  assert.ok(!(await page.locator('main').innerText()).includes(QUESTION), 'the text is gone from the page');
  const kinds = await page.locator('table.requests tbody tr td:first-child').allTextContents();
  assert.deepEqual(kinds.map((k) => k.split(' / ')[0]),
    ['Xem dữ liệu', 'Xem dữ liệu', 'Sửa thông tin', 'Rút đồng ý', 'Tải về', 'Xóa dữ liệu']);
  await axe(page, '/q/…/du-lieu after deletion');

  // Nor is it found by the public search any more.
  await page.goto(`${BASE}/?q=${encodeURIComponent(`day boi ${RUN}`)}`);
  await page.locator('.search-count:not(:empty)').waitFor();
  assert.ok(!(await page.locator('ol.search-results').innerText()).includes(RUN), 'no result holds the text');
  await done(page);
});

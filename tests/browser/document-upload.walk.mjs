// Browser walk of importing a document from its file (issue 11, "What a user must be able to
// do" 1): the coordinator uploads a scanned PDF, watches the progress while it is read by OCR,
// checks the page image beside the preview (each field saying where it was read and how sure
// the reader is), corrects what is missing, confirms, and finds the document in the list.
// Needs the server of tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS, launch, newPage as openPage, done, axe, signIn } from './walk-kit.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SCAN = path.resolve(here, '../data/documents/scan-sample.pdf'); // 2 scanned pages
const STEP = { timeout: 120_000 };

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

async function go(page, hash, title) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.locator('#view-title', { hasText: title }).waitFor();
  await page.locator('.view > .loading').waitFor({ state: 'detached' });
}

test('the coordinator uploads a scanned PDF, follows the reading, checks the fields against the page and confirms', STEP, async () => {
  const page = await openPage(browser);
  await signIn(page, 'sonoivu', { dialogue: 1 });
  await go(page, '#/1/documents/import', 'Nhập văn bản');

  // No file chosen: the reason is given beside the picker.
  await page.getByRole('button', { name: 'Tải lên và đọc' }).click();
  await page.locator('form.import-file').getByRole('alert').waitFor();
  assert.match(await page.locator('form.import-file').getByRole('alert').innerText(), /Tệp văn bản/);

  await page.getByLabel('Tệp văn bản').setInputFiles(SCAN);
  const started = Date.now();
  await page.getByRole('button', { name: 'Tải lên và đọc' }).click();
  // The progress is announced (role=status) page by page while the reader works.
  const status = page.locator('form.import-file [role="status"]');
  const seen = new Set();
  const form = page.locator('form.import-confirm');
  while (!(await form.count())) {
    const text = (await status.textContent()) || '';
    if (text) seen.add(text);
    assert.ok(Date.now() - started < 60_000, `read in under a minute; saw ${[...seen]}`);
    await page.waitForTimeout(100);
  }
  const elapsed = Date.now() - started;
  // A status is announced while the job runs; how many page steps a poll every 500 ms catches
  // depends on the machine's speed (page-by-page progress is checked by the API test on ten
  // pages), so any reading status counts here.
  assert.ok([...seen].some((t) => /^Đang (chờ|đọc)/.test(t)), `progress announced: ${[...seen].join(' | ')}`);
  assert.equal(await page.locator('form.import-file progress').count(), 1);
  console.log(`  scanned PDF of 2 pages read in ${elapsed} ms; statuses: ${[...seen].join(' | ')}`);

  // The page images stand beside the form, loaded from the server.
  const images = page.locator('.page-images img');
  assert.equal(await images.count(), 2);
  await images.first().evaluate((img) => img.complete ? null : new Promise((r) => { img.onload = r; img.onerror = r; }));
  assert.ok(await images.first().evaluate((img) => img.naturalWidth > 500), 'page 1 shown');
  const box = await images.first().boundingBox();
  const formBox = await form.boundingBox();
  assert.ok(box.x + box.width <= formBox.x + 1, 'the page is beside the form, on its left');

  // Fields say where they were read and how sure the reader is.
  const symbolNote = form.locator('.field', { has: page.getByLabel(/^Ký hiệu/) }).locator('.source-note');
  assert.match(await symbolNote.innerText(), /trang 1, dòng \d+/);
  assert.match(await symbolNote.innerText(), /chắc chắn|cần kiểm tra/);
  assert.ok(await form.locator('.source-note .badge').count() >= 3, 'several fields carry their source');
  // "Xem trang" takes the officer to the page the field was read on.
  await symbolNote.getByRole('button', { name: 'Xem trang 1' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'upload-page-1');
  await axe(page, 'upload review');
  await page.screenshot({ path: path.join(ARTIFACTS, 'document-upload-review.png'), fullPage: false });

  // The preview is confirmed as read, with no field touched: what the reader proposes must
  // pass its own confirmation (issue 11).
  assert.equal(await form.getByLabel(/^Số/).inputValue(), '2865');
  assert.equal(await form.getByLabel('Cơ quan ban hành').inputValue(), 'SỞ GIÁO DỤC VÀ ĐÀO TẠO');
  const summary = await form.getByLabel('Trích yếu').inputValue();
  assert.match(summary, /tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT/);
  await form.getByRole('button', { name: 'Xác nhận và lưu văn bản' }).click();
  await page.locator('#view-title', { hasText: '2865' }).waitFor().catch(async (e) => {
    const alert = await form.getByRole('alert').innerText().catch(() => '');
    throw new Error(`not recorded: ${alert || e.message}`);
  });

  await go(page, '#/1/documents', 'Văn bản');
  assert.ok(await page.locator('table.documents-table', { hasText: summary }).count(), 'the document is in the list');
  await done(page);
});

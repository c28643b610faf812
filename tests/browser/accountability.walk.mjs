// Browser walk of "Bạn hỏi — chúng tôi đã làm" (issue 14) on a phone: the 2025 dialogue's page
// counts every question by status, filters the list by status and agency, and shows the
// conclusion's tasks with a labelled progress bar and their status in words. Needs the server
// of tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, done, axe } from './walk-kit.mjs';

const STEP = { timeout: 120_000 };
const PHONE = { width: 390, height: 844 };

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('the public follows every question and every task of a dialogue', STEP, async () => {
  const page = await newPage(browser, { viewport: PHONE });
  const data = await (await fetch(`${BASE}/api/dialogues/1/accountability?limit=200`)).json();
  await page.goto(`${BASE}/d/1`);
  await page.getByRole('link', { name: 'Bạn hỏi — chúng tôi đã làm' }).click();
  const section = page.locator('section[aria-labelledby=da-lam]');
  await section.getByRole('heading', { name: 'Bạn hỏi — chúng tôi đã làm', level: 2 }).waitFor();
  const counts = section.getByRole('list', { name: 'Số câu hỏi theo tình trạng' });
  await counts.getByText(`${data.counts.total} câu hỏi`).waitFor();
  assert.match(await counts.innerText(), new RegExp(`${data.counts.answered}\\s+Đã trả lời`));
  await section.getByText(`trên ${data.total} câu hỏi`).waitFor();

  // Filter: closed questions, each with its reason.
  await section.getByLabel('Tình trạng', { exact: true }).selectOption('closed');
  await section.getByText(`Đang hiển thị ${data.counts.closed} trên ${data.counts.closed} câu hỏi.`).waitFor();
  const closed = section.locator('.account-question');
  assert.equal(await closed.count(), data.counts.closed);
  for (const text of await closed.allInnerTexts()) {
    assert.match(text, /Đã đóng/);
    assert.match(text, /Lý do: /);
  }
  // Back to all, then one agency.
  await section.getByLabel('Tình trạng', { exact: true }).selectOption('');
  const agency = data.agencies[0];
  const mine = data.items.filter((i) => i.agency_id === agency.id).length;
  await section.getByLabel('Cơ quan trả lời', { exact: true }).selectOption(String(agency.id));
  await section.getByText(`trên ${mine} câu hỏi.`).waitFor();
  for (const text of await section.locator('.account-question').allInnerTexts()) {
    assert.ok(text.includes(`Cơ quan trả lời: ${agency.name}`), text);
  }
  // A hidden text is the notice, never anything of the asker.
  if (data.items.some((i) => !i.text_public)) {
    await section.getByLabel('Cơ quan trả lời', { exact: true }).selectOption('');
    await section.getByText('Nội dung câu hỏi không công khai').first().waitFor();
  }

  // Tasks: a progress bar with its label, the status in words.
  const tasks = data.tasks.groups.flatMap((g) => g.tasks);
  assert.ok(tasks.length >= 1);
  await section.getByRole('heading', { name: 'Nhiệm vụ trong thông báo kết luận', level: 3 }).waitFor();
  for (const t of tasks) {
    const bar = section.getByRole('progressbar', { name: `Tiến độ: ${t.percent}%` });
    assert.ok(await bar.count() >= 1, `task ${t.id}: labelled progress bar`);
    await section.getByText(t.status_label).first().waitFor();
  }

  // Open data (issue 14): each dataset as CSV and JSON, and the dictionary with the licence.
  const open = section.locator('p.open-data');
  await open.getByText('Dữ liệu mở (CSV/JSON)').waitFor();
  assert.equal(await open.getByRole('link', { name: 'CSV', exact: true }).count(), 4);
  assert.equal(await open.getByRole('link', { name: 'JSON', exact: true }).count(), 4);
  const csv = await open.getByRole('link', { name: 'CSV', exact: true }).first().getAttribute('href');
  assert.equal(csv, '/api/dialogues/1/open-data/questions.csv');
  const file = await page.request.get(`${BASE}${csv}`);
  assert.equal(file.status(), 200);
  assert.match(file.headers()['content-disposition'], /^attachment; filename="doi-thoai-1-questions.csv"$/);
  assert.equal(await open.getByRole('link', { name: 'Từ điển dữ liệu' }).getAttribute('href'), '/api/dialogues/1/open-data');

  // Works on a phone: nothing wider than the screen.
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert.equal(wide, false, 'no horizontal scrolling on a phone');
  await axe(page, '/d/1 accountability');
  await section.screenshot({ path: 'tests/browser/artifacts/accountability-phone.png' });
  await done(page);
});

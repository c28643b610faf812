// Browser walk of youth-development indicators (issue 4): the coordinator opens a round in the
// "Chỉ tiêu" tab, reads the programme's Appendix II tasks with their status, links one more
// through the picker (a second link of the same task is named) and unlinks it; the Youth
// Union officer enters a ward's values by form (a numerator over its denominator is refused,
// named beside the field), downloads the XLSX template and uploads a
// filled one (a bad cell is named, nothing is stored; then a good file); the dashboard shows
// completeness, the rolled-up indicators with their charts and the ranked table; the public
// page shows the indicators marked public. axe-core on the dashboard and the public page.
// Needs the server of tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { xlsx } from './xlsx.mjs';
import { BASE, ARTIFACTS, launch, newPage as openPage, done, axe, signIn } from './walk-kit.mjs';

const STEP = { timeout: 120_000 };
const PROGRAMME = 'Phát triển thanh niên thành phố Hải Phòng đến năm 2030';
const state = {};

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
});

const newPage = () => openPage(browser, { acceptDownloads: true });

const tab = (page, name) => page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name, exact: true }).click();

function vnDate(days = 0) {
  return new Date(Date.now() + 7 * 3600e3 + days * 86400e3).toISOString().slice(0, 10);
}

test('the coordinator opens a reporting round from the Chỉ tiêu tab', STEP, async () => {
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await tab(page, 'Chỉ tiêu');
  await page.getByRole('link', { name: PROGRAMME }).click();
  await page.locator('#view-title', { hasText: PROGRAMME }).waitFor();
  assert.ok(await page.getByRole('cell', { name: /thành phố đặt cao hơn/ }).first().isVisible(), 'stricter than the national target');
  await page.getByLabel('Năm số liệu').fill('2029');
  await page.getByLabel('Ngày mở').fill(vnDate(-1));
  await page.getByLabel('Hạn báo cáo').fill(vnDate(-2));
  await page.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
  await page.getByRole('alert').filter({ hasText: /quá khứ|sau ngày mở/ }).first().waitFor();
  await page.getByLabel('Hạn báo cáo').fill(vnDate(14));
  await page.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
  await page.locator('#view-title', { hasText: 'Kỳ báo cáo năm 2029' }).waitFor();
  state.roundHash = new URL(page.url()).hash;
  await page.locator('#completeness').waitFor();
  await done(page);
});

test('the programme shows its Appendix II tasks with their status; the coordinator links one more', STEP, async () => {
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await tab(page, 'Chỉ tiêu');
  await page.getByRole('link', { name: PROGRAMME }).click();
  await page.locator('#appendix-tasks table').waitFor();
  const digital = page.locator('#appendix-tasks tbody tr', { hasText: 'kỹ năng số, hướng dẫn thanh niên' });
  assert.match(await digital.textContent(), /Sở Khoa học và Công nghệ.*thường xuyên.*Đang thực hiện.*215\/KH-UBND/s);
  const href = await digital.getByRole('link').getAttribute('href');
  assert.match(href, /^#\/\d+\/tasks\/\d+$/, 'a link to the task page');
  const before = await page.locator('#appendix-tasks tbody tr').count();
  await axe(page, 'programme with Appendix II');

  const form = page.locator('#link-task');
  await form.getByLabel('Chỉ tiêu', { exact: true }).selectOption({ label: '1.2 – Tỷ lệ thanh niên được đào tạo nghề gắn với việc làm' });
  const documentSelect = form.getByLabel('Văn bản', { exact: true });
  const plan = documentSelect.locator('option', { hasText: '215/KH-UBND' });
  await plan.waitFor({ state: 'attached' });
  await documentSelect.selectOption(await plan.getAttribute('value'));
  const taskSelect = form.getByLabel('Nhiệm vụ', { exact: true });
  const school = taskSelect.locator('option', { hasText: 'Duy trì, nâng cao tỷ lệ thanh niên' });
  await school.waitFor({ state: 'attached' });
  await taskSelect.selectOption(await school.getAttribute('value'));
  await form.getByRole('button', { name: 'Liên kết nhiệm vụ' }).click();
  await page.locator('#appendix-tasks tbody tr').nth(before).waitFor();
  const rows = page.locator('#appendix-tasks tbody tr', { hasText: 'trung học phổ thông' });
  assert.equal(await rows.count(), 2, 'the task now moves 3.1 and 1.2');
  assert.ok(await rows.filter({ has: page.getByRole('cell', { name: '1.2', exact: true }) }).isVisible());
  await form.getByLabel('Chỉ tiêu', { exact: true }).selectOption({ label: '1.2 – Tỷ lệ thanh niên được đào tạo nghề gắn với việc làm' });
  await documentSelect.locator('option', { hasText: '215/KH-UBND' }).waitFor({ state: 'attached' });
  await documentSelect.selectOption(await plan.getAttribute('value'));
  await school.waitFor({ state: 'attached' });
  await taskSelect.selectOption(await school.getAttribute('value'));
  await form.getByRole('button', { name: 'Liên kết nhiệm vụ' }).click();
  await page.getByRole('alert').filter({ hasText: 'đã được liên kết' }).first().waitFor();
  await page.getByRole('button', { name: 'Bỏ liên kết nhiệm vụ khỏi chỉ tiêu 1.2' }).click();
  // The table is drawn again after the unlink: wait for it, not for the old one to go.
  await page.waitForFunction((n) => document.querySelectorAll('#appendix-tasks tbody tr').length === n, before, { timeout: 15_000 })
    .catch(() => {});
  assert.equal(await page.locator('#appendix-tasks tbody tr').count(), before, 'unlinked again');
  assert.equal(await page.locator('#appendix-tasks tbody tr', { hasText: 'trung học phổ thông' }).count(), 1, 'only 3.1 keeps the task');

  await digital.getByRole('link').click();
  await page.waitForURL(/\/tasks\/\d+$/);
  await page.locator('#view-title:not(:empty)').waitFor();
  await done(page);
});

test('the Youth Union officer enters values by form; a numerator over its denominator is named', STEP, async () => {
  const page = await newPage();
  await signIn(page, 'thanhdoan');
  await page.goto(`${BASE}/staff${state.roundHash}`);
  await page.locator('#entry-form').waitFor();
  state.ward = await page.locator('#entry-unit option').first().textContent();
  await page.locator('input[name="num-1.1"]').fill('500');
  await page.locator('input[name="den-1.1"]').fill('400');
  await page.locator('input[name="num-4.1"]').fill('2');
  await page.getByRole('button', { name: 'Lưu số liệu' }).click();
  await page.getByRole('alert').filter({ hasText: 'tử số không được lớn hơn mẫu số' }).waitFor();
  assert.equal(await page.locator('input[name="num-1.1"]').getAttribute('aria-invalid'), 'true');
  await page.locator('input[name="num-1.1"]').fill('300');
  await page.getByRole('button', { name: 'Lưu số liệu' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã lưu 2 số liệu' }).waitFor();
  await done(page);
});

test('the XLSX template downloads; a bad upload names its cell and stores nothing; a good one saves', STEP, async () => {
  const page = await newPage();
  await signIn(page, 'thanhdoan');
  await page.goto(`${BASE}/staff${state.roundHash}`);
  await page.locator('#upload-form').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#template-link').click()]);
  const saved = path.join(ARTIFACTS, 'mau-so-lieu.xlsx');
  await download.saveAs(saved);
  const template = await page.request.get(`${BASE}/api/indicator-rounds/${state.roundHash.split('/').pop()}/template.xlsx`);
  assert.equal(template.status(), 200);
  const wards = await (await page.request.get(`${BASE}/api/units?parent_id=${(await (await page.request.get(`${BASE}/api/units?parent_id=1`)).json()).items.find((u) => u.code === 'hai-phong').id}`)).json();
  const [a, b] = wards.items.slice(1, 3);
  const keys = ['unit_code', 'unit_name', '1.1/num', '1.1/den', '4.1/num', 'comment'];
  const bad = path.join(ARTIFACTS, 'so-lieu-sai.xlsx');
  writeFileSync(bad, xlsx([keys, [a.code, a.name, 'một trăm', 400, 3, ''], [b.code, b.name, 100, 400, 1, '']]));
  await page.locator('#values-file').setInputFiles(bad);
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await page.getByRole('alert').filter({ hasText: 'Ô C2' }).waitFor();
  assert.ok(await page.getByRole('alert').filter({ hasText: 'Không có số liệu nào được lưu' }).isVisible());
  const good = path.join(ARTIFACTS, 'so-lieu.xlsx');
  writeFileSync(good, xlsx([keys, [a.code, a.name, 120, 400, 3, ''], [b.code, b.name, 100, 400, 1, '']]));
  await page.locator('#values-file').setInputFiles(good);
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã lưu 4 số liệu' }).waitFor();
  await done(page);
});

test('the dashboard shows completeness, roll-up with charts and the ranked table', STEP, async () => {
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await page.goto(`${BASE}/staff${state.roundHash}`);
  const row = page.locator('#completeness tbody tr').first();
  await row.waitFor();
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells[1], '6', 'three wards reported two indicators each');
  assert.match(await page.locator('#reminders').textContent(), /đơn vị chưa báo cáo đủ/);
  const card = page.locator('li.indicator-card[data-code="1.1"]');
  await card.waitFor();
  // (300 + 120 + 100) / (400 + 400 + 400) = 43.3%: the sums, not an average of percentages.
  assert.match(await card.locator('.value').textContent(), /43,3/);
  assert.equal(await card.locator('svg path').count() >= 1, true);
  await page.locator('#ranking tbody tr').first().waitFor();
  assert.equal(await page.locator('#ranking tbody tr').count(), 3);
  await axe(page, 'indicator dashboard');
  await page.screenshot({ path: path.join(ARTIFACTS, 'indicators-dashboard.png'), fullPage: false });
  await done(page);
});

test('the public page shows the indicators marked public with their progress', STEP, async () => {
  const page = await newPage();
  await page.goto(`${BASE}/chi-tieu`);
  await page.getByRole('heading', { name: PROGRAMME }).waitFor();
  const cards = page.locator('li.indicator-card');
  assert.ok(await cards.count() >= 3);
  assert.ok(await page.locator('li.indicator-card[data-code="1.2"]').count() === 0, 'a non-public indicator stays off the public page');
  await axe(page, 'public indicators');
  await done(page);
});

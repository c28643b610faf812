// Browser walk of matching the bodies a document names (issue 11, item 3): in the import
// preview the coordinator finds "Sở KH&CN" matched to the Department of Science and Technology
// and "Thành đoàn" among the coordinating bodies, "UBND các xã, phường, đặc khu" offered as the
// wards' committees to tick (one task each), and a misspelt "Sở Ngọi vụ" marked "cần chọn";
// the recorded document has one task per ticked body. Needs the server of tests/browser/run.sh.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage as openPage, done, axe, signIn } from './walk-kit.mjs';

const RUN = Date.now().toString(36);
const STEP = { timeout: 120_000 };

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

async function go(page, hash, title) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.locator('#view-title', { hasText: title }).waitFor();
  await page.locator('.view > .loading').waitFor({ state: 'detached' });
}

const PLAN = `ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Phòng, ngày 20 tháng 5 năm 2026
KẾ HOẠCH
Tổ chức Tháng hành động vì thanh niên năm 2026 (${RUN})
Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:

1. Giao Sở KH&CN chủ trì, phối hợp với Thành đoàn xây dựng
chương trình hỗ trợ thanh niên khởi nghiệp, hoàn thành trước ngày 30/9/2026.

2. Giao UBND các xã, phường, đặc khu chủ trì tổ chức ngày hội việc làm
cho thanh niên trên địa bàn, báo cáo kết quả trước ngày 30/11/2026.

3. Giao Sở Ngọi vụ chủ trì tổng hợp kết quả thực hiện Kế hoạch,
báo cáo Ủy ban nhân dân thành phố trước ngày 15/12/2026.

Nơi nhận:
- Các Sở, ngành thành phố;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hòa`;

test('the import preview matches leads by shorthand, offers a group as bodies to tick and flags what it cannot tell', STEP, async () => {
  const page = await openPage(browser);
  await signIn(page, 'sonoivu', { dialogue: 1 });
  await go(page, '#/1/documents/import', 'Nhập văn bản');
  await page.getByLabel('Nội dung văn bản').fill(PLAN);
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  const form = page.locator('form.import-confirm');
  await form.waitFor();
  const cards = form.locator('li.import-task');
  assert.equal(await cards.count(), 3);
  await axe(page, 'import preview with matched, group and unsure bodies');
  const selected = (card) => card.getByLabel('Cơ quan chủ trì trong hệ thống').evaluate((s) => s.options[s.selectedIndex].text);

  // 1: shorthand matched, and the coordinating body too.
  assert.equal(await selected(cards.nth(0)), 'Sở Khoa học và Công nghệ');
  assert.match(await cards.nth(0).locator('.agency-match').innerText(), /tên viết tắt/);
  assert.match(await cards.nth(0).locator('.agency-matches').innerText(), /Thành đoàn → Thành đoàn Hải Phòng/);

  // 2: a group, the wards' committees ticked in advance.
  const group = cards.nth(1).locator('fieldset.group-choice');
  await group.waitFor();
  const ward = group.getByLabel('Ủy ban nhân dân phường Hồng Bàng');
  assert.equal(await ward.isChecked(), true);
  assert.equal(await selected(cards.nth(1)), '— Không thuộc hệ thống (giữ tên như ghi) —');

  // 3: a misspelt name is never guessed.
  assert.match(await cards.nth(2).locator('.agency-match').innerText(), /cần chọn/);
  assert.equal(await selected(cards.nth(2)), '— Không thuộc hệ thống (giữ tên như ghi) —');
  await cards.nth(2).getByLabel('Cơ quan chủ trì trong hệ thống').selectOption({ label: 'Sở Nội vụ' });

  await form.getByRole('button', { name: 'Xác nhận và lưu văn bản' }).click();
  await page.locator('#view-title', { hasText: '88/KH-UBND' }).waitFor();
  const tasks = page.locator('table.tasks tbody');
  const rows = await tasks.locator('tr').count();
  assert.equal(rows, 3, 'one task per ticked body of the group (one ward in the demo), and the two others');
  // The leads are recorded with their agencies (the table shows the names as written).
  const id = /documents\/(\d+)/.exec(await page.evaluate(() => location.hash))[1];
  const doc = await page.evaluate(async (n) => (await fetch(`/api/documents/${n}`)).json(), id);
  const leads = Object.fromEntries(doc.tasks.map((t) => [t.lead.name, t.lead.agency_id]));
  const agencies = await page.evaluate(async () => {
    const get = async (u) => (await (await fetch(u)).json()).items;
    const city = (await get('/api/units?parent_id=1')).find((u) => u.code === 'hai-phong');
    const ward = (await get(`/api/units?parent_id=${city.id}`)).find((u) => u.name.includes('Hồng Bàng'));
    const all = [...await get(`/api/agencies?unit_id=${city.id}`), ...await get(`/api/agencies?unit_id=${ward.id}`)];
    return Object.fromEntries(all.map((a) => [a.name, a.id]));
  });
  assert.equal(leads['Sở KH&CN'], agencies['Sở Khoa học và Công nghệ'], JSON.stringify(leads));
  assert.equal(leads['Ủy ban nhân dân phường Hồng Bàng'], agencies['Ủy ban nhân dân phường Hồng Bàng']);
  assert.equal(leads['Sở Ngọi vụ'], agencies['Sở Nội vụ'], 'the body the coordinator chose');
  assert.equal(doc.tasks.find((t) => t.lead.name === 'Sở KH&CN').coordinating[0]?.agency_id, agencies['Thành đoàn Hải Phòng'],
               JSON.stringify(doc.tasks[0]));
  await done(page);
});

// Browser walk of text intelligence (issue 5): the coordinator accepts and rejects grouping
// proposals, staff search finds unpublished questions within each user's scope without ever
// showing who asked, and the coordinator edits the unit's routing table.
// Needs the server of tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, ARTIFACTS, launch, newPage as openPage, done, axe, signIn as staffSignIn, openDialogueId } from './walk-kit.mjs';

const RUN = Date.now().toString(36);
const STEP = { timeout: 120_000 };

let browser;
let OPEN;  // the demo dialogue taking questions today (issue 13)

before(async () => {
  browser = await launch();
  OPEN = await openDialogueId();
});

after(async () => {
  if (browser) await browser.close();
});

const newPage = () => openPage(browser);
// These steps work on the dialogue taking questions; the staff app opens the newest one.
const signIn = (page, username) => staffSignIn(page, username, { dialogue: OPEN });

const tab = (page, name) => page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name, exact: true }).click();

// A youth asks on the public API (the public form is walked by e2e.mjs).
async function ask(text, extra = {}) {
  const r = await fetch(`${BASE}/api/dialogues/${OPEN}/questions`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, age: 22, consent: true, ...extra }),
  });
  assert.equal(r.status, 201, await r.text());
}

const proposalWith = (page, text) => page.locator('li.proposal').filter({ hasText: text });

test('the coordinator accepts one grouping proposal and rejects another', STEP, async () => {
  const camp = [`Thành phố có tổ chức trại hè kỹ năng sống cho thiếu nhi vùng biển không? (${RUN}-a)`,
    `Em muốn hỏi trại hè kỹ năng sống cho thiếu nhi vùng biển đăng ký ở đâu (${RUN}-b)`];
  const bus = [`Đề nghị mở tuyến xe buýt đêm cho công nhân khu công nghiệp Tràng Duệ (${RUN}-c)`,
    `Công nhân khu công nghiệp Tràng Duệ cần xe buýt đêm để về nhà (${RUN}-d)`];
  for (const t of [...camp, ...bus]) await ask(t);
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await tab(page, 'Đề xuất gộp nhóm');
  await page.locator('#view-title', { hasText: 'Đề xuất gộp nhóm' }).waitFor();
  const campCard = proposalWith(page, `${RUN}-a`);
  await campCard.waitFor();
  assert.match(await campCard.innerText(), new RegExp(`${RUN}-b`));
  assert.match(await campCard.locator('h3').innerText(), /độ tin cậy \d+%/);
  await axe(page, 'grouping proposals');
  await campCard.getByLabel(/Tiêu đề nhóm vấn đề mới/).fill(`Trại hè kỹ năng sống (${RUN})`);
  await campCard.getByRole('button', { name: 'Chấp nhận, tạo nhóm vấn đề' }).click();
  await page.getByRole('status').filter({ hasText: `Trại hè kỹ năng sống (${RUN})` }).waitFor();
  assert.equal(await proposalWith(page, `${RUN}-a`).count(), 0, 'accepted proposal is gone');
  const busCard = proposalWith(page, `${RUN}-c`);
  await busCard.getByRole('button', { name: 'Bỏ qua đề xuất' }).click();
  await page.getByRole('status').filter({ hasText: 'sẽ không hiện lại' }).waitFor();
  await page.reload();
  await page.locator('li.proposal, p.count').first().waitFor();
  assert.equal(await proposalWith(page, `${RUN}-c`).count(), 0, 'rejected proposal is not shown again');
  // The new issue holds both questions.
  await tab(page, 'Nhóm vấn đề');
  await page.getByRole('link', { name: new RegExp(`Trại hè kỹ năng sống \\(${RUN}\\)`) }).first().click();
  await page.getByText(`${RUN}-b`).first().waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'text-proposals.png'), fullPage: true });
  await done(page);
});

test('the coordinator splits one proposal and merges two others', STEP, async () => {
  const pool = [`Thành phố có xây thêm bể bơi công cộng cho thanh niên không ạ? (${RUN}-s1)`,
    `Cho em hỏi bao giờ có bể bơi công cộng cho thanh niên ở phường (${RUN}-s2)`,
    `Bể bơi công cộng cho thanh niên có được miễn phí vé không? (${RUN}-s3)`];
  const library = [`Thư viện thành phố có mở cửa buổi tối cho sinh viên ôn thi không? (${RUN}-l1)`,
    `Đề nghị thư viện thành phố mở cửa buổi tối để sinh viên ôn thi (${RUN}-l2)`];
  const court = [`Phường có thể làm sân bóng rổ ngoài trời cho học sinh không? (${RUN}-c1)`,
    `Em muốn có sân bóng rổ ngoài trời cho học sinh ở phường (${RUN}-c2)`];
  for (const t of [...pool, ...library, ...court]) await ask(t);
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await tab(page, 'Đề xuất gộp nhóm');
  const poolCard = proposalWith(page, `${RUN}-s1`);
  await poolCard.waitFor();
  // Split: untick the third question and take it out.
  await poolCard.getByLabel(new RegExp(`${RUN}-s3`)).uncheck();
  await poolCard.getByRole('button', { name: 'Tách câu hỏi bỏ chọn' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã tách 1 câu hỏi' }).waitFor();
  const after = proposalWith(page, `${RUN}-s1`);
  assert.match(await after.innerText(), new RegExp(`${RUN}-s2`));
  assert.doesNotMatch(await after.innerText(), new RegExp(`${RUN}-s3`));
  // Merge: choose the library proposal, then merge the court proposal into it.
  await proposalWith(page, `${RUN}-l1`).getByRole('button', { name: 'Gộp với đề xuất khác' }).click();
  await proposalWith(page, `${RUN}-c1`).getByRole('button', { name: /^Gộp với đề xuất \d+$/ }).click();
  await page.getByRole('status').filter({ hasText: 'Đã gộp hai đề xuất' }).waitFor();
  const merged = proposalWith(page, `${RUN}-l1`);
  assert.match(await merged.innerText(), new RegExp(`${RUN}-c2`));
  await done(page);
});

test('staff search: unpublished questions within scope, never who asked', STEP, async () => {
  await ask(`Xin hỏi chương trình hỗ trợ nuôi cá lồng bè cho thanh niên ven biển (${RUN}-e)`,
    { asker_name: `Đỗ Thị Hến ${RUN}`, asker_contact: 'hen.do@example.vn' });
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await tab(page, 'Tìm kiếm');
  await page.getByLabel('Từ khóa (có dấu hoặc không dấu)').fill('nuoi ca long be');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  const hit = page.locator('li.result').filter({ hasText: `${RUN}-e` });
  await hit.waitFor();
  assert.ok(await hit.locator('mark').count() >= 1, 'matches are highlighted');
  assert.match(await hit.innerText(), /Chưa thuộc nhóm vấn đề nào/);
  const body = await page.locator('main').innerText();
  assert.ok(!body.includes('Hến') && !body.includes('hen.do'), 'no identity in search results');
  await axe(page, 'staff search');
  // Bad input is named beside its field.
  await page.getByLabel('Từ khóa (có dấu hoặc không dấu)').fill('');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await page.getByRole('alert').waitFor();
  await done(page);

  // An agency officer does not see questions that are not routed to it.
  const officer = await newPage();
  await signIn(officer, 'sokhcn');
  await tab(officer, 'Tìm kiếm');
  await officer.getByLabel('Từ khóa (có dấu hoặc không dấu)').fill('nuoi ca long be');
  await officer.getByRole('button', { name: 'Tìm', exact: true }).click();
  await officer.getByText('Không tìm thấy kết quả nào.').waitFor();
  await done(officer);
});

test('the coordinator edits the routing table', STEP, async () => {
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await tab(page, 'Bảng phân công');
  await page.getByText('Đang dùng bảng mẫu của Hải Phòng').waitFor();
  await axe(page, 'routing table');
  const lead = page.getByLabel(/Cơ quan chủ trì cho chủ đề Môi trường/);
  await lead.selectOption({ label: 'Sở Xây dựng' });
  await page.getByRole('button', { name: 'Lưu bảng phân công' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã lưu bảng phân công' }).waitFor();
  await page.reload();
  await page.getByText('Bảng do đơn vị thiết lập.').waitFor();
  const chosen = await page.getByLabel(/Cơ quan chủ trì cho chủ đề Môi trường/).evaluate((s) => s.options[s.selectedIndex].text);
  assert.equal(chosen, 'Sở Xây dựng');
  await done(page);
});

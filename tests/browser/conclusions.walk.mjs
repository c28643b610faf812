// Browser walk of conclusions, tasks and documents (issue 3): the leader issues the 2026
// dialogue's conclusion from the "Văn bản" tab and sees its clock stop and its tasks appear;
// an agency officer reports progress on a task, uploads a real PDF as evidence (a wrong file
// gets the Vietnamese error) and splits a sub-task for a ward; the coordinator sees the board
// counts change and drills down into the ward; the coordinator imports a document from text,
// corrects the preview and confirms it; the relay chain 158/TB-VPCP → city → ward is walked
// down and up; the public page links the issued notice, whose PDF downloads.
// axe-core on each new view. Needs the server of tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, ARTIFACTS, launch, newPage as openPage, done, axe, signIn } from './walk-kit.mjs';

const RUN = Date.now().toString(36);
const STEP = { timeout: 120_000 };
const WARD = 'Phường Hồng Bàng';
const state = {};

let browser;

before(async () => {
  browser = await launch();
  // The demo's held dialogue without a conclusion (the 2026 one), found by listing.
  const { items } = await (await fetch(`${BASE}/api/dialogues`)).json();
  const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
  for (const d of items) {
    const full = await (await fetch(`${BASE}/api/dialogues/${d.id}`)).json();
    if (full.held_on <= today && !full.conclusion_issued_on) {
      state.open = full;
      break;
    }
  }
});

after(async () => {
  if (browser) await browser.close();
});

const newPage = () => openPage(browser, { acceptDownloads: true });

// Goes to a staff route and waits until its view has drawn (its title set, loading gone).
async function go(page, hash, title) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.locator('#view-title', { hasText: title }).waitFor();
  await page.locator('.view > .loading').waitFor({ state: 'detached' });
}

const cellsOf = async (row) => (await row.locator('th, td').allInnerTexts()).map((s) => s.trim());
// The board's counts table: {unit name → {overdue, not_started, in_progress, done_on_time, done_late, total}}.
async function boardCounts(page) {
  const out = {};
  for (const row of await page.locator('table.board tbody tr').all()) {
    const [name, overdue, notStarted, inProgress, onTime, late, total] = await cellsOf(row);
    const n = (s) => Number(String(s).replace(/\D/g, '') || 0);
    out[name] = { overdue: n(overdue), not_started: n(notStarted), in_progress: n(inProgress), done_on_time: n(onTime), done_late: n(late), total: n(total) };
  }
  return out;
}

test('the leader issues the conclusion of the held dialogue; its clock stops and its tasks appear', STEP, async () => {
  assert.ok(state.open, 'the demo has a held dialogue without a conclusion notice');
  const id = state.open.id;
  // Before: the public page offers no notice.
  const pub = await newPage();
  await pub.goto(`${BASE}/d/${id}`);
  await pub.locator('h1').waitFor();
  assert.equal(await pub.getByRole('link', { name: /Thông báo kết luận/ }).count(), 0, 'no notice before it is issued');
  await done(pub);

  const page = await newPage();
  await signIn(page, 'chutich');
  await go(page, `#/${id}/documents`, 'Văn bản');
  const panel = page.locator('section.conclusion');
  await panel.waitFor();
  const badge = panel.locator('#conclusion-clock .badge');
  const before = (await badge.innerText()).trim();
  assert.doesNotMatch(before, /Hoàn thành/, 'the clock runs before the notice is issued');
  assert.match(await panel.innerText(), /trong (10|15) ngày/);
  await axe(page, 'documents with the conclusion panel');
  // A missing signer is named beside its field.
  await panel.getByLabel('Người ký').fill('');
  await panel.getByRole('button', { name: 'Ban hành thông báo kết luận' }).click();
  await panel.getByRole('alert').waitFor();
  assert.match(await panel.getByRole('alert').innerText(), /Người ký/);
  // Issue 13: the block's form, the head's and the signer's positions; a title typed as the
  // name is refused beside the field.
  await panel.getByLabel('Hình thức ký').selectOption('KT');
  await panel.getByLabel('Chức vụ của người đứng đầu').fill('CHỦ TỊCH');
  await panel.getByLabel('Chức vụ', { exact: true }).fill('PHÓ CHỦ TỊCH');
  await panel.getByLabel('Người ký').fill('Phó Chủ tịch UBND thành phố');
  await panel.getByRole('button', { name: 'Ban hành thông báo kết luận' }).click();
  await panel.getByRole('alert').filter({ hasText: 'không phải họ và tên' }).waitFor();
  await panel.getByLabel('Người ký').fill('Lê Minh Khôi');
  assert.match(await panel.locator('.signer-preview').innerText(), /TM\. ỦY BAN NHÂN DÂN \/ KT\. CHỦ TỊCH \/ PHÓ CHỦ TỊCH \/ Lê Minh Khôi/);
  await panel.getByRole('button', { name: 'Ban hành thông báo kết luận' }).click();
  const issued = panel.getByRole('status').filter({ hasText: 'Đã ban hành' });
  await issued.waitFor();
  const m = /Đã ban hành (.+?) với (\d+) nhiệm vụ/.exec(await issued.innerText());
  assert.ok(m, 'the notice is named with its task count');
  state.noticeTitle = m[1];
  const rows = panel.locator('table.tasks tbody tr');
  assert.equal(await rows.count(), Number(m[2]), 'each task of the notice is listed');
  assert.ok(Number(m[2]) > 0, 'the notice assigns tasks');
  await panel.locator('#conclusion-clock .badge', { hasText: 'Hoàn thành' }).waitFor();
  assert.notEqual((await badge.innerText()).trim(), before, 'the clock stopped');
  await page.locator('table.documents-table').getByRole('link', { name: state.noticeTitle }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'conclusions-issued.png'), fullPage: true });
  // The notice is a document with its files and tasks.
  await panel.getByRole('link', { name: state.noticeTitle }).click();
  await page.locator('#view-title', { hasText: state.noticeTitle }).waitFor();
  state.noticeHash = await page.evaluate(() => location.hash);
  assert.equal(await page.locator('a[data-format="pdf"]').count(), 1, 'a PDF link');
  assert.equal(await page.locator('a[data-format="docx"]').count(), 1, 'a DOCX link');
  assert.equal(await page.locator('table.tasks tbody tr').count(), Number(m[2]));
  const pdf = await page.context().request.get(`${BASE}${await page.locator('a[data-format="pdf"]').getAttribute('href')}`);
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');
  const sheet = await page.context().request.get(`${BASE}${await page.locator('a[data-format="tasks-xlsx"]').getAttribute('href')}`);
  assert.equal(sheet.status(), 200, 'the task sheet downloads');
  assert.equal((await sheet.body()).subarray(0, 2).toString('latin1'), 'PK');
  await axe(page, 'document detail');
  // Issuing twice is refused by the server; the panel no longer offers it.
  await go(page, `#/${id}/documents`, 'Văn bản');
  await page.locator('section.conclusion').getByText(/Đã ban hành ngày/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Ban hành thông báo kết luận' }).count(), 0);
  await done(page);
});

test('the public page links the issued notice, and its PDF and DOCX download', STEP, async () => {
  assert.ok(state.noticeTitle, 'the notice was issued');
  const page = await newPage();
  await page.goto(`${BASE}/d/${state.open.id}`);
  const link = page.getByRole('link', { name: 'Thông báo kết luận (PDF)' });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), `/api/dialogues/${state.open.id}/conclusion/pdf`);
  const pdf = await page.context().request.get(`${BASE}${await link.getAttribute('href')}`);
  assert.equal(pdf.status(), 200);
  assert.match(pdf.headers()['content-type'] || '', /^application\/pdf/);
  assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');
  const docx = await page.context().request.get(`${BASE}${await page.getByRole('link', { name: 'Thông báo kết luận (DOCX)' }).getAttribute('href')}`);
  assert.equal(docx.status(), 200);
  assert.equal((await docx.body()).subarray(0, 2).toString('latin1'), 'PK');
  await axe(page, 'public dialogue page with the notice');
  await done(page);
});

test('the coordinator reads the board before the officer works', STEP, async () => {
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await go(page, `#/${state.open.id}/tasks`, 'Nhiệm vụ');
  await page.locator('table.board').waitFor();
  state.before = await boardCounts(page);
  assert.ok(state.before[WARD], `the ward ${WARD} has tasks on the city board`);
  assert.ok(await page.locator('table.late tbody tr').count() > 0, 'late tasks are listed');
  // Reminders now: the overdue task is escalated to the city's coordinator, once.
  assert.equal(await page.locator('ul.notifications li').count(), 0, 'no notification before reminders run');
  await page.getByRole('button', { name: 'Nhắc hạn ngay' }).click();
  await page.getByRole('status').filter({ hasText: /Đã tạo \d+ thông báo mới/ }).waitFor();
  assert.ok(await page.locator('ul.notifications li.note-overdue').count() > 0, 'an overdue escalation is listed');
  await axe(page, 'task board');
  await page.getByRole('button', { name: 'Nhắc hạn ngay' }).click();
  await page.getByRole('status').filter({ hasText: 'Không có thông báo mới' }).waitFor();
  await done(page);
});

test('an agency officer reports progress with evidence and splits a sub-task for the ward', STEP, async () => {
  const page = await newPage();
  await signIn(page, 'sokhcn');
  await go(page, `#/${state.open.id}/tasks`, 'Nhiệm vụ');
  const mine = page.locator('section[aria-labelledby="board-mine"] table.tasks tbody tr');
  await mine.first().waitFor();
  assert.ok(await page.locator('ul.notifications li', { hasText: 'Sở Khoa học và Công nghệ' }).count() > 0, 'the agency sees the reminders about its tasks');
  const fresh = mine.filter({ hasText: 'Chưa thực hiện' }).first();
  await fresh.getByRole('link').click();
  await page.locator('#view-title', { hasText: 'Nhiệm vụ:' }).waitFor();
  state.taskHash = await page.evaluate(() => location.hash);
  const statusOf = () => page.locator('dl.facts').first().locator('div', { hasText: 'Tình trạng' }).locator('dd').innerText();
  assert.match(await statusOf(), /Chưa thực hiện/);
  await axe(page, 'task detail');

  // A percent outside 0–100 is refused beside its field.
  await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('140');
  await page.getByLabel('Nội dung báo cáo').fill(`Đã khảo sát 12 điểm (${RUN})`);
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Tỷ lệ hoàn thành/);
  await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('40');
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã gửi báo cáo tiến độ' }).waitFor();
  assert.match(await statusOf(), /Đang thực hiện/);
  const report = page.locator('li.report', { hasText: RUN });
  assert.match(await report.innerText(), /40%/);

  // Evidence: a text file is refused with the reason; a real PDF is kept and downloads.
  const upload = (file) => report.getByLabel(/Tệp minh chứng cho báo cáo ngày/).setInputFiles(file);
  await upload({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải minh chứng') });
  await report.getByRole('button', { name: 'Tải lên minh chứng' }).click();
  const refused = report.getByRole('alert');
  await refused.waitFor();
  assert.match(await refused.innerText(), /chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG/);
  await upload({ name: 'qua-lon.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(6 * 1024 * 1024, 0x25) });
  await report.getByRole('button', { name: 'Tải lên minh chứng' }).click();
  await report.getByRole('alert').filter({ hasText: 'vượt quá 5 MB' }).waitFor();
  const printer = await browser.newPage();
  await printer.setContent('<h1>Báo cáo khảo sát điểm wifi công cộng</h1><p>12 điểm đã khảo sát.</p>');
  const pdfBytes = await printer.pdf({ format: 'A4' });
  await printer.close();
  await upload({ name: 'bao-cao-khao-sat.pdf', mimeType: 'application/pdf', buffer: pdfBytes });
  await report.getByRole('button', { name: 'Tải lên minh chứng' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã tải lên minh chứng' }).waitFor();
  const evidence = page.locator('li.report', { hasText: RUN }).getByRole('link', { name: 'Minh chứng: bao-cao-khao-sat.pdf' });
  const got = await page.context().request.get(`${BASE}${await evidence.getAttribute('href')}`);
  assert.equal(got.status(), 200);
  assert.equal((await got.body()).subarray(0, 5).toString('latin1'), '%PDF-');
  assert.equal((await got.body()).length, pdfBytes.length, 'the evidence is kept byte for byte');

  // A sub-task for the ward's culture–society office.
  const split = page.locator('section[aria-labelledby="task-split"]');
  await split.getByLabel('Đơn vị nhận nhiệm vụ con').selectOption({ label: WARD });
  const lead = split.getByLabel('Cơ quan chủ trì nhiệm vụ con');
  await lead.locator('option', { hasText: 'Phòng Văn hóa - Xã hội' }).waitFor({ state: 'attached' });
  await lead.selectOption({ label: 'Phòng Văn hóa - Xã hội phường Hồng Bàng' });
  await split.getByLabel('Nội dung nhiệm vụ con').fill(`Khảo sát điểm wifi công cộng trên địa bàn phường (${RUN})`);
  await split.getByLabel('Loại thời hạn').selectOption('ongoing');
  await split.getByRole('button', { name: 'Giao nhiệm vụ con' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã giao nhiệm vụ con' }).waitFor();
  const child = page.locator('ul.task-children li', { hasText: RUN });
  assert.equal(await child.count(), 1, 'the sub-task is listed under its parent');
  assert.match(await child.innerText(), /Chưa thực hiện/);
  await page.screenshot({ path: path.join(ARTIFACTS, 'conclusions-task.png'), fullPage: true });
  await done(page);
});

test('the coordinator sees the counts change and drills down into the ward', STEP, async () => {
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await go(page, `#/${state.open.id}/tasks`, 'Nhiệm vụ');
  await page.locator('table.board').waitFor();
  const now = await boardCounts(page);
  const total = Object.keys(now).find((k) => k.startsWith('Tổng cộng'));
  assert.equal(now[WARD].total, state.before[WARD].total + 1, 'the ward has one task more');
  assert.equal(now[WARD].not_started, state.before[WARD].not_started + 1, 'the new sub-task has not started');
  assert.equal(now[total].total, state.before[total].total + 1, 'the city total rolls it up');
  assert.equal(now[total].in_progress, state.before[total].in_progress + 1, 'the reported task is in progress');
  await page.locator('table.board').getByRole('link', { name: WARD }).click();
  await page.locator('#view-title', { hasText: `Nhiệm vụ – ${WARD}` }).waitFor();
  await page.locator('table.board').waitFor();
  const ward = await boardCounts(page);
  const wardTotal = Object.keys(ward).find((k) => k.startsWith('Tổng cộng'));
  assert.equal(ward[wardTotal].total, now[WARD].total, 'the ward board adds up to its row on the city board');
  await page.getByRole('link', { name: '← Về bảng nhiệm vụ của đơn vị tôi' }).click();
  await page.locator('#view-title', { hasText: 'Nhiệm vụ – ' }).waitFor();
  await page.locator('table.board').getByRole('link', { name: WARD }).waitFor();
  // The sub-task, opened from its parent, shows the path back up.
  await go(page, state.taskHash, 'Nhiệm vụ:');
  await page.locator('ul.task-children li', { hasText: RUN }).getByRole('link').click();
  await page.locator('#view-title', { hasText: RUN }).waitFor();
  assert.equal(await page.locator(`nav.task-path li a[href="${state.taskHash}"]`).count(), 1, 'the path links the parent task');
  assert.match(await page.locator('dl.facts').first().innerText(), /Phòng Văn hóa - Xã hội phường Hồng Bàng/);
  // Carry-over: the 2025 tasks still open come into the 2026 dialogue.
  await go(page, `#/${state.open.id}/tasks/carry-over`, 'Việc chuyển từ năm trước');
  const heading = await page.locator('#carry-tasks').innerText();
  const open = Number(/\((\d+)\)/.exec(heading)[1]);
  assert.ok(open > 0, 'unfinished tasks of last year carry over');
  assert.equal(await page.locator('section[aria-labelledby="carry-tasks"] table.tasks tbody tr').count(), open);
  await axe(page, 'carry-over');
  await done(page);
});

// Seed-like text (broken lines, header flattened into one line), written for this walk.
const IMPORTED = `ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/KH-UBND Hải Phòng, ngày 15 tháng 5 năm 2026

KẾ HOẠCH
Thực hiện kết luận của Chủ tịch Ủy ban nhân dân thành phố
tại buổi đối thoại với thanh niên năm 2026

Căn cứ Luật Thanh niên ngày 16/6/2020;
Căn cứ Nghị định số 13/2021/NĐ-CP ngày 01/3/2021 của Chính phủ;
Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:

1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng
chương trình hỗ trợ thanh niên khởi nghiệp đổi mới sáng tạo, hoàn thành trước ngày 30/9/2026.

2. Giao Sở Nông nghiệp và Môi trường tổ chức ra quân làm sạch bờ biển cùng
thanh niên tình nguyện, báo cáo kết quả trước ngày 30/11 hằng năm.

3. Đề nghị Thành đoàn Hải Phòng thường xuyên tuyên truyền, vận động đoàn viên
tham gia các công trình thanh niên về chuyển đổi số.

Nơi nhận:
- Các Sở, ngành thành phố;
- Thành đoàn Hải Phòng;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hòa`;

test('the coordinator imports a document from text, corrects the preview and confirms it', STEP, async () => {
  assert.ok(state.noticeTitle, 'the notice was issued');
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await go(page, `#/${state.open.id}/documents/import`, 'Nhập văn bản từ nội dung chữ');
  // Empty text gets the parser's reason.
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await page.getByRole('alert').waitFor();
  await page.getByLabel('Nội dung văn bản').fill(IMPORTED);
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  const form = page.locator('form.import-confirm');
  await form.waitFor();
  assert.equal(await form.getByLabel(/^Ký hiệu/).inputValue(), 'KH-UBND');
  assert.equal(await form.getByLabel(/^Số/).inputValue(), '77');
  assert.equal(await form.getByLabel(/^Ngày ban hành/).inputValue(), '2026-05-15');
  const parsed = await form.locator('li.import-task').count();
  assert.ok(parsed >= 2, `the parser found the tasks (${parsed})`);
  await axe(page, 'import preview');
  // The parser's lead is matched to our agency.
  const first = form.locator('li.import-task').first();
  const matched = await first.getByLabel('Cơ quan chủ trì trong hệ thống').evaluate((s) => s.options[s.selectedIndex].text);
  assert.equal(matched, 'Sở Khoa học và Công nghệ');
  // Corrections: a blank summary is refused beside its field, then fixed.
  await form.getByLabel('Trích yếu').fill('');
  await form.getByRole('button', { name: 'Xác nhận và lưu văn bản' }).click();
  await form.getByRole('alert').waitFor();
  assert.match(await form.getByRole('alert').innerText(), /Trích yếu/);
  assert.equal(await page.locator('table.documents-table').count(), 0, 'nothing was recorded');
  const summary = `Thực hiện kết luận đối thoại với thanh niên năm 2026 (${RUN})`;
  await form.getByLabel('Trích yếu').fill(summary);
  await first.getByLabel('Nội dung nhiệm vụ').fill(`Xây dựng chương trình hỗ trợ thanh niên khởi nghiệp (${RUN})`);
  await form.getByRole('button', { name: `Bỏ nhiệm vụ ${parsed}` }).click();
  assert.equal(await form.locator('li.import-task').count(), parsed - 1);
  const relays = form.getByLabel('Văn bản cấp trên được triển khai');
  const noticeNumber = /số (\S+)/.exec(state.noticeTitle)[1];
  const option = await relays.evaluate((s, n) => [...s.options].find((o) => o.text.startsWith(`${n} – `))?.value, noticeNumber);
  assert.ok(option, `the notice ${noticeNumber} can be chosen as the document implemented`);
  await relays.selectOption(option);
  await form.getByRole('button', { name: 'Xác nhận và lưu văn bản' }).click();
  await page.locator('#view-title', { hasText: '77/KH-UBND' }).waitFor();
  assert.equal(await page.locator('p.summary').innerText(), summary);
  assert.equal(await page.locator('table.tasks tbody tr').count(), parsed - 1, 'the removed task was not recorded');
  assert.match(await page.locator('table.tasks tbody').innerText(), new RegExp(RUN));
  assert.equal(await page.locator('a[data-format="txt"]').count(), 1, 'the text is kept');
  // Up to the notice it implements, and down again.
  await page.locator('.doc-tree .up a').click();
  await page.locator('#view-title', { hasText: state.noticeTitle }).waitFor();
  await page.locator('.doc-tree ul.down a', { hasText: '77/KH-UBND' }).click();
  await page.locator('#view-title', { hasText: '77/KH-UBND' }).waitFor();
  await done(page);
});

test('the ward\'s leader relays the city\'s notice to the ward Youth Union with a letter', STEP, async () => {
  assert.ok(state.noticeHash, 'the notice was issued');
  const page = await newPage();
  await signIn(page, 'chutichphuong');
  await go(page, state.noticeHash, state.noticeTitle);
  await page.getByText('Ban hành công văn triển khai văn bản này').click();
  const form = page.locator('details.relay form');
  const items = form.locator('li.relay-item');
  const sourceTasks = await page.locator('table.tasks tbody tr').count();
  assert.equal(await items.count(), sourceTasks, 'one item per task of the notice to start with');
  while (await items.count() > 1) await form.getByRole('button', { name: `Bỏ nhiệm vụ ${await items.count()}` }).click();
  await axe(page, 'relay form');
  // Without a lead agency the item is refused, named beside its field.
  await form.getByRole('button', { name: 'Ban hành công văn triển khai' }).click();
  await form.getByRole('alert').waitFor();
  assert.match(await form.getByRole('alert').innerText(), /Cơ quan chủ trì/);
  assert.match(await form.getByRole('alert').innerText(), /Cơ quan theo dõi/);
  await form.getByLabel('Cơ quan theo dõi, đôn đốc và tổng hợp báo cáo').selectOption({ label: 'Phòng Văn hóa - Xã hội phường Hồng Bàng' });
  const item = items.first();
  await item.getByLabel('Cơ quan chủ trì', { exact: true }).selectOption({ label: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Hồng Bàng' });
  await item.getByLabel(/^Đề nghị/).check();
  await item.getByLabel('Nội dung giao').fill(`Vận động đoàn viên tham gia khảo sát (${RUN})`);
  await item.getByLabel('Loại thời hạn').selectOption('ongoing');
  // Issue 13: the ward's bodies that can issue (its Youth Union has its own block and symbol).
  const family = form.getByLabel('Cơ quan ban hành');
  await family.selectOption({ label: 'Đoàn Thanh niên' });
  assert.match(await form.locator('.signer-preview').innerText(), /TM\. BAN THƯỜNG VỤ \/ BÍ THƯ/);
  assert.equal(await form.getByLabel(/^Ký hiệu đơn vị soạn thảo/).inputValue(), '', 'no drafting unit in "12-CV/ĐTN"');
  await family.selectOption({ label: 'Ủy ban nhân dân' });
  assert.match(await form.locator('.signer-preview').innerText(), /TM\. ỦY BAN NHÂN DÂN \/ CHỦ TỊCH/);
  await form.getByLabel(/^Ký hiệu đơn vị soạn thảo/).fill('VHXH');
  await form.getByLabel('Người ký').fill('Phạm Thị Thu');
  await form.getByRole('button', { name: 'Ban hành công văn triển khai' }).click();
  await page.locator('#view-title', { hasText: /Công văn số \d+\/UBND-VHXH/ }).waitFor();
  const letter = (await page.locator('#view-title').innerText()).trim();
  assert.equal(await page.locator('table.tasks tbody tr').count(), 1);
  assert.match(await page.locator('table.tasks tbody').innerText(), new RegExp(RUN));
  assert.equal(await page.locator('a[data-format="pdf"]').count(), 1, 'the letter is rendered');
  await page.locator('.doc-tree .up a', { hasText: state.noticeTitle }).click();
  await page.locator('#view-title', { hasText: state.noticeTitle }).waitFor();
  await page.locator('.doc-tree ul.down a', { hasText: letter.replace(/^Công văn số /, '') }).waitFor();
  await done(page);
});

test('the relay chain from the Prime Minister\'s notice down to the ward, and back up', STEP, async () => {
  const page = await newPage();
  await signIn(page, 'sonoivu');
  await go(page, `#/${state.open.id}/documents`, 'Văn bản');
  await page.locator('table.documents-table tbody tr').first().waitFor();
  await page.locator('table.documents-table').getByRole('link', { name: /158\/TB-VPCP/ }).click();
  await page.locator('#view-title', { hasText: '158/TB-VPCP' }).waitFor();
  assert.match(await page.locator('.doc-tree').innerText(), /Không \(văn bản gốc/);
  const chain = ['158/TB-VPCP'];
  for (let level = 0; level < 2; level++) {
    const down = page.locator('.doc-tree ul.down a').first();
    const name = (await down.innerText()).trim();
    await down.click();
    await page.locator('#view-title', { hasText: name }).waitFor();
    chain.push(name);
  }
  assert.equal(await page.locator('.doc-tree .up a').count(), 1, 'the ward letter links the letter it relays');
  assert.ok(await page.locator('table.tasks tbody tr').count() > 0, 'the ward letter assigns tasks');
  await axe(page, 'ward letter');
  // Back up: ward letter → city letter → 158/TB-VPCP.
  for (let level = 1; level >= 0; level--) {
    await page.locator('.doc-tree .up a').click();
    await page.locator('#view-title', { hasText: chain[level] }).waitFor();
  }
  await done(page);
});

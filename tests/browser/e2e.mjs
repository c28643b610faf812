// Browser walk through one question's whole life, as people would do it (SYSTEM.md C3–C5):
//   1. a youth asks on the dialogue page (phone-sized), gets a tracking code, follows it;
//   2. the Youth Union officer imports compiled questions (a bad file, then good ones);
//   3. the coordinator screens, groups and routes;
//   4. the agency drafts, the leader returns it, the agency resubmits, the leader approves;
//   5. the youth sees the published answer.
// Plus axe-core on the public pages and the staff screens (no serious/critical violations),
// and an XSS payload that must stay text wherever it is shown.
//
// Needs a server with pristine demo data at DOITHOAI_URL (tests/browser/run.sh starts one)
// and Chromium (CHROMIUM, default /usr/bin/chromium). Screenshots go to tests/browser/artifacts/.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { xlsx } from './xlsx.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const BASE = (process.env.DOITHOAI_URL || 'http://127.0.0.1:18080').replace(/\/+$/, '');
const ARTIFACTS = path.join(here, 'artifacts');
const AXE = path.join(root, 'node_modules/axe-core/axe.min.js');
const PASSWORD = 'doithoai-demo';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const THEME = 'Thanh niên thành phố tiên phong thực hiện chuyển đổi xanh, chuyển đổi số';
const CODE_RE = /^DT(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z]{2}$/;
const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';
const RUN = Date.now().toString(36); // makes this run's texts unique and findable
const STEP = { timeout: 120_000 };

// Carried from step to step.
const state = {
  question: `Thành phố có chương trình hỗ trợ thanh niên khởi nghiệp xanh không? (${RUN})`,
  xssQuestion: `Câu hỏi thử an toàn ${RUN} ${XSS}`,
  imported: [
    `Đề nghị mở thêm lớp kỹ năng số miễn phí cho đoàn viên (${RUN}-1)`,
    `Thành đoàn có kế hoạch trồng cây xanh ở khu công nghiệp không? (${RUN}-2)`,
  ],
  xlsxQuestion: `Làm sao để thanh niên tham gia chuyển đổi số cấp phường? (${RUN}-x)`,
  issueTitle: `Hỗ trợ thanh niên khởi nghiệp xanh (${RUN})`,
  answerBody: `Sở Khoa học và Công nghệ có quỹ hỗ trợ khởi nghiệp đổi mới sáng tạo.\nThanh niên đăng ký tại Trung tâm hỗ trợ khởi nghiệp (${RUN}).`,
  code: null,
  xssCode: null,
  issueId: null,
  // The demo dialogue that takes questions today (issue 13: the 2025 one is concluded), where
  // this walk asks, imports, groups, answers and publishes; found as the public sees it.
  dialogue: null,
  theme: null,
};

let browser;
const pages = [];

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const open = (await (await fetch(`${BASE}/api/dialogues`)).json()).items.filter((d) => d.intake && d.intake.open);
  assert.equal(open.length, 1, 'the demo has one dialogue open for questions');
  state.dialogue = open[0].id;
  state.theme = open[0].theme;
});

after(async () => {
  if (browser) await browser.close();
});

// ---- helpers ---------------------------------------------------------------------------------

// Pages ignore the server's Content-Security-Policy by default so that axe-core can be
// injected and so that the XSS checks test the UI's own escaping, not the CSP behind it.
// The test "pages work under the server's Content-Security-Policy" covers the CSP itself.
async function newPage(viewport, { bypassCSP = true } = {}) {
  const context = await browser.newContext({ viewport, bypassCSP, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.uncaught = [];
  page.on('pageerror', (e) => page.uncaught.push(e.message));
  pages.push(page);
  return page;
}

async function done(page) {
  assert.deepEqual(page.uncaught, [], 'uncaught script errors on the page');
  await page.context().close();
}

const shot = (page, name) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

async function noXss(page, where) {
  const v = await page.evaluate(() => window.__xss);
  assert.equal(v, undefined, `markup in a question ran as script on ${where}`);
}

// Runs axe-core; fails on serious or critical violations and prints them.
async function axe(page, name) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of result.violations) {
    const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`);
    console.log(`  axe ${name}: [${v.impact}] ${v.id} – ${v.help}\n${nodes.join('\n')}`);
  }
  assert.equal(bad.length, 0, `${name}: ${bad.length} serious/critical accessibility violations: ${bad.map((v) => v.id).join(', ')}`);
}

// The text of the elements that describe a control (its hint and error).
const description = (locator) => locator.evaluate((el) => (el.getAttribute('aria-describedby') || '')
  .split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map((n) => n.textContent).join(' '));

async function noHorizontalScroll(page, width) {
  await page.setViewportSize({ width, height: 800 });
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(over <= 0, `page is ${over}px wider than a ${width}px screen`);
}

async function signIn(page, username, dialogue = state.dialogue) {
  await page.goto(`${BASE}/staff`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  await page.locator('#view-title:not(:empty)').waitFor();
  // These steps work on the dialogue open for questions (or `dialogue`); the staff app opens
  // the newest one.
  const picker = page.locator('#dialogue-picker');
  if (await picker.count() && await picker.inputValue() !== String(dialogue)) {
    await picker.selectOption(String(dialogue));
    await page.locator(`nav.tabs a[href^="#/${dialogue}/"]`).first().waitFor();
    await page.locator('#view-title:not(:empty)').waitFor();
  }
}

const tab = (page, name) => page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name, exact: true }).click();

async function questionTotal(page) {
  await tab(page, 'Câu hỏi');
  const count = page.locator('p.count[data-total]');
  await count.waitFor();
  return Number(await count.getAttribute('data-total'));
}

// Pages through the staff question list until a card containing `text` shows up.
async function findQuestion(page, text) {
  for (let i = 0; i < 200; i++) {
    const card = page.locator('li.question', { hasText: text });
    if (await card.count()) return card.first();
    const next = page.getByRole('button', { name: 'Trang sau' });
    if (!(await next.count())) break;
    const before = await page.locator('p.count').textContent();
    await next.click();
    await page.waitForFunction((t) => document.querySelector('p.count').textContent !== t, before);
  }
  assert.fail(`question not found in the staff list: ${text}`);
}

async function upload(page, name, buffer) {
  await tab(page, 'Nhập từ tệp');
  await page.getByLabel('Tệp câu hỏi (.xlsx hoặc .csv)').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
  await page.locator('.import-result [role=alert], .import-result [role=status]:not(:has-text("Đang tải lên"))').first().waitFor();
}

function csv(rows) {
  return Buffer.from(rows.map((r) => r.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n', 'utf8');
}

function vnDatePlus(days) {
  return new Date(Date.now() + 7 * 3600e3 + days * 86400e3).toISOString().slice(0, 10);
}

// Opens an issue fresh from the server (a reload, as the page may already show it).
async function openIssue(page, id) {
  await page.goto(`${BASE}/staff#/${state.dialogue}/issues/${id}`);
  await page.reload();
  await page.locator('#view-title', { hasText: 'Nhóm vấn đề:' }).waitFor();
}

const notice = (page, text) => page.locator('.issue-notice [role=status]', { hasText: text }).waitFor();

// ---- the walk --------------------------------------------------------------------------------

test('1. a youth reads the dialogue page and asks questions on a phone', STEP, async () => {
  const page = await newPage(PHONE);
  await page.goto(`${BASE}/`);
  // The home page says which dialogue takes questions and until when (issue 13).
  const card = page.locator('li.card', { has: page.locator(`a[href="/d/${state.dialogue}"]`) });
  await card.locator('.intake-open', { hasText: /Đang nhận câu hỏi đến hết ngày \d\d\/\d\d\/\d{4}/ }).waitFor();
  const concluded = await page.locator('li.card', { has: page.locator('a[href="/d/1"]') }).innerText();
  assert.ok(concluded.includes(THEME), 'the 2025 dialogue is listed');
  assert.match(concluded, /không nhận thêm câu hỏi/, 'the concluded 2025 dialogue says it takes no more questions');
  await page.locator(`a[href="/d/${state.dialogue}"]`).first().click();
  await page.waitForURL(new RegExp(`/d/${state.dialogue}$`));
  await page.getByText(state.theme).first().waitFor();

  const clocks = page.locator('ol.clocks > li');
  assert.ok(await clocks.count() > 0, 'the dialogue shows its clocks and milestones');
  for (const badge of await page.locator('ol.clocks .badge').allTextContents()) {
    assert.match(badge, /Sắp tới|Sắp đến hạn|Đã hoàn thành|trễ hạn|Trễ hạn/i, 'each clock has a text state');
  }
  // Issue 14, open data: the steps for one's own calendar, the answers as a feed readers find.
  assert.equal(await page.getByRole('link', { name: /Thêm các mốc vào lịch/ }).getAttribute('href'), `/api/dialogues/${state.dialogue}/calendar.ics`);
  assert.equal(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'), `/api/dialogues/${state.dialogue}/answers.atom`);
  await shot(page, '1a-dialogue');

  const text = page.getByLabel('Câu hỏi của bạn');
  const age = page.getByLabel('Tuổi của bạn');
  const consent = page.getByLabel(/Tôi đồng ý/);
  assert.equal(await consent.isChecked(), false, 'the consent box is never pre-ticked');

  // A bad attempt: age 15 and no consent → reasons next to the fields, announced.
  await text.fill(state.question);
  await age.fill('15');
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await page.locator('form.ask [role=alert]').waitFor();
  assert.equal(await age.getAttribute('aria-invalid'), 'true');
  assert.equal(await consent.getAttribute('aria-invalid'), 'true');
  assert.match(await description(age), /Lỗi: .*\S/, 'the age error is linked to the age field');
  assert.match(await description(consent), /Lỗi: .*\S/, 'the consent error is linked to the box');
  assert.equal(await page.locator('.tracking-code').count(), 0, 'nothing was accepted');
  await shot(page, '1b-field-errors');
  await axe(page, `/d/${state.dialogue} with errors`);

  // The good one.
  await age.fill('22');
  await page.getByLabel(/Họ và tên/).fill('Nguyễn Thị Hồng Nhung');
  await page.getByLabel(/Điện thoại hoặc thư điện tử/).fill('nhung@example.vn');
  await consent.check();
  // Optional purposes, unticked until the youth ticks them: this youth lets the text be published.
  assert.equal(await page.getByLabel(/Cho phép công khai/).isChecked(), false);
  await page.getByLabel(/Cho phép công khai/).check();
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  const codeEl = page.locator('.result .tracking-code');
  await codeEl.waitFor();
  state.code = (await codeEl.textContent()).trim();
  assert.match(state.code, CODE_RE);
  assert.equal(await consent.isChecked(), false, 'the form is cleared, consent unticked again');
  await shot(page, '1c-tracking-code');

  // A question carrying markup: it must stay text.
  await text.fill(state.xssQuestion);
  await age.fill('20');
  await consent.check();
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await page.locator('.result .tracking-code', { hasNotText: state.code }).waitFor();
  state.xssCode = (await codeEl.textContent()).trim();
  assert.match(state.xssCode, CODE_RE);
  await noXss(page, `/d/${state.dialogue}`);

  // The tracking page.
  await page.getByRole('link', { name: 'Theo dõi câu hỏi này' }).click();
  await page.waitForURL(/\/q\//);
  await page.getByText('Đã tiếp nhận').first().waitFor();
  assert.ok((await page.locator('.quote').textContent()).includes(XSS), 'markup is shown as text');
  await noXss(page, `/q/${state.xssCode}`);
  await page.goto(`${BASE}/q/${state.code}`);
  await page.getByText('Đã tiếp nhận').first().waitFor();
  assert.equal((await page.locator('.quote').textContent()).trim(), state.question);
  assert.equal(await page.getByText('Nguyễn Thị Hồng Nhung').count(), 0, 'the asker is never shown publicly');
  await shot(page, '1d-tracking-page');

  // Looking up a code that does not exist.
  await page.getByLabel('Mã theo dõi').fill('DT-0000-0000-0000-00');
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await page.getByRole('heading', { name: 'Không tìm thấy câu hỏi' }).waitFor();
  await done(page);
});

test('public pages pass axe-core and fit a 360 px screen', STEP, async () => {
  assert.ok(state.code, 'needs the tracking code from step 1');
  const page = await newPage(PHONE);
  for (const url of ['/', '/d/1', `/d/${state.dialogue}`, `/q/${state.code}`]) {
    await page.goto(`${BASE}${url}`);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await axe(page, url);
    await noHorizontalScroll(page, 360);
    await page.setViewportSize(PHONE);
  }
  // Keyboard: the first Tab reaches the skip link, which is then shown and leads to main.
  await page.goto(`${BASE}/d/${state.dialogue}`);
  await page.locator('main h1').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  assert.ok(await page.locator('a.skip').evaluate((a) => a.getBoundingClientRect().top >= 0), 'the focused skip link is on screen');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  await done(page);
});

test("pages work under the server's Content-Security-Policy", STEP, async () => {
  const page = await newPage(PHONE, { bypassCSP: false });
  const blocked = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
  for (const [url, heading] of [['/', 'Các chương trình đối thoại'], ['/d/1', null], [`/d/${state.dialogue}`, null], [`/q/${state.code || 'DT-0000-0000-0000-00'}`, null], ['/staff', 'Đăng nhập dành cho cán bộ']]) {
    const res = await page.goto(`${BASE}${url}`);
    assert.match(res.headers()['content-security-policy'] || '', /script-src 'self'/, `${url} is served with a CSP`);
    await page.locator('main h1', heading ? { hasText: heading } : {}).waitFor();
    await page.waitForLoadState('networkidle');
  }
  assert.deepEqual(blocked, [], 'nothing the UI does is blocked by the CSP');
  await done(page);
});

test('2. the Youth Union officer imports compiled questions', STEP, async () => {
  const page = await newPage(DESKTOP);
  await signIn(page, 'thanhdoan');
  await page.getByText('Cán bộ Đoàn').first().waitFor();
  const before = await questionTotal(page);
  await axe(page, '/staff questions (thanhdoan)');

  const header = ['Nội dung câu hỏi', 'Đơn vị', 'Người tổng hợp', 'Số thanh niên', 'Tuổi'];
  // Row 3 of the file has age 15: the whole file is refused.
  await upload(page, 'cau-hoi-loi.csv', csv([
    header,
    [state.imported[0], 'Chi đoàn phường Lê Chân', 'Trần Văn Bình', 12, 24],
    [state.imported[1], 'Chi đoàn phường Hồng Bàng', 'Trần Văn Bình', 3, 15],
  ]));
  const errors = page.locator('table.import-errors tbody tr');
  await errors.first().waitFor();
  const row = (await errors.first().locator('td').allTextContents()).map((s) => s.trim());
  assert.equal(row[0], '3', 'the error names the file row');
  assert.equal(row[1], 'Tuổi', 'the error names the column');
  assert.ok(row[2].length > 0, 'the error gives a reason');
  await shot(page, '2a-import-errors');
  await axe(page, '/staff import errors');
  assert.equal(await questionTotal(page), before, 'nothing was imported from the bad file');

  await upload(page, 'cau-hoi.csv', csv([
    header,
    [state.imported[0], 'Chi đoàn phường Lê Chân', 'Trần Văn Bình', 12, 24],
    [state.imported[1], 'Chi đoàn phường Hồng Bàng', 'Trần Văn Bình', 3, ''],
  ]));
  await page.locator('.import-result [role=status]', { hasText: 'Đã nhập 2 câu hỏi' }).waitFor();
  await shot(page, '2b-import-ok');

  await upload(page, 'cau-hoi.xlsx', xlsx([header, [state.xlsxQuestion, 'Chi đoàn phường An Biên', 'Phạm Thu Hà', 5, 19]]));
  await page.locator('.import-result [role=status]', { hasText: 'Đã nhập 1 câu hỏi' }).waitFor();
  assert.equal(await questionTotal(page), before + 3, 'the good files added three questions');
  await findQuestion(page, state.xlsxQuestion);

  // A session that ends (here: its cookie is gone) sends the officer back to sign-in.
  await page.context().clearCookies();
  await tab(page, 'Nhập từ tệp');
  await tab(page, 'Câu hỏi');
  await page.getByText('Phiên đăng nhập đã hết hạn').waitFor();
  await page.getByLabel('Tên đăng nhập').waitFor();
  await done(page);
});

test('3. the coordinator screens, groups and routes', STEP, async () => {
  assert.ok(state.code && state.xssCode, 'needs the questions from step 1');
  const page = await newPage(DESKTOP);
  await signIn(page, 'sonoivu');
  await tab(page, 'Câu hỏi');
  await page.locator('p.count[data-total]').waitFor();

  const junk = await findQuestion(page, state.xssCode);
  await noXss(page, 'the staff question list');
  assert.ok((await junk.locator('.qtext').textContent()).includes(XSS), 'markup is shown as text to staff');
  await junk.getByText('Ngoài phạm vi…').click();
  await junk.getByLabel(/ngoài phạm vi/).fill('Nội dung thử nghiệm, không phải câu hỏi');
  await junk.getByRole('button', { name: 'Đánh dấu ngoài phạm vi' }).click();
  await junk.locator('[role=status]', { hasText: 'Ngoài phạm vi' }).waitFor();
  assert.equal((await junk.locator('.badge').textContent()).trim(), 'Ngoài phạm vi');

  const mine = await findQuestion(page, state.code);
  assert.ok((await mine.textContent()).includes('Nguyễn Thị Hồng Nhung'), 'staff see the asker');
  // The contact is never in the list: revealing it is an explicit action, logged.
  assert.ok(!(await mine.textContent()).includes('nhung@example.vn'), 'no contact in the list');
  await mine.getByRole('button', { name: 'Xem liên hệ' }).click();
  await mine.getByText('nhung@example.vn').waitFor();
  await mine.getByRole('button', { name: 'Hợp lệ' }).click();
  await mine.locator('[role=status]', { hasText: 'Hợp lệ' }).waitFor();
  await mine.getByRole('checkbox').check();
  const other = await findQuestion(page, state.imported[0]);
  await other.getByRole('checkbox').check();
  await page.locator('form.group', { hasText: 'Đã chọn 2 câu hỏi' }).waitFor();
  await page.getByLabel('Tiêu đề nhóm vấn đề').fill(state.issueTitle);
  await shot(page, '3a-grouping');
  await axe(page, '/staff questions (sonoivu)');
  await page.getByRole('button', { name: 'Gộp thành nhóm vấn đề' }).click();
  await page.locator('form.group [role=status]', { hasText: 'Đã tạo nhóm vấn đề' }).waitFor();

  await page.getByRole('link', { name: 'Mở nhóm vấn đề này' }).click();
  await page.locator('#view-title', { hasText: state.issueTitle }).waitFor();
  state.issueId = Number(/issues\/(\d+)/.exec(page.url())[1]);
  await page.locator('.qlist li.question').nth(1).waitFor();  // the view fills in after its fetches
  assert.equal(await page.locator('.qlist li.question').count(), 2, 'the issue holds both questions');

  const lead = page.getByLabel('Cơ quan chủ trì trả lời');
  // Suggestions help the coordinator; clicking one fills the lead agency, nothing is routed yet.
  const suggested = page.locator(`#suggest-${state.issueId} button`);
  await suggested.first().waitFor();
  // Topic suggestions carry a confidence, and say "chưa chắc" when the first is below the threshold.
  const topicLine = page.locator(`#suggest-topics-${state.issueId}`);
  assert.match(await topicLine.textContent(), /độ tin cậy \d+%/);
  if ((await topicLine.getAttribute('data-sure')) === 'no') {
    assert.match(await topicLine.textContent(), /chưa chắc/);
  }
  await suggested.first().click();
  assert.notEqual(await lead.inputValue(), '', 'a suggestion fills the lead agency');
  const skhcn = await lead.locator('option', { hasText: 'Khoa học và Công nghệ' }).first().getAttribute('value');
  await lead.selectOption(skhcn);
  await page.getByLabel('Hạn trả lời').fill(vnDatePlus(14));
  await page.getByRole('button', { name: 'Giao nhiệm vụ trả lời' }).click();
  await notice(page, 'Đã giao cho');
  assert.match(await page.locator('dl.facts').first().textContent(), /Khoa học và Công nghệ/);
  await shot(page, '3b-routed');
  await axe(page, '/staff issue (sonoivu)');
  await done(page);
});

test('4. the agency answers; the leader returns it once, then approves', STEP, async () => {
  assert.ok(state.issueId, 'needs the issue from step 3');
  const officer = await newPage(DESKTOP);
  await signIn(officer, 'sokhcn');
  await tab(officer, 'Nhóm vấn đề');
  const rows = officer.locator('table.issues tbody tr');
  await rows.first().waitFor();
  for (const row of await rows.all()) {
    const agencies = `${await row.locator('td.lead').textContent()} ${await row.locator('td.coord').textContent()}`;
    assert.match(agencies, /Khoa học và Công nghệ/, 'an agency officer only sees issues routed to the agency');
  }
  assert.equal(await officer.locator(`table.issues tr[data-id="${state.issueId}"]`).count(), 1, 'the routed issue is listed');
  await officer.getByRole('link', { name: state.issueTitle }).click();
  await officer.locator('#view-title', { hasText: state.issueTitle }).waitFor();
  await officer.locator('li.question', { hasText: state.question }).first().waitFor();
  assert.equal(await officer.getByText('Nguyễn Thị Hồng Nhung').count(), 0, 'the agency answers the question, not the youth');
  await officer.getByLabel('Nội dung trả lời').fill(state.answerBody);
  await officer.getByLabel('Hình thức trả lời').selectOption('written');
  await officer.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await notice(officer, 'Đã lưu bản nháp');
  await officer.getByRole('button', { name: 'Gửi duyệt' }).click();
  await notice(officer, 'Đã gửi bản trả lời');
  await officer.locator('.badge', { hasText: 'Chờ duyệt' }).first().waitFor();
  await shot(officer, '4a-submitted');

  const leader = await newPage(DESKTOP);
  await signIn(leader, 'chutich');
  await openIssue(leader, state.issueId);
  const reason = 'Cần nêu rõ địa chỉ và thời hạn đăng ký.';
  await leader.getByLabel('Lý do trả lại').fill(reason);
  await leader.getByRole('button', { name: 'Trả lại' }).click();
  await notice(leader, 'Đã trả lại');

  await openIssue(officer, state.issueId);
  assert.equal((await officer.locator('.return-reason').textContent()).trim(), reason, 'the drafter sees why');
  await shot(officer, '4b-returned');
  await axe(officer, '/staff issue (sokhcn, returned)');
  await officer.getByLabel('Nội dung trả lời').fill(`${state.answerBody}\nHạn đăng ký: trước ngày 30/11 hằng năm.`);
  await officer.getByRole('button', { name: 'Gửi duyệt' }).click();
  await notice(officer, 'Đã gửi bản trả lời');

  await openIssue(leader, state.issueId);
  await leader.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await notice(leader, 'Đã duyệt');
  await leader.locator('.badge', { hasText: 'Đã duyệt' }).first().waitFor();
  await shot(leader, '4c-approved');

  await tab(leader, 'Tổng hợp');
  const agencyRow = leader.locator('table.dashboard tbody tr', { hasText: 'Khoa học và Công nghệ' });
  await agencyRow.waitFor();
  const approved = Number((await agencyRow.locator('td').nth(2).textContent()).trim());
  assert.ok(approved >= 1, 'the dashboard counts the approved answer');
  await axe(leader, '/staff dashboard (chutich)');
  await done(officer);
  await done(leader);
});

test('5. the youth reads the published answer', STEP, async () => {
  assert.ok(state.issueId, 'needs the approved answer from step 4');
  const page = await newPage(PHONE);
  await page.goto(`${BASE}/d/${state.dialogue}`);
  const answer = page.locator('ol.answers > li', { hasText: state.issueTitle });
  await answer.waitFor();
  const body = await answer.locator('.body').innerText();
  assert.ok(body.includes('đổi mới sáng tạo.\nThanh niên'), 'line breaks of the answer are kept');
  await answer.getByText(/Các câu hỏi trong nhóm/).click();
  await answer.getByText(state.question).waitFor();
  assert.equal(await page.getByText('Nguyễn Thị Hồng Nhung').count(), 0, 'no asker names on the public page');
  await shot(page, '5a-answers');

  await page.goto(`${BASE}/q/${state.code}`);
  await page.getByText('Đã trả lời').first().waitFor();
  assert.ok((await page.locator('.answer .body').innerText()).includes('Trung tâm hỗ trợ khởi nghiệp'));
  await shot(page, '5b-answered');
  await axe(page, `/q/${state.code} answered`);

  await page.goto(`${BASE}/q/${state.xssCode}`);
  await page.getByText('Ngoài phạm vi').first().waitFor();
  await noXss(page, 'the tracking page of the out-of-scope question');
  await done(page);
});

test('search: the header box finds answers, with highlighted matches', STEP, async () => {
  const page = await newPage(PHONE);
  await page.goto(`${BASE}/`);
  await page.locator('main h1').waitFor();
  const box = page.getByRole('search').getByLabel('Tìm kiếm câu trả lời');
  assert.equal(await box.getAttribute('placeholder'), 'ví dụ: vay vốn khởi nghiệp');
  await box.fill('von vay khoi nghiep');
  await box.press('Enter');
  await page.waitForURL(/\/\?q=/);
  const result = page.locator('ol.search-results > li', { hasText: 'Vốn vay ưu đãi cho thanh niên khởi nghiệp' }).first();
  await result.waitFor();
  assert.ok(await result.locator('mark').count() > 0, 'the matches are highlighted');
  assert.match(await page.locator('.search-count').textContent(), /Tìm thấy \d+ kết quả/);
  assert.equal(await page.getByRole('search').getByLabel('Tìm kiếm câu trả lời').inputValue(), 'von vay khoi nghiep');
  await page.waitForLoadState('networkidle');
  await shot(page, '7a-search');
  await axe(page, '/?q=von vay khoi nghiep');
  await noHorizontalScroll(page, 360);

  // Markup typed into the search box stays text.
  await page.goto(`${BASE}/?q=${encodeURIComponent(XSS)}`);
  await page.locator('.search-count:not(:has-text("Đang tìm"))').waitFor();
  await noXss(page, 'the search results');
  await done(page);
});

test('the question form points at answers that may already exist', STEP, async () => {
  const page = await newPage(PHONE);
  await page.goto(`${BASE}/d/${state.dialogue}`);
  await page.getByText(state.theme).first().waitFor();
  await page.getByLabel('Câu hỏi của bạn').fill('lam sao vay von de khoi nghiep');
  const hints = page.locator('.similar');
  await hints.getByText('Câu hỏi của bạn có thể đã được trả lời:').waitFor();
  // The answer this walk published in the dialogue (step 5) is on the same page.
  const link = hints.getByRole('link', { name: state.issueTitle });
  await link.waitFor();
  assert.match(await link.getAttribute('href'), /^#issue-\d+$/);
  await shot(page, '7b-similar');
  await done(page);
});

test('the coordinator downloads the generated documents', STEP, async () => {
  const page = await newPage(DESKTOP);
  await signIn(page, 'sonoivu', 1);  // the demo's 2025 records
  await tab(page, 'Văn bản');
  await page.locator('#view-title', { hasText: 'Văn bản' }).waitFor();
  const names = ['conclusion-draft.docx', 'conclusion-draft.pdf', 'conclusion-tasks.xlsx', 'compiled-answers.docx', 'compiled-answers.pdf'];
  for (const name of names) {
    assert.equal(await page.locator(`.documents a[download][href$="/documents/${name}"]`).count(), 1, `a link to ${name}`);
  }
  await axe(page, '/staff documents (sonoivu)');
  const href = await page.locator('.documents a[href$="/conclusion-draft.pdf"]').getAttribute('href');
  const res = await page.context().request.get(`${BASE}${href}`);
  assert.equal(res.status(), 200);
  assert.match(res.headers()['content-type'] || '', /^application\/pdf/);
  assert.equal((await res.body()).subarray(0, 5).toString('latin1'), '%PDF-');
  await done(page);
});

test('the administrator manages accounts and agencies', STEP, async () => {
  const page = await newPage(DESKTOP);
  await signIn(page, 'admin');
  // Every account lands on "Việc cần làm" (issue 13); administration is one tab away.
  await tab(page, 'Quản trị');
  await page.locator('table.users tbody tr', { hasText: 'sokhcn' }).waitFor();
  await axe(page, '/staff admin');
  const username = `kiemthu${RUN}`.slice(0, 30);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Họ và tên').fill('Tài khoản kiểm thử');
  await page.getByLabel('Mật khẩu').fill('mat-khau-kiem-thu-2025');
  await page.getByLabel('Vai trò').selectOption('agency_officer');
  const picker = page.locator('form.panel fieldset.unit-picker');
  const top = picker.getByLabel('Đơn vị cấp cao nhất');
  await top.locator('option').nth(1).waitFor({ state: 'attached' });
  await top.selectOption({ index: 1 });
  const city = picker.getByLabel(/Đơn vị trực thuộc/).first();
  await city.locator('option', { hasText: 'Hải Phòng' }).first().waitFor({ state: 'attached' });
  await city.selectOption(await city.locator('option', { hasText: 'Hải Phòng' }).first().getAttribute('value'));
  const agency = page.getByRole('combobox', { name: /^Cơ quan/ });
  await agency.locator('option', { hasText: 'Khoa học và Công nghệ' }).first().waitFor({ state: 'attached' });
  await agency.selectOption(await agency.locator('option', { hasText: 'Khoa học và Công nghệ' }).first().getAttribute('value'));
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const row = page.locator('table.users tbody tr', { hasText: username });
  await row.waitFor();
  await row.getByRole('button', { name: `Khoá ${username}` }).click();
  await page.locator('table.users tbody tr', { hasText: username }).getByText('Đã khoá').waitFor();
  await shot(page, '6-admin');
  await done(page);
});

// Browser walk of each role's landing page (issue 13, "A workspace for each role"): every demo
// account signs in and lands on "Việc cần làm" — its work with counts, deadlines and urgency,
// each linked to the page where it is done — except the national coordinator, who lands on the
// national task board; no account lands on a 403 page, and following a card's link opens its
// page, not a refusal. axe-core on the to-do page; nothing cut off on a phone.
// Needs the server of tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, ARTIFACTS, launch, newPage, done, axe } from './walk-kit.mjs';

const STEP = { timeout: 120_000 };
// What the demo data holds for each account (README "Try it"; tests/api/todo.test.mjs checks
// the counts against the pages): kinds of work its list must show whatever walks ran before
// on the same server. The 2026 conclusion to issue is not among them: conclusions.walk.mjs
// issues it first. Every list is also checked against the API's, card for card.
const EXPECTED = {
  admin: [],
  sonoivu: ['approve_answers', 'screen_questions', 'late_tasks'],
  thanhdoan: ['report_tasks'],
  sokhcn: ['report_tasks'],
  sonnmt: ['returned_answers'],
  sotaichinh: [],
  chutich: ['approve_answers', 'late_tasks'],
  chutichphuong: [],
  vhxhphuong: [],
  doanphuong: [],
};
const REFUSED = /Bạn không có quyền|Vai trò của tài khoản không được dùng/;

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
});

// Signs in from /staff as a user would and waits for the landing page. Sign-ins are limited
// per client address (20 a minute, shared with the other walks): a refused attempt is retried
// once the bucket has refilled a token.
async function land(username) {
  const page = await newPage(browser);
  await page.goto(`${BASE}/staff`);
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('doithoai-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const out = page.getByRole('button', { name: 'Đăng xuất' });
    const alert = page.locator('form.signin [role=alert]');
    await out.or(alert).first().waitFor();
    if (await out.count()) break;
    assert.ok(attempt < 5, `${username} could not sign in: ${await alert.textContent()}`);
    await page.waitForTimeout(3500);
  }
  await page.locator('#view-title:not(:empty)').waitFor();
  await page.locator('.view > .loading').waitFor({ state: 'detached' });
  return page;
}

async function notRefused(page, who) {
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, REFUSED, `${who}: a refusal on ${page.url()}`);
  assert.equal(await page.locator('main .alert.error').count(), 0, `${who}: an error on ${page.url()}`);
}

async function cardKinds(page) {
  return page.locator('ul.todo-list > li').evaluateAll((els) => els.map((e) => e.dataset.kind));
}

test('every account lands on "Việc cần làm" with its own work, never on a refusal', STEP, async () => {
  for (const [user, kinds] of Object.entries(EXPECTED)) {
    const page = await land(user);
    assert.equal(new URL(page.url()).hash, '#/todo', `${user} lands on the to-do list`);
    assert.equal((await page.locator('#view-title').textContent()).trim(), 'Việc cần làm', user);
    const current = page.getByRole('navigation', { name: 'Chức năng' }).locator('a[aria-current=page]');
    assert.equal((await current.textContent()).trim(), 'Việc cần làm', `${user}: the tab is marked`);
    await notRefused(page, user);
    const shown = await cardKinds(page);
    for (const k of kinds) assert.ok(shown.includes(k), `${user} sees ${k}: ${shown}`);
    const api = await page.evaluate(async () => (await (await fetch('/api/me/todo')).json()).items.map((i) => i.kind));
    assert.deepEqual(shown, api, `${user}: the page shows the API's list, in its order`);
    const total = Number(await page.locator('.todo-summary').getAttribute('data-total'));
    assert.equal(total, shown.length, `${user}: the summary counts the cards`);
    if (!shown.length) await page.getByText('Hiện không có việc nào đang chờ bạn.').waitFor();
    // Each card says how many, until when and how urgent, and links to where the work is done.
    for (const card of await page.locator('ul.todo-list > li').all()) {
      const text = await card.innerText();
      assert.match(text, /: \d+/, `${user}: a count`);
      assert.match(text, /Hạn gần nhất: \d{2}\/\d{2}\/\d{4}|Không có thời hạn/, `${user}: a deadline`);
      assert.match(text, /Trễ hạn|Sắp đến hạn|Đang chờ/, `${user}: an urgency in words`);
      assert.match(await card.locator('a.todo-go').getAttribute('href'), /^#\/\d+\/(issues|questions(\/new|\/ungrouped)?|documents|tasks|indicators)$/);
    }
    if (user === 'admin') {
      await page.getByRole('link', { name: /Quản trị đơn vị, cơ quan và tài khoản/ }).click();
      await page.locator('table.users').waitFor();
    }
    await done(page);
  }
});

test('the national coordinator lands on the national task board', STEP, async () => {
  const page = await land('bonoivu');
  assert.match(new URL(page.url()).hash, /^#\/\d+\/tasks$/);
  await page.locator('#view-title', { hasText: 'Nhiệm vụ – Việt Nam' }).waitFor();
  await page.locator('table.board').waitFor();
  await notRefused(page, 'bonoivu');
  // The to-do list is one tab away.
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Việc cần làm' }).click();
  await page.locator('#view-title', { hasText: 'Việc cần làm' }).waitFor();
  assert.ok((await cardKinds(page)).includes('approve_answers'));
  await done(page);
});

test('a card leads to the page where its work is done', STEP, async () => {
  const cases = [
    ['sonoivu', 'screen_questions', 'Câu hỏi'],
    ['chutich', 'approve_answers', 'Nhóm vấn đề'],
    ['sokhcn', 'report_tasks', 'Nhiệm vụ'],
    ['sonnmt', 'returned_answers', 'Nhóm vấn đề'],
  ];
  for (const [user, kind, title] of cases) {
    const page = await land(user);
    const card = page.locator(`ul.todo-list > li[data-kind="${kind}"]`).first();
    const want = await card.locator('.todo-count').textContent();
    await card.locator('a.todo-go').click();
    await page.locator('#view-title', { hasText: title }).waitFor();
    await page.locator('.view > .loading').waitFor({ state: 'detached' });
    await notRefused(page, `${user} → ${kind}`);
    if (kind === 'screen_questions') {
      // The list opens on the questions waiting for screening, as many as the card said.
      const count = Number(await page.locator('p.count[data-total]').getAttribute('data-total'));
      assert.equal(await page.getByLabel('Sàng lọc').inputValue(), 'new');
      assert.equal(count, Number(want), 'the card counts what the page lists');
    }
    await done(page);
  }
});

test('from the to-do page, choosing a dialogue opens its first tab', STEP, async () => {
  const page = await land('sonoivu');
  const picker = page.locator('#dialogue-picker');
  const first = await picker.locator('option').last().getAttribute('value');  // the oldest
  await picker.selectOption(first);
  await page.locator(`nav.tabs a[href="#/${first}/questions"][aria-current=page]`).waitFor();
  assert.equal(new URL(page.url()).hash, `#/${first}/questions`);
  await page.locator('#view-title', { hasText: 'Câu hỏi' }).waitFor();
  await notRefused(page, 'sonoivu');
  await done(page);
});

test('the to-do page is accessible and fits a phone', STEP, async () => {
  const page = await land('sonoivu');
  await page.screenshot({ path: path.join(ARTIFACTS, 'todo-sonoivu.png'), fullPage: true });
  await axe(page, '/staff#/todo (sonoivu)');
  await page.setViewportSize({ width: 360, height: 800 });
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(over <= 0, `the to-do page is ${over}px wider than a 360px screen`);
  await page.screenshot({ path: path.join(ARTIFACTS, 'todo-sonoivu-phone.png'), fullPage: true });
  await done(page);
});

// What every capability's browser walk (tests/browser/*.walk.mjs) needs: the server's address,
// Debian's chromium, a fresh page per actor that records script errors, axe-core, and signing
// in to the staff app. Not a walk itself (run.sh runs *.walk.mjs only).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
export const BASE = (process.env.DOITHOAI_URL || 'http://127.0.0.1:18080').replace(/\/+$/, '');
export const ARTIFACTS = path.join(here, 'artifacts');
export const DESKTOP = { width: 1280, height: 900 };
const AXE = path.join(root, 'node_modules/axe-core/axe.min.js');

export async function launch() {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

// A page in its own context (cookies apart), Vietnamese locale and time zone.
export async function newPage(browser, { viewport = DESKTOP, acceptDownloads = false } = {}) {
  const context = await browser.newContext({ viewport, bypassCSP: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.uncaught = [];
  page.on('pageerror', (e) => page.uncaught.push(e.message));
  return page;
}

export async function done(page) {
  assert.deepEqual(page.uncaught, [], 'uncaught script errors on the page');
  await page.context().close();
}

export async function axe(page, name) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of bad) console.log(`  axe ${name}: [${v.impact}] ${v.id} – ${v.help}`);
  assert.equal(bad.length, 0, `${name}: serious/critical accessibility violations: ${bad.map((v) => v.id).join(', ')}`);
}

// Signs in to the staff app; with `dialogue`, switches the app to that dialogue (it opens the
// newest one).
export async function signIn(page, username, { dialogue } = {}) {
  await page.goto(`${BASE}/staff`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('doithoai-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  await page.locator('#view-title:not(:empty)').waitFor();
  if (dialogue === undefined) return;
  const picker = page.locator('#dialogue-picker');
  if (await picker.count() && await picker.inputValue() !== String(dialogue)) {
    await picker.selectOption(String(dialogue));
    await page.locator(`nav.tabs a[href^="#/${dialogue}/"]`).first().waitFor();
    await page.locator('#view-title:not(:empty)').waitFor();
  }
}

// The demo dialogue that takes questions today (issue 13: the 2025 one is concluded), as the
// public list says.
export async function openDialogueId() {
  const list = await (await fetch(`${BASE}/api/dialogues`)).json();
  const open = list.items.filter((d) => d.intake && d.intake.open);
  if (open.length !== 1) throw new Error(`expected one demo dialogue open for questions, got ${open.length}`);
  return open[0].id;
}

// Browser walk of the public pages in English (issue 14 item 7): the switch "Tiếng Việt |
// English" in the header, the choice kept across pages (localStorage) and carried by ?lang=en,
// <html lang> and the title following; the home page, a question sent with a bad then a good
// form, its tracking page and "My data", a dialogue's accountability section, the initiatives
// page and the 404 all in English — no Vietnamese-only letter in the page's own text outside
// elements marked lang="vi" (what people wrote) — then back to Vietnamese. Needs the server of
// tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, done, axe, openDialogueId } from './walk-kit.mjs';

const RUN = Date.now().toString(36);
const STEP = { timeout: 120_000 };
const PHONE = { width: 390, height: 844 };
const QUESTION = `Does the ward run a free English club for young people in the evening (${RUN})?`;

// Visible text (and aria-label, title) of the page that is not inside an element marked
// lang="vi…" and holds a letter or tone mark only Vietnamese writes: UI text left untranslated.
// (The document title holds a dialogue's own title on its page: the walk checks titles apart.)
async function vietnameseLeft(page) {
  return page.evaluate(() => {
    const VI = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ\u0300\u0301\u0303\u0309\u0323]/i;
    const marked = (el) => { const l = el.closest('body [lang]'); return l && /^vi/i.test(l.lang); };
    const shown = (el) => el.tagName === 'OPTION' || (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
      if (VI.test(n.data) && !marked(el) && shown(el)) found.push(n.data.trim());
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title]')) {
      for (const attr of ['aria-label', 'title']) {
        const v = el.getAttribute(attr);
        if (v && VI.test(v) && !marked(el)) found.push(`${attr}="${v}"`);
      }
    }
    return found;
  });
}

async function allEnglish(page, name) {
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', `${name}: <html lang="en">`);
  assert.deepEqual(await vietnameseLeft(page), [], `${name}: Vietnamese UI text left outside [lang=vi]`);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('a visitor reads the public pages in English and goes back to Vietnamese', STEP, async () => {
  const page = await newPage(browser, { viewport: PHONE });
  const open = await openDialogueId();

  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));

  // Vietnamese by default, with the switch in the header; the English catalogue is not fetched.
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { name: 'Các chương trình đối thoại', level: 1 }).waitFor();
  assert.ok(fetched.includes('/assets/messages-vi.js'));
  assert.ok(!fetched.includes('/assets/messages-en.js'), 'a Vietnamese page does without the English catalogue');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  const switcher = page.getByRole('navigation', { name: /Ngôn ngữ/ });
  assert.equal(await switcher.getByRole('link', { name: 'Tiếng Việt' }).getAttribute('aria-current'), 'true');
  // The scan below finds Vietnamese UI text where there is some.
  assert.ok((await vietnameseLeft(page)).length >= 5, 'the scan sees the Vietnamese page');

  // English: the link carries ?lang=en; the page, its title and <html lang> follow.
  await switcher.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/[?&]lang=en/);
  await page.getByRole('heading', { name: 'Dialogues', level: 1 }).waitFor();
  assert.equal(await page.title(), 'Dialogues – Dialogue between leaders and youth');
  assert.equal(await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'English' }).getAttribute('aria-current'), 'true');
  await page.getByRole('heading', { name: 'Look up your question', level: 2 }).waitFor();
  await page.getByText('Look up a question by its tracking code').waitFor();
  // A dialogue's title is what people wrote: marked, not translated.
  assert.equal(await page.locator('.card-title').first().getAttribute('lang'), 'vi');
  await allEnglish(page, '/ in English');
  await axe(page, '/ in English');

  // The choice is kept: a plain link (no ?lang) opens the dialogue in English.
  await page.locator(`a[href="/d/${open}"]`).first().click();
  await page.waitForURL(new RegExp(`/d/${open}$`));
  await page.getByRole('heading', { name: 'Send a question', level: 2 }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('h1').getAttribute('lang'), 'vi');
  assert.match(await page.title(), / – Dialogue between leaders and youth$/);
  for (const badge of await page.locator('ol.clocks .badge').allTextContents()) {
    assert.match(badge, /Upcoming|Due soon|Done|Late/, 'each clock has an English state');
  }

  // A bad attempt: English labels and reasons beside the server's own words, never code names.
  const text = page.getByLabel('Your question');
  const age = page.getByLabel('Your age');
  const consent = page.getByLabel(/^I agree that/);
  await text.fill(QUESTION);
  await age.fill('12');
  await page.getByRole('button', { name: 'Send a question' }).click();
  const alert = page.locator('form.ask [role=alert]');
  await alert.waitFor();
  assert.equal(await age.getAttribute('aria-invalid'), 'true');
  assert.equal(await consent.getAttribute('aria-invalid'), 'true');
  await alert.getByText('Some information is not valid; please correct it as shown below:').waitFor();
  const items = await alert.locator('li').allInnerTexts();
  assert.ok(items.some((i) => i.startsWith('Your age: the age must be a whole number from 16 to 30')), items.join(' | '));
  assert.ok(items.some((i) => i.startsWith('Consent to the processing of personal data: tick the consent box')), items.join(' | '));
  for (const i of items) assert.doesNotMatch(i, /^(age|consent|text|asker_\w+)\b/, 'no field code names');
  assert.equal(await alert.locator('[lang=vi]').count() >= 2, true, 'the server’s reasons are kept, marked Vietnamese');
  await allEnglish(page, `/d/${open} with errors`);
  await axe(page, `/d/${open} with errors in English`);

  // The good one.
  await age.fill('24');
  await consent.check();
  await page.getByRole('button', { name: 'Send a question' }).click();
  const result = page.locator('.result');
  await result.locator('.tracking-code').waitFor();
  await result.getByText(/^Your question has been sent\. Received$/).waitFor();
  await result.getByText('Your tracking code (keep it):').waitFor();
  await allEnglish(page, `/d/${open} after sending`);

  // The tracking page, in English.
  await result.getByRole('link', { name: 'Follow this question' }).click();
  await page.waitForURL(/\/q\//);
  await page.getByRole('heading', { name: 'Track your question', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'What has happened so far', level: 2 }).waitFor();
  const timeline = page.locator('ol.timeline');
  await timeline.getByText('Question received').waitFor();
  await timeline.getByText('Waiting to be screened').waitFor();
  await timeline.getByText('Assigned to an answering agency').waitFor();
  assert.equal((await page.locator('.quote').textContent()).trim(), QUESTION);
  assert.equal(await page.locator('.quote').getAttribute('lang'), 'vi', 'what the youth wrote stays marked as content');
  await page.locator('dl.facts').getByText('Received', { exact: true }).waitFor();
  // A date an English reader reads: "7 Dec 2026, 14:05".
  assert.match(await page.locator('dl.facts').innerText(), /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}, \d{2}:\d{2}\b/);
  assert.equal(await page.title(), 'Track your question – Dialogue between leaders and youth');
  await allEnglish(page, 'tracking page');
  await axe(page, 'tracking page in English');

  // "My data" in English: the lookup form, then what is held about the youth.
  await page.getByRole('link', { name: 'My data', exact: true }).click();
  await page.waitForURL(/\/du-lieu$/);
  await page.getByRole('heading', { name: 'My data', level: 1 }).waitFor();
  assert.equal(await page.title(), 'My data – Dialogue between leaders and youth');
  await page.getByRole('button', { name: 'See my data' }).click();
  await page.getByRole('heading', { name: 'What we hold', level: 2 }).waitFor();
  await page.getByRole('heading', { name: 'Your consents', level: 2 }).waitFor();
  await page.locator('table.requests').getByText('Access', { exact: true }).waitFor();
  await page.locator('ol.history').getByText(/You sent the question/).waitFor();
  await allEnglish(page, 'my data');
  await axe(page, 'my data in English');

  // A dialogue's accountability: counts, filters, closed questions with their reason, tasks.
  const data = await (await fetch(`${BASE}/api/dialogues/1/accountability?limit=200`)).json();
  await page.goto(`${BASE}/d/1`);
  await page.getByRole('link', { name: 'You asked — we acted' }).click();
  const section = page.locator('section[aria-labelledby=da-lam]');
  await section.getByRole('heading', { name: 'You asked — we acted', level: 2 }).waitFor();
  const counts = section.getByRole('list', { name: 'Questions by status' });
  await counts.getByText(`${data.counts.total} questions`).waitFor();
  await section.getByText(`of ${data.total} questions.`).waitFor();
  await section.getByLabel('Status', { exact: true }).selectOption('closed');
  await section.getByText(`Showing ${data.counts.closed} of ${data.counts.closed} questions.`).waitFor();
  for (const t of await section.locator('.account-question').allInnerTexts()) {
    assert.match(t, /Closed/);
    assert.match(t, /Reason: /);
  }
  await section.getByLabel('Status', { exact: true }).selectOption('');
  await section.getByRole('heading', { name: 'Tasks in the conclusion notice', level: 3 }).waitFor();
  const tasks = data.tasks.groups.flatMap((g) => g.tasks);
  for (const t of tasks) {
    assert.ok(await section.getByRole('progressbar', { name: `Progress: ${t.percent}%` }).count() >= 1, `task ${t.id}`);
  }
  await section.getByText('Open data (CSV/JSON) —', { exact: false }).waitFor();
  await section.getByRole('link', { name: 'Data dictionary' }).waitFor();
  // Topics are named in English in the filter.
  const topics = await section.getByLabel('Topic', { exact: true }).locator('option').allTextContents();
  assert.equal(topics[0], 'All topics');
  await page.getByRole('heading', { name: 'Deadlines and milestones', level: 2 }).waitFor();
  await allEnglish(page, '/d/1 with accountability');
  await axe(page, '/d/1 in English');

  // The initiatives page and a page that does not exist.
  await page.goto(`${BASE}/sang-kien`);
  await page.getByRole('heading', { name: 'Youth initiatives and ideas', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Look up an initiative you sent', level: 2 }).waitFor();
  assert.equal(await page.title(), 'Youth initiatives and ideas – Dialogue between leaders and youth');
  await allEnglish(page, '/sang-kien');
  await axe(page, '/sang-kien in English');
  await page.goto(`${BASE}/khong-co-trang-nay`);
  await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Back to the home page' }).waitFor();
  assert.equal(await page.title(), 'Page not found – Dialogue between leaders and youth');
  await allEnglish(page, '404');

  // Back to Vietnamese: the switch keeps the page; the choice is kept again.
  await page.goto(`${BASE}/sang-kien`);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Tiếng Việt' }).click();
  await page.waitForURL(/\/sang-kien\?lang=vi$/);
  await page.getByRole('heading', { name: 'Sáng kiến, ý tưởng của thanh niên', level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { name: 'Các chương trình đối thoại', level: 1 }).waitFor();
  assert.equal(await page.title(), 'Các chương trình đối thoại – Đối thoại giữa lãnh đạo và thanh niên');
  await page.getByText('Tra cứu câu hỏi bằng mã theo dõi').waitFor();
  await page.getByLabel('Tìm kiếm câu trả lời').waitFor();
  await done(page);
});

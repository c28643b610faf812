// Browser walk of the dialogue day (issue 15): two secretaries record questions on their own
// laptops at once, the programme is set and a delegate invited and checked in, one of them loses the network and loses nothing, the hall's projector page
// follows the moderator through the event stream, and an answer saved from a stale copy is
// refused with a clear message instead of overwriting the other's. axe-core on the console and
// on the projector page. Needs the server of tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, ARTIFACTS, launch, newPage, done, axe, signIn, openDialogueId } from './walk-kit.mjs';

const STEP = { timeout: 180_000 };

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

async function openConsole(page, username, dialogue) {
  await signIn(page, username, { dialogue });
  await page.getByRole('link', { name: 'Phiên đối thoại', exact: true }).click();
  await page.locator('#view-title', { hasText: 'Phiên đối thoại trực tiếp' }).waitFor();
  await page.locator('#live-entry-form').waitFor();
}

async function record(page, { asker, unit, text, channel }) {
  const form = page.locator('#live-entry-form');
  if (channel) await form.getByLabel('Kênh').selectOption(channel);
  await form.getByLabel('Người hỏi').fill(asker);
  await form.getByLabel('Thay mặt đơn vị').fill(unit);
  await form.getByLabel('Nội dung câu hỏi').fill(text);
  await form.getByRole('button', { name: 'Ghi câu hỏi' }).click();
}

const item = (page, text) => page.locator('#live-list li', { hasText: text });

test('two secretaries, a dropped network, the projector and a stale edit', STEP, async () => {
  const dialogue = await openDialogueId();
  const screen = await newPage(browser, { viewport: { width: 1280, height: 720 } });
  await screen.goto(`${BASE}/d/${dialogue}/truc-tiep`);
  await screen.locator('#screen-counts').waitFor();
  await axe(screen, 'projector');

  const a = await newPage(browser);
  const b = await newPage(browser);
  await openConsole(a, 'sonoivu', dialogue);
  await openConsole(b, 'thanhdoan', dialogue);
  await axe(a, 'live console');

  // Both type at once.
  const qa = 'Thành phố hỗ trợ thế nào cho sinh viên mới ra trường tìm việc làm đúng ngành?';
  const qb = 'Đề nghị bố trí điểm học tập cộng đồng mở cửa buổi tối cho công nhân trẻ';
  await Promise.all([
    record(a, { asker: 'Nguyễn Văn Hải', unit: 'Chi đoàn Đại học Hải Phòng', text: qa }),
    record(b, { asker: 'Trần Thị Mai', unit: 'Đoàn KCN Nomura', text: qb, channel: 'online' }),
  ]);
  // Each console shows both, the other's through the event stream.
  for (const p of [a, b]) {
    await item(p, qa).waitFor();
    await item(p, qb).waitFor();
  }

  // Laptop A loses the network: the entry waits on the laptop, then goes by itself.
  const qc = 'Khi nào thành phố mở thêm tuyến xe buýt đến các trường đại học ở ngoại thành?';
  await a.context().setOffline(true);
  await record(a, { asker: 'Lê Minh Tú', unit: 'Đoàn trường Cao đẳng Du lịch', text: qc });
  await a.getByText(/Chưa gửi được 1 câu hỏi/).waitFor();
  await a.context().setOffline(false);
  await item(a, qc).waitFor({ timeout: 20_000 });
  await item(b, qc).waitFor({ timeout: 20_000 });
  assert.equal(await a.locator('#live-pending').innerText(), '');
  const sameOnBoth = (await a.locator('#live-list li', { hasText: qc }).count());
  assert.equal(sameOnBoth, 1, 'the resent entry is stored once');

  // The moderator (B) puts A's first question on the screen: the projector shows it.
  await item(b, qa).getByRole('button', { name: 'Chiếu lên màn hình' }).click();
  await screen.locator('#screen-question', { hasText: qa }).waitFor();
  await screen.getByText('Nguyễn Văn Hải – Chi đoàn Đại học Hải Phòng').waitFor();
  await item(a, qa).getByText('Đang chiếu').waitFor();

  // Both open the answer form from the same version; A saves first, B's save is refused.
  await item(b, qa).getByRole('button', { name: 'Ghi trả lời' }).click();
  await b.locator('#live-answer-form').waitFor();
  await item(a, qa).getByRole('button', { name: 'Ghi trả lời' }).click();
  const fa = a.locator('#live-answer-form');
  await fa.getByLabel('Người trả lời').fill('Giám đốc Sở Nội vụ');
  await fa.getByLabel('Nội dung trả lời (tóm tắt)').fill('Sàn giao dịch việc làm mở phiên riêng cho sinh viên mỗi tháng.');
  await fa.getByLabel('Kết quả').selectOption('on_the_spot');
  await fa.getByRole('button', { name: 'Lưu trả lời' }).click();
  await a.getByText(/Đã lưu trả lời câu hỏi #/).waitFor();
  await screen.locator('#screen-answerer', { hasText: 'Giám đốc Sở Nội vụ' }).waitFor();

  const fb = b.locator('#live-answer-form');
  await fb.getByLabel('Người trả lời').fill('Phó Giám đốc Sở Nội vụ');
  await fb.getByLabel('Kết quả').selectOption('on_the_spot');
  await fb.getByRole('button', { name: 'Lưu trả lời' }).click();
  await fb.getByText(/vừa được người khác sửa/).waitFor();
  await item(b, qa).getByText('Giám đốc Sở Nội vụ').first().waitFor();
  assert.doesNotMatch(await item(b, qa).innerText(), /Phó Giám đốc/, 'the first answer is kept');

  // A bad answer names the field beside its control.
  await item(a, qb).getByRole('button', { name: 'Ghi trả lời' }).click();
  await fa.getByLabel('Kết quả').selectOption('promised');
  await fa.getByLabel('Người trả lời').fill('Giám đốc Sở Giáo dục và Đào tạo');
  await fa.getByRole('button', { name: 'Lưu trả lời' }).click();
  await fa.getByText('Lỗi: ghi hạn đã hứa giải quyết').waitFor();

  // Before the day and at the door: the programme, a delegate invited, then checked in.
  await a.getByText('Chương trình hội nghị và đại biểu').click();
  const agenda = a.locator('#agenda-lines');
  await agenda.fill('8h | Khai mạc\n08:20 | Đối thoại trực tiếp | Chủ tịch UBND thành phố');
  await a.getByRole('button', { name: 'Lưu chương trình' }).click();
  await a.getByText(/Dòng 1: giờ theo dạng HH:MM/).first().waitFor();
  await agenda.fill('08:00 | Khai mạc\n08:20 | Đối thoại trực tiếp | Chủ tịch UBND thành phố');
  await a.getByRole('button', { name: 'Lưu chương trình' }).click();
  await a.locator('#delegate-form').waitFor();
  const dform = a.locator('#delegate-form');
  await dform.getByLabel('Họ và tên').fill('Đỗ Thị Lan');
  await dform.getByLabel('Chức vụ').fill('Bí thư Chi đoàn');
  await dform.getByLabel('Đơn vị (thay mặt)').fill('Phường Lê Chân');
  await dform.getByRole('button', { name: 'Thêm vào danh sách mời' }).click();
  const row = a.locator('tr', { hasText: 'Đỗ Thị Lan' });
  await row.getByRole('button', { name: 'Đánh dấu có mặt' }).click();
  await a.locator('tr', { hasText: 'Đỗ Thị Lan' }).getByRole('button', { name: 'Bỏ đánh dấu' }).waitFor();
  assert.match(await a.locator('#delegate-count').innerText(), /có mặt 1/);
  assert.equal(await a.locator('tr', { hasText: 'Đỗ Thị Lan' }).getByRole('link', { name: 'PDF' }).count(), 1);
  await axe(a, 'live console with the programme');

  await screen.screenshot({ path: path.join(ARTIFACTS, 'live-projector.png') });
  await a.screenshot({ path: path.join(ARTIFACTS, 'live-console.png'), fullPage: true });
  await done(a);
  await done(b);
  await done(screen);
});

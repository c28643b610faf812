// Browser walk of a youth initiative from submission to recognition (issue 15, C10): the Youth
// Union opens a call in the staff UI; a youth sends an initiative on the public page (a bad
// e-mail first: the field says why) and follows it by its code typed in lower case; the Youth
// Union admits it and closes submissions; two council members score it apart (neither sees the
// other's card, a point over the criterion's maximum is refused beside the box); the Youth Union
// sees the spread, selects it, publishes and recognises it; the public page shows it with its
// mean score and no contact. axe-core on the public page, the form and the council's page.
// Needs the server of tests/browser/run.sh (DOITHOAI_URL) and Chromium.

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, done, axe, signIn } from './walk-kit.mjs';

const STEP = { timeout: 180_000 };
const TITLE = 'Ứng dụng đặt lịch sân chơi thể thao cho thanh niên các phường mới';
const CALL = 'Ý tưởng thanh niên vì đô thị thông minh';

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

async function openCall(page, username) {
  await signIn(page, username);
  await page.getByRole('link', { name: 'Sáng kiến', exact: true }).click();
  await page.locator('#view-title', { hasText: 'Sáng kiến của thanh niên' }).waitFor();
  await page.getByRole('link', { name: CALL }).click();
  await page.locator('#view-title', { hasText: CALL }).waitFor();
}

test('an initiative from the public form to recognition', STEP, async () => {
  // The Youth Union opens the call.
  const yu = await newPage(browser);
  await signIn(yu, 'thanhdoan');
  await yu.getByRole('link', { name: 'Sáng kiến', exact: true }).click();
  await yu.locator('#view-title', { hasText: 'Sáng kiến của thanh niên' }).waitFor();
  await axe(yu, 'initiative calls (staff)');
  await yu.getByLabel('Tên cuộc thi, đợt phát động').fill(CALL);
  await yu.getByLabel('Hội đồng chấm').fill('sokhcn, khong-co-ai');
  await yu.getByRole('button', { name: 'Mở đợt phát động' }).click();
  await yu.locator('#view-title + section .field-error', { hasText: 'không có tài khoản' }).first().waitFor();
  await yu.getByLabel('Hội đồng chấm').fill('sokhcn, chutich');
  await yu.getByRole('button', { name: 'Mở đợt phát động' }).click();
  await yu.locator('#view-title', { hasText: CALL }).waitFor();

  // A youth sends an initiative on the public page.
  const youth = await newPage(browser);
  await youth.goto(`${BASE}/`);
  await youth.getByRole('link', { name: 'Sáng kiến của thanh niên' }).click();
  await youth.getByRole('heading', { name: CALL }).waitFor();
  await axe(youth, 'initiatives (public)');
  const form = youth.locator('section.initiative-call', { has: youth.getByRole('heading', { name: CALL }) }).locator('form');
  await form.getByLabel('Tên sáng kiến, ý tưởng').fill(TITLE);
  await form.getByLabel('Vấn đề sáng kiến giải quyết').fill('Sân chơi ở các phường mới bị bỏ trống giờ hành chính, quá tải buổi tối.');
  await form.getByLabel('Giải pháp').fill('Ứng dụng web đặt lịch theo khung giờ, Đoàn phường quản lý, miễn phí cho đoàn viên.');
  await form.getByLabel('Lĩnh vực').selectOption('digital');
  await form.getByLabel('Tác giả, nhóm tác giả').fill('Đặng Minh Khoa, Bùi Thảo Vy');
  await form.getByLabel('Đơn vị', { exact: true }).fill('Chi đoàn phường Gia Viên');
  await form.getByLabel('Thư điện tử liên hệ').fill('khoa@@example');
  await form.getByRole('button', { name: 'Gửi sáng kiến' }).click();
  await form.locator('[role="alert"]').waitFor();
  assert.match(await form.getByLabel('Thư điện tử liên hệ').getAttribute('aria-invalid'), /true/);
  await form.getByLabel('Thư điện tử liên hệ').fill('khoa@example.vn');
  await form.getByRole('button', { name: 'Gửi sáng kiến' }).click();
  const code = (await youth.locator('.result .code').textContent()).trim();
  assert.match(code, /^DT-/);
  await youth.goto(`${BASE}/sang-kien`);
  await youth.getByLabel('Mã theo dõi sáng kiến').fill(code.toLowerCase());
  await youth.getByRole('button', { name: 'Tra cứu' }).click();
  await youth.getByRole('heading', { name: TITLE }).waitFor();
  await youth.locator('dd', { hasText: 'Đã nhận, đang chờ sơ loại' }).waitFor();

  // Screening, then the council.
  await yu.reload();
  const card = yu.locator('li.card', { hasText: TITLE });
  await card.getByRole('button', { name: 'Đưa vào vòng chấm' }).click();
  await yu.locator('li.card', { hasText: TITLE }).locator('.badge', { hasText: 'Hội đồng đang chấm' }).waitFor();
  await yu.getByRole('button', { name: 'Kết thúc nhận, chuyển hội đồng chấm' }).click();
  await yu.getByRole('button', { name: /Công bố kết quả/ }).waitFor();

  const a = await newPage(browser);
  await openCall(a, 'sokhcn');
  await axe(a, 'council member');
  let mine = a.locator('li.card', { hasText: TITLE });
  assert.equal(await mine.getByText('khoa@example.vn').count(), 0, 'a council member never sees the contact');
  await mine.getByLabel(/^Tính mới/).fill('31');
  await mine.getByLabel(/^Tính khả thi/).fill('30');
  await mine.getByLabel(/^Hiệu quả/).fill('20');
  await mine.getByRole('button', { name: 'Lưu điểm' }).click();
  await mine.locator('[aria-invalid="true"]').first().waitFor();
  await mine.getByLabel(/^Tính mới/).fill('25');
  await mine.getByRole('button', { name: 'Lưu điểm' }).click();
  await a.locator('li.card', { hasText: TITLE }).getByRole('button', { name: 'Sửa điểm' }).waitFor();

  const b = await newPage(browser);
  await openCall(b, 'chutich');
  mine = b.locator('li.card', { hasText: TITLE });
  assert.equal(await mine.getByLabel(/^Tính mới/).inputValue(), '', "the other member's card is not shown");
  await mine.getByLabel(/^Tính mới/).fill('10');
  await mine.getByLabel(/^Tính khả thi/).fill('10');
  await mine.getByLabel(/^Hiệu quả/).fill('10');
  await mine.getByRole('button', { name: 'Lưu điểm' }).click();
  await b.locator('li.card', { hasText: TITLE }).getByRole('button', { name: 'Sửa điểm' }).waitFor();

  // The Youth Union sees the spread, selects, publishes and recognises.
  await yu.reload();
  const scored = yu.locator('li.card', { hasText: TITLE });
  await scored.getByText('chênh lệch 45').waitFor();
  await scored.getByText('nên trao đổi trước khi công bố').waitFor();
  await scored.getByLabel('Chọn để hỗ trợ triển khai').check();
  await yu.getByRole('button', { name: /Công bố kết quả/ }).click();
  await yu.locator('li.card', { hasText: TITLE }).locator('.badge', { hasText: 'Được chọn để hỗ trợ triển khai' }).waitFor();
  await yu.locator('li.card', { hasText: TITLE }).getByLabel('Hình thức khen thưởng').fill('Giấy khen của Ban Thường vụ Thành đoàn Hải Phòng');
  await yu.locator('li.card', { hasText: TITLE }).getByRole('button', { name: 'Khen thưởng' }).click();
  await yu.locator('li.card', { hasText: TITLE }).locator('.badge', { hasText: 'Được khen thưởng' }).waitFor();

  // The decision: the recognised initiative supported by Sở KH&CN, a task like every task.
  const decision = yu.locator('section', { has: yu.getByRole('heading', { name: 'Ban hành quyết định khen thưởng, hỗ trợ' }) });
  await decision.getByLabel('Cơ quan chủ trì hỗ trợ').first().selectOption({ label: 'Sở Khoa học và Công nghệ' });
  await decision.getByLabel('Nguồn kinh phí').first().fill('Quỹ hỗ trợ thanh niên khởi nghiệp');
  await decision.getByRole('button', { name: 'Ban hành quyết định' }).click();
  await decision.locator('[role="alert"]').waitFor();  // no signer yet: named beside the box
  await decision.getByLabel('Người ký (Bí thư)').fill('Phạm Đức Minh');
  await decision.getByRole('button', { name: 'Ban hành quyết định' }).click();
  await yu.getByText('Quyết định khen thưởng, hỗ trợ đã ban hành').waitFor();
  await yu.locator('li.card', { hasText: TITLE }).getByText(/Sở Khoa học và Công nghệ: Chưa thực hiện, 0%/).waitFor();

  // The public page shows the result, with the mean and no contact.
  await youth.goto(`${BASE}/sang-kien`);
  const result = youth.locator('section.initiative-call', { has: youth.getByRole('heading', { name: CALL }) });
  await result.getByRole('heading', { name: TITLE }).waitFor();
  await result.getByText('Giấy khen của Ban Thường vụ Thành đoàn Hải Phòng').waitFor();
  await result.getByText(/điểm trung bình 52,5\/100/).waitFor();
  await result.getByText(/Hỗ trợ triển khai: Sở Khoa học và Công nghệ — chưa thực hiện, 0%/).waitFor();
  assert.equal(await youth.getByText('khoa@example.vn').count(), 0);
  for (const p of [yu, youth, a, b]) await done(p);
});

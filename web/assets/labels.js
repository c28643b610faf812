// Vietnamese labels for the API's code values. Each state carries a text marker as well
// as a colour class, so meaning never rests on colour alone (WCAG 1.4.1).

const pick = (table, key) => table[key] || key || '—';

// Clock and milestone states → [marker, label].
const CLOCK = {
  upcoming: ['○', 'Sắp tới'],
  due_soon: ['◷', 'Sắp đến hạn'],
  done: ['✓', 'Đã hoàn thành'],
  done_late: ['✓', 'Hoàn thành nhưng trễ hạn'],
  late: ['⚠', 'Trễ hạn'],
};
export const clockState = (s) => CLOCK[s] || ['•', s || '—'];

const TIMING = {
  written: 'Trả lời bằng văn bản',
  on_the_spot: 'Trả lời trực tiếp tại buổi đối thoại',
  after: 'Trả lời sau buổi đối thoại',
};
export const TIMINGS = TIMING;
export const timingLabel = (t) => pick(TIMING, t);

const FORM = { direct: 'Trực tiếp', online: 'Trực tuyến', hybrid: 'Trực tiếp kết hợp trực tuyến' };
export const formLabel = (f) => pick(FORM, f);

const ROLE = {
  administrator: 'Quản trị hệ thống',
  coordinator: 'Cơ quan thường trực (điều phối)',
  youth_union: 'Cán bộ Đoàn',
  agency_officer: 'Cán bộ cơ quan trả lời',
  leader: 'Lãnh đạo',
};
export const ROLES = ROLE;
export const roleLabel = (r) => pick(ROLE, r);

const SCREENING = {
  new: 'Chưa sàng lọc',
  accepted: 'Hợp lệ',
  duplicate: 'Trùng lặp',
  out_of_scope: 'Ngoài phạm vi',
};
export const SCREENINGS = SCREENING;
export const screeningLabel = (s) => pick(SCREENING, s);

const ANSWER = {
  draft: 'Bản nháp',
  submitted: 'Chờ duyệt',
  approved: 'Đã duyệt và công bố',
  returned: 'Bị trả lại',
};
export const answerLabel = (s) => (s ? pick(ANSWER, s) : 'Chưa có trả lời');

const CHANNEL = { web: 'Trang đối thoại', import: 'Đoàn tổng hợp (nhập từ tệp)', live: 'Tại buổi đối thoại' };
export const channelLabel = (c) => pick(CHANNEL, c);

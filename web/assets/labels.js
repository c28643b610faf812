// Vietnamese labels for the API's code values. Each state carries a text marker as well
// as a colour class, so meaning never rests on colour alone (WCAG 1.4.1). The labels the
// public pages show come from the message catalogues (i18n.js: English on request); the rest
// serve the staff UI, in Vietnamese.

import { t, has } from './i18n.js';

const pick = (table, key) => table[key] || key || '—';

// Clock and milestone states → [marker, label].
// A code's label from the catalogue (`prefix` + code), the code itself when unknown.
const catalogued = (prefix, code) => (code && has(`${prefix}${code}`) ? t(`${prefix}${code}`) : code || '—');

const CLOCK_MARK = { upcoming: '○', due_soon: '◷', done: '✓', done_late: '✓', late: '⚠' };
export const clockState = (s) => (CLOCK_MARK[s] ? [CLOCK_MARK[s], t(`clock.state.${s}`)] : ['•', s || '—']);

// The staff UI's table of answer timings (its choices), and one timing's label.
export const TIMINGS = Object.fromEntries(['written', 'on_the_spot', 'after'].map((k) => [k, t(`timing.${k}`)]));
export const timingLabel = (x) => catalogued('timing.', x);

export const formLabel = (f) => catalogued('form.', f);

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

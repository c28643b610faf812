// Task status, deadlines and status counts as shown in the staff tabs "Văn bản" and
// "Nhiệm vụ" (SYSTEM.md C7). Each status carries a text marker as well as a colour class, so
// meaning never rests on colour alone (WCAG 1.4.1).

import { h, fmtDate } from './dom.js';

// The order of the board's columns: open work first, then what is finished.
export const STATUSES = [
  ['overdue', '⚠', 'Quá hạn'],
  ['not_started', '○', 'Chưa thực hiện'],
  ['in_progress', '◐', 'Đang thực hiện'],
  ['done_on_time', '✓', 'Hoàn thành đúng hạn'],
  ['done_late', '✓', 'Hoàn thành quá hạn'],
];

const BY_KEY = new Map(STATUSES.map(([k, mark, label]) => [k, { mark, label }]));

export function statusBadge(task) {
  const s = BY_KEY.get(task.status) || { mark: '•', label: task.status_label || task.status || '—' };
  return h('span', { class: `badge task-${task.status}` }, h('span', { 'aria-hidden': 'true' }, `${s.mark} `), s.label);
}

// "trước ngày 30/11 hằng năm (hạn kỳ này: 30/11/2026)".
export function deadlineText(task) {
  const d = task.deadline || {};
  if (d.kind === 'none' || !d.kind) return d.text || 'Không ghi thời hạn';
  const written = d.text || (d.kind === 'ongoing' ? 'thường xuyên' : fmtDate(d.date));
  if (d.kind === 'recurring' && task.due_on) return `${written} (hạn kỳ này: ${fmtDate(task.due_on)})`;
  return written;
}

export const partyNames = (list) => (list || []).map((p) => p.name).join('; ');

// A table of status counts, one row per entry: [{label (text or node), counts}].
export function countsTable(caption, rows, { className = 'task-counts' } = {}) {
  const num = (v) => h('td', { class: 'num' }, String(v ?? 0));
  return h('div', { class: 'table-wrap' }, h('table', { class: className },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Đơn vị'),
      STATUSES.map(([, , label]) => h('th', { scope: 'col', class: 'num' }, label)),
      h('th', { scope: 'col', class: 'num' }, 'Tổng số'))),
    h('tbody', {}, rows.map((r) => h('tr', { 'data-unit': r.id ?? null },
      h('th', { scope: 'row' }, r.label),
      STATUSES.map(([k]) => (k === 'overdue' && r.counts.overdue
        ? h('td', { class: 'num' }, h('span', { class: 'badge task-overdue' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), String(r.counts.overdue)))
        : num(r.counts[k]))),
      num(r.counts.total))))));
}

// Deadline kinds offered in forms, with the fields each needs.
export const DEADLINE_KINDS = [
  ['date', 'Trước một ngày cụ thể'],
  ['recurring', 'Hằng năm (ngày/tháng)'],
  ['ongoing', 'Thường xuyên'],
  ['none', 'Không ghi thời hạn'],
];

// "trước ngày 30/11 hằng năm" → {month: 11, day: 30}; "tháng 3 hằng năm" → {month: 3, day: 0}.
export function recurringFromText(text) {
  const s = String(text || '');
  let m = /(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*\/\s*\d)/.exec(s);
  if (m) return { day: Number(m[1]), month: Number(m[2]) };
  m = /tháng\s+(\d{1,2})/i.exec(s);
  if (m) return { day: 0, month: Number(m[1]) };
  return { day: 0, month: 0 };
}

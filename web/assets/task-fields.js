// Form parts shared by the task forms (sub-task, relay letter, imported document): the
// deadline (date | yearly | ongoing | none, SYSTEM.md §3) and the lead and coordinating
// agencies. Each part returns its element, a value() reader and its controls keyed by the
// API's field names, so showErrors() puts each reason beside its control.

import { h, field, checkField } from './dom.js';
import { DEADLINE_KINDS, recurringFromText } from './task-status.js';

// `prefix` is the API's name of the deadline ("deadline", "items[2].deadline").
// `initial` is an API deadline ({kind, date, month, day, text}) or the parser's.
export function deadlineFields(prefix, legend, initial = {}) {
  const guess = initial.kind === 'recurring' && !initial.month ? recurringFromText(initial.text) : initial;
  const kind = h('select', {}, DEADLINE_KINDS.map(([k, label]) =>
    h('option', { value: k, selected: (initial.kind || 'date') === k }, label)));
  const date = h('input', { type: 'date', value: initial.date || '' });
  const day = h('input', { type: 'number', min: '0', max: '31', step: '1', class: 'short', value: guess.day || '' });
  const month = h('input', { type: 'number', min: '1', max: '12', step: '1', class: 'short', value: guess.month || '' });
  const text = h('input', { type: 'text', maxlength: '200', value: initial.text || '' });
  const dateField = field('Hạn hoàn thành', date);
  const yearly = h('div', { class: 'inline' },
    field('Ngày (0 = cuối tháng)', day), field('Tháng', month));
  const sync = () => {
    dateField.hidden = kind.value !== 'date';
    yearly.hidden = kind.value !== 'recurring';
  };
  kind.addEventListener('change', sync);
  sync();
  const el = h('fieldset', { class: 'deadline' }, h('legend', {}, legend),
    field('Loại thời hạn', kind), dateField, yearly,
    field('Thời hạn như ghi trong văn bản', text, { optional: true, hint: 'Ví dụ: “trước ngày 30/11 hằng năm”. Để trống thì doithoai tự ghi.' }));
  const value = () => {
    const out = { kind: kind.value };
    if (kind.value === 'date') out.date = date.value || null;
    if (kind.value === 'recurring') {
      out.month = month.value === '' ? 0 : Number(month.value);
      out.day = day.value === '' ? 0 : Number(day.value);
    }
    if (text.value.trim()) out.text = text.value.trim();
    return out;
  };
  const controls = {
    [prefix]: kind, [`${prefix}.kind`]: kind, [`${prefix}.date`]: date,
    [`${prefix}.month`]: month, [`${prefix}.day`]: day, [`${prefix}.text`]: text,
  };
  return { el, value, controls };
}

// A lead agency select over `agencies` ({id, name}), with a first "choose" option.
export function leadSelect(agencies, selectedId) {
  return h('select', {}, h('option', { value: '' }, '— Chọn cơ quan —'),
    agencies.map((a) => h('option', { value: a.id, selected: a.id === selectedId }, a.name)));
}

// Coordinating agencies as check boxes inside a collapsed <details> (a unit may have dozens).
export function coordinatingFields(agencies, legend, checkedIds = new Set()) {
  const boxes = agencies.map((a) => h('input', { type: 'checkbox', value: a.id, checked: checkedIds.has(a.id) }));
  const summary = h('summary', {});
  const count = () => {
    const n = boxes.filter((b) => b.checked).length;
    summary.textContent = `${legend} (${n ? `đã chọn ${n}` : 'không bắt buộc'})`;
  };
  boxes.forEach((b) => b.addEventListener('change', count));
  count();
  const set = h('fieldset', { class: 'coordinating', tabindex: '-1' },
    h('legend', {}, legend), agencies.map((a, i) => checkField(a.name, boxes[i])));
  set.dataset.label = legend;
  const el = h('details', { class: 'coordinating-box' }, summary, set);
  return { el, set, value: () => boxes.filter((b) => b.checked).map((b) => Number(b.value)) };
}

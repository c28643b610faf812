// Appendix II of a programme (C9): the tasks of the conclusions' task model linked to the
// indicators they move — content (a link to the task page), lead, deadline, status — and,
// for the coordinator, a picker that links one more: an indicator, a document, one of its
// tasks. User text is only ever inserted as text (dom.js).

import { h, append, fill, field } from './dom.js';
import { api } from './api.js';
import { statusBadge } from './task-status.js';
import { shorten } from './staff-documents.js';

// One row per (indicator, linked task); indicators without a task are left out.
export function appendixTasks(ctx, p) {
  const rows = p.indicators.flatMap((i) => i.tasks.map((t) => ({ i, t })));
  const manage = ctx.has('coordinator');
  const section = h('section', { id: 'appendix-tasks' }, h('h3', {}, 'Phụ lục II – Nhiệm vụ, giải pháp'));
  if (!rows.length) return append(section, h('p', {}, 'Chưa có nhiệm vụ nào được liên kết với chỉ tiêu.'));
  const msg = h('div');
  const head = ['Chỉ tiêu', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Trạng thái', 'Văn bản'];
  if (manage) head.push('Thao tác');
  return append(section, msg, h('div', { class: 'table-wrap' }, h('table', { class: 'appendix-tasks' },
    h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map(({ i, t }) => h('tr', { 'data-task': String(t.id) },
      h('td', {}, i.code),
      h('th', { scope: 'row' }, h('a', { href: `#/${ctx.dialogue.id}/tasks/${t.id}` }, shorten(t.content, 140))),
      h('td', {}, t.lead.name || '—'),
      h('td', {}, t.deadline_text || '—'),
      h('td', {}, statusBadge(t), t.percent ? ` ${t.percent}%` : ''),
      h('td', {}, t.number_symbol || '—'),
      manage ? h('td', {}, h('button', {
        type: 'button',
        class: 'secondary',
        'aria-label': `Bỏ liên kết nhiệm vụ khỏi chỉ tiêu ${i.code}`,
        onclick: async () => {
          try {
            await api(`/api/indicators/${i.id}/tasks/${t.id}`, { method: 'DELETE' });
            ctx.go(location.hash);
          } catch (err) { ctx.fail(err, msg); }
        },
      }, 'Bỏ liên kết')) : null))))));
}

// Indicator → document → task → POST /api/indicators/{id}/tasks.
export function linkTaskForm(ctx, p) {
  const indicator = h('select', { name: 'indicator_id' },
    p.indicators.map((i) => h('option', { value: String(i.id) }, `${i.code} – ${i.name}`)));
  const documentSelect = h('select', { name: 'document_id' }, h('option', { value: '' }, '— Đang tải văn bản… —'));
  const task = h('select', { name: 'task_id', disabled: true }, h('option', { value: '' }, '— Chọn văn bản trước —'));
  const msg = h('div');
  const loadTasks = async () => {
    const id = documentSelect.value;
    fill(task, h('option', { value: '' }, id ? '— Chọn nhiệm vụ —' : '— Chọn văn bản trước —'));
    task.disabled = !id;
    if (!id) return;
    try {
      const d = await api(`/api/documents/${id}`);
      if (documentSelect.value !== id) return;
      append(task, d.tasks.map((t) => h('option', { value: String(t.id) }, `${shorten(t.content, 90)} (${t.lead.name})`)));
      if (!d.tasks.length) fill(task, h('option', { value: '' }, '— Văn bản không có nhiệm vụ —'));
    } catch (err) { ctx.fail(err, msg); }
  };
  documentSelect.addEventListener('change', loadTasks);
  api('/api/documents?limit=200').then((list) => {
    fill(documentSelect, h('option', { value: '' }, '— Chọn văn bản —'),
      list.items.map((d) => h('option', { value: String(d.id) }, `${d.number_symbol} – ${shorten(d.summary, 80)}`)));
  }).catch((err) => ctx.fail(err, msg));
  return h('section', {}, h('h3', {}, 'Liên kết nhiệm vụ Phụ lục II với chỉ tiêu'), h('form', {
    id: 'link-task',
    novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api(`/api/indicators/${indicator.value}/tasks`, { method: 'POST', json: { task_id: Number(task.value) || 0 } });
        ctx.go(location.hash);
      } catch (err) { ctx.fail(err, msg, { task_id: task }); }
    },
  }, msg, h('p', { class: 'hint' }, 'Chọn văn bản (kế hoạch, thông báo kết luận…) rồi chọn nhiệm vụ thúc đẩy chỉ tiêu.'),
  field('Chỉ tiêu', indicator), field('Văn bản', documentSelect), field('Nhiệm vụ', task),
  h('button', { type: 'submit' }, 'Liên kết nhiệm vụ')));
}

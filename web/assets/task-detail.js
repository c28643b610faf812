// One task (SYSTEM.md C7): its path from the document and the root task, its sub-tasks with
// their rolled-up counts, the issues it answers, the progress reports with evidence files,
// and — for those allowed — the report form, evidence upload and the sub-task form.

import { h, fmtDate, fmtInstant, field, checkField, showErrors, showStatus, append, fill } from './dom.js';
import { api } from './api.js';
import { statusBadge, deadlineText, partyNames } from './task-status.js';
import { deadlineFields, leadSelect, coordinatingFields } from './task-fields.js';
import { docLink, shorten } from './staff-documents.js';

// Evidence limits (domain/task/evidence.h); the server checks again, by content.
const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
const EVIDENCE_ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

export async function taskView(ctx, id, notice) {
  const { view, dialogue } = ctx;
  const t = await api(`/api/tasks/${id}`);
  const split = t.can_split ? await subtaskForm(ctx, t, (message) => reopen(message)) : null;
  if (!ctx.alive()) return;
  const d = dialogue.id;
  const reopen = (message) => {
    fill(view);
    return taskView(ctx, id, message).catch((err) => ctx.fail(err));
  };
  const status = h('div', { class: 'task-notice' });
  if (notice) showStatus(status, notice);
  const sub = t.subtree || {};
  append(view,
    h('p', {}, h('a', { href: `#/${d}/tasks` }, '← Bảng nhiệm vụ')),
    h('nav', { class: 'task-path', 'aria-label': 'Vị trí nhiệm vụ' }, h('ol', {},
      h('li', {}, 'Văn bản: ', docLink(d, t.document)),
      (t.ancestors || []).map((a) => h('li', {}, h('a', { href: `#/${d}/tasks/${a.id}` }, shorten(a.content, 100)), ' ', statusBadge(a))),
      h('li', { 'aria-current': 'page' }, shorten(t.content, 100)))),
    status,
    h('p', { class: 'pre task-content' }, t.content),
    h('dl', { class: 'facts' },
      fact('Tình trạng', statusBadge(t)),
      fact('Tiến độ', `${t.percent ?? 0}%`),
      fact('Cơ quan chủ trì', t.lead ? t.lead.name : '—'),
      fact('Cơ quan phối hợp', partyNames(t.coordinating) || '—'),
      fact('Thời hạn', deadlineText(t)),
      t.due_on ? fact('Hạn kỳ này', fmtDate(t.due_on)) : null,
      sub.total > 1 ? fact('Cả nhánh (gồm nhiệm vụ con)', `${sub.total} nhiệm vụ: ${sub.overdue} quá hạn, ${sub.in_progress} đang thực hiện, ${sub.not_started} chưa thực hiện, ${sub.done_on_time + sub.done_late} hoàn thành`) : null,
      t.carried_from_id ? fact('Tiếp nối', h('a', { href: `#/${d}/tasks/${t.carried_from_id}` }, 'Nhiệm vụ chưa hoàn thành của năm trước')) : null,
      t.source && t.source !== t.content ? fact('Trích từ', h('span', { class: 'pre' }, t.source)) : null),
    (t.issues || []).length ? h('section', { 'aria-labelledby': 'task-issues' },
      h('h3', { id: 'task-issues' }, 'Nhóm vấn đề, câu hỏi liên quan'),
      h('ul', {}, t.issues.map((i) => h('li', {}, h('a', { href: `#/${d}/issues/${i.id}` }, i.title))))) : null,
    childrenSection(ctx, t),
    reportsSection(ctx, t, reopen),
    t.can_report ? reportForm(ctx, t, reopen) : null,
    split);
  ctx.title(`Nhiệm vụ: ${shorten(t.content, 90)}`); // once drawn
  if (notice) {
    status.tabIndex = -1;
    status.focus();
  }
}

function fact(term, value) {
  return value ? h('div', {}, h('dt', {}, term), h('dd', {}, value)) : null;
}

function childrenSection(ctx, t) {
  const kids = t.children || [];
  return h('section', { 'aria-labelledby': 'task-children' },
    h('h3', { id: 'task-children' }, `Nhiệm vụ con giao cấp dưới (${kids.length})`),
    kids.length
      ? h('ul', { class: 'task-children cards' }, kids.map((c) => h('li', { class: 'card', 'data-id': c.id },
        h('p', { class: 'card-title' }, h('a', { href: `#/${ctx.dialogue.id}/tasks/${c.id}` }, shorten(c.content, 140))),
        h('p', {}, statusBadge(c), ` ${c.lead ? c.lead.name : ''} · ${deadlineText(c)} · ${c.percent ?? 0}%`),
        c.subtree && c.subtree.total > 1
          ? h('p', { class: 'meta' }, `Nhánh này: ${c.subtree.total} nhiệm vụ, ${c.subtree.overdue} quá hạn`) : null)))
      : h('p', {}, 'Chưa giao nhiệm vụ con nào.'));
}

function reportsSection(ctx, t, reopen) {
  const list = t.report_list || [];
  return h('section', { 'aria-labelledby': 'task-reports' },
    h('h3', { id: 'task-reports' }, `Báo cáo tiến độ (${list.length})`),
    list.length
      ? h('ol', { class: 'reports cards' }, [...list].reverse().map((r) => h('li', { class: 'card report', 'data-id': r.id },
        h('p', { class: 'meta' }, `Ngày ${fmtDate(r.on)} · ${r.percent}%`, r.done ? ' · Đã hoàn thành' : '', ` · gửi lúc ${fmtInstant(r.created_at)}`),
        h('p', { class: 'pre' }, r.text),
        (r.evidence || []).length ? h('ul', { class: 'evidence' }, r.evidence.map((e) => h('li', {},
          h('a', { href: `/api/evidence/${e.id}`, download: e.file_name }, `Minh chứng: ${e.file_name}`),
          ` (${Math.max(1, Math.round(e.size / 1024))} KB)`))) : null,
        t.can_report ? evidenceForm(ctx, r, reopen) : null)))
      : h('p', {}, 'Chưa có báo cáo nào.'));
}

function reportForm(ctx, t, reopen) {
  const percent = h('input', { type: 'number', name: 'percent', min: '0', max: '100', step: '1', class: 'short', value: String(t.percent ?? 0) });
  const done = h('input', { type: 'checkbox', name: 'done' });
  const text = h('textarea', { name: 'text', rows: '4' });
  const msg = h('div');
  const controls = { percent, done, text };
  return h('section', { class: 'panel', 'aria-labelledby': 'task-report-form' },
    h('h3', { id: 'task-report-form' }, 'Báo cáo tiến độ'),
    h('form', {
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const n = percent.value === '' ? -1 : Number(percent.value);
        try {
          await api(`/api/tasks/${t.id}/reports`, { method: 'POST', json: { percent: Number.isFinite(n) ? Math.trunc(n) : -1, done: done.checked, text: text.value.trim() } });
          reopen('Đã gửi báo cáo tiến độ. Có thể đính kèm tệp minh chứng cho báo cáo ở danh sách báo cáo.');
        } catch (err) {
          ctx.fail(err, msg, controls);
        }
      },
    }, msg,
    field('Tỷ lệ hoàn thành (%)', percent),
    checkField('Đã hoàn thành nhiệm vụ', done, { hint: 'Đánh dấu khi nhiệm vụ đã xong; tình trạng đúng hạn hay quá hạn được tính theo ngày báo cáo.' }),
    field('Nội dung báo cáo', text, { hint: 'Kết quả đã làm, khó khăn, kiến nghị.' }),
    h('button', { type: 'submit' }, 'Gửi báo cáo')));
}

function evidenceForm(ctx, r, reopen) {
  const file = h('input', { type: 'file', accept: EVIDENCE_ACCEPT });
  const msg = h('div');
  const controls = { file, file_name: file };
  const button = h('button', { type: 'submit', class: 'secondary' }, 'Tải lên minh chứng');
  return h('form', {
    novalidate: true, class: 'evidence-upload',
    onsubmit: async (e) => {
      e.preventDefault();
      const f = file.files[0];
      if (!f) return showErrors(msg, { message: 'Chưa chọn tệp minh chứng.', fields: [{ field: 'file', reason: 'hãy chọn một tệp PDF, DOCX, XLSX, JPG hoặc PNG' }] }, controls);
      if (f.size > EVIDENCE_MAX_BYTES) {
        return showErrors(msg, { message: 'Tệp minh chứng quá lớn.', fields: [{ field: 'file', reason: `tệp minh chứng vượt quá 5 MB (tệp này ${(f.size / 1048576).toFixed(1)} MB)` }] }, controls);
      }
      button.disabled = true;
      try {
        await api(`/api/reports/${r.id}/evidence?file_name=${encodeURIComponent(f.name)}`,
          { method: 'POST', body: await f.arrayBuffer(), headers: { 'Content-Type': 'application/octet-stream' } });
        reopen(`Đã tải lên minh chứng “${f.name}”.`);
      } catch (err) {
        ctx.fail({ status: err.status, message: `Không tải lên được tệp “${f.name}”. ${err.message}`, fields: err.fields }, msg, controls);
      } finally {
        button.disabled = false;
      }
    },
  }, msg, field(`Tệp minh chứng cho báo cáo ngày ${fmtDate(r.on)}`, file, { hint: 'PDF, DOCX, XLSX, JPG hoặc PNG; tối đa 5 MB.' }), button);
}

// A sub-task for the task's unit or a unit below it (a ward), led by one of its agencies.
async function subtaskForm(ctx, t, reopen) {
  const { items: children } = await api(`/api/units?parent_id=${t.unit_id}`);
  const unit = h('select', {}, h('option', { value: t.unit_id }, 'Cùng đơn vị với nhiệm vụ này'),
    children.map((u) => h('option', { value: u.id }, u.name)));
  const leadBox = h('div');
  const coordBox = h('div');
  const content = h('textarea', { rows: '4' });
  const deadline = deadlineFields('deadline', 'Thời hạn', t.deadline && t.deadline.kind !== 'none' ? t.deadline : { kind: 'date' });
  const msg = h('div');
  let lead = leadSelect([]);
  let coord = coordinatingFields([], 'Cơ quan phối hợp');
  const load = async () => {
    const { items } = await api(`/api/agencies?unit_id=${unit.value}`);
    const active = items.filter((a) => a.active !== false);
    lead = leadSelect(active);
    coord = coordinatingFields(active, 'Cơ quan phối hợp');
    fill(leadBox, field('Cơ quan chủ trì nhiệm vụ con', lead,
      active.length ? {} : { hint: 'Đơn vị này chưa có cơ quan nào trong hệ thống; hãy chọn đơn vị khác.' }));
    fill(coordBox, coord.el);
  };
  await load();
  unit.addEventListener('change', () => load().catch((err) => ctx.fail(err, msg)));
  return h('section', { class: 'panel', 'aria-labelledby': 'task-split' },
    h('h3', { id: 'task-split' }, 'Giao nhiệm vụ con'),
    h('form', {
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const controls = { lead_agency_id: lead, content, ...deadline.controls };
        try {
          const out = await api(`/api/tasks/${t.id}/subtasks`, {
            method: 'POST',
            json: { lead_agency_id: lead.value ? Number(lead.value) : 0, coordinating_agency_ids: coord.value(), content: content.value.trim(), deadline: deadline.value() },
          });
          reopen(`Đã giao nhiệm vụ con cho ${out.lead.name}.`);
        } catch (err) {
          ctx.fail(err, msg, controls);
        }
      },
    }, msg,
    field('Đơn vị nhận nhiệm vụ con', unit),
    leadBox, coordBox,
    field('Nội dung nhiệm vụ con', content),
    deadline.el,
    h('button', { type: 'submit' }, 'Giao nhiệm vụ con')));
}

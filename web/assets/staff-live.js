// "Phiên đối thoại" (issue 15): the secretariat's console on the dialogue day. Secretaries
// record each question raised (from the floor, online, or a submitted issue put live), who
// answered, the gist and the outcome, and put one on the hall's screen. Several type at once:
// the list follows the public event stream (one Server-Sent Events connection, no polling), and
// each answer is sent with the version it was edited from, so a stale one is refused, not lost.
// A laptop that loses the network loses nothing: every entry waits in localStorage under its own
// key until the server has it, and is resent (the key makes a resend harmless).

import { h, fill, append, field, showErrors, showStatus, fmtDate } from './dom.js';
import { api } from './api.js';

const CHANNELS = [['floor', 'Tại hội trường'], ['online', 'Trực tuyến'], ['submitted', 'Câu hỏi gửi trước']];
const OUTCOMES = [['pending', 'Chưa trả lời'], ['on_the_spot', 'Đã trả lời tại hội nghị'],
  ['promised', 'Hứa giải quyết (có hạn)'], ['forwarded', 'Chuyển cơ quan giải quyết']];
const label = (pairs, key) => (pairs.find(([k]) => k === key) || [key, key])[1];

let stream = null;  // the open EventSource of the page, closed when the view is left

function queueKey(id) { return `doithoai-live-queue-${id}`; }
function readQueue(id) {
  try { return JSON.parse(localStorage.getItem(queueKey(id)) || '[]'); } catch { return []; }
}
function writeQueue(id, items) { localStorage.setItem(queueKey(id), JSON.stringify(items)); }
function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function liveView(ctx) {
  const id = ctx.dialogue.id;
  ctx.title(`Phiên đối thoại trực tiếp – ${ctx.dialogue.title}`);
  const [consoleData, issues, agencies] = await Promise.all([
    api(`/api/dialogues/${id}/live`),
    api(`/api/dialogues/${id}/issues`).catch(() => ({ items: [] })),
    api(`/api/agencies?unit_id=${ctx.dialogue.unit ? ctx.dialogue.unit.id : ''}`).catch(() => ({ items: [] })),
  ]);
  if (!ctx.alive()) return;
  let data = consoleData;
  let flushing = false;  // one flush at a time (entries go in the order typed)
  const status = h('div', { class: 'live-status', 'aria-live': 'polite' });
  const pending = h('p', { class: 'meta', id: 'live-pending' });
  const list = h('ol', { class: 'live-list', id: 'live-list', 'aria-label': 'Các câu hỏi đã ghi' });
  const editor = h('div', { id: 'live-editor' });
  const issueItems = (issues.items || []);
  const agencyItems = (agencies.items || []);

  append(ctx.view,
    h('p', {}, `Ngày đối thoại ${fmtDate(data.held_on)}. `,
      h('a', { href: `/d/${id}/truc-tiep`, target: '_blank', rel: 'noopener' }, 'Mở màn hình trình chiếu'),
      ' (cho máy chiếu hội trường và trang phát trực tiếp).'),
    data.closed ? h('p', { class: 'alert' }, 'Đã ban hành thông báo kết luận: biên bản phiên đối thoại chỉ còn để xem.') : null,
    status,
    data.can_record ? entryForm() : null,
    pending,
    programmeSection(),
    h('h3', {}, 'Các câu hỏi đã ghi'),
    list,
    editor,
    h('p', {}, h('a', { href: `/api/dialogues/${id}/documents/minutes.docx` }, 'Tải dự thảo biên bản (DOCX)'), ' · ',
      h('a', { href: `/api/dialogues/${id}/documents/minutes.pdf` }, 'PDF')));
  drawList();
  flush();
  connect();

  // ---- recording -------------------------------------------------------------------------

  function entryForm() {
    const c = {
      channel: h('select', {}, CHANNELS.map(([v, l]) => h('option', { value: v }, l))),
      asker: h('input', { type: 'text', maxlength: 120, autocomplete: 'off' }),
      asker_unit: h('input', { type: 'text', maxlength: 200, autocomplete: 'off' }),
      text: h('textarea', { rows: 3, maxlength: 2000, required: true }),
      issue_id: h('select', {}, h('option', { value: '' }, '— Chưa gắn —'),
        issueItems.map((i) => h('option', { value: i.id }, i.title))),
    };
    const slot = h('div');
    const form = h('form', { class: 'live-entry', id: 'live-entry-form', novalidate: true },
      h('h3', {}, 'Ghi câu hỏi vừa nêu'),
      field('Kênh', c.channel), field('Người hỏi', c.asker, { optional: true }),
      field('Thay mặt đơn vị', c.asker_unit, { optional: true }), field('Nội dung câu hỏi', c.text),
      field('Nhóm vấn đề', c.issue_id, { optional: true }),
      slot, h('button', { type: 'submit' }, 'Ghi câu hỏi'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = c.text.value.trim();
      if (!text) return showErrors(slot, { fields: [{ field: 'text', reason: 'bắt buộc nhập nội dung câu hỏi' }] }, c);
      const entry = { client_key: newKey(), channel: c.channel.value, asker: c.asker.value, asker_unit: c.asker_unit.value, text };
      if (c.issue_id.value) entry.issue_id = Number(c.issue_id.value);
      writeQueue(id, [...readQueue(id), entry]);
      form.reset();
      fill(slot);
      c.text.focus();
      flush();
    });
    form.controls = c;
    form.slot = slot;
    return form;
  }

  // Sends every queued entry in order; stops at a network failure (retried later), drops an
  // entry the server refuses for its content (shown to the secretary with the reason).
  async function flush() {
    if (flushing || !ctx.alive()) return;
    flushing = true;
    try {
      for (;;) {
        const queue = readQueue(id);
        if (!queue.length) break;
        try {
          await api(`/api/dialogues/${id}/live/entries`, { method: 'POST', json: queue[0] });
        } catch (err) {
          if (err.status === 0 || err.status >= 500) break;  // offline or busy: keep it
          showErrors(status, { message: `Không ghi được câu hỏi "${queue[0].text.slice(0, 60)}": ${err.message}`, fields: err.fields });
        }
        writeQueue(id, readQueue(id).filter((q) => q.client_key !== queue[0].client_key));
      }
    } finally {
      flushing = false;
      const left = readQueue(id).length;
      pending.textContent = left ? `Chưa gửi được ${left} câu hỏi (mất mạng?) — sẽ tự gửi lại.` : '';
      await reload();
    }
  }
  const retry = setInterval(() => { if (!ctx.alive()) clearInterval(retry); else if (readQueue(id).length) flush(); }, 3000);
  window.addEventListener('online', flush);

  // ---- before the day: the programme and the delegates ------------------------------------------

  function programmeSection() {
    const box = h('details', { class: 'live-programme', id: 'live-programme' },
      h('summary', {}, 'Chương trình hội nghị và đại biểu'));
    const body = h('div');
    append(box, body);
    box.addEventListener('toggle', () => { if (box.open) drawProgramme(body); });
    return box;
  }

  async function drawProgramme(body) {
    let p;
    try { p = await api(`/api/dialogues/${id}/programme`); } catch (err) { return ctx.fail(err, body); }
    const slot = h('div');
    const lines = h('textarea', { rows: 6, id: 'agenda-lines' },
      p.agenda.map((a) => [a.starts_at, a.title, a.speaker].join(' | ')).join('\n'));
    const agendaForm = h('form', { novalidate: true },
      field('Chương trình (mỗi dòng: giờ | nội dung | người trình bày)', lines,
        { hint: 'Ví dụ: 08:00 | Khai mạc, giới thiệu đại biểu | Lãnh đạo Thành đoàn' }),
      slot, p.can_edit ? h('button', { type: 'submit' }, 'Lưu chương trình') : null);
    agendaForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      const agenda = lines.value.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
        const [starts_at = '', title = '', speaker = ''] = l.split('|').map((x) => x.trim());
        return { starts_at, title, speaker };
      });
      try {
        await api(`/api/dialogues/${id}/programme`, { method: 'PUT', json: { agenda } });
        drawProgramme(body);
      } catch (err) {
        showErrors(slot, { message: err.message, fields: (err.fields || []).map((f) => ({ field: 'agenda', reason: `${lineOf(f.field)}${f.reason}` })) }, { agenda: lines });
      }
    });
    const c = {
      kind: h('select', {}, h('option', { value: 'delegate' }, 'Đại biểu thanh niên'), h('option', { value: 'guest' }, 'Khách mời')),
      name: h('input', { type: 'text', maxlength: 120 }),
      position: h('input', { type: 'text', maxlength: 120 }),
      unit: h('input', { type: 'text', maxlength: 200 }),
    };
    const dslot = h('div');
    const delegateForm = h('form', { novalidate: true, id: 'delegate-form' },
      h('h4', {}, 'Mời đại biểu'), field('Loại', c.kind), field('Họ và tên', c.name),
      field('Chức vụ', c.position, { optional: true }), field('Đơn vị (thay mặt)', c.unit),
      dslot, h('button', { type: 'submit' }, 'Thêm vào danh sách mời'));
    delegateForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await api(`/api/dialogues/${id}/delegates`, { method: 'POST',
          json: { kind: c.kind.value, name: c.name.value, position: c.position.value, unit: c.unit.value } });
        drawProgramme(body);
      } catch (err) { ctx.fail(err, dslot, c); }
    });
    const rows = p.delegates.map((d) => h('tr', { id: `delegate-${d.id}` },
      h('td', {}, d.name, d.position ? `, ${d.position}` : ''), h('td', {}, d.unit),
      h('td', {}, d.kind === 'guest' ? 'Khách mời' : 'Đại biểu'),
      h('td', {}, d.checked_in_at ? 'Có mặt' : 'Chưa đến', p.can_edit ? ' ' : null,
        p.can_edit ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
          try {
            await api(`/api/dialogues/${id}/delegates/${d.id}/check-in`, { method: 'PUT', json: { present: !d.checked_in_at } });
            drawProgramme(body);
          } catch (err) { ctx.fail(err, dslot); }
        } }, d.checked_in_at ? 'Bỏ đánh dấu' : 'Đánh dấu có mặt') : null),
      h('td', {}, h('a', { href: `/api/dialogues/${id}/documents/invitation-${d.id}.docx` }, 'Giấy mời (DOCX)'), ' · ',
        h('a', { href: `/api/dialogues/${id}/documents/invitation-${d.id}.pdf` }, 'PDF'))));
    fill(body, agendaForm,
      h('p', { id: 'delegate-count' }, `Đã mời ${p.invited} người, có mặt ${p.present}.`),
      p.delegates.length ? h('table', { class: 'delegates' },
        h('thead', {}, h('tr', {}, ['Người được mời', 'Đơn vị', 'Loại', 'Có mặt', 'Giấy mời'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rows)) : null,
      p.can_edit ? delegateForm : null);
  }

  // "agenda[2].starts_at" → "Dòng 3: ".
  function lineOf(name) {
    const m = /^agenda\[(\d+)\]/.exec(name || '');
    return m ? `Dòng ${Number(m[1]) + 1}: ` : '';
  }

  // ---- the list ----------------------------------------------------------------------------

  async function reload() {
    try {
      const next = await api(`/api/dialogues/${id}/live`);
      if (!ctx.alive()) return;
      data = next;
      drawList();
    } catch { /* offline: keep what is shown */ }
  }

  function drawList() {
    fill(list, data.entries.length ? data.entries.map(entryItem) : h('li', { class: 'meta' }, 'Chưa có câu hỏi nào.'));
  }

  function entryItem(e) {
    const onScreen = data.on_screen === e.seq;
    return h('li', { class: `live-item${onScreen ? ' on-screen' : ''}`, id: `live-${e.seq}`, 'data-version': e.version },
      h('p', { class: 'meta' }, `#${e.seq} · ${label(CHANNELS, e.channel)}`,
        e.asker || e.asker_unit ? ` · ${[e.asker, e.asker_unit].filter(Boolean).join(', ')}` : '',
        onScreen ? h('strong', { class: 'badge' }, ' Đang chiếu') : null),
      h('p', { class: 'live-text' }, e.text),
      e.duplicate_of ? h('p', { class: 'warn' }, `Có thể trùng với câu hỏi #${e.duplicate_of}`) : null,
      h('p', { class: 'live-outcome' }, label(OUTCOMES, e.outcome),
        e.answered_by ? ` – ${e.answered_by}` : '', e.promised_by ? ` – hạn ${fmtDate(e.promised_by)}` : ''),
      e.answer ? h('p', { class: 'live-answer' }, e.answer) : null,
      data.can_record ? h('p', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: () => show(onScreen ? null : e.seq) },
          onScreen ? 'Thôi chiếu' : 'Chiếu lên màn hình'), ' ',
        h('button', { type: 'button', class: 'secondary', onclick: () => answerForm(e) }, 'Ghi trả lời'),
        toIssueAnswer(e)) : null);
  }

  // An answer given on the spot to a question of a known issue becomes the issue's answer draft
  // (timing "on the spot"); the leader approves it as any answer, and it then reaches the askers'
  // tracking pages. For those who draft answers (coordinators).
  function toIssueAnswer(e) {
    if (!e.issue_id || e.outcome !== 'on_the_spot' || !e.answer || !ctx.has('coordinator')) return null;
    const issue = issueItems.find((i) => i.id === e.issue_id);
    return h('button', {
      type: 'button', class: 'secondary',
      onclick: async () => {
        const body = `${e.answer}\n(Trả lời tại hội nghị đối thoại ngày ${fmtDate(data.held_on)}: ${e.answered_by}.)`;
        try {
          await api(`/api/issues/${e.issue_id}/answer`, { method: 'PUT', json: { body, timing: 'on_the_spot' } });
          showStatus(status, 'Đã lưu thành bản nháp câu trả lời của nhóm vấn đề ',
            h('a', { href: `#/${id}/issues/${e.issue_id}` }, issue ? issue.title : `#${e.issue_id}`),
            '; gửi lãnh đạo duyệt để công bố cho người hỏi.');
        } catch (err) { ctx.fail(err, status); }
      },
    }, 'Đưa vào câu trả lời của nhóm vấn đề');
  }

  async function show(seq) {
    try {
      await api(`/api/dialogues/${id}/live/screen`, { method: 'PUT', json: { seq } });
      await reload();
    } catch (err) { ctx.fail(err, status); }
  }

  function answerForm(e) {
    const c = {
      answered_by: h('input', { type: 'text', maxlength: 200, value: e.answered_by }),
      answer: h('textarea', { rows: 3, maxlength: 4000 }, e.answer),
      outcome: h('select', {}, OUTCOMES.map(([v, l]) => h('option', { value: v, selected: v === e.outcome }, l))),
      promised_by: h('input', { type: 'date', value: e.promised_by || '' }),
      forwarded_to: h('select', {}, h('option', { value: '' }, '— Chọn cơ quan —'),
        agencyItems.map((a) => h('option', { value: a.id, selected: a.id === e.forwarded_to }, a.name))),
      issue_id: h('select', {}, h('option', { value: '' }, '— Chưa gắn —'),
        issueItems.map((i) => h('option', { value: i.id, selected: i.id === e.issue_id }, i.title))),
    };
    const slot = h('div');
    const form = h('form', { class: 'live-answer-form', id: 'live-answer-form', novalidate: true },
      h('h3', {}, `Trả lời câu hỏi #${e.seq}`), h('p', { class: 'live-text' }, e.text),
      field('Người trả lời', c.answered_by, { hint: 'Chức vụ, ví dụ: Giám đốc Sở Tài chính' }),
      field('Nội dung trả lời (tóm tắt)', c.answer, { optional: true }),
      field('Kết quả', c.outcome),
      field('Hạn đã hứa', c.promised_by, { optional: true, hint: 'Khi kết quả là hứa giải quyết' }),
      field('Cơ quan giải quyết', c.forwarded_to, { optional: true, hint: 'Khi chuyển cơ quan (hoặc cơ quan thực hiện lời hứa)' }),
      field('Nhóm vấn đề', c.issue_id, { optional: true }),
      slot,
      h('button', { type: 'submit' }, 'Lưu trả lời'), ' ',
      h('button', { type: 'button', class: 'secondary', onclick: () => fill(editor) }, 'Đóng'));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const body = { version: e.version, answered_by: c.answered_by.value, answer: c.answer.value, outcome: c.outcome.value,
        promised_by: c.promised_by.value || null, forwarded_to: c.forwarded_to.value ? Number(c.forwarded_to.value) : null,
        issue_id: c.issue_id.value ? Number(c.issue_id.value) : null };
      try {
        await api(`/api/dialogues/${id}/live/entries/${e.seq}/answer`, { method: 'PUT', json: body });
        fill(editor);
        showStatus(status, `Đã lưu trả lời câu hỏi #${e.seq}.`);
        await reload();
      } catch (err) {
        if (err.status === 409) {
          await reload();
          const fresh = data.entries.find((x) => x.seq === e.seq);
          showErrors(slot, { message: `Câu hỏi #${e.seq} vừa được người khác sửa. Nội dung mới đã được tải lại bên dưới danh sách; hãy xem rồi lưu lại.` });
          if (fresh) e.version = fresh.version;
          return;
        }
        ctx.fail(err, slot, c);
      }
    });
    fill(editor, form);
    c.answered_by.focus();
  }

  // ---- live updates --------------------------------------------------------------------------

  function connect() {
    if (stream) stream.close();
    if (!window.EventSource) return;
    stream = new EventSource(`/api/dialogues/${id}/live/events`);
    let timer = null;
    stream.addEventListener('screen', () => {
      if (!ctx.alive()) { stream.close(); return; }
      clearTimeout(timer);
      timer = setTimeout(reload, 50);  // several changes at once: one refetch
    });
  }
}

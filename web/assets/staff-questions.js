// Staff tabs "Câu hỏi" (list, screen, group into issues) and "Nhập từ tệp" (batch import).

import { h, clear, fmtInstant, field, checkField, showErrors, showStatus, append, fill } from './dom.js';
import { api } from './api.js';
import { askerFacts } from './asker.js';
import { SCREENINGS, screeningLabel, channelLabel } from './labels.js';

const PAGE = 50;
const MAX_UPLOAD = 5 * 1024 * 1024; // docs/api.md: 5 MiB for uploads

const option = (value, label, selected) => h('option', { value, selected }, label);

// ---- questions ----------------------------------------------------------------------------

// Filters a link may preset (#/{d}/questions/new | /ungrouped), as "Việc cần làm" links them.
const PRESETS = { new: { screening: 'new' }, ungrouped: { screening: 'accepted', grouped: 'false' } };

export async function questionsView(ctx, args = []) {
  const { view, dialogue } = ctx;
  ctx.title('Câu hỏi');
  const state = { screening: '', grouped: '', offset: 0, ...PRESETS[args[0]] };
  const selected = new Set();
  const screening = h('select', { name: 'screening' }, option('', 'Tất cả'),
    Object.entries(SCREENINGS).map(([k, v]) => option(k, v, k === state.screening)));
  const grouped = h('select', { name: 'grouped' }, option('', 'Tất cả'),
    option('false', 'Chưa thuộc nhóm nào', state.grouped === 'false'), option('true', 'Đã thuộc nhóm vấn đề', state.grouped === 'true'));
  const count = h('p', { class: 'count', 'aria-live': 'polite' });
  const msg = h('div');
  const list = h('ul', { class: 'qlist' });
  const pager = h('div', { class: 'pager' });
  const panel = ctx.has('coordinator') ? groupPanel(ctx, selected, () => load().catch((e) => ctx.fail(e, msg))) : null;

  append(view, 
    h('form', {
      class: 'inline filters', 'aria-label': 'Lọc câu hỏi',
      onsubmit: (e) => {
        e.preventDefault();
        Object.assign(state, { screening: screening.value, grouped: grouped.value, offset: 0 });
        load().catch((err) => ctx.fail(err, msg));
      },
    }, field('Sàng lọc', screening), field('Nhóm vấn đề', grouped), h('button', { type: 'submit', class: 'secondary' }, 'Lọc')),
    panel && panel.el, msg, count, list, pager);
  await load();

  async function load() {
    const qs = new URLSearchParams({ limit: PAGE, offset: state.offset });
    if (state.screening) qs.set('screening', state.screening);
    if (state.grouped) qs.set('grouped', state.grouped);
    const { items, total } = await api(`/api/dialogues/${dialogue.id}/questions?${qs}`);
    if (!ctx.alive()) return;
    if (panel) panel.update();
    count.dataset.total = total;
    count.textContent = total
      ? `Có ${total} câu hỏi phù hợp; đang hiển thị ${state.offset + 1}–${state.offset + items.length}.`
      : 'Không có câu hỏi nào phù hợp.';
    fill(list, items.map((q) => questionItem(ctx, q, selected, panel)));
    clear(pager);
    if (state.offset > 0) {
      append(pager, h('button', { type: 'button', class: 'secondary', onclick: () => page(-PAGE) }, 'Trang trước'));
    }
    if (state.offset + items.length < total) {
      append(pager, h('button', { type: 'button', class: 'secondary', onclick: () => page(PAGE) }, 'Trang sau'));
    }
  }

  function page(delta) {
    state.offset = Math.max(0, state.offset + delta);
    load().then(() => count.scrollIntoView()).catch((err) => ctx.fail(err, msg));
  }
}

function questionItem(ctx, q, selected, panel) {
  const coordinator = ctx.has('coordinator');
  const badge = h('span', { class: `badge screening-${q.screening}` }, screeningLabel(q.screening));
  const msg = h('div', { class: 'row-msg' });
  let head;
  if (coordinator) {
    const box = h('input', {
      type: 'checkbox', id: `qsel-${q.id}`, value: q.id, checked: selected.has(q.id),
      onchange: () => { if (box.checked) selected.add(q.id); else selected.delete(q.id); panel.update(); },
    });
    head = h('div', { class: 'check-row' }, box, h('label', { for: box.id }, 'Chọn câu hỏi ', h('span', { class: 'tracking-code' }, q.tracking_code)));
  } else {
    head = h('p', { class: 'tracking-code' }, q.tracking_code);
  }
  const d = ctx.dialogue.id;
  return h('li', { class: 'card question', 'data-id': q.id, 'data-code': q.tracking_code },
    h('div', { class: 'card-head' }, head, badge),
    h('p', { class: 'pre qtext' }, q.text),
    h('dl', { class: 'facts' },
      fact('Số hiệu', `#${q.id}`),
      askerFacts(q),
      fact('Kênh', channelLabel(q.channel)),
      fact('Chi đoàn, đơn vị', q.branch),
      q.represents > 1 ? fact('Đại diện cho', `${q.represents} thanh niên`) : null,
      fact('Gửi lúc', fmtInstant(q.submitted_at)),
      q.issue_id ? fact('Nhóm vấn đề', h('a', { href: `#/${d}/issues/${q.issue_id}` }, `Nhóm #${q.issue_id}`)) : null,
      q.duplicate_of ? fact('Trùng với câu hỏi', `#${q.duplicate_of}`) : null,
      fact('Ghi chú sàng lọc', q.screening_note)),
    coordinator ? screeningActions(ctx, q, badge, msg) : null,
    msg);
}

function fact(term, value) {
  return value ? h('div', {}, h('dt', {}, term), h('dd', {}, value)) : null;
}

function screeningActions(ctx, q, badge, msg) {
  const dupOf = h('input', { type: 'number', min: '1', step: '1', inputmode: 'numeric', class: 'short' });
  const note = h('input', { type: 'text', maxlength: '500' });
  const dupBox = h('details', {}, h('summary', {}, 'Trùng lặp…'),
    h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); screen({ screening: 'duplicate', duplicate_of: dupOf.value ? Number(dupOf.value) : null }); } },
      field(`Câu hỏi ${q.tracking_code} trùng với câu hỏi số`, dupOf, { hint: 'Nhập số hiệu (#) của câu hỏi đã có.' }),
      h('button', { type: 'submit' }, 'Đánh dấu trùng lặp')));
  const outBox = h('details', {}, h('summary', {}, 'Ngoài phạm vi…'),
    h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); screen({ screening: 'out_of_scope', note: note.value.trim() }); } },
      field(`Lý do câu hỏi ${q.tracking_code} ngoài phạm vi`, note),
      h('button', { type: 'submit' }, 'Đánh dấu ngoài phạm vi')));

  async function screen(body) {
    try {
      await api(`/api/questions/${q.id}/screening`, { method: 'POST', json: body });
      q.screening = body.screening;
      badge.className = `badge screening-${body.screening}`;
      badge.textContent = screeningLabel(body.screening);
      dupBox.open = false;
      outBox.open = false;
      showStatus(msg, `Đã đánh dấu câu hỏi ${q.tracking_code}: ${screeningLabel(body.screening)}.`);
    } catch (err) {
      ctx.fail(err, msg, { duplicate_of: dupOf, note });
    }
  }

  return h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'secondary', onclick: () => screen({ screening: 'accepted' }) }, 'Hợp lệ'),
    dupBox, outBox);
}

// "Gộp thành nhóm vấn đề": a new issue from the selected questions, or add them to one.
function groupPanel(ctx, selected, reload) {
  const d = ctx.dialogue.id;
  const modeNew = h('input', { type: 'radio', name: 'group-mode', value: 'new', checked: true, onchange: () => update() });
  const modeAdd = h('input', { type: 'radio', name: 'group-mode', value: 'add', onchange: () => update() });
  const title = h('input', { type: 'text', maxlength: '300' });
  const issue = h('select', {});
  const count = h('p', { 'aria-live': 'polite' });
  const msg = h('div');
  const titleField = field('Tiêu đề nhóm vấn đề', title);
  const issueField = field('Nhóm vấn đề có sẵn', issue);

  async function loadIssues() {
    try {
      const { items } = await api(`/api/dialogues/${d}/issues`);
      fill(issue, items.map((i) => option(i.id, `#${i.id} ${i.title}`)));
      modeAdd.disabled = !items.length;
    } catch {
      modeAdd.disabled = true;
    }
  }

  function update() {
    count.textContent = `Đã chọn ${selected.size} câu hỏi (giữ nguyên khi chuyển trang hoặc lọc).`;
    titleField.hidden = !modeNew.checked;
    issueField.hidden = modeNew.checked;
  }

  async function submit(e) {
    e.preventDefault();
    const ids = [...selected];
    if (!ids.length) {
      showErrors(msg, { message: 'Chưa chọn câu hỏi nào: hãy đánh dấu ô “Chọn câu hỏi” ở các câu hỏi cần gộp.' });
      return;
    }
    try {
      if (modeNew.checked) {
        const made = await api(`/api/dialogues/${d}/issues`, { method: 'POST', json: { title: title.value.trim(), question_ids: ids } });
        showStatus(msg, `Đã tạo nhóm vấn đề “${made.title || title.value.trim()}” từ ${ids.length} câu hỏi. `,
          h('a', { href: `#/${d}/issues/${made.id}` }, 'Mở nhóm vấn đề này'));
        title.value = '';
      } else {
        await api(`/api/issues/${issue.value}/questions`, { method: 'POST', json: { question_ids: ids } });
        showStatus(msg, `Đã thêm ${ids.length} câu hỏi vào nhóm #${issue.value}. `,
          h('a', { href: `#/${d}/issues/${issue.value}` }, 'Mở nhóm vấn đề này'));
      }
      selected.clear();
      await loadIssues();
      reload();
    } catch (err) {
      ctx.fail(err, msg, { title });
    }
  }

  loadIssues();
  update();
  const el = h('form', { class: 'panel group', novalidate: true, 'aria-labelledby': 'group-title', onsubmit: submit },
    h('h3', { id: 'group-title' }, 'Gộp thành nhóm vấn đề'),
    count, msg,
    h('fieldset', {}, h('legend', {}, 'Cách gộp'),
      checkField('Tạo nhóm vấn đề mới', modeNew),
      checkField('Thêm vào nhóm vấn đề có sẵn', modeAdd)),
    titleField, issueField,
    h('button', { type: 'submit' }, 'Gộp thành nhóm vấn đề'));
  return { el, update };
}

// ---- import -------------------------------------------------------------------------------

const COLUMNS = {
  text: 'Nội dung câu hỏi',
  branch: 'Đơn vị',
  compiled_by: 'Người tổng hợp',
  represents: 'Số thanh niên',
  age: 'Tuổi',
  file: 'Tệp',
  filename: 'Tên tệp',
  columns: 'Tên cột',
};

export async function importView(ctx) {
  const { view, dialogue } = ctx;
  ctx.title('Nhập câu hỏi từ tệp');
  const file = h('input', { type: 'file', name: 'file', accept: '.xlsx,.csv' });
  const msg = h('div');
  const result = h('div', { class: 'import-result' });
  const button = h('button', { type: 'submit' }, 'Tải lên và nhập');

  async function submit(e) {
    e.preventDefault();
    clear(result);
    const f = file.files[0];
    const reason = !f ? 'hãy chọn một tệp .xlsx hoặc .csv'
      : !/\.(xlsx|csv)$/i.test(f.name) ? 'chỉ nhận tệp .xlsx hoặc .csv'
        : f.size > MAX_UPLOAD ? 'tệp lớn hơn 5 MB' : '';
    if (reason) {
      showErrors(msg, { message: 'Chưa tải lên được.', fields: [{ field: 'file', reason }] }, { file });
      return;
    }
    clear(msg);
    button.disabled = true;
    showStatus(result, `Đang tải lên ${f.name}…`);
    try {
      const r = await api(`/api/dialogues/${dialogue.id}/imports?filename=${encodeURIComponent(f.name)}`, {
        method: 'POST', body: await f.arrayBuffer(), headers: { 'Content-Type': 'application/octet-stream' },
      });
      showStatus(result, h('p', { class: 'alert-title' }, `Đã nhập ${r.imported} câu hỏi từ ${f.name} (lô số ${r.batch_id}).`),
        h('p', {}, h('a', { href: `#/${dialogue.id}/questions` }, 'Xem danh sách câu hỏi')));
      form.reset();
    } catch (err) {
      clear(result);
      if (err.fields.some((x) => x.field.startsWith('rows['))) importErrors(result, err, f.name);
      else ctx.fail(err, msg, { file, filename: file, columns: file });
    } finally {
      button.disabled = false;
    }
  }

  const form = h('form', { novalidate: true, onsubmit: submit }, msg,
    field('Tệp câu hỏi (.xlsx hoặc .csv)', file, { hint: 'Tối đa 5 MB. Tệp .csv dùng mã UTF-8.' }), button);
  append(view, 
    h('p', {}, 'Dòng đầu của tệp là tên cột (tiếng Việt hoặc tiếng Anh, có dấu hoặc không dấu):'),
    h('ul', {},
      h('li', {}, h('strong', {}, 'Nội dung câu hỏi'), ' (text) – bắt buộc'),
      h('li', {}, h('strong', {}, 'Đơn vị'), ' (branch) – chi đoàn, đơn vị gửi; bắt buộc'),
      h('li', {}, h('strong', {}, 'Người tổng hợp'), ' (compiled_by) – bắt buộc'),
      h('li', {}, h('strong', {}, 'Số thanh niên'), ' (represents) – số thanh niên cùng ý kiến, mặc định 1'),
      h('li', {}, h('strong', {}, 'Tuổi'), ' (age) – không bắt buộc, từ 16 đến 30')),
    h('p', { class: 'hint' }, 'Nếu có dòng sai, không câu hỏi nào được nhập: sửa tệp theo danh sách lỗi rồi tải lên lại.'),
    form, result);
}

function importErrors(slot, err, name) {
  const rows = err.fields.map((f) => {
    const m = /^rows\[(\d+)\]\.?(.*)$/.exec(f.field);
    const col = m ? m[2] : f.field;
    return h('tr', {},
      h('td', { class: 'num' }, m ? m[1] : '—'),
      h('td', {}, COLUMNS[col] || col || '—'),
      h('td', {}, f.reason));
  });
  fill(slot, 
    h('div', { class: 'alert error', role: 'alert' },
      h('p', { class: 'alert-title' }, `Không câu hỏi nào được nhập từ ${name}.`),
      h('p', {}, `${err.message} (${err.fields.length} lỗi, chi tiết ở bảng dưới).`)),
    h('div', { class: 'table-wrap' }, h('table', { class: 'import-errors' },
      h('caption', {}, 'Các lỗi trong tệp'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'num' }, 'Dòng'), h('th', { scope: 'col' }, 'Cột'), h('th', { scope: 'col' }, 'Lý do'))),
      h('tbody', {}, rows))));
}

// Staff tabs of text intelligence (issue 5): "Đề xuất gộp nhóm" (grouping proposals the
// coordinator accepts, splits, merges or rejects), "Tìm kiếm" (staff search within the
// user's scope) and "Bảng phân công" (the unit's routing table topic → lead agencies).

import { h, clear, field, showErrors, showStatus, append, fill } from './dom.js';
import { api } from './api.js';
import { SCREENINGS, screeningLabel, answerLabel } from './labels.js';

const option = (value, label, selected) => h('option', { value, selected }, label);
const percent = (x) => `${Math.round(x * 100)}%`;

// ---- grouping proposals --------------------------------------------------------------------

export async function proposalsView(ctx) {
  const { view, dialogue } = ctx;
  const d = dialogue.id;
  ctx.title('Đề xuất gộp nhóm');
  const msg = h('div', { class: 'proposal-msg' });
  const summary = h('p', { class: 'count', 'aria-live': 'polite' });
  const list = h('ol', { class: 'proposals' });
  const PAGE = 50;
  let offset = 0;
  const pager = h('div', { class: 'pager' });
  let merging = null; // the proposal chosen as the first of a merge
  const mergeButtons = []; // [proposal, button]
  append(view,
    h('p', { class: 'hint' }, 'doithoai đề xuất các nhóm câu hỏi chưa thuộc nhóm vấn đề nào nhưng có cùng nội dung, ',
      'kèm độ tin cậy và nhóm vấn đề tương tự (năm nay hoặc năm trước). Cán bộ quyết định: chấp nhận, tách, gộp hoặc bỏ qua.'),
    msg, summary, list, pager);
  await load();

  async function load() {
    const p = await api(`/api/dialogues/${d}/grouping-proposals?limit=${PAGE}&offset=${offset}`);
    if (!ctx.alive()) return;
    if (!p.items.length && offset > 0) {
      offset = Math.max(0, offset - PAGE);
      return load();
    }
    clear(pager);
    if (offset > 0) append(pager, h('button', { type: 'button', class: 'secondary', onclick: () => { offset -= PAGE; load().catch((e) => ctx.fail(e, msg)); } }, 'Trang trước'));
    if (offset + p.items.length < p.total) append(pager, h('button', { type: 'button', class: 'secondary', onclick: () => { offset += PAGE; load().catch((e) => ctx.fail(e, msg)); } }, 'Trang sau'));
    summary.textContent = (p.total
      ? `${p.total} đề xuất từ ${p.ungrouped} câu hỏi chưa thuộc nhóm vấn đề nào; đang hiển thị ${offset + 1}–${offset + p.items.length}.`
      : `Không có đề xuất nào (${p.ungrouped} câu hỏi chưa thuộc nhóm vấn đề nào).`)
      + (p.stale ? ' Đang tính lại đề xuất cho các câu hỏi mới; tải lại trang sau ít phút để xem.' : '');
    merging = null;
    mergeButtons.length = 0;
    fill(list, p.items.map((g, i) => proposalItem(g, offset + i)));
  }

  async function act(path, body, done) {
    try {
      const r = await api(`/api/dialogues/${d}/grouping-proposals/${path}`, { method: 'POST', json: body });
      merging = null;
      await load();
      showStatus(msg, done(r));
      msg.scrollIntoView({ block: 'nearest' });
    } catch (err) {
      ctx.fail(err, msg);
    }
  }

  function proposalItem(g, index) {
    const n = index + 1;
    const boxes = new Map();
    const title = h('input', { type: 'text', maxlength: '300', value: g.suggested_title });
    const members = h('ul', { class: 'proposal-questions' }, g.questions.map((q) => {
      const box = h('input', { type: 'checkbox', id: `p${n}-q${q.id}`, checked: true });
      boxes.set(q.id, box);
      return h('li', {}, h('div', { class: 'check-row' }, box,
        h('label', { for: box.id }, h('span', { class: 'tracking-code' }, q.tracking_code), ` ${q.text}`)),
      h('span', { class: `badge screening-${q.screening}` }, screeningLabel(q.screening)));
    }));
    const chosen = () => g.question_ids.filter((id) => boxes.get(id).checked);
    const removed = () => g.question_ids.filter((id) => !boxes.get(id).checked);
    const heading = `Đề xuất ${n}: ${g.questions.length} câu hỏi, độ tin cậy ${percent(g.confidence)}`;
    const accept = () => {
      const ids = chosen();
      if (!ids.length) return showErrors(msg, { message: `Đề xuất ${n}: hãy giữ lại ít nhất một câu hỏi.` });
      const body = g.issue ? { question_ids: ids, issue_id: g.issue.id } : { question_ids: ids, title: title.value.trim() };
      return act('accept', body, (r) => [
        `Đã ${g.issue ? 'thêm' : 'gộp'} ${ids.length} câu hỏi vào nhóm vấn đề “${r.title}”. `,
        h('a', { href: `#/${d}/issues/${r.id}` }, 'Mở nhóm vấn đề này')]);
    };
    const split = () => {
      const out = removed();
      if (!out.length) return showErrors(msg, { message: `Đề xuất ${n}: bỏ chọn những câu hỏi cần tách ra trước khi bấm “Tách”.` });
      return act('split', { question_ids: g.question_ids, remove_ids: out },
        () => `Đã tách ${out.length} câu hỏi khỏi đề xuất ${n}; lần sau chúng được đề xuất riêng.`);
    };
    const merge = () => {
      if (!merging) {
        merging = g;
        for (const [other, button] of mergeButtons) {
          button.textContent = other === g ? 'Đã chọn để gộp' : `Gộp với đề xuất ${n}`;
        }
        showStatus(msg, `Đã chọn đề xuất ${n} để gộp. Bấm “Gộp với đề xuất ${n}” ở đề xuất thứ hai.`);
        return undefined;
      }
      if (merging === g) return showErrors(msg, { message: 'Hãy chọn một đề xuất khác để gộp.' });
      return act('merge', { question_ids: merging.question_ids, other_question_ids: g.question_ids },
        (r) => `Đã gộp hai đề xuất thành một đề xuất ${r.question_ids.length} câu hỏi.`);
    };
    const mergeButton = h('button', { type: 'button', class: 'secondary', onclick: () => merge() }, 'Gộp với đề xuất khác');
    mergeButtons.push([g, mergeButton]);
    const reject = () => act('reject', { question_ids: g.question_ids },
      () => `Đã bỏ qua đề xuất ${n}; đề xuất này sẽ không hiện lại.`);
    return h('li', { class: 'card proposal', 'data-ids': g.question_ids.join(',') },
      h('h3', {}, heading),
      g.issue ? h('p', { class: 'match' }, 'Giống nhóm vấn đề đã có: ',
        h('a', { href: `#/${d}/issues/${g.issue.id}` }, `#${g.issue.id} ${g.issue.title}`)) : null,
      g.last_year_issue ? h('p', { class: 'match last-year' }, `Năm ${g.last_year_issue.year} đã có nhóm vấn đề tương tự: “${g.last_year_issue.title}”`,
        g.last_year_issue.answered ? ' (đã trả lời).' : '.') : null,
      members,
      g.issue ? null : field(`Tiêu đề nhóm vấn đề mới (đề xuất ${n})`, title),
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: accept }, g.issue ? 'Thêm vào nhóm vấn đề' : 'Chấp nhận, tạo nhóm vấn đề'),
        h('button', { type: 'button', class: 'secondary', onclick: split }, 'Tách câu hỏi bỏ chọn'),
        mergeButton,
        h('button', { type: 'button', class: 'secondary', onclick: reject }, 'Bỏ qua đề xuất')));
  }
}

// ---- staff search --------------------------------------------------------------------------

const ANSWER_STATUSES = { draft: 'Bản nháp', submitted: 'Chờ duyệt', approved: 'Đã duyệt', returned: 'Bị trả lại' };

// The server's snippet is HTML-escaped text with <mark> around matches; it is rebuilt as text
// nodes and <mark> elements, never parsed as markup.
function unescapeHtml(s) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, e) => {
    if (e[0] !== '#') return named[e.toLowerCase()] ?? all;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

function marked(snippet) {
  return String(snippet || '').split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((part) =>
    part.startsWith('<mark>') ? h('mark', {}, unescapeHtml(part.slice(6, -7))) : document.createTextNode(unescapeHtml(part)));
}

export async function searchView(ctx) {
  const { view, dialogue } = ctx;
  ctx.title('Tìm kiếm');
  const PAGE = 20;
  const q = h('input', { type: 'search', name: 'q', maxlength: '1000', autocomplete: 'off' });
  const kind = h('select', { name: 'kind' }, option('', 'Tất cả'), option('question', 'Câu hỏi'), option('answer', 'Câu trả lời'),
    option('document', 'Văn bản'), option('task', 'Nhiệm vụ'));
  const status = h('select', { name: 'status' }, option('', 'Tất cả'),
    h('optgroup', { label: 'Câu hỏi' }, Object.entries(SCREENINGS).map(([k, v]) => option(k, v))),
    h('optgroup', { label: 'Câu trả lời' }, Object.entries(ANSWER_STATUSES).map(([k, v]) => option(k, v))));
  const scope = h('select', { name: 'scope' }, option(String(dialogue.id), dialogue.title, true), option('', 'Mọi chương trình đối thoại'));
  const from = h('input', { type: 'date', name: 'from' });
  const to = h('input', { type: 'date', name: 'to' });
  const msg = h('div');
  const count = h('p', { class: 'count', 'aria-live': 'polite', role: 'status' });
  const list = h('ol', { class: 'results staff-results' });
  const pager = h('div', { class: 'pager' });
  let offset = 0;
  const controls = { q, status, from, to, kind };

  append(view,
    h('form', { class: 'staff-search', role: 'search', novalidate: true, onsubmit: (e) => { e.preventDefault(); offset = 0; run(); } },
      msg,
      field('Từ khóa (có dấu hoặc không dấu)', q, { hint: 'Tìm trong câu hỏi, nhóm vấn đề, câu trả lời, văn bản và nhiệm vụ trong phạm vi của bạn. Không tìm theo tên hay liên hệ người hỏi.' }),
      h('div', { class: 'inline filters' },
        field('Loại', kind), field('Trạng thái', status), field('Chương trình', scope),
        field('Từ ngày', from, { optional: true }), field('Đến ngày', to, { optional: true })),
      h('button', { type: 'submit' }, 'Tìm')),
    count, list, pager);

  async function run() {
    const qs = new URLSearchParams({ q: q.value.trim(), limit: PAGE, offset });
    if (kind.value) qs.set('kind', kind.value);
    if (status.value) qs.set('status', status.value);
    if (scope.value) qs.set('dialogue_id', scope.value);
    if (from.value) qs.set('from', from.value);
    if (to.value) qs.set('to', to.value);
    try {
      const r = await api(`/api/staff/search?${qs}`);
      clear(msg);
      count.textContent = r.items.length
        ? `Khoảng ${r.total} kết quả${r.relaxed ? ' (không kết quả nào có đủ mọi từ; đây là kết quả gần đúng)' : ''}; đang hiển thị ${offset + 1}–${offset + r.items.length}.`
        : 'Không tìm thấy kết quả nào.';
      fill(list, r.items.map((it) => resultItem(it)));
      clear(pager);
      if (offset > 0) append(pager, h('button', { type: 'button', class: 'secondary', onclick: () => { offset = Math.max(0, offset - PAGE); run(); } }, 'Trang trước'));
      if (r.items.length === PAGE && offset + PAGE < r.total) append(pager, h('button', { type: 'button', class: 'secondary', onclick: () => { offset += PAGE; run(); } }, 'Trang sau'));
    } catch (err) {
      clear(list);
      count.textContent = '';
      ctx.fail(err, msg, controls);
    }
  }

  function resultItem(it) {
    if (it.kind === 'document' || it.kind === 'task') {
      return h('li', { class: `card result ${it.kind}`, 'data-kind': it.kind, 'data-id': it.id },
        h('p', { class: 'meta' }, h('span', { class: 'badge' }, it.kind === 'document' ? `Văn bản ${it.title}` : `Nhiệm vụ theo văn bản ${it.title}`)),
        h('p', { class: 'snippet' }, marked(it.snippet)));
    }
    const isAnswer = it.kind === 'answer';
    const label = isAnswer ? `Câu trả lời – ${answerLabel(it.status)}` : `Câu hỏi ${it.tracking_code} – ${screeningLabel(it.status)}`;
    const link = it.issue_id ? h('a', { href: `#/${it.dialogue_id}/issues/${it.issue_id}` }, `Nhóm vấn đề #${it.issue_id}: ${it.title}`)
      : h('span', {}, 'Chưa thuộc nhóm vấn đề nào');
    return h('li', { class: `card result ${it.kind}`, 'data-kind': it.kind, 'data-id': it.id },
      h('p', { class: 'meta' }, h('span', { class: `badge ${isAnswer ? `answer-${it.status}` : `screening-${it.status}`}` }, label)),
      h('p', { class: 'snippet' }, marked(it.snippet)),
      h('p', { class: 'meta' }, link));
  }
}

// ---- routing table -------------------------------------------------------------------------

export async function routingTableView(ctx) {
  const { view, dialogue } = ctx;
  const unit = dialogue.unit.id;
  ctx.title('Bảng phân công theo chủ đề');
  const msg = h('div');
  const [table, agencies] = await Promise.all([
    api(`/api/units/${unit}/routing-table`),
    api(`/api/agencies?unit_id=${unit}`),
  ]);
  if (!ctx.alive()) return;
  const source = h('p', { class: 'meta' });
  const selects = [];
  const active = agencies.items.filter((a) => a.active);
  const pick = (current, label) => h('select', { 'aria-label': label },
    option('', '— không chọn —'), active.map((a) => option(a.id, a.name, a.id === current)));
  const rows = table.rows.map((r) => {
    const lead = pick(r.agencies[0]?.id, `Cơ quan chủ trì cho chủ đề ${r.name}`);
    const second = pick(r.agencies[1]?.id, `Cơ quan thứ hai cho chủ đề ${r.name}`);
    selects.push({ topic: r.topic, controls: [lead, second] });
    return h('tr', { 'data-topic': r.topic }, h('th', { scope: 'row' }, r.name), h('td', {}, lead), h('td', {}, second));
  });
  const describe = (s) => (s === 'stored' ? 'Bảng do đơn vị thiết lập.' : s === 'demo' ? 'Đang dùng bảng mẫu của Hải Phòng (chưa lưu bảng riêng).' : 'Chưa có bảng phân công.');
  source.textContent = describe(table.source);

  async function save(e) {
    e.preventDefault();
    const rules = selects.map((s) => ({ topic: s.topic, agency_ids: [...new Set(s.controls.map((c) => c.value).filter(Boolean).map(Number))] }))
      .filter((r) => r.agency_ids.length);
    try {
      const r = await api(`/api/units/${unit}/routing-table`, { method: 'PUT', json: { rules } });
      source.textContent = describe(r.source);
      showStatus(msg, 'Đã lưu bảng phân công. Gợi ý cơ quan chủ trì dùng bảng này và học thêm từ mỗi lần phân công.');
    } catch (err) {
      ctx.fail(err, msg);
    }
  }

  append(view,
    h('p', { class: 'hint' }, 'Mỗi chủ đề có cơ quan thường chủ trì trả lời. doithoai gợi ý theo bảng này, rồi học từ các quyết định phân công thực tế của đơn vị; doithoai không tự phân công.'),
    source, msg,
    h('form', { novalidate: true, onsubmit: save },
      h('div', { class: 'table-wrap' }, h('table', { class: 'routing-table' },
        h('caption', {}, `Bảng phân công – ${dialogue.unit.name}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Chủ đề'), h('th', { scope: 'col' }, 'Cơ quan chủ trì'), h('th', { scope: 'col' }, 'Cơ quan thứ hai'))),
        h('tbody', {}, rows))),
      h('button', { type: 'submit' }, 'Lưu bảng phân công')));
}

// Staff tab "Văn bản" (SYSTEM.md C7, C8): the issued and imported documents, each with its
// files, its tasks and its place in the relay tree (up: the document it implements; down: the
// letters that relay it), so the chain from the Prime Minister's notice to a ward's Youth
// Union can be walked both ways. On a held dialogue the conclusion panel shows the 10/15-day
// clock (Youth Law Art. 10(3), Decree 13/2021 Art. 11) and lets the leader issue the notice.
// Routes: #/{d}/documents | documents/import | documents/{id}

import { h, fmtDate, vnDate, field, showStatus, append, fill } from './dom.js';
import { api } from './api.js';
import { clockState } from './labels.js';
import { statusBadge, deadlineText, partyNames } from './task-status.js';
import { importView } from './document-import.js';
import { relayForm } from './document-relay.js';
import { signerFields } from './signer-fields.js';

const KIND = { conclusion: 'Thông báo kết luận (ban hành từ đối thoại)', relay: 'Công văn triển khai', imported: 'Nhập từ văn bản giấy', decision: 'Quyết định (khen thưởng, hỗ trợ sáng kiến)' };
export const kindLabel = (k) => KIND[k] || k || '—';
const FORMAT = { docx: 'Word (.docx)', pdf: 'PDF', txt: 'Văn bản gốc (.txt)' };
const PAGE = 50;

// "Thông báo số 01/TB-UBND ngày 04/12/2026": numbers restart each year, so the date tells
// same-numbered documents apart (as Decree 30 cites them).
export const docTitle = (d) => `${d.type_name ? `${d.type_name} ` : ''}số ${d.number_symbol}${d.issued_on ? ` ngày ${fmtDate(d.issued_on)}` : ''}`;
export const docLink = (dialogueId, d) => h('a', { href: `#/${dialogueId}/documents/${d.id}` }, docTitle(d));

export async function documentsView(ctx, args) {
  if (args[0] === 'import') return importView(ctx);
  if (args[0]) return documentView(ctx, args[0]);
  return listView(ctx);
}

// ---- list ---------------------------------------------------------------------------------

// Drafts made from a dialogue's records (coordinator, leader, Youth Union of its unit). Plain
// download links: the browser sends the session cookie; the server checks the role.
const DRAFTS = [
  ['plan.docx', 'Dự thảo kế hoạch tổ chức đối thoại', 'Word (.docx)'],
  ['plan.pdf', 'Dự thảo kế hoạch tổ chức đối thoại', 'PDF'],
  ['conclusion-draft.docx', 'Dự thảo thông báo kết luận', 'Word (.docx)'],
  ['conclusion-draft.pdf', 'Dự thảo thông báo kết luận', 'PDF'],
  ['conclusion-tasks.xlsx', 'Bảng theo dõi nhiệm vụ sau đối thoại', 'Excel (.xlsx)'],
  ['compiled-answers.docx', 'Tổng hợp câu hỏi và câu trả lời', 'Word (.docx)'],
  ['compiled-answers.pdf', 'Tổng hợp câu hỏi và câu trả lời', 'PDF'],
];

async function listView(ctx) {
  const { view, dialogue } = ctx;
  const panel = await conclusionPanel(ctx, () => reload());
  if (!ctx.alive()) return;
  const onlyThis = h('input', { type: 'checkbox', id: 'docs-this-dialogue' });
  const count = h('p', { class: 'count', role: 'status' });
  const body = h('tbody');
  const pager = h('div', { class: 'pager' });
  const msg = h('div');
  let offset = 0;

  async function load() {
    const qs = new URLSearchParams({ limit: PAGE, offset });
    if (onlyThis.checked) qs.set('dialogue_id', dialogue.id);
    const { items } = await api(`/api/documents?${qs}`);
    if (!ctx.alive()) return;
    count.textContent = items.length
      ? `Đang hiển thị văn bản ${offset + 1}–${offset + items.length}.`
      : 'Chưa có văn bản nào.';
    fill(body, items.map((d) => h('tr', { 'data-id': d.id },
      h('th', { scope: 'row' }, docLink(dialogue.id, d)),
      h('td', {}, d.type_name || '—'),
      h('td', {}, fmtDate(d.issued_on)),
      h('td', {}, d.issuer),
      h('td', {}, d.summary),
      h('td', {}, kindLabel(d.kind)))));
    fill(pager,
      offset > 0 ? h('button', { type: 'button', class: 'secondary', onclick: () => { offset = Math.max(0, offset - PAGE); reload(); } }, 'Trang trước') : null,
      items.length === PAGE ? h('button', { type: 'button', class: 'secondary', onclick: () => { offset += PAGE; reload(); } }, 'Trang sau') : null);
  }
  const reload = () => load().catch((err) => ctx.fail(err, msg));
  onlyThis.addEventListener('change', () => { offset = 0; reload(); });

  append(view, panel,
    h('section', { 'aria-labelledby': 'docs-list' },
      h('h3', { id: 'docs-list' }, 'Văn bản chỉ đạo và thông báo kết luận'),
      h('p', { class: 'hint' }, 'Mọi văn bản đã ban hành hoặc đã nhập, mới nhất trước. Mở một văn bản để xem nhiệm vụ, văn bản cấp trên và các văn bản triển khai.'),
      ctx.has('coordinator', 'leader') ? h('p', {}, h('a', { href: `#/${dialogue.id}/documents/import`, class: 'button' }, 'Nhập văn bản từ nội dung chữ')) : null,
      h('div', { class: 'check-row' }, onlyThis, h('label', { for: onlyThis.id }, `Chỉ văn bản của “${dialogue.title}”`)),
      msg, count,
      h('div', { class: 'table-wrap' }, h('table', { class: 'documents-table' },
        h('caption', {}, 'Danh sách văn bản'),
        h('thead', {}, h('tr', {}, ['Số, ký hiệu', 'Loại', 'Ngày', 'Cơ quan ban hành', 'Trích yếu', 'Nguồn']
          .map((t) => h('th', { scope: 'col' }, t)))),
        body)),
      pager),
    ctx.has('coordinator', 'leader', 'youth_union') ? h('section', { class: 'documents', 'aria-labelledby': 'docs-drafts' },
      h('h3', { id: 'docs-drafts' }, 'Dự thảo từ dữ liệu của chương trình đối thoại'),
      h('p', { class: 'hint' }, 'Văn bản được tạo từ dữ liệu hiện có của chương trình đối thoại tại thời điểm tải.'),
      h('ul', {}, DRAFTS.map(([name, label, kind]) => h('li', {},
        h('a', { href: `/api/dialogues/${dialogue.id}/documents/${name}`, download: name, 'data-doc': name },
          `${label} – ${kind}`))))) : null);
  await load();
  if (ctx.alive()) ctx.title('Văn bản'); // once drawn: whoever waits for the title sees it all
}

// ---- the conclusion of this dialogue -----------------------------------------------------

// `issued` is called once the leader has issued the notice here.
async function conclusionPanel(ctx, issued) {
  const { dialogue } = ctx;
  const d = await api(`/api/dialogues/${dialogue.id}`);
  const clock = (d.clocks || []).find((c) => c.key === 'conclusion_issued');
  const held = d.held_on <= vnDate();
  const box = h('section', { class: 'panel conclusion', 'aria-labelledby': 'conclusion-h' },
    h('h3', { id: 'conclusion-h' }, 'Thông báo kết luận của buổi đối thoại'));
  if (clock) {
    const [mark, label] = clockState(clock.state);
    append(box, h('div', { class: `clock state-${clock.state}`, id: 'conclusion-clock', 'data-due': clock.due_on },
      h('p', { class: `badge state-${clock.state}` }, h('span', { 'aria-hidden': 'true' }, `${mark} `), label),
      h('p', { class: 'clock-title' }, clock.title),
      h('p', { class: 'meta' }, `Đối thoại ngày ${fmtDate(d.held_on)} · Hạn ban hành: ${fmtDate(clock.due_on)}`,
        clock.done_on ? ` · Đã ban hành: ${fmtDate(clock.done_on)}` : ''),
      h('p', { class: 'rule' }, d.complex
        ? 'Nội dung phức tạp, liên quan nhiều ngành: hạn 15 ngày sau buổi đối thoại. '
        : 'Hạn 10 ngày sau buổi đối thoại (15 ngày nếu nội dung phức tạp, liên quan nhiều ngành). ',
      `Căn cứ: ${clock.rule}`)));
  }
  if (d.conclusion_issued_on) {
    const { items } = await api(`/api/documents?dialogue_id=${dialogue.id}&limit=50`);
    const notice = items.find((x) => x.kind === 'conclusion');
    append(box, h('p', {}, `Đã ban hành ngày ${fmtDate(d.conclusion_issued_on)}`,
      notice ? [': ', docLink(dialogue.id, notice), '.'] : '.'));
    return box;
  }
  if (!held) {
    append(box, h('p', {}, `Buổi đối thoại diễn ra ngày ${fmtDate(d.held_on)}; thông báo kết luận được ban hành sau buổi đối thoại.`));
    return box;
  }
  if (!ctx.has('leader')) {
    append(box, h('p', {}, 'Chưa ban hành. Lãnh đạo của đơn vị chủ trì đối thoại ban hành thông báo kết luận.'));
    return box;
  }
  let form;
  try {
    form = await issueForm(ctx, d, box, issued);
  } catch (err) {
    // A leader of another unit (the defaults are its leader's only): nothing to issue here.
    if (err.status !== 403) throw err;
    append(box, h('p', {}, 'Chưa ban hành. Lãnh đạo của đơn vị chủ trì đối thoại ban hành thông báo kết luận.'));
    return box;
  }
  append(box, form);
  return box;
}

// The signer block and copies are prefilled from what the unit's People's Committee used last.
async function issueForm(ctx, d, box, issued) {
  const signing = signerFields({ purpose: 'letter' });
  await signing.load(d.unit.id);
  const issuedOn = h('input', { type: 'date', name: 'issued_on', value: vnDate(), min: d.held_on, max: vnDate() });
  const msg = h('div');
  const button = h('button', { type: 'submit' }, 'Ban hành thông báo kết luận');
  const controls = { ...signing.controls(), issued_on: issuedOn };
  const form = h('form', {
    novalidate: true, class: 'issue-conclusion',
    onsubmit: async (e) => {
      e.preventDefault();
      button.disabled = true;
      try {
        const out = await api(`/api/dialogues/${d.id}/conclusion`, { method: 'POST', json: { ...signing.value(), issued_on: issuedOn.value || null } });
        form.replaceWith(issuedSummary(ctx, out));
        stopClock(box, out.document.issued_on);
        issued();
      } catch (err) {
        ctx.fail(err, msg, { ...controls, ...signing.controls() });
      } finally {
        button.disabled = false;
      }
    },
  }, msg,
  h('p', {}, 'Thông báo gồm: a) các vấn đề thanh niên nêu, b) nội dung đã trả lời tại buổi đối thoại, c) nội dung chuyển cơ quan có thẩm quyền, d) cơ quan giải quyết từng kiến nghị (Nghị định 13/2021/NĐ-CP, Điều 11). Mỗi kiến nghị ở mục d) trở thành một nhiệm vụ.'),
  field('Ngày ban hành', issuedOn),
  signing.el,
  button);
  return form;
}

// The clock stops on the issue date (domain/dialogue/clocks: done, or done late after the
// due date). Drawn here rather than re-read: the public dialogue JSON may be a second stale.
function stopClock(box, issuedOn) {
  const clock = box.querySelector('#conclusion-clock');
  if (!clock) return;
  const due = clock.dataset.due;
  const state = issuedOn <= due ? 'done' : 'done_late';
  const [mark, label] = clockState(state);
  clock.className = `clock state-${state}`;
  const badge = clock.querySelector('.badge');
  badge.className = `badge state-${state}`;
  fill(badge, h('span', { 'aria-hidden': 'true' }, `${mark} `), label);
  append(clock.querySelector('.meta'), ` · Đã ban hành: ${fmtDate(issuedOn)}`);
}

function issuedSummary(ctx, out) {
  const status = h('div', { class: 'issued', tabindex: '-1' });
  showStatus(status, `Đã ban hành ${docTitle(out.document)} với ${out.tasks.length} nhiệm vụ. `,
    docLink(ctx.dialogue.id, out.document));
  append(status, taskTable(ctx, out.tasks, 'Nhiệm vụ giao theo thông báo'));
  queueMicrotask(() => status.focus());
  return status;
}

// ---- one document -------------------------------------------------------------------------

async function documentView(ctx, id) {
  const { view, dialogue } = ctx;
  const d = await api(`/api/documents/${id}`);
  const relay = ctx.has('leader') ? await relayForm(ctx, d) : null;
  if (!ctx.alive()) return;
  const c = d.content || {};
  const recipients = c.recipients || {};
  append(view,
    h('p', {}, h('a', { href: `#/${dialogue.id}/documents` }, '← Danh sách văn bản')),
    h('p', { class: 'summary' }, d.summary),
    h('dl', { class: 'facts' },
      fact('Số, ký hiệu', d.number_symbol),
      fact('Loại văn bản', d.type_name),
      fact('Cơ quan ban hành', [d.parent_issuer ? `${d.parent_issuer} – ` : '', d.issuer]),
      fact('Nơi, ngày ban hành', `${d.place ? `${d.place}, ` : ''}${fmtDate(d.issued_on)}`),
      fact('Người ký', d.signer || '—'),
      fact('Nguồn', kindLabel(d.kind)),
      (recipients.addressed || []).length ? fact('Kính gửi', recipients.addressed.join('; ')) : null),
    h('section', { 'aria-labelledby': 'doc-files' },
      h('h3', { id: 'doc-files' }, 'Tệp văn bản'),
      (d.formats || []).length
        ? h('ul', { class: 'doc-files' }, d.formats.map((f) => h('li', {},
          h('a', { href: `/api/documents/${d.id}/files/${f}`, download: '', 'data-format': f }, `Tải ${docTitle(d)} – ${FORMAT[f] || f}`))))
        : h('p', {}, 'Văn bản này không có tệp lưu kèm.')),
    treeSection(ctx, d),
    h('section', { 'aria-labelledby': 'doc-tasks' },
      h('h3', { id: 'doc-tasks' }, `Nhiệm vụ theo văn bản (${(d.tasks || []).length})`),
      (d.tasks || []).length ? taskTable(ctx, d.tasks, 'Nhiệm vụ, cơ quan chủ trì, thời hạn và tình trạng') : h('p', {}, 'Văn bản này không giao nhiệm vụ nào.'),
      // The task sheet (status and progress as of today) agencies report on.
      (d.tasks || []).length ? h('p', {}, h('a', { href: `/api/documents/${d.id}/tasks.xlsx`, download: '', 'data-format': 'tasks-xlsx' },
        'Tải bảng tình hình thực hiện nhiệm vụ (XLSX)')) : null),
    relay);
  ctx.title(docTitle(d)); // once drawn
}

function treeSection(ctx, d) {
  const dl = ctx.dialogue.id;
  return h('section', { 'aria-labelledby': 'doc-tree', class: 'doc-tree' },
    h('h3', { id: 'doc-tree' }, 'Văn bản cấp trên và văn bản triển khai'),
    h('dl', { class: 'facts' },
      fact('Triển khai văn bản', d.relays ? h('span', { class: 'up' }, docLink(dl, d.relays), ` – ${d.relays.issuer}`) : 'Không (văn bản gốc trong hệ thống)'),
      (d.cited || []).length ? fact('Căn cứ đã có trong hệ thống', h('ul', {}, d.cited.map((x) => h('li', {}, docLink(dl, x))))) : null,
      (d.cites || []).length ? fact('Căn cứ ghi trong văn bản', d.cites.join('; ')) : null),
    h('h4', {}, `Văn bản triển khai văn bản này (${(d.relayed_by || []).length})`),
    (d.relayed_by || []).length
      ? h('ul', { class: 'down' }, d.relayed_by.map((x) => h('li', {}, docLink(dl, x), ` – ${x.issuer}, ${fmtDate(x.issued_on)}`)))
      : h('p', {}, 'Chưa có văn bản nào triển khai văn bản này.'));
}

export function taskTable(ctx, tasks, caption) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'tasks' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ['Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Tình trạng', 'Tiến độ']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, tasks.map((t) => h('tr', { 'data-id': t.id },
      h('th', { scope: 'row' }, h('a', { href: `#/${ctx.dialogue.id}/tasks/${t.id}` }, shorten(t.content))),
      h('td', {}, t.lead ? t.lead.name : '—'),
      h('td', {}, partyNames(t.coordinating) || '—'),
      h('td', {}, deadlineText(t)),
      h('td', {}, statusBadge(t)),
      h('td', { class: 'num' }, `${t.percent ?? 0}%`))))));
}

export function shorten(text, max = 160) {
  const s = String(text || '');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function fact(term, value) {
  return value ? h('div', {}, h('dt', {}, term), h('dd', {}, value)) : null;
}

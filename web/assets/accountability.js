// "Bạn hỏi — chúng tôi đã làm" (issue 14): on a dialogue's public page, every question by its
// status (filterable by status, topic and agency) and the conclusion's tasks with their
// progress (GET /api/dialogues/{id}/accountability, docs/api.md). Status is always written out
// in words; colour only repeats it. User text is inserted as text only (dom.js).

import { h, fill, fmtDate, field, showErrors } from './dom.js';
import { api } from './api.js';
import { supportControl, followControl } from './issue-support.js';

const PAGE = 20;
const STATUSES = [
  ['answered', 'Đã trả lời'],
  ['processing', 'Đang trả lời'],
  ['received', 'Đã tiếp nhận'],
  ['closed', 'Đã đóng'],
];

// The URL in the server's canonical form (status, topic, agency, limit, offset), so the
// public cache answers it on its fast path.
const url = (id, f, offset) =>
  `/api/dialogues/${id}/accountability?status=${encodeURIComponent(f.status)}` +
  `&topic=${encodeURIComponent(f.topic)}&agency=${encodeURIComponent(f.agency)}` +
  `&limit=${PAGE}&offset=${offset}`;

// The section's content: counts, filters, the question list and the tasks. `headingId` is the
// section heading's id (sub-headings are h3).
export function accountabilitySection(dialogueId) {
  const counts = h('ul', { class: 'account-counts', 'aria-label': 'Số câu hỏi theo tình trạng' });
  const status = h('select', { name: 'status' }, h('option', { value: '' }, 'Tất cả'),
    STATUSES.map(([v, label]) => h('option', { value: v }, label)));
  const topic = h('select', { name: 'topic' }, h('option', { value: '' }, 'Tất cả lĩnh vực'));
  const agency = h('select', { name: 'agency' }, h('option', { value: '' }, 'Tất cả cơ quan'));
  const summary = h('p', { class: 'meta', 'aria-live': 'polite' });
  const list = h('ol', { class: 'account-questions' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Xem thêm câu hỏi');
  const msg = h('div');
  const tasks = h('div', { class: 'account-tasks' });
  let offset = 0;
  let filled = false;

  const filter = () => ({ status: status.value, topic: topic.value, agency: agency.value });

  async function load(reset) {
    if (reset) offset = 0;
    more.disabled = true;
    try {
      const a = await api(url(dialogueId, filter(), offset));
      if (!filled) {
        fillChoices(a);
        filled = true;
      }
      fill(counts, STATUSES.map(([v, label]) =>
        h('li', { class: `account-count status-${v}` }, h('strong', {}, String(a.counts[v] ?? 0)), ` ${label}`)),
      h('li', { class: 'account-count' }, h('strong', {}, String(a.counts.total ?? 0)), ' câu hỏi'));
      if (reset) fill(list);
      const first = offset;
      a.items.forEach((q) => list.append(questionItem(q)));
      offset += a.items.length;
      summary.textContent = a.total
        ? `Đang hiển thị ${offset} trên ${a.total} câu hỏi.`
        : 'Không có câu hỏi nào khớp bộ lọc.';
      more.hidden = offset >= a.total || !a.items.length;
      if (first > 0 && a.items.length) list.children[first].focus();
      fill(tasks, taskGroups(a));
      fill(msg);
    } catch (err) {
      showErrors(msg, err);
    } finally {
      more.disabled = false;
    }
  }

  function fillChoices(a) {
    topic.append(...(a.topics || []).map((t) => h('option', { value: t.code }, t.name)));
    agency.append(...(a.agencies || []).map((g) => h('option', { value: String(g.id) }, g.name)));
  }

  for (const s of [status, topic, agency]) s.addEventListener('change', () => load(true));
  more.addEventListener('click', () => load(false));
  load(true);

  const form = h('form', { class: 'toolbar account-filter', role: 'search', 'aria-label': 'Lọc câu hỏi',
    onsubmit: (e) => e.preventDefault() },
  field('Tình trạng', status), field('Lĩnh vực', topic), field('Cơ quan trả lời', agency));
  return [
    h('p', { class: 'hint' }, 'Mọi câu hỏi của chương trình và tình trạng của từng câu; nội dung chỉ hiện khi người hỏi đồng ý công khai, không bao giờ kèm họ tên, liên hệ.'),
    counts,
    h('h3', { id: 'cau-hoi-cong-khai' }, 'Các câu hỏi'),
    form, summary, msg, list, more,
    h('h3', { id: 'nhiem-vu' }, 'Nhiệm vụ trong thông báo kết luận'),
    tasks,
  ];
}

function questionItem(q) {
  const where = [q.issue_title ? `Nhóm vấn đề: ${q.issue_title}` : null,
    q.agency_name ? `Cơ quan trả lời: ${q.agency_name}` : null,
    q.topic_name ? `Lĩnh vực: ${q.topic_name}` : null].filter(Boolean);
  return h('li', { class: `card account-question status-${q.status}`, tabindex: '-1' },
    h('p', { class: `badge status-${q.status === 'closed' ? 'out_of_scope' : q.status}` }, q.status_label),
    h('p', { class: q.text_public ? 'pre' : 'pre hidden-text' }, q.text),
    where.length ? h('p', { class: 'meta' }, where.join(' · ')) : null,
    q.closed_reason ? h('p', { class: 'meta' }, `Lý do: ${q.closed_reason}`) : null,
    q.status === 'answered' && q.issue_id ? h('p', {}, h('a', { href: `#issue-${q.issue_id}` }, 'Xem câu trả lời')) : null,
    // An open question: others who want to ask the same add their support instead.
    q.status === 'processing' && q.issue_id ? supportControl(q.issue_id, q.issue_support) : null,
    q.status === 'processing' && q.issue_id ? followControl(q.issue_id) : null);
}

function taskGroups(a) {
  const groups = a.tasks ? a.tasks.groups : [];
  if (!groups.length) {
    return h('p', {}, a.conclusions && a.conclusions.length
      ? 'Thông báo kết luận chưa giao nhiệm vụ nào.'
      : 'Chưa có thông báo kết luận; nhiệm vụ sẽ hiện ở đây khi kết luận được ban hành.');
  }
  const notices = (a.conclusions || []).map((c) => `${c.number_symbol} ngày ${fmtDate(c.issued_on)}`).join('; ');
  return [
    notices ? h('p', { class: 'meta' }, `Theo thông báo kết luận ${notices}. Cập nhật khi cơ quan báo cáo tiến độ.`) : null,
    groups.map((g) => h('div', { class: 'account-group' },
      h('h4', {}, g.issue_title || 'Nhiệm vụ khác'),
      h('ul', { class: 'account-task-list' }, g.tasks.map(taskItem)))),
  ];
}

function taskItem(t) {
  const barId = `task-progress-${t.id}`;
  return h('li', { class: `card account-task task-${t.status}` },
    h('p', {}, t.content),
    h('p', { class: `badge task-${t.status}` }, t.status_label),
    h('p', { class: 'meta' }, `Cơ quan chủ trì: ${t.lead || '—'}`,
      t.due_on ? ` · Hạn: ${fmtDate(t.due_on)}` : (t.deadline_text ? ` · Hạn: ${t.deadline_text}` : '')),
    h('div', { class: 'account-progress' },
      h('label', { for: barId }, `Tiến độ: ${t.percent}%`),
      h('progress', { id: barId, max: '100', value: String(t.percent) }, `${t.percent}%`)),
    t.last_note ? h('p', { class: 'meta' },
      `Báo cáo gần nhất${t.last_report_on ? ` (${fmtDate(t.last_report_on)})` : ''}: `, t.last_note) : null);
}

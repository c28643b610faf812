// Staff page "Việc cần làm" (issue 13): where every signed-in user lands — what waits for
// them, with counts, the nearest deadline and how urgent it is, each linked to the page where
// the work is done. The server decides what each role is shown (GET /api/me/todo, each count
// under the rule of that page), so a role with nothing to do sees an empty list, never a 403.
// Route: #/todo

import { h, append, fmtDate } from './dom.js';
import { api } from './api.js';

// Urgency → [marker, label, badge class]: a symbol and a word, never colour alone.
const URGENCY = {
  late: ['⚠', 'Trễ hạn', 'state-late'],
  due_soon: ['◷', 'Sắp đến hạn', 'state-due_soon'],
  normal: ['○', 'Đang chờ', 'state-upcoming'],
};

// The action each kind of work asks for, as the link's text.
const ACTION = {
  approve_answers: 'Duyệt câu trả lời',
  issue_conclusion: 'Ban hành thông báo kết luận',
  screen_questions: 'Sàng lọc câu hỏi',
  group_questions: 'Gộp nhóm câu hỏi',
  route_issues: 'Chuyển cơ quan trả lời',
  draft_answers: 'Soạn câu trả lời',
  returned_answers: 'Sửa câu trả lời',
  report_tasks: 'Báo cáo tiến độ nhiệm vụ',
  late_tasks: 'Xem nhiệm vụ quá hạn',
  report_indicators: 'Báo cáo chỉ tiêu',
};

const daysBetween = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / 86400e3);

// "Hạn: 05/04/2026 (đã trễ 246 ngày)" — the nearest deadline, counted from the server's today.
function dueText(item, today) {
  if (!item.due_on) return 'Không có thời hạn';
  const days = daysBetween(today, item.due_on);
  let when = `còn ${days} ngày`;
  if (days < 0) when = `đã trễ ${-days} ngày`;
  else if (days === 0) when = 'hạn là hôm nay';
  return `Hạn gần nhất: ${fmtDate(item.due_on)} (${when})`;
}

// The questions list opens filtered to the questions the work is about.
const FILTER = { screen_questions: '/new', group_questions: '/ungrouped' };

// Where the work is done: the item's dialogue, else the one the app has open.
function hrefOf(item, ctx) {
  const d = item.dialogue_id || (ctx.dialogue && ctx.dialogue.id);
  return d ? `#/${d}/${item.view}${FILTER[item.kind] || ''}` : null;
}

function card(item, today, ctx) {
  const [mark, label, cls] = URGENCY[item.urgency] || URGENCY.normal;
  const href = hrefOf(item, ctx);
  return h('li', { class: `card todo todo-${item.urgency}`, 'data-kind': item.kind },
    h('div', { class: 'todo-head' },
      h('p', { class: 'todo-count', 'aria-hidden': 'true' }, String(item.count)),
      h('div', {},
        h('h3', { class: 'card-title' }, `${item.title}: ${item.count}`),
        h('p', { class: 'meta' }, item.detail))),
    h('p', {},
      h('span', { class: `badge ${cls}` }, h('span', { 'aria-hidden': 'true' }, `${mark} `), label),
      ' ', h('span', { class: 'todo-due' }, dueText(item, today)),
      item.late > 0 && item.late < item.count ? h('span', { class: 'todo-late-count' }, ` – ${item.late} việc đã trễ hạn`) : null),
    href ? h('p', {}, h('a', { href, class: 'todo-go' }, `${ACTION[item.kind] || 'Mở trang xử lý'} →`)) : null);
}

export async function todoView(ctx) {
  const { view } = ctx;
  const list = await api('/api/me/todo');
  if (!ctx.alive()) return;
  ctx.title('Việc cần làm');
  const items = list.items || [];
  const late = items.filter((i) => i.urgency === 'late').length;
  const soon = items.filter((i) => i.urgency === 'due_soon').length;
  const summary = items.length
    ? `${items.length} đầu việc đang chờ bạn${late ? `, ${late} đầu việc đã trễ hạn` : ''}${soon ? `, ${soon} đầu việc sắp đến hạn` : ''}.`
    : 'Hiện không có việc nào đang chờ bạn.';
  append(view, h('p', { class: 'todo-summary', 'data-total': String(items.length) }, summary),
    h('p', { class: 'hint' }, `Tính đến ngày ${fmtDate(list.today)}. Việc trễ hạn đứng trước, rồi đến việc sắp đến hạn (trong 7 ngày), theo hạn gần nhất.`));
  if (items.length) {
    append(view, h('ul', { class: 'cards todo-list' }, items.map((i) => card(i, list.today, ctx))));
  } else if (ctx.has('administrator')) {
    append(view, h('p', {}, h('a', { href: '#/admin' }, 'Quản trị đơn vị, cơ quan và tài khoản →')));
  }
}

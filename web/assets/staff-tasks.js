// Staff tab "Nhiệm vụ" (SYSTEM.md C7): the board of a unit — status counts of its own tasks
// and of each child unit's subtree (rolled up by the server), the overdue tasks at every
// level, drill-down into a child unit — the tasks of the user's agencies, reminders and
// escalations, and what carries over from last year's dialogue.
// Routes: #/{d}/tasks | tasks/unit/{unitId} | tasks/carry-over | tasks/{taskId}

import { h, clear, fmtInstant, vnDate, append } from './dom.js';
import { api } from './api.js';
import { countsTable, deadlineText } from './task-status.js';
import { taskTable, shorten } from './staff-documents.js';
import { taskView } from './task-detail.js';

export async function tasksView(ctx, args) {
  if (args[0] === 'carry-over') return carryOverView(ctx);
  if (args[0] === 'unit' && args[1]) return boardView(ctx, args[1]);
  if (args[0]) return taskView(ctx, args[0]);
  return boardView(ctx, null);
}

const daysBetween = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / 86400e3);

async function boardView(ctx, unitId, notice) {
  const { view, dialogue } = ctx;
  const d = dialogue.id;
  const b = await api(unitId ? `/api/tasks?unit_id=${unitId}` : '/api/tasks');
  if (!ctx.alive()) return;
  ctx.title(b.unit ? `Nhiệm vụ – ${b.unit.name}` : 'Nhiệm vụ của cơ quan tôi');
  const noticeBox = notice ? h('div', { class: 'alert ok remind-notice', role: 'status', tabindex: '-1' }, notice) : null;
  if (unitId) append(view, h('p', {}, h('a', { href: `#/${d}/tasks` }, '← Về bảng nhiệm vụ của đơn vị tôi')));
  if (ctx.has('coordinator', 'leader', 'youth_union')) {
    append(view, h('p', {}, h('a', { href: `#/${d}/tasks/carry-over` }, `Việc chưa xong từ năm trước chuyển sang “${dialogue.title}”`)));
  }
  if (b.unit) {
    const rows = (b.children || []).map((c, i) => ({
      id: c.unit.id,
      label: i === 0 ? `${c.unit.name} (giao trực tiếp cấp này)` : h('a', { href: `#/${d}/tasks/unit/${c.unit.id}` }, c.unit.name),
      counts: c.counts,
    }));
    rows.push({ label: h('strong', {}, 'Tổng cộng (gồm mọi cấp dưới)'), counts: b.total });
    append(view,
      h('section', { 'aria-labelledby': 'board-counts' },
        h('h3', { id: 'board-counts' }, 'Tình trạng nhiệm vụ theo đơn vị'),
        h('p', { class: 'hint' }, 'Số nhiệm vụ của mỗi đơn vị cấp dưới gồm cả nhiệm vụ của các đơn vị trực thuộc nó. Chọn tên đơn vị để xem chi tiết.'),
        countsTable(`Tình trạng nhiệm vụ – ${b.unit.name}`, rows, { className: 'task-counts board' })),
      h('section', { 'aria-labelledby': 'board-late' },
        h('h3', { id: 'board-late' }, `Nhiệm vụ quá hạn ở mọi cấp (${(b.late || []).length})`),
        (b.late || []).length ? lateTable(ctx, b.late) : h('p', {}, 'Không có nhiệm vụ nào quá hạn.')));
  }
  if ((b.mine || []).length || ctx.has('agency_officer')) {
    append(view, h('section', { 'aria-labelledby': 'board-mine' },
      h('h3', { id: 'board-mine' }, `Nhiệm vụ của cơ quan tôi (${(b.mine || []).length})`),
      (b.mine || []).length ? taskTable(ctx, b.mine, 'Nhiệm vụ cơ quan tôi chủ trì hoặc phối hợp') : h('p', {}, 'Cơ quan của bạn chưa được giao nhiệm vụ nào.')));
  }
  append(view, h('section', { 'aria-labelledby': 'board-notes' },
    h('h3', { id: 'board-notes' }, 'Thông báo nhắc hạn và cảnh báo quá hạn'),
    ctx.has('coordinator') ? remindButton(ctx, (notice) => {
      clear(view);
      return boardView(ctx, unitId, notice);
    }) : null,
    noticeBox,
    (b.notifications || []).length
      ? h('ul', { class: 'notifications cards' }, b.notifications.map((n) => h('li', { class: `card note-${n.kind}` },
        h('p', {}, h('span', { class: `badge ${n.kind === 'overdue' ? 'task-overdue' : 'state-due_soon'}` },
          h('span', { 'aria-hidden': 'true' }, n.kind === 'overdue' ? '⚠ ' : '◷ '), n.kind === 'overdue' ? 'Quá hạn' : 'Nhắc hạn'),
        ` ${fmtInstant(n.created_at)}`),
        h('p', {}, h('a', { href: `#/${d}/tasks/${n.task_id}` }, shorten(n.body, 200))))))
      : h('p', {}, 'Chưa có thông báo nào.')));
  if (noticeBox) noticeBox.focus();
}

// Reminders run on the server every hour; the coordinator may run them now. Each task, kind
// and cycle is notified once, however often they run. `redraw(notice)` redraws the board.
function remindButton(ctx, redraw) {
  const msg = h('div');
  const button = h('button', {
    type: 'button', class: 'secondary',
    onclick: async () => {
      button.disabled = true;
      try {
        const r = await api('/api/reminders/run', { method: 'POST', json: {} });
        await redraw(r.created ? `Đã tạo ${r.created} thông báo mới.` : 'Không có thông báo mới: các nhiệm vụ đến hạn đều đã được nhắc.');
      } catch (err) {
        button.disabled = false;
        ctx.fail(err, msg);
      }
    },
  }, 'Nhắc hạn ngay');
  return h('div', {}, msg, button);
}

function lateTable(ctx, tasks) {
  const today = vnDate();
  return h('div', { class: 'table-wrap' }, h('table', { class: 'tasks late' },
    h('caption', {}, 'Nhiệm vụ quá hạn, hạn sớm nhất trước'),
    h('thead', {}, h('tr', {}, ['Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Quá hạn', 'Tiến độ']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, tasks.map((t) => h('tr', { 'data-id': t.id },
      h('th', { scope: 'row' }, h('a', { href: `#/${ctx.dialogue.id}/tasks/${t.id}` }, shorten(t.content))),
      h('td', { class: 'lead' }, t.lead ? t.lead.name : '—'),
      h('td', {}, deadlineText(t)),
      h('td', {}, h('span', { class: 'badge task-overdue' }, h('span', { 'aria-hidden': 'true' }, '⚠ '),
        t.due_on ? `${daysBetween(t.due_on, today)} ngày` : 'Quá hạn')),
      h('td', { class: 'num' }, `${t.percent ?? 0}%`))))));
}

// ---- carry-over -------------------------------------------------------------------------

async function carryOverView(ctx) {
  const { view, dialogue } = ctx;
  ctx.title('Việc chuyển từ năm trước');
  const c = await api(`/api/dialogues/${dialogue.id}/carry-over`);
  if (!ctx.alive()) return;
  append(view, h('p', {}, h('a', { href: `#/${dialogue.id}/tasks` }, '← Bảng nhiệm vụ')));
  if (!c.previous) {
    append(view, h('p', {}, `Đơn vị chưa có chương trình đối thoại nào trước “${dialogue.title}”.`));
    return;
  }
  const prev = c.previous;
  append(view,
    h('p', {}, `Những việc chưa xong của “${prev.title}” (năm ${prev.year}) cần được báo cáo tại “${dialogue.title}”.`),
    h('section', { 'aria-labelledby': 'carry-tasks' },
      h('h3', { id: 'carry-tasks' }, `Nhiệm vụ chưa hoàn thành (${c.open_tasks.length})`),
      c.open_tasks.length ? taskTable(ctx, c.open_tasks, `Nhiệm vụ theo thông báo kết luận năm ${prev.year} chưa hoàn thành`)
        : h('p', {}, 'Mọi nhiệm vụ năm trước đã hoàn thành.')),
    h('section', { 'aria-labelledby': 'carry-issues' },
      h('h3', { id: 'carry-issues' }, `Nhóm vấn đề chưa được trả lời (${c.unanswered.length})`),
      c.unanswered.length
        ? h('ul', { class: 'carry-issues' }, c.unanswered.map((i) => h('li', {}, h('a', { href: `#/${prev.id}/issues/${i.id}` }, i.title))))
        : h('p', {}, 'Mọi nhóm vấn đề năm trước đã có câu trả lời được duyệt.')));
}

// The staff app: sign-in, then "Việc cần làm" (issue 13), a dialogue picker and
// role-dependent tabs. Every account lands on its to-do list, except coordinators and leaders of
// the nation, who land on the national task board (the server says which: /api/me/todo).
// Routes live in the hash so a reload keeps the place:
//   #/todo | #/{dialogueId}/questions | import | issues | issues/{issueId} | dashboard | live
//   | documents[/import|/{documentId}] | tasks[/unit/{unitId}|/carry-over|/{taskId}],  #/admin,
//   #/sang-kien[/{callId}] (youth initiatives, staff-initiatives.js)
// Each view gets a ctx (who is signed in, which dialogue, where to draw) and draws itself.

import { h, clear, field, showErrors, append, fill } from './dom.js';
import { api, setCsrf } from './api.js';
import { roleLabel } from './labels.js';
import { questionsView, importView } from './staff-questions.js';
import { issuesView, issueView, dashboardView } from './staff-issues.js';
import { documentsView } from './staff-documents.js';
import { tasksView } from './staff-tasks.js';
import { adminView } from './staff-admin.js';
import { indicatorsView } from './staff-indicators.js';
import { proposalsView, searchView, routingTableView } from './staff-text.js';
import { todoView } from './staff-todo.js';
import { liveView } from './staff-live.js';
import { initiativesView } from './staff-initiatives.js';

const main = document.getElementById('main');
const who = document.getElementById('who');

// Tabs of a dialogue, with the roles that see them (the API checks again on every request).
const TABS = [
  { key: 'questions', label: 'Câu hỏi', roles: ['coordinator', 'youth_union', 'leader'], view: questionsView },
  { key: 'import', label: 'Nhập từ tệp', roles: ['youth_union', 'coordinator'], view: importView },
  { key: 'issues', label: 'Nhóm vấn đề', roles: ['coordinator', 'youth_union', 'leader', 'agency_officer'], view: issuesView },
  { key: 'dashboard', label: 'Tổng hợp', roles: ['coordinator', 'leader'], view: dashboardView },
  { key: 'indicators', label: 'Chỉ tiêu', roles: ['coordinator', 'youth_union', 'leader', 'agency_officer'], view: indicatorsView },
  { key: 'live', label: 'Phiên đối thoại', roles: ['coordinator', 'youth_union', 'leader'], view: liveView },
  { key: 'documents', label: 'Văn bản', roles: ['coordinator', 'leader', 'youth_union', 'agency_officer'], view: documentsView },
  { key: 'tasks', label: 'Nhiệm vụ', roles: ['coordinator', 'leader', 'youth_union', 'agency_officer'], view: tasksView },
  { key: 'proposals', label: 'Đề xuất gộp nhóm', roles: ['coordinator'], view: proposalsView },
  { key: 'search', label: 'Tìm kiếm', roles: ['coordinator', 'youth_union', 'leader', 'agency_officer'], view: searchView },
  { key: 'routing', label: 'Bảng phân công', roles: ['coordinator'], view: routingTableView },
];

let me = null;
let dialogues = [];
let landing = 'todo';  // 'todo' or 'task_board' (GET /api/me/todo)
let renderSeq = 0;
let firstRender = true;

document.querySelector('.skip').addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', render);
boot();

async function boot() {
  try {
    me = await api('/api/session');
  } catch (err) {
    if (err.status === 401) return signIn();
    return fatal(err);
  }
  setCsrf(me.csrf_token);
  enter();
}

function fatal(err) {
  fill(main, h('h1', {}, 'Không tải được trang'),
    h('div', { class: 'alert error', role: 'alert' }, h('p', {}, err.message)));
}

// ---- sign-in ----------------------------------------------------------------------------

function signIn(notice) {
  me = null;
  setCsrf('');
  clear(who);
  document.title = 'Đăng nhập – doithoai';
  const username = h('input', { type: 'text', name: 'username', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password' });
  const msg = h('div');
  const button = h('button', { type: 'submit' }, 'Đăng nhập');
  fill(main, h('h1', {}, 'Đăng nhập dành cho cán bộ'),
    notice ? h('div', { class: 'alert', role: 'status' }, h('p', {}, notice)) : null,
    h('form', {
      class: 'signin', novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        button.disabled = true;
        try {
          me = await api('/api/session', { method: 'POST', json: { username: username.value.trim(), password: password.value } });
          setCsrf(me.csrf_token);
          enter();
        } catch (err) {
          password.value = '';
          showErrors(msg, err, { username, password });
        } finally {
          button.disabled = false;
        }
      },
    }, msg, field('Tên đăng nhập', username), field('Mật khẩu', password), button));
  username.focus();
}

async function signOut() {
  try {
    await api('/api/session', { method: 'DELETE' });
  } catch {
    // Signed out locally either way.
  }
  history.replaceState(null, '', '/staff');
  signIn('Bạn đã đăng xuất.');
}

// ---- the signed-in shell ----------------------------------------------------------------

async function enter() {
  const grants = me.grants || [];
  fill(who, 
    h('span', {}, me.user.display_name || me.user.username),
    h('button', { type: 'button', onclick: signOut }, 'Đăng xuất'));
  try {
    // Where to land is a convenience: without it the app still opens, on "Việc cần làm".
    const [list, todo] = await Promise.all([api('/api/dialogues'), api('/api/me/todo').catch(() => ({}))]);
    dialogues = list.items || [];
    landing = todo.landing || 'todo';
  } catch (err) {
    return fail(err, main);
  }
  firstRender = true;
  render();
}

const roles = () => new Set((me.grants || []).map((g) => g.role));

function tabsFor(roleSet) {
  return TABS.filter((t) => t.roles.some((r) => roleSet.has(r)));
}

// Where a signed-in user starts: the national task board, or "Việc cần làm".
function defaultRoute(roleSet) {
  const board = tabsFor(roleSet).some((t) => t.key === 'tasks');
  if (landing === 'task_board' && board && dialogues.length) return `#/${dialogues[0].id}/tasks`;
  return '#/todo';
}

function render() {
  if (!me) return;
  const roleSet = roles();
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (!parts.length) {
    const to = defaultRoute(roleSet);
    if (to) return void location.replace(to);
  }
  const seq = ++renderSeq;
  const tabs = tabsFor(roleSet);
  const isAdmin = parts[0] === 'admin';
  const isTodo = parts[0] === 'todo';
  const isInitiatives = parts[0] === 'sang-kien';
  const dialogue = isAdmin || isInitiatives ? null : dialogues.find((d) => String(d.id) === parts[0]) || dialogues[0];
  let tab = (tabs.find((t) => t.key === parts[1]) || tabs[0] || {}).key;
  if (isAdmin) tab = 'admin';
  if (isTodo) tab = 'todo';
  if (isInitiatives) tab = 'sang-kien';

  const title = h('h2', { id: 'view-title', tabindex: '-1' });
  const view = h('section', { 'aria-labelledby': 'view-title', class: 'view' });
  fill(main, h('h1', { class: 'staff-h1' }, 'Khu vực cán bộ'), grantList(), picker(dialogue, tabs, tab), nav(dialogue, tabs, tab, roleSet), title, view);

  const ctx = {
    me, dialogue, view, roles: roleSet,
    has: (...rs) => rs.some((r) => roleSet.has(r)),
    agencyIds: new Set((me.grants || []).filter((g) => g.agency).map((g) => g.agency.id)),
    title: (text) => { title.textContent = text; document.title = `${text} – Khu vực cán bộ – doithoai`; },
    alive: () => seq === renderSeq,
    fail: (err, slot, controls) => fail(err, slot || view, controls),
    go: (hash) => { if (location.hash === hash) render(); else location.hash = hash; },
  };

  if (!firstRender) title.focus();
  firstRender = false;
  if (isAdmin) return run(adminView, ctx, parts.slice(1));
  if (isTodo) return run(todoView, ctx, parts.slice(1));
  if (isInitiatives) return run(initiativesView, ctx, parts.slice(1));
  if (!tab) {
    ctx.title('Chưa có chức năng');
    append(view, h('p', {}, 'Tài khoản của bạn chưa được giao vai trò nào dùng được ở đây. Hãy liên hệ quản trị hệ thống.'));
    return;
  }
  if (!dialogue) {
    ctx.title('Chưa có chương trình đối thoại');
    append(view, h('p', {}, 'Chưa có chương trình đối thoại nào trong phạm vi của bạn.'));
    return;
  }
  if (tab === 'issues' && parts[2]) return run(issueView, ctx, parts.slice(2));
  run(TABS.find((t) => t.key === tab).view, ctx, parts.slice(2));
}

async function run(view, ctx, args) {
  append(ctx.view, h('p', { class: 'loading' }, 'Đang tải…'));
  try {
    await view(ctx, args);
  } catch (err) {
    if (ctx.alive()) fail(err, ctx.view);
  } finally {
    ctx.view.querySelectorAll(':scope > .loading').forEach((n) => n.remove());
  }
}

// Shows an API error in `slot` (field reasons beside `controls`, see showErrors);
// an expired session goes back to sign-in.
function fail(err, slot, controls) {
  if (err.status === 401) return signIn('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
  const message = err.status === 403 ? `Bạn không có quyền thực hiện việc này. ${err.message}` : err.message;
  showErrors(slot, { message, fields: err.fields }, controls);
}

function grantList() {
  const grants = me.grants || [];
  return h('div', { class: 'grants-box' },
    h('p', { class: 'meta' }, `Đăng nhập với tài khoản ${me.user.username}. Vai trò của bạn:`),
    h('ul', { class: 'grants' }, grants.length
      ? grants.map((g) => h('li', {}, h('strong', {}, roleLabel(g.role)),
        ` – ${g.unit ? g.unit.name : ''}${g.agency ? ` – ${g.agency.name}` : ''}`))
      : h('li', {}, 'Chưa được giao vai trò nào.')));
}

function picker(dialogue, tabs, tab) {
  if (!tabs.length || !dialogues.length || (tab === 'admin' || tab === 'sang-kien') && !dialogue) return null;
  // From a page that is no dialogue's, choosing one opens its first tab.
  const own = tab !== 'admin' && tab !== 'todo' && tab !== 'sang-kien';
  const select = h('select', {
    id: 'dialogue-picker',
    onchange: () => { location.hash = `#/${select.value}/${own ? tab : tabs[0].key}`; },
  }, dialogues.map((d) => h('option', { value: d.id, selected: dialogue && d.id === dialogue.id }, `${d.title} (${d.unit ? d.unit.name : ''})`)));
  return h('div', { class: 'toolbar' }, field('Chương trình đối thoại', select));
}

function nav(dialogue, tabs, tab, roleSet) {
  const links = [{ href: '#/todo', label: 'Việc cần làm', current: tab === 'todo' }];
  links.push(...tabs.map((t) => ({ href: `#/${dialogue ? dialogue.id : 0}/${t.key}`, label: t.label, current: t.key === tab })));
  links.push({ href: '#/sang-kien', label: 'Sáng kiến', current: tab === 'sang-kien' });
  if (roleSet.has('administrator')) links.push({ href: '#/admin', label: 'Quản trị', current: tab === 'admin' });
  return h('nav', { class: 'tabs', 'aria-label': 'Chức năng' }, h('ul', {}, links.map((l) =>
    h('li', {}, h('a', { href: l.href, 'aria-current': l.current ? 'page' : null }, l.label)))));
}

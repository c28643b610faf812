// Staff tab "Quản trị" (administrator): users (create with one grant, disable/enable) and
// the agencies of a unit (list, create). Units are picked by walking the administrative tree.

import { h, clear, field, showStatus, append, fill } from './dom.js';
import { api } from './api.js';
import { ROLES, roleLabel } from './labels.js';

let pickerSeq = 0;

// A chain of selects down the unit tree: nation → province/city → commune/ward → …
// `onChange(unit|null)` gets the deepest chosen unit.
function unitPicker(legend, onChange) {
  const id = `units-${++pickerSeq}`;
  const levels = h('div');
  const el = h('fieldset', { class: 'unit-picker', id, tabindex: '-1', 'aria-describedby': `${id}-err` },
    h('legend', {}, legend), h('p', { id: `${id}-err`, class: 'field-error' }), levels);
  el.dataset.label = legend;
  const picker = { el, unit: null };

  async function addLevel(parent) {
    const { items } = await api(parent ? `/api/units?parent_id=${parent.id}` : '/api/units');
    if (!items.length) return;
    const select = h('select', {}, h('option', { value: '' }, parent ? '— Không chọn cấp dưới —' : '— Chọn đơn vị —'),
      items.map((u) => h('option', { value: u.id }, u.name)));
    const wrap = field(parent ? `Đơn vị trực thuộc ${parent.name}` : 'Đơn vị cấp cao nhất', select);
    append(levels, wrap);
    select.addEventListener('change', () => {
      while (wrap.nextSibling) wrap.nextSibling.remove();
      const chosen = items.find((u) => String(u.id) === select.value);
      picker.unit = chosen || parent;
      onChange(picker.unit);
      if (chosen) addLevel(chosen).catch(() => {});
    });
  }
  picker.ready = addLevel(null);
  return picker;
}

export async function adminView(ctx) {
  ctx.title('Quản trị');
  const users = h('section', { 'aria-labelledby': 'adm-users' }, h('h3', { id: 'adm-users' }, 'Người dùng'));
  const agencies = h('section', { 'aria-labelledby': 'adm-agencies' }, h('h3', { id: 'adm-agencies' }, 'Cơ quan, đơn vị'));
  append(ctx.view, users, agencies);
  await Promise.all([usersPart(ctx, users), agenciesPart(ctx, agencies)]);
}

// ---- users ------------------------------------------------------------------------------------

async function usersPart(ctx, root) {
  const table = h('div', { class: 'table-wrap' });
  const msg = h('div');
  append(root, msg, table, createUserForm(ctx, () => load()));
  await load();

  async function load() {
    const { items } = await api('/api/users');
    await nameGrants(items);
    fill(table, h('table', { class: 'users' },
      h('caption', {}, `${items.length} tài khoản`),
      h('thead', {}, h('tr', {}, ['Tên đăng nhập', 'Họ tên', 'Vai trò', 'Trạng thái', 'Thao tác'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, items.map((u) => userRow(u)))));
  }

  function userRow(u) {
    const active = u.active !== false;
    return h('tr', { 'data-id': u.id },
      h('th', { scope: 'row' }, u.username),
      h('td', {}, u.display_name || ''),
      h('td', {}, h('ul', { class: 'grants' }, (u.grants || []).map((g) => h('li', {},
        `${roleLabel(g.role)} – ${unitName(g)}${agencyName(g) ? ` – ${agencyName(g)}` : ''}`)))),
      h('td', {}, active ? 'Đang hoạt động' : h('span', { class: 'badge late' }, 'Đã khoá')),
      h('td', {}, u.id === ctx.me.user.id ? 'Tài khoản của bạn' : h('button', {
        type: 'button', class: active ? 'danger' : 'secondary',
        onclick: async () => {
          try {
            await api(`/api/users/${u.id}`, { method: 'PATCH', json: { active: !active } });
            await load();
            showStatus(msg, `${active ? 'Đã khoá' : 'Đã mở khoá'} tài khoản ${u.username}.`);
          } catch (err) {
            ctx.fail(err, msg);
          }
        },
      }, active ? `Khoá ${u.username}` : `Mở khoá ${u.username}`)));
  }
}

// GET /api/users gives grants as ids ({role, unit_id, agency_id}); names come from the unit
// tree's top two levels (nation, provinces) and the agencies of each granted unit.
const unitNames = new Map();
const agencyNames = new Map();

async function nameGrants(users) {
  const grants = users.flatMap((u) => u.grants || []);
  if (!unitNames.size) {
    try {
      const { items: roots } = await api('/api/units');
      roots.forEach((u) => unitNames.set(u.id, u.name));
      const children = await Promise.all(roots.map((u) => api(`/api/units?parent_id=${u.id}`)));
      children.forEach(({ items }) => items.forEach((u) => unitNames.set(u.id, u.name)));
    } catch {
      // Names are a convenience; ids are shown instead.
    }
  }
  const unitIds = [...new Set(grants.filter((g) => g.agency_id && !agencyNames.has(g.agency_id)).map((g) => g.unit_id))];
  await Promise.all(unitIds.map(async (id) => {
    try {
      const { items } = await api(`/api/agencies?unit_id=${id}`);
      items.forEach((a) => agencyNames.set(a.id, a.name));
    } catch {
      // As above.
    }
  }));
}

const unitName = (g) => (g.unit ? g.unit.name : unitNames.get(g.unit_id) || `đơn vị #${g.unit_id}`);
const agencyName = (g) => (g.agency ? g.agency.name : g.agency_id ? agencyNames.get(g.agency_id) || `cơ quan #${g.agency_id}` : '');

function createUserForm(ctx, reload) {
  const username = h('input', { type: 'text', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
  const displayName = h('input', { type: 'text', autocomplete: 'off' });
  const password = h('input', { type: 'password', autocomplete: 'new-password' });
  const role = h('select', {}, Object.entries(ROLES).map(([k, v]) => h('option', { value: k }, v)));
  const agency = h('select', {}, h('option', { value: '' }, '— Không gắn cơ quan —'));
  const units = unitPicker('Phạm vi: đơn vị hành chính', async (unit) => {
    fill(agency, h('option', { value: '' }, '— Không gắn cơ quan —'));
    if (!unit) return;
    try {
      const { items } = await api(`/api/agencies?unit_id=${unit.id}`);
      append(agency, items.map((a) => h('option', { value: a.id }, a.name)));
    } catch (err) {
      ctx.fail(err, msg);
    }
  });
  const msg = h('div');
  const controls = {
    username, display_name: displayName, password,
    'grants[0].role': role, 'grants[0].unit_id': units.el, 'grants[0].agency_id': agency, grants: units.el,
  };

  async function submit(e) {
    e.preventDefault();
    const grant = { role: role.value, unit_id: units.unit ? units.unit.id : null };
    if (agency.value) grant.agency_id = Number(agency.value);
    try {
      await api('/api/users', {
        method: 'POST',
        json: { username: username.value.trim(), display_name: displayName.value.trim(), password: password.value, grants: [grant] },
      });
      showStatus(msg, `Đã tạo tài khoản ${username.value.trim()}.`);
      username.value = '';
      displayName.value = '';
      password.value = '';
      await reload();
    } catch (err) {
      ctx.fail(err, msg, controls);
    }
  }

  units.ready.catch((err) => ctx.fail(err, msg));
  return h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'adm-new-user', onsubmit: submit },
    h('h4', { id: 'adm-new-user' }, 'Tạo tài khoản'),
    msg,
    field('Tên đăng nhập', username),
    field('Họ và tên', displayName),
    field('Mật khẩu', password, { hint: 'Ít nhất 10 ký tự.' }),
    field('Vai trò', role),
    units.el,
    field('Cơ quan', agency, { optional: true }),
    h('button', { type: 'submit' }, 'Tạo tài khoản'));
}

// ---- agencies -----------------------------------------------------------------------------------

async function agenciesPart(ctx, root) {
  const list = h('div', { 'aria-live': 'polite' });
  const msg = h('div');
  const code = h('input', { type: 'text', autocomplete: 'off', class: 'short' });
  const name = h('input', { type: 'text', autocomplete: 'off' });
  let unit = null;
  const units = unitPicker('Đơn vị hành chính', (u) => {
    unit = u;
    load().catch((err) => ctx.fail(err, msg));
  });

  async function load() {
    clear(list);
    if (!unit) return;
    const { items } = await api(`/api/agencies?unit_id=${unit.id}`);
    append(list, h('p', {}, `${unit.name}: ${items.length} cơ quan`),
      items.length ? h('ul', {}, items.map((a) => h('li', {}, a.code ? `${a.name} (${a.code})` : a.name))) : null);
  }

  async function submit(e) {
    e.preventDefault();
    try {
      await api('/api/agencies', { method: 'POST', json: { unit_id: unit ? unit.id : null, code: code.value.trim(), name: name.value.trim() } });
      showStatus(msg, `Đã tạo cơ quan ${name.value.trim()}.`);
      code.value = '';
      name.value = '';
      await load();
    } catch (err) {
      ctx.fail(err, msg, { unit_id: units.el, code, name });
    }
  }

  append(root, units.el, list,
    h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'adm-new-agency', onsubmit: submit },
      h('h4', { id: 'adm-new-agency' }, 'Thêm cơ quan vào đơn vị đã chọn'),
      msg,
      field('Mã cơ quan', code, { hint: 'Ví dụ: SKHCN' }),
      field('Tên cơ quan', name),
      h('button', { type: 'submit' }, 'Thêm cơ quan')));
  await units.ready;
}

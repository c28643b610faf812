// The "Chỉ tiêu" tab (C9): youth-development programmes, their indicators and reporting
// rounds; the Appendix II tasks linked to indicators (indicator-tasks.js); value entry by
// form and by XLSX template; the round dashboard (completeness per level and unit, each
// indicator rolled up with its progress and a chart, a ranked table per level); the annual
// report downloads. Routes under #/{dialogue}/indicators:
//   (none) programmes · p/{id} a programme · r/{id} a round
// User text is only ever inserted as text (dom.js).

import { h, append, fill, field, showErrors, showStatus, fmtDate, vnDate } from './dom.js';
import { api } from './api.js';
import { indicatorCard, num, DIR } from './indicator-card.js';
import { appendixTasks, linkTaskForm } from './indicator-tasks.js';

const LEVEL = { nation: 'Trung ương', province: 'Tỉnh, thành phố', commune: 'Xã, phường, đặc khu', residential_group: 'Tổ dân phố' };
const PHASE = { not_open: 'Chưa mở', open: 'Đang nhận số liệu', due_soon: 'Sắp đến hạn', late: 'Quá hạn – vẫn nhận báo cáo muộn', locked: 'Đã khóa (quá hạn)', reopened: 'Mở lại' };

const pct = (part, whole) => (whole ? `${num((100 * part) / whole)}%` : '—');

export async function indicatorsView(ctx, args) {
  const base = `#/${ctx.dialogue.id}/indicators`;
  if (args[0] === 'p' && args[1]) return programmeView(ctx, args[1], base);
  if (args[0] === 'r' && args[1]) return roundView(ctx, args[1], base);
  return programmesView(ctx, base);
}

async function programmesView(ctx, base) {
  const { view } = ctx;
  ctx.title('Chỉ tiêu phát triển thanh niên');
  const list = (await api('/api/indicator-programmes')).items;
  if (!ctx.alive()) return;
  append(view, list.length
    ? h('ul', { class: 'programmes' }, list.map((p) => h('li', {},
      h('a', { href: `${base}/p/${p.id}` }, p.title), ` (${p.start_year}–${p.end_year})`)))
    : h('p', {}, 'Chưa có chương trình chỉ tiêu nào trong phạm vi của bạn.'));
  if (!ctx.has('coordinator')) return;
  const unit = ctx.me.grants.find((g) => g.role === 'coordinator').unit;
  const title = h('input', { type: 'text', name: 'title' });
  const basis = h('input', { type: 'text', name: 'basis' });
  const msg = h('div');
  append(view, h('h3', {}, 'Xây dựng chương trình mới'), h('form', {
    novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      try {
        const p = await api('/api/indicator-programmes', { method: 'POST', json: { unit_id: unit.id, title: title.value.trim(), basis: basis.value.trim() } });
        ctx.go(`${base}/p/${p.id}`);
      } catch (err) { ctx.fail(err, msg, { title, basis }); }
    },
  }, msg, h('p', { class: 'hint' }, `Đơn vị: ${unit.name}`), field('Tên chương trình', title), field('Căn cứ', basis, { optional: true }),
  h('button', { type: 'submit' }, 'Tạo chương trình')));
}

async function programmeView(ctx, id, base) {
  const { view } = ctx;
  const p = await api(`/api/indicator-programmes/${id}`);
  if (!ctx.alive()) return;
  ctx.title(p.title);
  append(view, h('p', { class: 'meta' }, `${p.unit.name} · ${p.start_year}–${p.end_year}${p.basis ? ` · Căn cứ: ${p.basis}` : ''}`),
    h('p', {}, h('a', { href: base }, '← Danh sách chương trình')));
  append(view, h('h3', {}, 'Phụ lục I – Chỉ tiêu'), h('div', { class: 'table-wrap' }, h('table', { class: 'indicators' },
    h('thead', {}, h('tr', {}, ['Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Năm gốc', 'Mục tiêu', 'Chỉ tiêu quốc gia', 'Nhiệm vụ (Phụ lục II)', 'Công khai'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, p.indicators.map((i) => {
      const fin = i.targets[i.targets.length - 1];
      return h('tr', {}, h('td', {}, i.code), h('td', {}, i.name), h('td', {}, i.measure),
        h('td', {}, i.baseline_value == null ? '—' : `${num(i.baseline_value)} (${i.baseline_year})`),
        h('td', {}, fin ? `${DIR[i.direction]} ${num(fin.value)} (${fin.year})` : '—'),
        h('td', {}, i.national ? `${DIR[i.direction]} ${num(i.national.final_target)}${i.national.stricter ? ' · thành phố đặt cao hơn' : ''}` : '—'),
        h('td', {}, i.tasks.length ? `${i.tasks.length} nhiệm vụ` : '—'),
        h('td', {}, i.is_public ? 'Có' : 'Không'));
    })))), appendixTasks(ctx, p));
  append(view, h('h3', {}, 'Kỳ báo cáo'), p.rounds.length
    ? h('ul', { class: 'rounds' }, p.rounds.map((r) => h('li', {},
      h('a', { href: `${base}/r/${r.id}` }, `Năm ${r.period_year}`), ` – hạn ${fmtDate(r.due_on)}, ${r.unit_count} đơn vị báo cáo`)))
    : h('p', {}, 'Chưa mở kỳ báo cáo nào.'));
  if (!ctx.has('coordinator')) return;
  append(view, linkTaskForm(ctx, p), indicatorForm(ctx, p), roundForm(ctx, p, base));
}

function indicatorForm(ctx, p) {
  const c = {
    code: h('input', { type: 'text', name: 'code' }),
    name: h('input', { type: 'text', name: 'name' }),
    measure: h('input', { type: 'text', name: 'measure', value: '%' }),
    kind: h('select', { name: 'kind' }, h('option', { value: 'ratio' }, 'Tỷ lệ (tử số/mẫu số)'), h('option', { value: 'count' }, 'Số lượng')),
    direction: h('select', { name: 'direction' }, h('option', { value: 'at_least' }, '≥ (không thấp hơn)'), h('option', { value: 'at_most' }, '≤ (không cao hơn)'), h('option', { value: 'equal' }, '=')),
    baseline_value: h('input', { type: 'text', name: 'baseline_value', inputmode: 'decimal' }),
    target: h('input', { type: 'text', name: 'target', inputmode: 'decimal' }),
  };
  const msg = h('div');
  return h('section', {}, h('h3', {}, 'Thêm chỉ tiêu'), h('form', {
    novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      const n = (s) => (s.trim() === '' ? undefined : Number(s.replace(',', '.')));
      try {
        await api(`/api/indicator-programmes/${p.id}/indicators`, { method: 'POST', json: {
          code: c.code.value.trim(), name: c.name.value.trim(), measure: c.measure.value.trim(), kind: c.kind.value,
          direction: c.direction.value, baseline_value: n(c.baseline_value.value),
          targets: n(c.target.value) === undefined ? [] : [{ year: p.end_year, value: n(c.target.value) }] } });
        ctx.go(location.hash);
      } catch (err) { ctx.fail(err, msg, { ...c, 'targets[0].value': c.target, 'targets[0].year': c.target }); }
    },
  }, msg, field('Mã', c.code), field('Tên chỉ tiêu', c.name), field('Đơn vị tính', c.measure), field('Loại', c.kind),
  field('Chiều', c.direction), field('Giá trị năm gốc', c.baseline_value, { optional: true }),
  field(`Mục tiêu năm ${p.end_year}`, c.target, { optional: true }), h('button', { type: 'submit' }, 'Thêm chỉ tiêu')));
}

function roundForm(ctx, p, base) {
  const year = new Date().getFullYear();
  const c = {
    period_year: h('input', { type: 'number', name: 'period_year', value: String(year) }),
    opens_on: h('input', { type: 'date', name: 'opens_on', value: vnDate() }),
    due_on: h('input', { type: 'date', name: 'due_on', value: `${year}-11-30` }),
  };
  const msg = h('div');
  return h('section', {}, h('h3', {}, 'Mở kỳ báo cáo'), h('form', {
    novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      try {
        const r = await api(`/api/indicator-programmes/${p.id}/rounds`, { method: 'POST', json: {
          period_year: Number(c.period_year.value), opens_on: c.opens_on.value, due_on: c.due_on.value } });
        ctx.go(`${base}/r/${r.id}`);
      } catch (err) { ctx.fail(err, msg, { ...c, unit_ids: c.period_year }); }
    },
  }, msg, h('p', { class: 'hint' }, 'Các đơn vị ở cấp báo cáo của từng chỉ tiêu sẽ phải báo cáo.'),
  field('Năm số liệu', c.period_year), field('Ngày mở', c.opens_on), field('Hạn báo cáo', c.due_on),
  h('button', { type: 'submit' }, 'Mở kỳ báo cáo')));
}

async function roundView(ctx, id, base) {
  const { view } = ctx;
  const d = await api(`/api/indicator-rounds/${id}`);
  if (!ctx.alive()) return;
  ctx.title(`Kỳ báo cáo năm ${d.round.period_year}`);
  append(view, h('p', {}, h('a', { href: `${base}/p/${d.programme.id}` }, `← ${d.programme.title}`)),
    h('p', { class: 'meta', id: 'round-phase' }, `Hạn báo cáo ${fmtDate(d.round.due_on)} · Trạng thái: ${PHASE[d.round.phase]}`,
      d.round.reopened_until ? ` đến ${fmtDate(d.round.reopened_until)}` : ''),
    h('p', {}, 'Tải báo cáo năm: ', ['docx', 'pdf', 'xlsx'].map((x) => [h('a', { href: `/api/indicator-rounds/${id}/report/bao-cao.${x}`, download: `bao-cao.${x}` }, x.toUpperCase()), ' '])));
  append(view, completeness(d), indicatorCards(d), await rankedTable(ctx, d));
  if (ctx.has('coordinator', 'youth_union', 'agency_officer')) append(view, entryForm(ctx, d), uploadForm(ctx, d));
  if (ctx.has('coordinator') && ['late', 'locked', 'reopened'].includes(d.round.phase)) append(view, lateForms(ctx, d));
}

function completeness(d) {
  const units = d.units.filter((u) => u.own.expected > 0);
  const behind = units.filter((u) => u.own.reported < u.own.expected);
  const remind = ['open', 'due_soon', 'late', 'reopened'].includes(d.round.phase) && behind.length
    ? h('div', { class: d.round.phase === 'due_soon' ? 'alert' : 'hint', id: 'reminders' },
      h('p', {}, `${behind.length} đơn vị chưa báo cáo đủ${d.round.phase === 'due_soon' ? ' – sắp đến hạn, cần nhắc' : ''}: `,
        behind.slice(0, 20).map((u) => u.name).join(', '), behind.length > 20 ? '…' : ''))
    : null;
  return h('section', { 'aria-labelledby': 'completeness-h' }, h('h3', { id: 'completeness-h' }, 'Tình hình báo cáo'), remind,
    h('div', { class: 'table-wrap' }, h('table', { id: 'completeness' },
      h('caption', {}, 'Số lượt số liệu phải báo cáo, đã nhận và đúng hạn theo cấp'),
      h('thead', {}, h('tr', {}, ['Cấp', 'Phải báo cáo', 'Đã nhận', 'Đúng hạn', 'Tỷ lệ đầy đủ', 'Tỷ lệ đúng hạn'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, d.by_level.map((l) => h('tr', {}, h('th', { scope: 'row' }, LEVEL[l.level]), h('td', {}, l.expected), h('td', {}, l.reported),
        h('td', {}, l.on_time), h('td', {}, pct(l.reported, l.expected)), h('td', {}, pct(l.on_time, l.expected))))))),
    h('details', {}, h('summary', {}, `Theo đơn vị (${units.length})`), h('div', { class: 'table-wrap' }, h('table', { id: 'unit-completeness' },
      h('thead', {}, h('tr', {}, ['Đơn vị', 'Phải báo cáo', 'Đã nhận', 'Đúng hạn'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, units.sort((a, b) => a.own.reported / a.own.expected - b.own.reported / b.own.expected).map((u) =>
        h('tr', {}, h('td', {}, u.name), h('td', {}, u.own.expected), h('td', {}, u.own.reported), h('td', {}, u.own.on_time))))))));
}

function indicatorCards(d) {
  return h('section', { 'aria-labelledby': 'rollup-h' }, h('h3', { id: 'rollup-h' }, 'Kết quả tổng hợp và tiến độ đến năm 2030'),
    h('p', { class: 'hint' }, 'Tỷ lệ được tính bằng tổng tử số trên tổng mẫu số của các đơn vị, không lấy bình quân các tỷ lệ.'),
    h('ul', { class: 'indicator-cards' }, d.indicators.map((s) => indicatorCard(s))));
}

// The units of one level ranked by one indicator's value (a table, no map).
async function rankedTable(ctx, d) {
  const select = h('select', { id: 'rank-indicator' }, d.indicators.map((s) => h('option', { value: s.indicator.id }, `${s.indicator.code}. ${s.indicator.name}`)));
  const slot = h('div');
  const draw = async () => {
    const r = await api(`/api/indicator-rounds/${d.round.id}/indicators/${select.value}`);
    const better = r.indicator.direction === 'at_most' ? 1 : -1;
    const rows = r.units.filter((u) => u.level === 'commune' && u.value != null).sort((a, b) => better * (a.value - b.value));
    fill(slot, h('div', { class: 'table-wrap' }, h('table', { id: 'ranking' },
      h('caption', {}, `Xếp hạng ${rows.length} xã, phường theo chỉ tiêu ${r.indicator.code}`),
      h('thead', {}, h('tr', {}, ['Hạng', 'Đơn vị', 'Giá trị', 'Tử số', 'Mẫu số'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map((u, k) => h('tr', {}, h('td', {}, k + 1), h('td', {}, u.name), h('td', {}, num(u.value, 2)),
        h('td', {}, num(u.numerator, 0)), h('td', {}, r.indicator.kind === 'ratio' ? num(u.denominator, 0) : '—')))))));
  };
  select.addEventListener('change', () => draw().catch((err) => ctx.fail(err, slot)));
  if (d.indicators.length) await draw();
  return h('section', {}, h('h3', {}, 'Xếp hạng theo cấp xã'), field('Chỉ tiêu', select), slot);
}

function entryForm(ctx, d) {
  const units = d.units.filter((u) => u.own.expected > 0);
  const unit = h('select', { id: 'entry-unit', name: 'unit' }, units.map((u) => h('option', { value: u.id }, u.name)));
  const controls = { };
  const rows = d.indicators.map((s, k) => {
    const i = s.indicator;
    const numerator = h('input', { type: 'text', inputmode: 'numeric', name: `num-${i.code}`, 'data-code': i.code, 'data-part': 'num' });
    const denominator = i.kind === 'ratio' ? h('input', { type: 'text', inputmode: 'numeric', name: `den-${i.code}`, 'data-code': i.code, 'data-part': 'den' }) : null;
    const comment = h('input', { type: 'text', name: `comment-${i.code}` });
    return { i, k, numerator, denominator, comment };
  });
  const msg = h('div');
  return h('section', {}, h('h3', {}, 'Nhập số liệu cho một đơn vị'), h('form', {
    novalidate: true, id: 'entry-form',
    onsubmit: async (e) => {
      e.preventDefault();
      const values = [];
      const map = { };
      for (const r of rows) {
        if (r.numerator.value.trim() === '' && (!r.denominator || r.denominator.value.trim() === '')) continue;
        const n = (x) => (x.trim() === '' ? null : Number(x.replace(',', '.')));
        const at = values.length;
        values.push({ indicator_id: r.i.id, unit_id: Number(unit.value), numerator: n(r.numerator.value),
          denominator: r.denominator ? n(r.denominator.value) : null, comment: r.comment.value.trim() });
        Object.assign(map, { [`values[${at}].numerator`]: r.numerator, [`values[${at}].denominator`]: r.denominator || r.numerator,
          [`values[${at}].comment`]: r.comment, [`values[${at}].unit_id`]: unit, [`values[${at}].indicator_id`]: r.numerator });
      }
      Object.assign(controls, map);
      try {
        const out = await api(`/api/indicator-rounds/${d.round.id}/values`, { method: 'POST', json: { values } });
        showStatus(msg, `Đã lưu ${out.saved} số liệu${out.late ? ` (${out.late} sau hạn)` : ''}.`);
      } catch (err) { ctx.fail(err, msg, map); }
    },
  }, msg, field('Đơn vị', unit), rows.map((r) => h('fieldset', {}, h('legend', {}, `${r.i.code}. ${r.i.name} (${r.i.measure})`),
    field(r.i.kind === 'ratio' ? 'Tử số' : 'Số lượng', r.numerator), r.denominator ? field('Mẫu số', r.denominator) : null,
    field('Ghi chú', r.comment, { optional: true }))), h('button', { type: 'submit' }, 'Lưu số liệu')));
}

function uploadForm(ctx, d) {
  const file = h('input', { type: 'file', name: 'file', accept: '.xlsx,.csv', id: 'values-file' });
  const msg = h('div');
  return h('section', {}, h('h3', {}, 'Nhập nhiều đơn vị bằng tệp Excel'),
    h('p', {}, h('a', { href: `/api/indicator-rounds/${d.round.id}/template.xlsx`, download: 'mau-so-lieu.xlsx', id: 'template-link' }, 'Tải tệp mẫu (.xlsx)'),
      ' – điền số liệu rồi tải lên. Nếu có ô sai, không số liệu nào được lưu.'),
    h('form', {
      novalidate: true, id: 'upload-form',
      onsubmit: async (e) => {
        e.preventDefault();
        const f = file.files[0];
        if (!f) return showErrors(msg, { message: 'Chưa chọn tệp.', fields: [{ field: 'file', reason: 'Hãy chọn tệp .xlsx' }] }, { file });
        try {
          const out = await api(`/api/indicator-rounds/${d.round.id}/imports?filename=${encodeURIComponent(f.name)}`,
            { method: 'POST', body: await f.arrayBuffer(), headers: { 'Content-Type': 'application/octet-stream' } });
          showStatus(msg, `Đã lưu ${out.saved} số liệu${out.late ? ` (${out.late} sau hạn)` : ''}.`);
        } catch (err) {
          const cells = (err.fields || []).map((x) => ({ field: x.field, reason: /^[A-Z]+[0-9]+$/.test(x.field) ? `Ô ${x.field}: ${x.reason}` : x.reason }));
          ctx.fail({ status: err.status, message: `${err.message} Không có số liệu nào được lưu.`, fields: cells }, msg, { file, filename: file });
        }
      },
    }, msg, field('Tệp số liệu', file), h('button', { type: 'submit' }, 'Tải lên')));
}

function lateForms(ctx, d) {
  const units = d.units.filter((u) => u.own.expected > 0 && u.own.reported < u.own.expected);
  const unit = h('select', { name: 'unit_id' }, units.map((u) => h('option', { value: u.id }, u.name)));
  const until = h('input', { type: 'date', name: 'until', value: vnDate(7) });
  const reason = h('input', { type: 'text', name: 'reason' });
  const reopen = h('input', { type: 'date', name: 'reopen', value: vnDate(7) });
  const m1 = h('div'), m2 = h('div');
  return h('section', {}, h('h3', {}, 'Báo cáo muộn'),
    h('form', { novalidate: true, onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api(`/api/indicator-rounds/${d.round.id}/exceptions`, { method: 'POST', json: { unit_id: Number(unit.value), until: until.value, reason: reason.value.trim() } });
        showStatus(m1, 'Đã cho phép đơn vị báo cáo muộn.');
      } catch (err) { ctx.fail(err, m1, { unit_id: unit, until, reason }); }
    } }, m1, field('Đơn vị chưa báo cáo đủ', unit), field('Cho phép đến ngày', until), field('Lý do', reason), h('button', { type: 'submit' }, 'Cho phép báo cáo muộn')),
    h('form', { novalidate: true, onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api(`/api/indicator-rounds/${d.round.id}/reopen`, { method: 'POST', json: { until: reopen.value } });
        ctx.go(location.hash);
      } catch (err) { ctx.fail(err, m2, { until: reopen }); }
    } }, m2, field('Mở lại kỳ báo cáo cho mọi đơn vị đến ngày', reopen), h('button', { type: 'submit' }, 'Mở lại kỳ báo cáo')));
}

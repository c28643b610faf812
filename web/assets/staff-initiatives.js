// "Sáng kiến" (issue 15, C10): youth initiatives for the Youth Union and the councils. The Youth
// Union (and coordinators) open a call with its criteria and council, screen what arrives (a
// reason for each refusal, which the sender reads), hand the call to the council, read the
// combined scores with their spread, publish the results and recognise initiatives. A council
// member scores each admitted initiative on the criteria and sees only their own card.
// Routes: #/sang-kien (the calls) and #/sang-kien/{callId}.

import { h, append, field, fmtDate, vnDate } from './dom.js';
import { api } from './api.js';

const STATUS_CLASS = { selected: 'ok', recognised: 'ok', screened_out: 'muted', not_selected: 'muted' };
const fmtScore = (x) => x.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

export async function initiativesView(ctx, args) {
  if (args[0]) return callView(ctx, Number(args[0]));
  ctx.title('Sáng kiến của thanh niên');
  const { items } = await api('/api/staff/initiative-calls');
  if (!ctx.alive()) return;
  append(ctx.view,
    items.length
      ? h('ul', { class: 'cards' }, items.map((c) => h('li', { class: 'card' },
        h('h3', { class: 'card-title' }, h('a', { href: `#/sang-kien/${c.id}` }, c.title)),
        h('p', { class: 'meta' }, `${fmtDate(c.opens_on)}–${fmtDate(c.closes_on)} · ${c.phase_label}`))))
      : h('p', {}, 'Chưa có đợt phát động nào bạn tổ chức hoặc tham gia hội đồng chấm.'),
    ctx.has('youth_union', 'coordinator') ? callForm(ctx) : null);
}

function callForm(ctx) {
  const units = (ctx.me.grants || []).filter((g) => g.role === 'youth_union' || g.role === 'coordinator');
  const unit = h('select', { name: 'unit_id' }, units.map((g) => h('option', { value: g.unit.id }, g.unit.name)));
  const title = h('input', { type: 'text', name: 'title', maxlength: '300' });
  const description = h('textarea', { name: 'description', rows: '3', maxlength: '4000' });
  const opens = h('input', { type: 'date', name: 'opens_on', value: vnDate(0) });
  const closes = h('input', { type: 'date', name: 'closes_on', value: vnDate(60) });
  const council = h('input', { type: 'text', name: 'council', autocapitalize: 'none', spellcheck: 'false' });
  const rows = h('div', { class: 'criteria-rows' });
  const controls = { unit_id: unit, title, description, opens_on: opens, closes_on: closes, council, criteria: rows };
  const criterionRows = [];
  const addRow = (name = '', points = '') => {
    const k = criterionRows.length;
    const n = h('input', { type: 'text', maxlength: '200', value: name });
    const p = h('input', { type: 'number', min: '1', max: '100', class: 'short', value: points });
    criterionRows.push([n, p]);
    controls[`criteria[${k}].name`] = n;
    controls[`criteria[${k}].max_points`] = p;
    append(rows, h('div', { class: 'criterion-row' },
      field(`Tiêu chí ${k + 1}`, n), field('Điểm tối đa', p)));
  };
  [['Tính mới, sáng tạo', 30], ['Tính khả thi', 40], ['Hiệu quả, khả năng nhân rộng', 30]].forEach(([n, p]) => addRow(n, p));
  const msg = h('div');
  const button = h('button', { type: 'submit' }, 'Mở đợt phát động');
  return h('section', { 'aria-labelledby': 'new-call' },
    h('h3', { id: 'new-call' }, 'Mở đợt phát động sáng kiến'),
    h('form', {
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const names = council.value.split(/[,;\s]+/).filter(Boolean);
        // Each council[i] error lands on the one council box.
        names.forEach((_, i) => { controls[`council[${i}]`] = council; });
        button.disabled = true;
        try {
          const call = await api('/api/initiative-calls', {
            method: 'POST',
            json: {
              unit_id: Number(unit.value), title: title.value, description: description.value,
              opens_on: opens.value, closes_on: closes.value, council: names,
              criteria: criterionRows.filter(([n, p]) => n.value.trim() || p.value)
                .map(([n, p]) => ({ name: n.value, max_points: Number(p.value || 0) })),
            },
          });
          ctx.go(`#/sang-kien/${call.id}`);
        } catch (err) {
          ctx.fail(err, msg, controls);
        } finally {
          button.disabled = false;
        }
      },
    }, msg, field('Đơn vị tổ chức', unit), field('Tên cuộc thi, đợt phát động', title),
    field('Mô tả, thể lệ', description, { optional: true }),
    h('div', { class: 'row' }, field('Nhận sáng kiến từ ngày', opens), field('Đến hết ngày', closes)),
    h('fieldset', {}, h('legend', {}, 'Tiêu chí chấm (công khai)'), rows,
      h('button', { type: 'button', class: 'secondary', onclick: () => addRow() }, 'Thêm tiêu chí')),
    field('Hội đồng chấm', council, { hint: 'Tên đăng nhập của các thành viên, cách nhau bởi dấu phẩy (ví dụ: sokhcn, chutich). Mỗi thành viên chấm riêng.' }),
    button));
}

const supportLine = (s) => h('li', {}, `${s.lead}: ${s.status_label}, ${s.percent}%`,
  s.due_on ? ` (hạn ${fmtDate(s.due_on)})` : '', ' · ', h('a', { href: `#/0/tasks/${s.task_id}` }, 'nhiệm vụ'));

async function callView(ctx, id) {
  const data = await api(`/api/initiative-calls/${id}/initiatives`);
  // The mentor agencies a decision may name: the call's unit's (the server checks the subtree).
  const agencies = data.can_run && data.call.phase === 'published' && !data.call.decision_document_id
    ? (await api(`/api/agencies?unit_id=${data.call.unit_id}`).catch(() => ({ items: [] }))).items : [];
  if (!ctx.alive()) return;
  const c = data.call;
  ctx.title(c.title);
  const msg = h('div', { 'aria-live': 'polite' });
  const reload = () => ctx.go(`#/sang-kien/${id}`);
  const act = async (path, json, slot = msg, controls) => {
    try {
      await api(path, { method: path.endsWith('/scorecard') ? 'PUT' : 'POST', json });
      reload();
    } catch (err) {
      ctx.fail(err, slot, controls);
    }
  };
  const selected = new Set(data.initiatives.filter((i) => i.status === 'selected').map((i) => i.id));
  append(ctx.view,
    h('p', {}, h('a', { href: '#/sang-kien' }, '← Các đợt phát động')),
    h('p', { class: 'meta' }, `Nhận sáng kiến ${fmtDate(c.opens_on)}–${fmtDate(c.closes_on)} · `,
      h('strong', {}, c.phase_label), ` · hội đồng: ${data.council.map((m) => m.display_name || m.username).join(', ')}`),
    h('p', { class: 'meta' }, `Tiêu chí: ${c.criteria.map((k) => `${k.name} (${k.max_points})`).join('; ')} — tổng ${c.max_total} điểm.`),
    msg,
    data.can_run && c.phase === 'open'
      ? h('p', {}, h('button', { type: 'button', onclick: () => act(`/api/initiative-calls/${id}/review`) },
        'Kết thúc nhận, chuyển hội đồng chấm')) : null,
    data.can_run && data.initiatives.some((i) => i.status === 'recognised')
      ? h('p', {}, 'Dự thảo quyết định khen thưởng: ',
        h('a', { href: `/api/initiative-calls/${id}/documents/recognition.docx` }, 'DOCX'), ' · ',
        h('a', { href: `/api/initiative-calls/${id}/documents/recognition.pdf` }, 'PDF')) : null,
    data.initiatives.length
      ? h('ol', { class: 'initiative-list' }, data.initiatives.map((i) => row(i)))
      : h('p', {}, 'Chưa có sáng kiến nào.'),
    data.can_run && c.phase === 'published' && !c.decision_document_id
      && data.initiatives.some((i) => i.status === 'recognised') ? decisionForm() : null,
    c.decision_document_id
      ? h('p', {}, 'Quyết định khen thưởng, hỗ trợ đã ban hành: ',
        h('a', { href: `/api/documents/${c.decision_document_id}/files/docx` }, 'DOCX'), ' · ',
        h('a', { href: `/api/documents/${c.decision_document_id}/files/pdf` }, 'PDF')) : null,
    data.can_run && c.phase === 'reviewing'
      ? h('p', {}, h('button', {
        type: 'button',
        onclick: () => act(`/api/initiative-calls/${id}/results`, { selected: [...selected] }),
      }, 'Công bố kết quả (các sáng kiến đã đánh dấu được chọn)')) : null);

  function row(i) {
    const slot = h('div');
    const parts = [
      h('h3', {}, i.title),
      h('p', { class: 'meta' }, `${i.field_label} · ${i.team} · ${i.unit}`, i.contact_email ? ` · liên hệ: ${i.contact_name || ''} ${i.contact_email}` : ''),
      h('p', {}, h('span', { class: `badge ${STATUS_CLASS[i.status] || ''}` }, i.status_label),
        i.screening_note ? ` — ${i.screening_note}` : '', i.recognition ? ` — ${i.recognition}` : ''),
      h('details', {}, h('summary', {}, 'Vấn đề và giải pháp'), h('p', {}, i.problem), h('p', {}, i.solution)),
    ];
    if (i.summary && i.status !== 'submitted' && i.status !== 'screened_out') parts.push(summary(i.summary));
    if (data.can_run && i.status === 'submitted' && c.phase !== 'published') parts.push(screening(i, slot));
    if (data.is_member && i.status === 'in_review' && c.phase === 'reviewing') parts.push(scoreForm(i, slot));
    else if (i.my_card) parts.push(h('p', { class: 'meta' }, `Điểm của bạn: ${i.my_card.points.join(' + ')} = ${i.my_card.total}`));
    if (data.can_run && c.phase === 'reviewing' && i.status === 'in_review') {
      const box = h('input', { type: 'checkbox', checked: selected.has(i.id),
        onchange: () => (box.checked ? selected.add(i.id) : selected.delete(i.id)) });
      parts.push(h('label', { class: 'check-row' }, box, ' Chọn để hỗ trợ triển khai'));
    }
    if (data.can_run && i.status === 'selected') parts.push(recognitionForm(i, slot));
    if (i.support && i.support.length) {
      parts.push(h('p', { class: 'meta' }, 'Hỗ trợ triển khai:'), h('ul', {}, i.support.map(supportLine)));
    }
    parts.push(slot);
    return h('li', { class: 'card', id: `sk-${i.id}` }, ...parts);
  }

  function summary(s) {
    if (!s.cards) return h('p', { class: 'meta' }, `Chưa có thành viên nào chấm (0/${s.council}).`);
    return h('p', { class: s.wide ? 'alert' : 'meta' },
      `Điểm trung bình ${fmtScore(s.mean)}/${s.max_total} (${s.cards}/${s.council} thành viên đã chấm; thấp nhất ${s.lowest}, cao nhất ${s.highest}, chênh lệch ${s.spread})`,
      s.wide ? ' — điểm các thành viên chênh lệch nhiều, nên trao đổi trước khi công bố.' : '');
  }

  function screening(i, slot) {
    const note = h('input', { type: 'text', maxlength: '1000' });
    return h('div', { class: 'row' },
      h('button', { type: 'button', onclick: () => act(`/api/initiatives/${i.id}/screening`, { admit: true }, slot) }, 'Đưa vào vòng chấm'),
      field('Lý do không đưa vào vòng chấm (người gửi sẽ thấy)', note),
      h('button', { type: 'button', class: 'secondary',
        onclick: () => act(`/api/initiatives/${i.id}/screening`, { admit: false, note: note.value }, slot, { note }) }, 'Loại'));
  }

  function scoreForm(i, slot) {
    const controls = {};
    const inputs = c.criteria.map((k, n) => {
      const input = h('input', { type: 'number', min: '0', max: String(k.max_points), class: 'short',
        value: i.my_card ? String(i.my_card.points[n]) : '' });
      controls[`points[${n}]`] = input;
      return field(`${k.name} (0–${k.max_points})`, input);
    });
    const comment = h('textarea', { rows: '2', maxlength: '2000' }, i.my_card ? i.my_card.comment : '');
    controls.comment = comment;
    return h('form', {
      class: 'score-form', novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        const points = c.criteria.map((_, n) => Number(controls[`points[${n}]`].value || -1));
        act(`/api/initiatives/${i.id}/scorecard`, { points, comment: comment.value }, slot, controls);
      },
    }, h('fieldset', {}, h('legend', {}, 'Phiếu chấm của bạn'), ...inputs, field('Nhận xét', comment, { optional: true })),
    h('button', { type: 'submit' }, i.my_card ? 'Sửa điểm' : 'Lưu điểm'));
  }

  // The decision (QUYẾT ĐỊNH): Điều 1 the recognised initiatives, Điều 2 each supported one as a
  // task of its mentor agency with the funding and a deadline.
  function decisionForm() {
    const slot = h('div');
    const controls = {};
    const signer = h('input', { type: 'text', maxlength: '120', autocomplete: 'off' });
    controls.signer_name = signer;
    const rows = [];
    const chosen = data.initiatives.filter((i) => i.status === 'selected' || i.status === 'recognised');
    const mentorOptions = agencies.map((a) => h('option', { value: a.id }, a.name));
    const fieldsets = chosen.map((i, k) => {
      const on = h('input', { type: 'checkbox', checked: true });
      const mentor = h('select', {}, h('option', { value: '' }, '— chọn cơ quan —'), mentorOptions.map((o) => o.cloneNode(true)));
      const funding = h('input', { type: 'text', maxlength: '300' });
      const due = h('input', { type: 'date', value: vnDate(90) });
      rows.push({ i, on, mentor, funding, due });
      return h('fieldset', {}, h('legend', {}, i.title),
        h('label', { class: 'check-row' }, on, ' Giao hỗ trợ triển khai'),
        field('Cơ quan chủ trì hỗ trợ', mentor), field('Nguồn kinh phí', funding, { optional: true }),
        field('Hạn hoàn thành', due));
    });
    return h('section', { 'aria-labelledby': 'decision' },
      h('h3', { id: 'decision' }, 'Ban hành quyết định khen thưởng, hỗ trợ'),
      h('p', { class: 'hint' }, 'Điều 1 khen thưởng các sáng kiến đã được khen; Điều 2 giao mỗi sáng kiến được hỗ trợ thành một nhiệm vụ của cơ quan chủ trì, theo dõi, nhắc hạn và tổng hợp như mọi nhiệm vụ.'),
      h('form', {
        novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          const supports = [];
          rows.filter((r) => r.on.checked).forEach((r) => {
            const k = supports.length;
            controls[`supports[${k}].mentor_agency_id`] = r.mentor;
            controls[`supports[${k}].funding`] = r.funding;
            controls[`supports[${k}].due_on`] = r.due;
            controls[`supports[${k}].initiative_id`] = r.mentor;
            supports.push({ initiative_id: r.i.id, mentor_agency_id: Number(r.mentor.value || 0), funding: r.funding.value, due_on: r.due.value });
          });
          act(`/api/initiative-calls/${id}/decision`, { signer_name: signer.value, supports }, slot, controls);
        },
      }, ...fieldsets, field('Người ký (Bí thư)', signer, { hint: 'Họ và tên; chức vụ theo mẫu của Đoàn (TM. BAN THƯỜNG VỤ / BÍ THƯ).' }),
      slot, h('button', { type: 'submit' }, 'Ban hành quyết định')));
  }

  function recognitionForm(i, slot) {
    const text = h('input', { type: 'text', maxlength: '300', value: 'Giấy khen của Ban Thường vụ' });
    return h('div', { class: 'row' }, field('Hình thức khen thưởng', text),
      h('button', { type: 'button', onclick: () => act(`/api/initiatives/${i.id}/recognition`, { recognition: text.value }, slot, { recognition: text }) }, 'Khen thưởng'));
  }
}


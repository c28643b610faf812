// Importing a document given as plain text (SYSTEM.md C8): the server's parser reads number,
// symbol, issuer, date, summary, bases, signer and the tasks it assigns; a person checks and
// corrects every field here, matches the bodies to our agencies where they are ours, removes
// what the parser got wrong, and only then is the document recorded with its tasks.

import { h, field, showErrors, append, fill, clear } from './dom.js';
import { api } from './api.js';
import { deadlineFields } from './task-fields.js';
import { uploadSection } from './document-upload.js';

// Decree 30/2020 Appendix III types (the server checks the code again).
const TYPES = [['', 'Công văn (không có tên loại)'], ['TB', 'Thông báo'], ['KH', 'Kế hoạch'], ['QĐ', 'Quyết định'],
  ['NQ', 'Nghị quyết'], ['CT', 'Chỉ thị'], ['BC', 'Báo cáo'], ['HD', 'Hướng dẫn'], ['CTr', 'Chương trình'],
  ['QC', 'Quy chế'], ['QyĐ', 'Quy định'], ['TC', 'Thông cáo'], ['PA', 'Phương án'], ['ĐA', 'Đề án'], ['DA', 'Dự án'],
  ['BB', 'Biên bản'], ['TTr', 'Tờ trình'], ['CĐ', 'Công điện'], ['GM', 'Giấy mời'],
  // Legal normative documents and the Party's (issue 11: docs/documents.md).
  ['NĐ', 'Nghị định'], ['TT', 'Thông tư'], ['TTLT', 'Thông tư liên tịch'], ['NQLT', 'Nghị quyết liên tịch'],
  ['KL', 'Kết luận'], ['CV', 'Công văn của Đảng']];

// How the server matched a name (POST /api/agencies/match, docs/documents.md).
const REASONS = { exact: 'đúng tên', folded: 'khác dấu, hoa thường', abbreviation: 'tên viết tắt',
  place: 'tên chung của đơn vị', typo: 'sai chính tả nhẹ' };

// The server's answers for the bodies a document names, for one unit (its agencies and its
// wards' committees): `resolve` asks for the names not asked yet, `get` reads an answer.
function agencyMatcher(unit) {
  const answers = new Map();
  const key = (name) => String(name || '').trim();
  return {
    async resolve(names) {
      const todo = [...new Set(names.map(key).filter((n) => n && !answers.has(n)))];
      for (let i = 0; unit && i < todo.length; i += 200) {
        const chunk = todo.slice(i, i + 200);
        try {
          const { items } = await api('/api/agencies/match', { method: 'POST', json: { unit_id: unit.id, names: chunk } });
          items.forEach((m, j) => answers.set(chunk[j], m));
        } catch {
          chunk.forEach((n) => answers.set(n, { unsure: true, candidates: [] }));
        }
      }
    },
    get: (name) => answers.get(key(name)) || null,
  };
}

const namesOf = (t) => [t.lead, ...(t.coordinating || [])];

export async function importView(ctx) {
  const { view, dialogue } = ctx;
  ctx.title('Nhập văn bản từ nội dung chữ');
  const text = h('textarea', { name: 'text', rows: '14', spellcheck: 'false' });
  const msg = h('div');
  const preview = h('div', { class: 'import-preview' });
  const button = h('button', { type: 'submit' }, 'Đọc văn bản');
  append(view,
    h('p', {}, h('a', { href: `#/${dialogue.id}/documents` }, '← Danh sách văn bản')),
    uploadSection(ctx, preview, previewForm), // a PDF, scan, photo or DOCX (document-upload.js)
    h('h3', {}, 'Hoặc dán nội dung chữ'),
    h('p', { class: 'hint' }, 'Dán nội dung chữ của văn bản (thông báo, kế hoạch, công văn…). doithoai đọc số, ký hiệu, cơ quan ban hành, ngày, trích yếu, người ký và các nhiệm vụ được giao; cán bộ kiểm tra, sửa rồi mới xác nhận lưu.'),
    h('form', {
      novalidate: true, class: 'import-text',
      onsubmit: async (e) => {
        e.preventDefault();
        button.disabled = true;
        try {
          const parsed = await api('/api/documents/parse', { method: 'POST', json: { text: text.value } });
          clear(msg);
          fill(preview, await previewForm(ctx, parsed, text.value));
          preview.querySelector('h3').focus();
        } catch (err) {
          clear(preview);
          ctx.fail(err, msg, { text, file: text });
        } finally {
          button.disabled = false;
        }
      },
    }, msg, field('Nội dung văn bản', text), button),
    preview);
}

async function previewForm(ctx, p, sourceText) {
  const units = grantUnits(ctx);
  const unit = h('select', {}, units.map((u) => h('option', { value: u.id }, u.name)));
  let agencies = await agenciesOf(units[0]);
  let matcher = agencyMatcher(units[0]);
  await matcher.resolve((p.tasks || []).flatMap(namesOf));
  const { items: documents } = await api('/api/documents?limit=200');
  const type = h('select', {}, TYPES.map(([code, name]) => h('option', { value: code, selected: (p.type_code || '') === code }, code ? `${name} (${code})` : name)));
  const number = h('input', { type: 'number', min: '1', max: '99999', class: 'short', value: p.number || '' });
  const symbol = h('input', { type: 'text', maxlength: '60', value: p.symbol || '' });
  const issuer = h('input', { type: 'text', maxlength: '200', value: p.issuer || '' });
  const parentIssuer = h('input', { type: 'text', maxlength: '200', value: p.parent_issuer || '' });
  const place = h('input', { type: 'text', maxlength: '100', value: p.place || '' });
  const issuedOn = h('input', { type: 'date', value: p.date || '' });
  const summary = h('textarea', { rows: '3', value: p.summary || '' });
  const s = p.signer || {};
  const signer = h('input', { type: 'text', maxlength: '300', value: [s.authority, s.position, s.name].filter(Boolean).map((x) => x.replace(/\s+/g, ' ')).join(' / ') });
  const cites = h('input', { type: 'text', value: (p.bases || []).map((b) => b.number_symbol).filter(Boolean).join('; ') });
  const relays = h('select', {}, h('option', { value: '' }, '— Tự động: văn bản căn cứ đầu tiên đã có trong hệ thống —'),
    documents.map((d) => h('option', { value: d.id }, `${d.number_symbol} – ${d.issuer}`)));
  const taskList = h('ol', { class: 'import-tasks' });
  const cards = [];
  const addCard = (t) => {
    const card = taskCard(t, agencies, matcher, () => {
      cards.splice(cards.indexOf(card), 1);
      card.el.remove();
      renumber();
    });
    cards.push(card);
    taskList.append(card.el);
    renumber();
  };
  const renumber = () => cards.forEach((c, i) => c.setNumber(i + 1));
  (p.tasks || []).forEach(addCard);
  unit.addEventListener('change', async () => {
    const chosen = units.find((u) => String(u.id) === unit.value);
    agencies = await agenciesOf(chosen);
    matcher = agencyMatcher(chosen);
    await matcher.resolve(cards.flatMap((c) => c.names()));
    cards.forEach((c) => c.setAgencies(agencies, matcher));
  });

  const msg = h('div');
  const button = h('button', { type: 'submit' }, 'Xác nhận và lưu văn bản');
  const head = h('h3', { tabindex: '-1' }, 'Kiểm tra kết quả đọc văn bản');
  const submit = async (e) => {
    e.preventDefault();
    await matcher.resolve(cards.flatMap((c) => c.names()));
    // A group recipient becomes one task per body ticked: `owners` maps each task to its card.
    const tasks = [];
    const owners = [];
    cards.forEach((c) => c.value().forEach((t) => { tasks.push(t); owners.push(c); }));
    const body = {
      unit_id: Number(unit.value),
      type_code: type.value,
      number: number.value === '' ? null : Number(number.value),
      symbol: symbol.value.trim(),
      issuer: issuer.value.trim(),
      parent_issuer: parentIssuer.value.trim(),
      place: place.value.trim(),
      issued_on: issuedOn.value || null,
      summary: summary.value.trim(),
      signer: signer.value.trim(),
      cites: cites.value.split(';').map((x) => x.trim()).filter(Boolean),
      source_text: sourceText,
      tasks,
    };
    if (relays.value) body.relays_document_id = Number(relays.value);
    // Number and symbol as the parser read them keep the document's own form (a legal
    // document's year, a Party symbol's hyphen); once edited, the server joins them again.
    const unedited = p.number_symbol && String(p.number || '') === number.value && (p.symbol || '') === body.symbol;
    if (unedited) body.number_symbol = p.number_symbol;
    body.content = { ...p, type_code: body.type_code, number: number.value || null, symbol: body.symbol,
      number_symbol: unedited ? p.number_symbol : `${number.value}/${body.symbol}`, issuer: body.issuer, place: body.place, date: body.issued_on,
      summary: body.summary, tasks: tasks.map((t) => ({ lead: t.lead, coordinating: t.coordinating.map((c) => c.name), content: t.content, deadline: t.deadline })) };
    const controls = { unit_id: unit, type_code: type, number, symbol, issuer, parent_issuer: parentIssuer, place,
      issued_on: issuedOn, summary, signer, cites, relays_document_id: relays };
    owners.forEach((c, i) => Object.assign(controls, c.controls(i)));
    button.disabled = true;
    try {
      const out = await api('/api/documents', { method: 'POST', json: body });
      ctx.go(`#/${ctx.dialogue.id}/documents/${out.document.id}`);
    } catch (err) {
      ctx.fail(err, msg, controls);
      msg.scrollIntoView({ block: 'nearest' });
    } finally {
      button.disabled = false;
    }
  };
  return h('form', { novalidate: true, class: 'panel import-confirm', onsubmit: submit },
    head,
    h('p', { class: 'hint' }, 'Những gì doithoai không đọc được để trống, không đoán. Hãy sửa từng trường, chọn cơ quan trong hệ thống cho các nhiệm vụ giao cơ quan của đơn vị mình và bỏ những nhiệm vụ đọc sai.'),
    msg,
    field('Sổ văn bản của đơn vị (nơi lưu văn bản)', unit, { hint: 'Văn bản cấp trên gửi đến được lưu vào sổ của đơn vị nhận; nhiệm vụ chỉ giao cho cơ quan của đơn vị này hoặc cấp dưới.' }),
    h('div', { class: 'inline' }, field('Loại văn bản', type), field('Số', number, { optional: true }), field('Ký hiệu', symbol, { hint: 'Ví dụ: TB-VPCP, UBND-VX' })),
    field('Cơ quan ban hành', issuer),
    field('Cơ quan chủ quản', parentIssuer, { optional: true }),
    h('div', { class: 'inline' }, field('Nơi ban hành', place, { optional: true }), field('Ngày ban hành', issuedOn, { optional: true })),
    field('Trích yếu', summary),
    field('Người ký', signer, { optional: true, hint: 'Quyền hạn / chức vụ / họ tên, ví dụ: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A' }),
    field('Căn cứ (số, ký hiệu)', cites, { optional: true, hint: 'Cách nhau bằng dấu chấm phẩy.' }),
    field('Văn bản cấp trên được triển khai', relays, { optional: true }),
    h('h4', {}, 'Nhiệm vụ được giao'),
    taskList,
    h('button', { type: 'button', class: 'secondary', onclick: () => addCard({ deadline: { kind: 'none' } }) }, 'Thêm nhiệm vụ'),
    h('div', { class: 'actions' }, button));
}

function grantUnits(ctx) {
  const seen = new Map();
  for (const g of ctx.me.grants || []) {
    if ((g.role === 'coordinator' || g.role === 'leader') && g.unit && !seen.has(g.unit.id)) seen.set(g.unit.id, g.unit);
  }
  if (!seen.size && ctx.dialogue.unit) seen.set(ctx.dialogue.unit.id, ctx.dialogue.unit);
  return [...seen.values()];
}

async function agenciesOf(unit) {
  if (!unit) return [];
  const { items } = await api(`/api/agencies?unit_id=${unit.id}`);
  return items.filter((a) => a.active !== false);
}

// One parsed task, editable: lead as written and the agency the server matched it to (or "cần
// chọn"; for a group recipient, the bodies to tick: one task each), coordinating bodies (one a
// line, each shown with its match), content, deadline. `remove` takes it out of the list.
function taskCard(t, agencies, matcher, remove) {
  const heading = h('h5', {});
  const lead = h('input', { type: 'text', maxlength: '300', value: t.lead || '' });
  const leadAgency = h('select', {});
  const leadMatch = h('div', { class: 'agency-match', 'aria-live': 'polite' });
  const coordinating = h('textarea', { rows: '3', value: (t.coordinating || []).join('\n') });
  const coordMatches = h('ul', { class: 'agency-matches' });
  const content = h('textarea', { rows: '5', value: t.content || '' });
  const deadline = deadlineFields('deadline', 'Thời hạn', t.deadline || {});
  let list = agencies;
  let groupBoxes = [];
  const lines = () => coordinating.value.split('\n').map((x) => x.trim()).filter(Boolean);
  const needChoice = (m) => h('span', { class: 'need-choice' }, 'cần chọn',
    m?.candidates?.length ? ` (gợi ý: ${m.candidates.map((c) => c.name).join('; ')})` : '');
  const showLead = () => {
    const m = lead.value.trim() ? matcher.get(lead.value) : null;
    const one = m && m.agency_id ? m : null;
    // A body of a unit below (a ward's committee) is not in the unit's own list.
    const extra = one && !list.some((a) => a.id === one.agency_id) ? [{ id: one.agency_id, name: one.name }] : [];
    fill(leadAgency, h('option', { value: '' }, '— Không thuộc hệ thống (giữ tên như ghi) —'),
      [...list, ...extra].map((a) => h('option', { value: a.id, selected: one?.agency_id === a.id }, a.name)));
    groupBoxes = [];
    if (one) {
      fill(leadMatch, h('p', { class: 'hint' }, `Khớp tự động: ${REASONS[one.reason] || one.reason}.`));
    } else if (m?.group) {
      groupBoxes = m.candidates.map((c) => ({ c, box: h('input', { type: 'checkbox', checked: !m.choose }) }));
      fill(leadMatch, h('fieldset', { class: 'group-choice' },
        h('legend', {}, m.candidates.length
          ? `Nhóm cơ quan: mỗi cơ quan được đánh dấu nhận một nhiệm vụ${m.choose ? ' (cần chọn)' : ''}`
          : 'Nhóm cơ quan không thuộc đơn vị này: giữ tên như ghi'),
        groupBoxes.map(({ c, box }) => h('label', { class: 'group-body' }, box, ` ${c.name}`))));
    } else if (m) {
      fill(leadMatch, h('p', { class: 'hint' }, needChoice(m)));
    } else {
      clear(leadMatch);
    }
  };
  const showCoordinating = () => fill(coordMatches, lines().map((name) => {
    const m = matcher.get(name);
    if (m?.agency_id) return h('li', {}, `${name} → ${m.name}`);
    if (m?.group) return h('li', {}, `${name} → nhóm ${m.candidates.length} cơ quan`, m.choose ? ' (cần chọn: giữ tên như ghi)' : '');
    return h('li', {}, `${name}: `, needChoice(m));
  }));
  const setAgencies = (next, nextMatcher) => {
    list = next;
    if (nextMatcher) matcher = nextMatcher;
    showLead();
    showCoordinating();
  };
  lead.addEventListener('change', async () => { await matcher.resolve([lead.value]); showLead(); });
  coordinating.addEventListener('change', async () => { await matcher.resolve(lines()); showCoordinating(); });
  const removeButton = h('button', { type: 'button', class: 'secondary', onclick: remove }, 'Bỏ nhiệm vụ này');
  const el = h('li', { class: 'card import-task' }, heading,
    field('Cơ quan chủ trì (như ghi trong văn bản)', lead),
    field('Cơ quan chủ trì trong hệ thống', leadAgency, { optional: true, hint: 'Chọn khi cơ quan thuộc đơn vị lưu văn bản, để cơ quan đó thấy và báo cáo nhiệm vụ.' }),
    leadMatch,
    field('Cơ quan phối hợp', coordinating, { optional: true, hint: 'Mỗi dòng một cơ quan.' }),
    coordMatches,
    field('Nội dung nhiệm vụ', content),
    deadline.el, removeButton);
  setAgencies(agencies);
  // Coordinating bodies: a matched one by its id, a group by each of its bodies (unless the
  // document leaves the choice open), anything else as written.
  const coordinatingValue = () => lines().flatMap((name) => {
    const m = matcher.get(name);
    if (m?.agency_id) return [{ agency_id: m.agency_id, name }];
    if (m?.group && !m.choose && m.candidates.length) return m.candidates.map((c) => ({ agency_id: c.agency_id, name: c.name }));
    return [{ name }];
  });
  return {
    el,
    setAgencies,
    names: () => [lead.value, ...lines()],
    setNumber: (n) => {
      heading.textContent = `Nhiệm vụ ${n}`;
      removeButton.textContent = `Bỏ nhiệm vụ ${n}`;
    },
    // One task, or one per ticked body of a group lead.
    value: () => {
      const base = { lead: lead.value.trim(), coordinating: coordinatingValue(), content: content.value.trim(), deadline: deadline.value() };
      const ticked = groupBoxes.filter(({ box }) => box.checked);
      if (!leadAgency.value && ticked.length) {
        return ticked.map(({ c }) => ({ ...base, lead: c.name, lead_agency_id: c.agency_id,
          coordinating: base.coordinating.filter((x) => x.agency_id !== c.agency_id) }));
      }
      return [{ ...base, ...(leadAgency.value ? { lead_agency_id: Number(leadAgency.value) } : {}) }];
    },
    controls: (i) => {
      const p = `tasks[${i}]`;
      const out = { [`${p}.lead`]: lead, [`${p}.lead_agency_id`]: leadAgency, [`${p}.content`]: content, [`${p}.coordinating`]: coordinating };
      for (let j = 0; j < 50; j++) out[`${p}.coordinating[${j}]`] = coordinating;
      for (const [k, c] of Object.entries(deadline.controls)) out[`${p}.${k}`] = c;
      return out;
    },
  };
}

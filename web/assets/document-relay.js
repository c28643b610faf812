// Relaying a higher level's document (SYSTEM.md C7; seed 000 relays 158/TB-VPCP): a leader
// of a lower unit issues its own letter (công văn, "12/UBND-VX") that assigns the unit's
// bodies, each item carrying out one task of the relayed document. The letter becomes a
// document below it in the tree, and each item a task under the relayed task.

import { h, field, checkField, vnDate, fill } from './dom.js';
import { api } from './api.js';
import { deadlineFields, leadSelect, coordinatingFields } from './task-fields.js';
import { shorten } from './staff-documents.js';
import { signerFields } from './signer-fields.js';

export async function relayForm(ctx, d) {
  const units = (ctx.me.grants || []).filter((g) => g.role === 'leader' && g.unit).map((g) => g.unit);
  if (!units.length) return null;
  const unit = h('select', { name: 'unit_id' }, units.map((u) => h('option', { value: u.id }, u.name)));
  const issuedOn = h('input', { type: 'date', name: 'issued_on', value: vnDate(), max: vnDate(), min: d.issued_on || null });
  // The drafting unit is part of a People's Committee symbol only ("12/UBND-VX", "15-CV/ĐU").
  const signing = signerFields({
    purpose: 'letter',
    families: true,
    onFamily: (f) => { fieldCode.value = f === 'ubnd' ? (fieldCode.value || 'VX') : ''; },
  });
  const fieldCode = h('input', { type: 'text', name: 'field_code', maxlength: '20', class: 'short', value: 'VX' });
  const monitor = h('select', { name: 'monitor_agency_id' });
  const list = h('ol', { class: 'relay-items' });
  const msg = h('div');
  const items = [];
  let agencies = [];

  const loadAgencies = async () => {
    const { items: all } = await api(`/api/agencies?unit_id=${unit.value}`);
    agencies = all.filter((a) => a.active !== false);
    fill(monitor, h('option', { value: '' }, '— Chọn cơ quan —'), agencies.map((a) => h('option', { value: a.id }, a.name)));
    items.forEach((it) => it.setAgencies(agencies));
  };
  await Promise.all([loadAgencies(), signing.load(unit.value)]);
  unit.addEventListener('change', () => Promise.all([loadAgencies(), signing.load(unit.value)]).catch((err) => ctx.fail(err, msg)));

  const renumber = () => items.forEach((it, i) => it.setNumber(i + 1));
  const add = (parent) => {
    const it = relayItem(d.tasks || [], parent, agencies, () => {
      items.splice(items.indexOf(it), 1);
      it.el.remove();
      renumber();
    });
    items.push(it);
    list.append(it.el);
    renumber();
  };
  (d.tasks || []).forEach((t) => add(t));
  if (!items.length) add(null);

  const submit = async (e) => {
    e.preventDefault();
    const body = {
      unit_id: Number(unit.value),
      issued_on: issuedOn.value || null,
      ...signing.value(),
      field_code: fieldCode.value.trim(),
      items: items.map((it) => it.value()),
    };
    if (monitor.value) body.monitor_agency_id = Number(monitor.value);
    const controls = { unit_id: unit, issued_on: issuedOn, ...signing.controls(), field_code: fieldCode, monitor_agency_id: monitor };
    items.forEach((it, i) => Object.assign(controls, it.controls(i)));
    try {
      const out = await api(`/api/documents/${d.id}/relay`, { method: 'POST', json: body });
      ctx.go(`#/${ctx.dialogue.id}/documents/${out.document.id}`);
    } catch (err) {
      ctx.fail(err, msg, controls);
      msg.scrollIntoView({ block: 'nearest' });
    }
  };

  return h('details', { class: 'panel relay' },
    h('summary', {}, 'Ban hành công văn triển khai văn bản này'),
    h('form', { novalidate: true, onsubmit: submit },
      h('p', { class: 'hint' }, 'Công văn của đơn vị giao các cơ quan, đơn vị của mình thực hiện từng nhiệm vụ của văn bản cấp trên. Số công văn được lấy tự động theo sổ văn bản trong năm của cơ quan ban hành (Ủy ban nhân dân, Đảng ủy, Mặt trận Tổ quốc hoặc Đoàn Thanh niên của đơn vị).'),
      msg,
      field('Đơn vị triển khai', unit),
      h('div', { class: 'inline' }, field('Ngày ban hành', issuedOn), field('Ký hiệu đơn vị soạn thảo', fieldCode, { hint: 'Ví dụ: VX → 12/UBND-VX; không bắt buộc với văn bản của Đảng ủy, Mặt trận, Đoàn Thanh niên' })),
      signing.el,
      field('Cơ quan theo dõi, đôn đốc và tổng hợp báo cáo', monitor),
      h('h4', {}, 'Giao nhiệm vụ'),
      list,
      h('button', { type: 'button', class: 'secondary', onclick: () => add(null) }, 'Thêm nhiệm vụ khác'),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Ban hành công văn triển khai'))));
}

// One item of the letter: which task of the relayed document it carries out, the lead and
// coordinating bodies, what to do, by when, and whether it is a request ("Đề nghị") to a body
// the unit does not direct (the Youth Union, the Fatherland Front).
function relayItem(sourceTasks, parent, agencies, remove) {
  const heading = h('h5', {});
  const parentSel = h('select', {}, h('option', { value: '' }, '— Không gắn với nhiệm vụ nào —'),
    sourceTasks.map((t) => h('option', { value: t.id, selected: parent && parent.id === t.id }, shorten(t.content, 120))));
  const leadBox = h('div');
  const coordBox = h('div');
  let lead = leadSelect(agencies);
  let coord = coordinatingFields(agencies, 'Cơ quan phối hợp');
  const content = h('textarea', { rows: '4', value: parent ? parent.content : '' });
  const request = h('input', { type: 'checkbox' });
  const deadline = deadlineFields('deadline', 'Thời hạn', parent ? parent.deadline : { kind: 'date' });
  const removeButton = h('button', { type: 'button', class: 'secondary', onclick: remove }, 'Bỏ');
  const leadField = () => fill(leadBox, field('Cơ quan chủ trì', lead));
  leadField();
  coordBox.append(coord.el);
  const el = h('li', { class: 'card relay-item' }, heading,
    field('Nhiệm vụ của văn bản cấp trên', parentSel, { optional: true }),
    leadBox, coordBox,
    field('Nội dung giao', content),
    checkField('Đề nghị (cơ quan, tổ chức không trực thuộc, ví dụ Thành đoàn)', request, { short: 'Đề nghị' }),
    deadline.el, removeButton);
  return {
    el,
    setAgencies: (list) => {
      const keep = lead.value;
      lead = leadSelect(list, keep ? Number(keep) : undefined);
      leadField();
      const next = coordinatingFields(list, 'Cơ quan phối hợp');
      coord.el.replaceWith(next.el);
      coord = next;
    },
    setNumber: (n) => {
      heading.textContent = `Nhiệm vụ ${n}`;
      removeButton.textContent = `Bỏ nhiệm vụ ${n}`;
    },
    value: () => {
      const out = {
        lead_agency_id: lead.value ? Number(lead.value) : 0,
        coordinating_agency_ids: coord.value(),
        content: content.value.trim(),
        request: request.checked,
        deadline: deadline.value(),
      };
      if (parentSel.value) out.parent_task_id = Number(parentSel.value);
      return out;
    },
    controls: (i) => {
      const p = `items[${i}]`;
      const out = { [`${p}.lead_agency_id`]: lead, [`${p}.content`]: content, [`${p}.parent_task_id`]: parentSel };
      for (const [k, c] of Object.entries(deadline.controls)) out[`${p}.${k}`] = c;
      return out;
    },
  };
}

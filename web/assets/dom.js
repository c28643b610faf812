// Small DOM helpers shared by the public and staff pages.
//
// Safety contract: every string given to h() or append() becomes a text node, so text typed
// by a youth or an officer is always shown as text, never parsed as markup. No module of this
// UI uses innerHTML.
//
// The text these helpers write comes from the catalogue of the page's language (i18n.js); the
// staff UI never switches language, so it stays Vietnamese there.

import { t, has, isEnglish, formatDate, formatInstant } from './i18n.js';

// h('p', {class: 'x', onclick: fn}, 'text', child, [more]) builds an element.
// Props: `class`, event handlers `on<event>`, the properties value/checked/selected;
// anything else is an attribute (true → present, null/false/undefined → absent).
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'value' || k === 'checked' || k === 'selected') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  return append(el, ...children);
}

export function append(el, ...children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

// Replaces the children of `el` (same rules as append).
export function fill(el, ...children) {
  return append(clear(el), ...children);
}

// '2025-03-26' → '26/03/2025' (Vietnamese civil date order), '26 Mar 2025' in English.
export function fmtDate(ymd) {
  if (!ymd) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ymd);
  return m ? formatDate(m[1], m[2], m[3]) : String(ymd);
}

// A UTC instant shown in Vietnam time: '14:05 26/03/2025' ('26 Mar 2025, 14:05' in English).
export function fmtInstant(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const p = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(d).reduce((o, x) => ((o[x.type] = x.value), o), {});
  return formatInstant(p);
}

// Today in Vietnam as YYYY-MM-DD, plus `days`.
export function vnDate(days = 0) {
  const d = new Date(Date.now() + 7 * 3600e3 + days * 86400e3);
  return d.toISOString().slice(0, 10);
}

let seq = 0;

// A labelled form control with an optional hint and an error slot, both linked to the
// control by aria-describedby. The error slot is filled by showErrors().
export function field(label, control, { hint, optional } = {}) {
  if (!control.id) control.id = `f${++seq}`;
  control.dataset.label = label;
  const ids = [];
  const wrap = h('div', { class: 'field' },
    h('label', { for: control.id }, label,
      optional ? h('span', { class: 'optional' }, t('form.optional')) : null));
  if (hint) {
    ids.push(`${control.id}-hint`);
    wrap.append(h('p', { id: ids[0], class: 'hint' }, hint));
  }
  ids.push(`${control.id}-err`);
  wrap.append(h('p', { id: `${control.id}-err`, class: 'field-error' }), control);
  control.setAttribute('aria-describedby', ids.join(' '));
  return wrap;
}

// A checkbox with its label beside it, same error wiring as field().
// `short` names the box in the error summary when the label is long.
export function checkField(label, control, { hint, short } = {}) {
  if (!control.id) control.id = `f${++seq}`;
  control.dataset.label = short || label;
  const ids = [`${control.id}-err`];
  if (hint) ids.unshift(`${control.id}-hint`);
  control.setAttribute('aria-describedby', ids.join(' '));
  return h('div', { class: 'field check' },
    h('p', { id: `${control.id}-err`, class: 'field-error' }),
    h('div', { class: 'check-row' }, control, h('label', { for: control.id }, label)),
    hint ? h('p', { id: `${control.id}-hint`, class: 'hint' }, hint) : null);
}

export function clearErrors(controls) {
  for (const c of Object.values(controls)) {
    c.removeAttribute('aria-invalid');
    const slot = document.getElementById(`${c.id}-err`);
    if (slot) slot.textContent = '';
  }
}

// Shows an API error on a form: each field's reason next to its control, and an alert
// (role="alert", announced by screen readers) that sums them up with links to the fields.
// `controls` maps API field names ("age", "asker_name") to their controls.
// The server writes its reasons in Vietnamese. On an English page a field's reason is an
// English one (err.field.<name>, else a generic one) with the server's words beside it,
// marked lang="vi"; a field's label is its control's English label, never a code name.
export function fieldReason(f) {
  if (!isEnglish()) return f.reason;
  const key = `err.field.${f.field}`;
  return [t(has(key) ? key : 'err.field.generic'), f.reason ? [' (', h('span', { lang: 'vi' }, f.reason), ')'] : null];
}

// The message of a failed request as the page's language says it: the server's own message in
// Vietnamese; in English a sentence by the error's code, with the server's words marked
// lang="vi".
export function errorMessage(err) {
  if (!isEnglish()) return err.message || t('err.generic');
  const key = `err.code.${err.code}`;
  if (err.code === 'network' || !err.status) return t('err.network');
  const english = has(key) ? t(key) : t('err.http', { status: err.status });
  return err.message ? [english, ' ', t('err.serverSaid'), h('span', { lang: 'vi' }, err.message)] : english;
}

export function showErrors(slot, err, controls = {}) {
  clearErrors(controls);
  const items = [];
  for (const f of err.fields || []) {
    const c = controls[f.field];
    if (c) {
      fill(document.getElementById(`${c.id}-err`), t('err.prefix', { reason: '' }), fieldReason(f));
      c.setAttribute('aria-invalid', 'true');
      items.push(h('li', {}, h('a', {
        href: `#${c.id}`,
        onclick: (e) => { e.preventDefault(); c.focus(); },
      }, `${c.dataset.label}: `, fieldReason(f))));
    } else {
      items.push(h('li', {}, fieldReason(f))); // a field with no control here, e.g. question_ids
    }
  }
  // With fields, the server's message names the first by its code ("signer.name"): the list
  // below says the same in the fields' own labels (issue 13: no code names in messages).
  const title = items.length && err.fields.some((f) => controls[f.field])
    ? t('err.fix') : errorMessage(err);
  fill(slot, h('div', { class: 'alert error', role: 'alert' },
    h('p', { class: 'alert-title' }, title),
    items.length ? h('ul', {}, items) : null));
}

// A success or progress message announced politely (role="status").
export function showStatus(slot, ...content) {
  fill(slot, h('div', { class: 'alert ok', role: 'status' }, ...content));
}

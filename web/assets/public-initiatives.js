// The public pages of youth initiatives (issue 15, C10): "/sang-kien" lists every call with its
// criteria and dates, a form to send an initiative to a call that takes them, and the published
// results (selected and recognised initiatives with their mean score); "/sang-kien/ma/{code}"
// is a sender's tracking page. Loaded on demand by public.js.

import { h, clear, fill, fmtDate, fmtInstant, field, clearErrors, showErrors, showStatus } from './dom.js';
import { api } from './api.js';
import { t, content, contentLang, serverLabel, isEnglish, numberLocale } from './i18n.js';

const FIELD_CODES = ['digital', 'green', 'startup', 'community', 'other'];

const fmtScore = (x) => x.toLocaleString(numberLocale(), { maximumFractionDigits: 1 });
// Labels the server sends in Vietnamese, in the page's language by their code.
const phaseLabel = (c) => serverLabel(`init.phase.${c.phase}`, c.phase_label);
const statusLabel = (x) => serverLabel(`init.status.${x.status}`, x.status_label);
const fieldLabel = (x) => serverLabel(`init.field.${x.field}`, x.field_label);

// `page(title, ...content)` is public.js's page renderer (page.content for a title people wrote).
export async function initiativesPage(page) {
  const { items } = await api('/api/initiative-calls');
  const other = t('init.introOther');
  page(t('init.title'),
    h('p', {}, t('init.intro'), other ? h('span', { lang: 'en' }, other) : null),
    items.length ? items.map(callSection) : h('p', {}, t('init.none')),
    h('section', { 'aria-labelledby': 'tra-cuu-sk' },
      h('h2', { id: 'tra-cuu-sk' }, t('init.lookup')), lookupForm()));
}

function callSection(v, k) {
  const c = v.call;
  const id = `dot-${c.id}`;
  return h('section', { 'aria-labelledby': id, class: 'initiative-call' },
    h('h2', contentLang({ id }), c.title),
    h('p', { class: 'meta' }, content(v.unit_name), t('init.dates', { from: fmtDate(c.opens_on), to: fmtDate(c.closes_on) }),
      h('strong', {}, phaseLabel(c)), t('init.received', { n: v.received })),
    c.description ? h('p', contentLang(), c.description) : null,
    h('details', {}, h('summary', {}, t('init.criteria', { max: c.max_total })),
      h('ul', {}, c.criteria.map((x) => h('li', {}, content(x.name), t('init.points', { n: x.max_points }))))),
    c.phase === 'published' ? results(v) : null,
    c.phase === 'open' ? submitForm(c, k) : null);
}

function results(v) {
  if (!v.results.length) return h('p', {}, t('init.noneSelected'));
  return h('div', {},
    h('h3', {}, t('init.results', { date: fmtDate(v.call.published_on) })),
    h('ol', { class: 'cards initiative-results' }, v.results.map((i) => h('li', { class: 'card' },
      h('h4', contentLang({ class: 'card-title' }), i.title),
      h('p', { class: 'meta' }, fieldLabel(i), ' · ', content(i.team), ' · ', content(i.unit)),
      h('p', {}, h('strong', {}, statusLabel(i)),
        i.recognition ? [' — ', content(i.recognition)] : '',
        t('init.score', { mean: fmtScore(i.score.mean), max: i.score.max_total, cards: i.score.cards })),
      i.support.length ? h('p', { class: 'support' }, h('strong', {}, t('init.support')),
        i.support.flatMap((s, k) => [k ? '; ' : '', content(s.lead), ' — ',
          `${isEnglish() ? t(`task.${s.status}`).toLowerCase() : s.status_label.toLowerCase()}, ${s.percent}%`,
          s.due_on ? t('init.supportDue', { date: fmtDate(s.due_on) }) : ''])) : null,
      h('details', {}, h('summary', {}, t('init.problemSolution')),
        h('p', {}, h('strong', {}, t('init.problem')), content(i.problem)),
        h('p', {}, h('strong', {}, t('init.solution')), content(i.solution)))))));
}

function submitForm(call, k) {
  const title = h('input', { type: 'text', name: 'title', maxlength: '300' });
  const problem = h('textarea', { name: 'problem', rows: '4', maxlength: '8000' });
  const solution = h('textarea', { name: 'solution', rows: '5', maxlength: '8000' });
  const fieldSel = h('select', { name: 'field' }, FIELD_CODES.map((v) => h('option', { value: v }, t(`init.field.${v}`))));
  const team = h('input', { type: 'text', name: 'team', maxlength: '500' });
  const unit = h('input', { type: 'text', name: 'unit', maxlength: '200' });
  const contactName = h('input', { type: 'text', name: 'contact_name', maxlength: '120', autocomplete: 'name' });
  const contactEmail = h('input', { type: 'email', name: 'contact_email', maxlength: '254', autocomplete: 'email' });
  const controls = { title, problem, solution, field: fieldSel, team, unit, contact_name: contactName, contact_email: contactEmail };
  const msg = h('div', { class: 'form-message' });
  const result = h('div', { class: 'result' });
  const button = h('button', { type: 'submit' }, t('init.submit'));

  async function submit(e) {
    e.preventDefault();
    clearErrors(controls);
    clear(msg);
    const body = Object.fromEntries(Object.entries(controls).map(([key, c]) => [key, c.value]));
    button.disabled = true;
    showStatus(msg, t('init.sending'));
    try {
      const r = await api(`/api/initiative-calls/${call.id}/initiatives`, { method: 'POST', json: body });
      clear(msg);
      e.target.reset();
      const link = `/sang-kien/ma/${encodeURIComponent(r.tracking_code)}`;
      showStatus(result,
        h('p', { class: 'alert-title' }, t('init.sent'), statusLabel(r)),
        h('p', {}, t('ask.keepCode')),
        h('p', { class: 'code' }, r.tracking_code),
        h('p', {}, h('a', { href: link }, t('init.track'))));
    } catch (err) {
      showErrors(msg, err, controls);
    } finally {
      button.disabled = false;
    }
  }

  const id = `gui-sk-${k}`;
  return h('div', {},
    h('h3', { id }, t('init.submit')),
    h('form', { class: 'initiative-form', 'aria-labelledby': id, novalidate: '', onsubmit: submit },
      field(t('init.f.title'), title),
      field(t('init.f.problem'), problem, { hint: t('init.f.problemHint') }),
      field(t('init.f.solution'), solution, { hint: t('init.f.solutionHint') }),
      field(t('init.f.field'), fieldSel),
      field(t('init.f.team'), team, { hint: t('init.f.teamHint') }),
      field(t('init.f.unit'), unit, { hint: t('init.f.unitHint') }),
      field(t('init.f.contactName'), contactName, { optional: true, hint: t('init.f.contactNameHint') }),
      field(t('init.f.contactEmail'), contactEmail, { optional: true, hint: t('init.f.contactEmailHint') }),
      msg, button),
    result);
}

function lookupForm() {
  const code = h('input', { type: 'text', name: 'code', autocomplete: 'off', spellcheck: 'false' });
  return h('form', {
    class: 'lookup', role: 'search',
    onsubmit: (e) => {
      e.preventDefault();
      const typed = code.value.trim();
      if (typed) location.href = `/sang-kien/ma/${encodeURIComponent(typed)}`;
    },
  }, field(t('init.code'), code, { hint: t('init.codeHint') }),
  h('button', { type: 'submit' }, t('lookup.button')));
}

const fact = (label, ...value) => h('div', {}, h('dt', {}, label), h('dd', {}, ...value));

export async function initiativeTrackingPage(page, code) {
  const x = await api(`/api/initiative-tracking/${encodeURIComponent(code)}`);
  (page.content || page)(x.title,
    h('p', { class: 'code' }, x.tracking_code),
    h('dl', { class: 'facts' },
      fact(t('init.t.status'), h('strong', {}, statusLabel(x))),
      x.status === 'screened_out' ? fact(t('init.t.reason'), content(x.screening_note)) : null,
      x.recognition ? fact(t('init.t.recognition'), content(x.recognition)) : null,
      fact(t('init.t.call'), h('a', contentLang({ href: '/sang-kien' }), x.call.title), ' (', phaseLabel(x.call), ')'),
      fact(t('init.t.field'), fieldLabel(x)),
      fact(t('init.t.team'), content(x.team), ' · ', content(x.unit)),
      fact(t('init.t.sent'), isEnglish() ? fmtInstant(x.submitted_at).split(',')[0] : new Date(x.submitted_at).toLocaleDateString('vi-VN'))),
    h('p', {}, h('a', { href: '/sang-kien' }, t('init.back'))));
}

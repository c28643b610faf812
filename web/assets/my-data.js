// "/q/{code}/du-lieu": a youth's own data (PDP Law 91/2025/QH15; app/rights): with the tracking
// code — and the contact they left, if any — they see what is held, download it as JSON,
// correct it, withdraw a consent or delete it. The code and contact travel in POST bodies only.
// User text is only ever inserted as text (dom.js).

import { h, fmtDate, fmtInstant, field, checkField, clearErrors, showErrors, showStatus, fill, clear } from './dom.js';
import { api } from './api.js';
import { t, has, content, contentLang, serverLabel } from './i18n.js';

// Codes of the API named in the page's language (my.kind.*, my.outcome.*, my.purpose.*,
// my.action.*); an unknown code is shown as it is.
const named = (prefix, code) => (has(`${prefix}${code}`) ? t(`${prefix}${code}`) : code);

export async function myDataPage(page, code) {
  const proof = { tracking_code: code, contact: '' };
  const codeInput = h('input', { type: 'text', name: 'tracking_code', value: code, autocomplete: 'off', spellcheck: 'false' });
  const contactInput = h('input', { type: 'text', name: 'contact', autocomplete: 'off' });
  const msg = h('div');
  const view = h('div', { class: 'my-data', tabindex: '-1' });
  const controls = { tracking_code: codeInput, contact: contactInput };

  async function run(path, body, after) {
    try {
      const data = await api(path, { method: 'POST', json: { ...proof, ...body } });
      clear(msg);
      render(data);
      if (after) showStatus(view.querySelector('.done-message'), after);
      return data;
    } catch (err) {
      showErrors(view.querySelector('.done-message') || msg, err, controls);
      return null;
    }
  }

  function render(d) {
    const q = d.question;
    fill(view,
      h('div', { class: 'done-message', 'aria-live': 'polite' }),
      h('section', { 'aria-labelledby': 'held' }, h('h2', { id: 'held' }, t('my.held')),
        h('dl', { class: 'facts' },
          fact(t('lookup.label'), h('strong', { class: 'tracking-code' }, d.tracking_code)),
          fact(t('my.text'), q.text_erased ? h('em', { class: 'erased' }, t('my.erased')) : h('span', contentLang({ class: 'pre quote' }), q.text)),
          fact(t('ask.name'), content(q.asker_name) || '—'),
          fact(t('ask.contact'), q.asker_contact || '—'),
          fact(t('my.age'), q.age == null ? '—' : String(q.age)),
          fact(t('my.ward'), content(q.asker_unit) || '—'),
          fact(t('track.sentAt'), fmtInstant(q.submitted_at)),
          fact(t('track.status'), serverLabel(`status.${q.status}`, q.status_label)),
          fact(t('od.issues'), content(q.issue_title) || '—'),
          fact(t('my.controller'), content(d.controller)),
          fact(t('my.agencies'), content(d.handling_agencies.map((a) => a.name).join('; ')) || '—')),
        h('p', { class: 'hint' }, t('my.retention'))),
      h('section', { 'aria-labelledby': 'consents' }, h('h2', { id: 'consents' }, t('my.consents')),
        h('ul', { class: 'consent-list' }, d.consents.map((c) => h('li', { class: 'card', 'data-purpose': c.purpose },
          h('p', { class: 'alert-title' }, named('my.purpose.', c.purpose)),
          // The text the youth agreed to, as it was shown (in Vietnamese).
          c.text ? h('p', { class: 'hint' }, '“', content(c.text), '”', t('my.version', { version: c.text_version })) : null,
          h('p', { class: 'consent-state' }, c.withdrawn_at ? t('my.withdrawnAt', { at: fmtInstant(c.withdrawn_at) })
            : c.granted ? t('my.grantedAt', { at: fmtInstant(c.decided_at) }) : t('my.refused')),
          c.in_force && c.purpose !== 'answer'
            ? h('button', { type: 'button', class: 'secondary', onclick: () => run('/api/my-data/withdrawal', { purpose: c.purpose }, t('my.withdrawn')) },
              t('my.withdraw', { purpose: named('my.purposeShort.', c.purpose) }))
            : null)))),
      correctionForm(q),
      h('section', { 'aria-labelledby': 'export' }, h('h2', { id: 'export' }, t('my.export')),
        h('p', {}, t('my.exportText')),
        h('button', { type: 'button', class: 'secondary', onclick: download }, t('my.download'))),
      deletionForm(q),
      h('section', { 'aria-labelledby': 'requests' }, h('h2', { id: 'requests' }, t('my.requests')),
        h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('my.requestsRegion') }, h('table', { class: 'requests' },
          h('thead', {}, h('tr', {}, ['my.col.request', 'my.col.received', 'my.col.due', 'my.col.outcome'].map((k) => h('th', { scope: 'col' }, t(k))))),
          h('tbody', {}, d.requests.map((r) => h('tr', {},
            h('td', {}, named('my.kind.', r.kind)), h('td', {}, fmtInstant(r.received_at)),
            h('td', {}, fmtDate(r.due_on)), h('td', {}, named('my.outcome.', r.outcome), r.detail ? [' — ', content(r.detail)] : ''))))))),
      h('section', { 'aria-labelledby': 'history' }, h('h2', { id: 'history' }, t('my.history')),
        h('ol', { class: 'history' }, d.history.map((e) => h('li', {},
          `${fmtInstant(e.at)}: ${named('my.action.', e.action)}`, e.by ? [' (', content(e.by), ')'] : '')))));
  }

  function correctionForm(q) {
    const name = h('input', { type: 'text', name: 'asker_name', value: q.asker_name, maxlength: '100' });
    const contact = h('input', { type: 'text', name: 'asker_contact', value: q.asker_contact, maxlength: '200' });
    const age = h('input', { type: 'number', name: 'age', value: q.age == null ? '' : String(q.age), min: '16', max: '30', class: 'short' });
    const text = q.screening === 'new' && !q.text_erased ? h('textarea', { name: 'text', rows: '4', maxlength: '2000' }, q.text) : null;
    const ctl = { asker_name: name, asker_contact: contact, age, ...(text ? { text } : {}) };
    const slot = h('div');
    return h('section', { 'aria-labelledby': 'correct' }, h('h2', { id: 'correct' }, t('my.correct')),
      h('form', {
        class: 'correct', novalidate: true,
        onsubmit: async (e) => {
          e.preventDefault();
          clearErrors(ctl);
          const body = {};
          if (name.value !== q.asker_name) body.asker_name = name.value;
          if (contact.value !== q.asker_contact) body.asker_contact = contact.value;
          if (age.value !== (q.age == null ? '' : String(q.age))) body.age = age.value === '' ? null : Number(age.value);
          if (text && text.value !== q.text) body.text = text.value;
          try {
            const data = await api('/api/my-data/correction', { method: 'POST', json: { ...proof, ...body } });
            if ('asker_contact' in body) proof.contact = body.asker_contact;  // the new proof
            render(data);
            showStatus(view.querySelector('.done-message'), t('my.corrected'));
          } catch (err) {
            showErrors(slot, err, ctl);
          }
        },
      }, slot,
      field(t('ask.name'), name, { optional: true }),
      field(t('ask.contact'), contact, { optional: true, hint: t('my.contactHint') }),
      field(t('my.age'), age),
      text ? field(t('my.text'), text, { hint: t('my.textHint') }) : null,
      h('button', { type: 'submit' }, t('my.save'))));
  }

  function deletionForm(q) {
    const keep = h('input', { type: 'radio', name: 'keep_text', value: 'true', id: 'keep-text' });
    const drop = h('input', { type: 'radio', name: 'keep_text', value: 'false', id: 'drop-text' });
    const slot = h('div');
    return h('section', { 'aria-labelledby': 'delete' }, h('h2', { id: 'delete' }, t('my.delete')),
      h('p', {}, t('my.deleteText')),
      h('form', {
        class: 'delete', novalidate: true,
        onsubmit: async (e) => {
          e.preventDefault();
          if (!keep.checked && !drop.checked) {
            showErrors(slot, { message: t('my.chooseText'), fields: [{ field: 'keep_text', reason: t('err.field.keep_text') }] }, { keep_text: keep });
            return;
          }
          await run('/api/my-data/deletion', { keep_text: keep.checked }, t('my.deleted'));
        },
      }, slot,
      h('fieldset', {},
        h('legend', {}, t('my.textLegend')),
        q.text_erased ? h('p', {}, t('my.textErased')) : null,
        checkField(t('my.keep'), keep),
        checkField(t('my.drop'), drop)),
      h('button', { type: 'submit', class: 'danger' }, t('my.deleteButton'))));
  }

  async function download() {
    try {
      const data = await api('/api/my-data/export', { method: 'POST', json: proof });
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const a = h('a', { href: URL.createObjectURL(blob), download: 'du-lieu-ca-nhan.json' });
      document.body.append(a);
      a.click();
      a.remove();
      render(data);
      showStatus(view.querySelector('.done-message'), t('my.downloaded'));
    } catch (err) {
      showErrors(view.querySelector('.done-message'), err, controls);
    }
  }

  const other = t('my.introOther');
  page(t('mydata.link'),
    h('p', {}, t('my.intro')),
    other ? h('p', { class: 'hint', lang: 'en' }, other) : null,
    h('form', {
      class: 'lookup', novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        clearErrors(controls);
        proof.tracking_code = codeInput.value.trim();
        proof.contact = contactInput.value.trim();
        const data = await run('/api/my-data', {});
        if (data) view.focus();
      },
    }, msg,
    field(t('lookup.label'), codeInput),
    field(t('my.proofContact'), contactInput, { optional: true, hint: t('my.proofHint') }),
    h('button', { type: 'submit' }, t('my.see'))),
    view);
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

// "Tôi cũng muốn hỏi điều này" (issue 14): a visitor adds their support to an issue instead of
// sending the same question again (POST /api/issues/{id}/support). One per visitor per issue:
// a repeat is recognised by the server and changes nothing. And following an open issue by
// e-mail (POST /api/issues/{id}/follow): the server mails a confirmation link (double opt-in).
import { h, field, clearErrors, showErrors, showStatus } from './dom.js';
import { api } from './api.js';
import { t, isEnglish } from './i18n.js';

function countText(n) {
  return n > 0 ? t('support.count', { n }) : t('support.none');
}

export function supportControl(issueId, count) {
  const shown = h('span', { class: 'support-count', 'aria-live': 'polite' }, countText(count || 0));
  const msg = h('div');
  const button = h('button', { type: 'button', class: 'secondary support' }, t('support.button'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const r = await api(`/api/issues/${issueId}/support`, { method: 'POST', json: {} });
      shown.textContent = countText(r.support_count);
      button.textContent = r.counted ? t('support.counted') : t('support.already');
    } catch (err) {
      button.disabled = false;
      showErrors(msg, err);
    }
  });
  return h('div', { class: 'support-row' }, button, ' ', shown, msg);
}

// "Nhận thư khi có câu trả lời": folded away until asked for, so the list stays short.
export function followControl(issueId) {
  const email = h('input', { type: 'email', name: 'email', maxlength: '200', autocomplete: 'email', inputmode: 'email' });
  const msg = h('div', { class: 'form-message' });
  const button = h('button', { type: 'submit', class: 'secondary' }, t('follow.button'));
  async function submit(e) {
    e.preventDefault();
    clearErrors({ email });
    button.disabled = true;
    try {
      const r = await api(`/api/issues/${issueId}/follow`, { method: 'POST', json: { email: email.value } });
      // The server's sentence is Vietnamese; the English page says the same in English.
      showStatus(msg, isEnglish() || !r.message ? t('follow.sent') : r.message);
      email.value = '';
    } catch (err) {
      showErrors(msg, err, { email });
    } finally {
      button.disabled = false;
    }
  }
  return h('details', { class: 'follow' },
    h('summary', {}, t('follow.summary')),
    h('form', { novalidate: true, onsubmit: submit },
      msg,
      field(t('follow.email'), email, { hint: t('follow.hint') }),
      button));
}

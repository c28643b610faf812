// "Tôi cũng muốn hỏi điều này" (issue 14): a visitor adds their support to an issue instead of
// sending the same question again (POST /api/issues/{id}/support). One per visitor per issue:
// a repeat is recognised by the server and changes nothing. And following an open issue by
// e-mail (POST /api/issues/{id}/follow): the server mails a confirmation link (double opt-in).
import { h, field, clearErrors, showErrors, showStatus } from './dom.js';
import { api } from './api.js';

function countText(n) {
  return n > 0 ? `${n} bạn cũng muốn hỏi` : 'Chưa có ai cùng hỏi';
}

export function supportControl(issueId, count) {
  const shown = h('span', { class: 'support-count', 'aria-live': 'polite' }, countText(count || 0));
  const msg = h('div');
  const button = h('button', { type: 'button', class: 'secondary support' }, 'Tôi cũng muốn hỏi điều này');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const r = await api(`/api/issues/${issueId}/support`, { method: 'POST', json: {} });
      shown.textContent = countText(r.support_count);
      button.textContent = r.counted ? 'Đã ghi nhận, cảm ơn bạn' : 'Bạn đã cùng hỏi điều này';
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
  const button = h('button', { type: 'submit', class: 'secondary' }, 'Đăng ký nhận thư');
  async function submit(e) {
    e.preventDefault();
    clearErrors({ email });
    button.disabled = true;
    try {
      const r = await api(`/api/issues/${issueId}/follow`, { method: 'POST', json: { email: email.value } });
      showStatus(msg, r.message);
      email.value = '';
    } catch (err) {
      showErrors(msg, err, { email });
    } finally {
      button.disabled = false;
    }
  }
  return h('details', { class: 'follow' },
    h('summary', {}, 'Nhận thư khi có câu trả lời'),
    h('form', { novalidate: true, onsubmit: submit },
      msg,
      field('Địa chỉ e-mail', email, { hint: 'Chúng tôi gửi một thư xác nhận; chỉ khi bạn mở đường dẫn trong thư, bạn mới được đăng ký. Địa chỉ không bao giờ được công khai.' }),
      button));
}

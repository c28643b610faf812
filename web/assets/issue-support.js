// "Tôi cũng muốn hỏi điều này" (issue 14): a visitor adds their support to an issue instead of
// sending the same question again (POST /api/issues/{id}/support). One per visitor per issue:
// a repeat is recognised by the server and changes nothing.
import { h, showErrors } from './dom.js';
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

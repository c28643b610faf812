// Who asked a question, as far as the signed-in user may see it (docs/security.md, "Who can see
// a youth's identity"). The API gives `asker` ({name, age, has_contact}) only to the host
// unit's coordinators and Youth Union; everyone else gets the age band. The contact is never in
// a list: the button "Xem liên hệ" asks GET /api/questions/{id}/contact, which is logged.

import { h } from './dom.js';
import { api } from './api.js';

function fact(term, value) {
  return value ? h('div', {}, h('dt', {}, term), h('dd', {}, value)) : null;
}

// The <dl> rows about the asker of `q` (a StaffQuestion).
export function askerFacts(q) {
  if (!q.asker) {
    return [fact('Độ tuổi', q.age_band), fact('Người hỏi', 'Không hiển thị (chỉ đơn vị tổ chức xem)')];
  }
  return [
    fact('Tuổi', q.asker.age == null ? null : String(q.asker.age)),
    fact('Người hỏi', q.asker.name || 'Không để tên'),
    q.asker.has_contact ? fact('Liên hệ', contactReveal(q)) : null,
  ];
}

function contactReveal(q) {
  const out = h('span', { class: 'contact', 'aria-live': 'polite' });
  const button = h('button', {
    type: 'button', class: 'secondary',
    onclick: async () => {
      button.disabled = true;
      try {
        const c = await api(`/api/questions/${q.id}/contact`);
        out.replaceChildren(c.asker_contact || 'Không để lại');
      } catch (err) {
        button.disabled = false;
        out.append(h('span', { class: 'error' }, ` ${err.message}`));
      }
    },
  }, 'Xem liên hệ');
  out.append(button, h('span', { class: 'hint' }, ' (lần xem được ghi vào nhật ký)'));
  return out;
}

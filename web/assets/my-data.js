// "/q/{code}/du-lieu": a youth's own data (PDP Law 91/2025/QH15; app/rights): with the tracking
// code — and the contact they left, if any — they see what is held, download it as JSON,
// correct it, withdraw a consent or delete it. The code and contact travel in POST bodies only.
// User text is only ever inserted as text (dom.js).

import { h, fmtDate, fmtInstant, field, checkField, clearErrors, showErrors, showStatus, fill, clear } from './dom.js';
import { api } from './api.js';

const KIND = {
  access: 'Xem dữ liệu / Access', export: 'Tải về / Export', correction: 'Sửa thông tin / Correction',
  withdrawal: 'Rút đồng ý / Withdrawal', deletion: 'Xóa dữ liệu / Deletion',
};
const OUTCOME = { done: 'Đã thực hiện / Done', refused: 'Từ chối / Refused' };
const PURPOSE = {
  answer: 'Xử lý để trả lời câu hỏi / To answer the question',
  contact: 'Nhận thông báo qua liên hệ / Notifications at my contact',
  publish_text: 'Công khai nội dung câu hỏi / Publish my question’s text',
};
const ACTION = {
  'question.submitted': 'Bạn gửi câu hỏi', 'question.screened': 'Cán bộ xem xét (sàng lọc) câu hỏi',
  'question.corrected_by_asker': 'Bạn sửa thông tin', 'question.personal_data_erased': 'Bạn xóa dữ liệu cá nhân',
  'question.contact_revealed': 'Cán bộ xem liên hệ của bạn để trả lời',
};

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
      h('section', { 'aria-labelledby': 'held' }, h('h2', { id: 'held' }, 'Thông tin chúng tôi lưu / What we hold'),
        h('dl', { class: 'facts' },
          fact('Mã theo dõi', h('strong', { class: 'tracking-code' }, d.tracking_code)),
          fact('Nội dung câu hỏi', q.text_erased ? h('em', { class: 'erased' }, 'Đã xóa theo yêu cầu của bạn / Deleted') : h('span', { class: 'pre quote' }, q.text)),
          fact('Họ và tên', q.asker_name || '—'),
          fact('Điện thoại hoặc thư điện tử', q.asker_contact || '—'),
          fact('Tuổi', q.age == null ? '—' : String(q.age)),
          fact('Phường, xã', q.asker_unit || '—'),
          fact('Gửi lúc', fmtInstant(q.submitted_at)),
          fact('Tình trạng', q.status_label),
          fact('Nhóm vấn đề', q.issue_title || '—'),
          fact('Đơn vị tổ chức (bên kiểm soát dữ liệu)', d.controller),
          fact('Cơ quan xử lý', d.handling_agencies.map((a) => a.name).join('; ') || '—')),
        h('p', { class: 'hint' }, 'Họ tên và liên hệ tự động được xóa 12 tháng sau khi có thông báo kết luận của buổi đối thoại (mặc định).')),
      h('section', { 'aria-labelledby': 'consents' }, h('h2', { id: 'consents' }, 'Sự đồng ý của bạn / Your consents'),
        h('ul', { class: 'consent-list' }, d.consents.map((c) => h('li', { class: 'card', 'data-purpose': c.purpose },
          h('p', { class: 'alert-title' }, PURPOSE[c.purpose] || c.purpose),
          c.text ? h('p', { class: 'hint' }, `“${c.text}” (phiên bản ${c.text_version})`) : null,
          h('p', { class: 'consent-state' }, c.withdrawn_at ? `Đã rút lúc ${fmtInstant(c.withdrawn_at)}`
            : c.granted ? `Đã đồng ý lúc ${fmtInstant(c.decided_at)}` : 'Không đồng ý'),
          c.in_force && c.purpose !== 'answer'
            ? h('button', { type: 'button', class: 'secondary', onclick: () => run('/api/my-data/withdrawal', { purpose: c.purpose }, 'Đã rút lại sự đồng ý.') },
              `Rút đồng ý: ${PURPOSE[c.purpose].split(' / ')[0]}`)
            : null)))),
      correctionForm(q),
      h('section', { 'aria-labelledby': 'export' }, h('h2', { id: 'export' }, 'Tải về / Export'),
        h('p', {}, 'Tải toàn bộ dữ liệu trên về máy dưới dạng tệp JSON.'),
        h('button', { type: 'button', class: 'secondary', onclick: download }, 'Tải về tệp JSON / Download JSON')),
      deletionForm(q),
      h('section', { 'aria-labelledby': 'requests' }, h('h2', { id: 'requests' }, 'Các yêu cầu của bạn / Your requests'),
        h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Các yêu cầu của bạn' }, h('table', { class: 'requests' },
          h('thead', {}, h('tr', {}, ['Yêu cầu', 'Nhận lúc', 'Hạn theo luật', 'Kết quả'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, d.requests.map((r) => h('tr', {},
            h('td', {}, KIND[r.kind] || r.kind), h('td', {}, fmtInstant(r.received_at)),
            h('td', {}, fmtDate(r.due_on)), h('td', {}, `${OUTCOME[r.outcome] || r.outcome}${r.detail ? ` — ${r.detail}` : ''}`))))))),
      h('section', { 'aria-labelledby': 'history' }, h('h2', { id: 'history' }, 'Câu hỏi đã được xử lý thế nào / History'),
        h('ol', { class: 'history' }, d.history.map((e) => h('li', {},
          `${fmtInstant(e.at)}: ${ACTION[e.action] || e.action}${e.by ? ` (${e.by})` : ''}`)))));
  }

  function correctionForm(q) {
    const name = h('input', { type: 'text', name: 'asker_name', value: q.asker_name, maxlength: '100' });
    const contact = h('input', { type: 'text', name: 'asker_contact', value: q.asker_contact, maxlength: '200' });
    const age = h('input', { type: 'number', name: 'age', value: q.age == null ? '' : String(q.age), min: '16', max: '30', class: 'short' });
    const text = q.screening === 'new' && !q.text_erased ? h('textarea', { name: 'text', rows: '4', maxlength: '2000' }, q.text) : null;
    const ctl = { asker_name: name, asker_contact: contact, age, ...(text ? { text } : {}) };
    const slot = h('div');
    return h('section', { 'aria-labelledby': 'correct' }, h('h2', { id: 'correct' }, 'Sửa thông tin / Correct'),
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
            showStatus(view.querySelector('.done-message'), 'Đã sửa thông tin.');
          } catch (err) {
            showErrors(slot, err, ctl);
          }
        },
      }, slot,
      field('Họ và tên', name, { optional: true }),
      field('Điện thoại hoặc thư điện tử', contact, { optional: true, hint: 'Sau khi sửa, dùng liên hệ mới để mở lại trang này.' }),
      field('Tuổi', age),
      text ? field('Nội dung câu hỏi', text, { hint: 'Chỉ sửa được khi câu hỏi chưa được xem xét.' }) : null,
      h('button', { type: 'submit' }, 'Lưu thay đổi / Save')));
  }

  function deletionForm(q) {
    const keep = h('input', { type: 'radio', name: 'keep_text', value: 'true', id: 'keep-text' });
    const drop = h('input', { type: 'radio', name: 'keep_text', value: 'false', id: 'drop-text' });
    const slot = h('div');
    return h('section', { 'aria-labelledby': 'delete' }, h('h2', { id: 'delete' }, 'Xóa dữ liệu / Delete'),
      h('p', {}, 'Họ tên, liên hệ, tuổi và phường, xã của bạn sẽ bị xóa, mọi sự đồng ý được rút lại. Không thể hoàn tác.'),
      h('form', {
        class: 'delete', novalidate: true,
        onsubmit: async (e) => {
          e.preventDefault();
          if (!keep.checked && !drop.checked) {
            showErrors(slot, { message: 'Chưa chọn cách xử lý nội dung câu hỏi.', fields: [{ field: 'keep_text', reason: 'hãy chọn giữ hay xóa nội dung câu hỏi' }] }, { keep_text: keep });
            return;
          }
          await run('/api/my-data/deletion', { keep_text: keep.checked }, 'Đã xóa dữ liệu cá nhân của bạn.');
        },
      }, slot,
      h('fieldset', {},
        h('legend', {}, 'Nội dung câu hỏi / The question’s text'),
        q.text_erased ? h('p', {}, 'Nội dung câu hỏi đã được xóa.') : null,
        checkField('Giữ nội dung câu hỏi (không còn gắn với bạn) để cơ quan vẫn trả lời', keep),
        checkField('Xóa cả nội dung câu hỏi ở mọi nơi (tìm kiếm, trang công khai, tài liệu)', drop)),
      h('button', { type: 'submit', class: 'danger' }, 'Xóa dữ liệu của tôi / Delete my data')));
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
      showStatus(view.querySelector('.done-message'), 'Đã tải về tệp du-lieu-ca-nhan.json.');
    } catch (err) {
      showErrors(view.querySelector('.done-message'), err, controls);
    }
  }

  page('Dữ liệu của tôi / My data',
    h('p', {}, 'Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, bạn được xem, tải về, sửa, rút lại sự đồng ý và xóa dữ liệu cá nhân đã gửi kèm câu hỏi. Mọi yêu cầu được ghi lại và thực hiện ngay.'),
    h('p', { class: 'hint', lang: 'en' }, 'Under the Personal Data Protection Law, you may see, download, correct, withdraw consent to and delete the personal data you sent with your question.'),
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
    field('Mã theo dõi', codeInput),
    field('Điện thoại hoặc thư điện tử bạn đã để lại', contactInput, { optional: true, hint: 'Bắt buộc nếu bạn đã để lại liên hệ khi gửi câu hỏi; không phân biệt chữ hoa, khoảng trắng.' }),
    h('button', { type: 'submit' }, 'Xem dữ liệu / See my data')),
    view);
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

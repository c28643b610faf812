// The public pages of youth initiatives (issue 15, C10): "/sang-kien" lists every call with its
// criteria and dates, a form to send an initiative to a call that takes them, and the published
// results (selected and recognised initiatives with their mean score); "/sang-kien/ma/{code}"
// is a sender's tracking page. Loaded on demand by public.js.

import { h, clear, fill, fmtDate, field, clearErrors, showErrors, showStatus } from './dom.js';
import { api } from './api.js';

const FIELDS = [
  ['digital', 'Chuyển đổi số'], ['green', 'Chuyển đổi xanh'], ['startup', 'Khởi nghiệp'],
  ['community', 'Cộng đồng, an sinh'], ['other', 'Lĩnh vực khác'],
];

const fmtScore = (x) => x.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

// `page(title, ...content)` is public.js's page renderer.
export async function initiativesPage(page) {
  const { items } = await api('/api/initiative-calls');
  page('Sáng kiến, ý tưởng của thanh niên',
    h('p', {}, 'Các cuộc thi, đợt phát động ý tưởng, sáng kiến của thanh niên về chuyển đổi số, chuyển đổi xanh, khởi nghiệp và cộng đồng. Sáng kiến được chọn được hỗ trợ triển khai và khen thưởng. ',
      h('span', { lang: 'en' }, 'Youth initiatives: calls, how to take part, and the published results.')),
    items.length ? items.map(callSection) : h('p', {}, 'Chưa có đợt phát động nào.'),
    h('section', { 'aria-labelledby': 'tra-cuu-sk' },
      h('h2', { id: 'tra-cuu-sk' }, 'Tra cứu sáng kiến đã gửi'), lookupForm()));
}

function callSection(v, k) {
  const c = v.call;
  const id = `dot-${c.id}`;
  return h('section', { 'aria-labelledby': id, class: 'initiative-call' },
    h('h2', { id }, c.title),
    h('p', { class: 'meta' }, `${v.unit_name} · nhận sáng kiến từ ${fmtDate(c.opens_on)} đến hết ${fmtDate(c.closes_on)} · `,
      h('strong', {}, c.phase_label), ` · đã nhận ${v.received} sáng kiến`),
    c.description ? h('p', {}, c.description) : null,
    h('details', {}, h('summary', {}, `Tiêu chí chấm (tổng ${c.max_total} điểm)`),
      h('ul', {}, c.criteria.map((x) => h('li', {}, `${x.name}: ${x.max_points} điểm`)))),
    c.phase === 'published' ? results(v) : null,
    c.phase === 'open' ? submitForm(c, k) : null);
}

function results(v) {
  if (!v.results.length) return h('p', {}, 'Không có sáng kiến nào được chọn trong đợt này.');
  return h('div', {},
    h('h3', {}, `Kết quả (công bố ngày ${fmtDate(v.call.published_on)})`),
    h('ol', { class: 'cards initiative-results' }, v.results.map((i) => h('li', { class: 'card' },
      h('h4', { class: 'card-title' }, i.title),
      h('p', { class: 'meta' }, `${i.field_label} · ${i.team} · ${i.unit}`),
      h('p', {}, h('strong', {}, i.status_label),
        i.recognition ? ` — ${i.recognition}` : '',
        ` · điểm trung bình ${fmtScore(i.score.mean)}/${i.score.max_total} (${i.score.cards} thành viên hội đồng chấm)`),
      i.support.length ? h('p', { class: 'support' }, h('strong', {}, 'Hỗ trợ triển khai: '),
        i.support.map((s) => `${s.lead} — ${s.status_label.toLowerCase()}, ${s.percent}%${s.due_on ? ` (hạn ${fmtDate(s.due_on)})` : ''}`).join('; ')) : null,
      h('details', {}, h('summary', {}, 'Vấn đề và giải pháp'),
        h('p', {}, h('strong', {}, 'Vấn đề: '), i.problem),
        h('p', {}, h('strong', {}, 'Giải pháp: '), i.solution))))));
}

function submitForm(call, k) {
  const title = h('input', { type: 'text', name: 'title', maxlength: '300' });
  const problem = h('textarea', { name: 'problem', rows: '4', maxlength: '8000' });
  const solution = h('textarea', { name: 'solution', rows: '5', maxlength: '8000' });
  const fieldSel = h('select', { name: 'field' }, FIELDS.map(([v, l]) => h('option', { value: v }, l)));
  const team = h('input', { type: 'text', name: 'team', maxlength: '500' });
  const unit = h('input', { type: 'text', name: 'unit', maxlength: '200' });
  const contactName = h('input', { type: 'text', name: 'contact_name', maxlength: '120', autocomplete: 'name' });
  const contactEmail = h('input', { type: 'email', name: 'contact_email', maxlength: '254', autocomplete: 'email' });
  const controls = { title, problem, solution, field: fieldSel, team, unit, contact_name: contactName, contact_email: contactEmail };
  const msg = h('div', { class: 'form-message' });
  const result = h('div', { class: 'result' });
  const button = h('button', { type: 'submit' }, 'Gửi sáng kiến');

  async function submit(e) {
    e.preventDefault();
    clearErrors(controls);
    clear(msg);
    const body = Object.fromEntries(Object.entries(controls).map(([key, c]) => [key, c.value]));
    button.disabled = true;
    showStatus(msg, 'Đang gửi sáng kiến…');
    try {
      const r = await api(`/api/initiative-calls/${call.id}/initiatives`, { method: 'POST', json: body });
      clear(msg);
      e.target.reset();
      const link = `/sang-kien/ma/${encodeURIComponent(r.tracking_code)}`;
      showStatus(result,
        h('p', { class: 'alert-title' }, 'Sáng kiến của bạn đã được gửi. ', r.status_label),
        h('p', {}, 'Mã theo dõi của bạn (hãy lưu lại):'),
        h('p', { class: 'code' }, r.tracking_code),
        h('p', {}, h('a', { href: link }, 'Xem tình trạng sáng kiến')));
    } catch (err) {
      showErrors(msg, err, controls);
    } finally {
      button.disabled = false;
    }
  }

  const id = `gui-sk-${k}`;
  return h('div', {},
    h('h3', { id }, 'Gửi sáng kiến'),
    h('form', { class: 'initiative-form', 'aria-labelledby': id, novalidate: '', onsubmit: submit },
      field('Tên sáng kiến, ý tưởng', title),
      field('Vấn đề sáng kiến giải quyết', problem, { hint: 'Thực trạng bạn thấy ở địa phương, đơn vị.' }),
      field('Giải pháp', solution, { hint: 'Cách làm, người thực hiện, nguồn lực cần hỗ trợ.' }),
      field('Lĩnh vực', fieldSel),
      field('Tác giả, nhóm tác giả', team, { hint: 'Sẽ được công bố cùng kết quả nếu sáng kiến được chọn.' }),
      field('Đơn vị', unit, { hint: 'Chi đoàn, trường, phường, xã… (được công bố cùng kết quả).' }),
      field('Người liên hệ', contactName, { optional: true, hint: 'Không công bố.' }),
      field('Thư điện tử liên hệ', contactEmail, { optional: true, hint: 'Không công bố; chỉ Ban Tổ chức dùng để liên hệ.' }),
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
  }, field('Mã theo dõi sáng kiến', code, { hint: 'Ví dụ: DT-7K3M-9QXA-2HFP-W8 (không phân biệt chữ hoa, chữ thường).' }),
  h('button', { type: 'submit' }, 'Tra cứu'));
}

const fact = (label, ...value) => h('div', {}, h('dt', {}, label), h('dd', {}, ...value));

export async function initiativeTrackingPage(page, code) {
  const t = await api(`/api/initiative-tracking/${encodeURIComponent(code)}`);
  page(t.title,
    h('p', { class: 'code' }, t.tracking_code),
    h('dl', { class: 'facts' },
      fact('Tình trạng', h('strong', {}, t.status_label)),
      t.status === 'screened_out' ? fact('Lý do', t.screening_note) : null,
      t.recognition ? fact('Khen thưởng', t.recognition) : null,
      fact('Đợt phát động', h('a', { href: '/sang-kien' }, t.call.title), ` (${t.call.phase_label})`),
      fact('Lĩnh vực', t.field_label),
      fact('Tác giả', `${t.team} · ${t.unit}`),
      fact('Ngày gửi', new Date(t.submitted_at).toLocaleDateString('vi-VN'))),
    h('p', {}, h('a', { href: '/sang-kien' }, 'Về trang sáng kiến của thanh niên')));
}

// The public pages, routed by path: "/" (dialogues), "/d/{id}" (one dialogue: plan, clocks,
// question form, published answers), "/d/{id}/truc-tiep" (the dialogue day's screen, issue 15),
// "/q/{code}" (an asker's tracking page), "/sang-kien" (youth initiatives, public-initiatives.js).
// Mobile-first and light; user text is only ever inserted as text (see dom.js).

import { h, clear, fmtDate, fmtInstant, field, checkField, clearErrors, showErrors, showStatus, append, fill } from './dom.js';
import { api } from './api.js';
import { clockState, timingLabel, formLabel } from './labels.js';
import { accountabilitySection } from './accountability.js';
import { supportControl } from './issue-support.js';

const main = document.getElementById('main');
const SITE = 'Đối thoại giữa lãnh đạo và thanh niên';
const PAGE_SIZE = 20;
const SEARCH_PAGE = 10;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

route();

async function route() {
  const path = location.pathname;
  let m;
  try {
    if (path === '/' || path === '/index.html') await homePage();
    else if ((m = /^\/d\/(\d+)\/?$/.exec(path))) await dialoguePage(m[1]);
    else if ((m = /^\/d\/(\d+)\/truc-tiep\/?$/.exec(path))) await (await import('./live-screen.js')).liveScreenPage(main, m[1]);
    else if ((m = /^\/q\/([^/]+)\/?$/.exec(path))) await trackingPage(decodeURIComponent(m[1]));
    else if ((m = /^\/q\/([^/]+)\/du-lieu\/?$/.exec(path))) await (await import('./my-data.js')).myDataPage(page, decodeURIComponent(m[1]));
    else if (path === '/chi-tieu') await (await import('./public-indicators.js')).indicatorsPage(page);
    else if (path === '/sang-kien' || path === '/sang-kien/') await (await import('./public-initiatives.js')).initiativesPage(page);
    else if ((m = /^\/sang-kien\/ma\/([^/]+)\/?$/.exec(path))) await (await import('./public-initiatives.js')).initiativeTrackingPage(page, decodeURIComponent(m[1]));
    else page('Không tìm thấy trang', h('p', {}, 'Địa chỉ này không có trên trang. ', h('a', { href: '/' }, 'Về trang chủ')));
  } catch (err) {
    const gone = err.status === 404;
    page(gone ? 'Không tìm thấy' : 'Không tải được trang',
      h('div', { class: 'alert error', role: 'alert' }, h('p', {}, err.message)),
      h('p', {}, h('a', { href: '/' }, 'Về danh sách chương trình đối thoại')));
  }
}

// Replaces the page content; `title` becomes the h1 and the document title.
function page(title, ...content) {
  document.title = `${title} – ${SITE}`;
  fill(main, h('h1', {}, title), ...content);
}

const section = (id, title, ...content) =>
  h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...content);

// ---- "/" ------------------------------------------------------------------------------

async function homePage() {
  const q = (new URLSearchParams(location.search).get('q') || '').trim();
  if (q) return searchPage(q);
  const { items } = await api('/api/dialogues');
  page('Các chương trình đối thoại',
    items.length
      ? h('ul', { class: 'cards' }, items.map((d) => h('li', { class: 'card' },
        h('h2', { class: 'card-title' }, h('a', { href: `/d/${d.id}` }, d.title)),
        h('p', { class: 'theme' }, d.theme),
        h('p', { class: 'meta' }, `${d.unit ? d.unit.name : ''} · ${fmtDate(d.held_on)}`,
          d.venue ? ` · ${d.venue}` : ''),
        intakeLine(d))))
      : h('p', {}, 'Chưa có chương trình đối thoại nào được công bố.'),
    section('tra-cuu', 'Tra cứu câu hỏi của bạn', lookupForm()));
}

// Whether a dialogue takes questions and until when (issue 13), from its `intake`.
function intakeText(intake) {
  if (!intake) return '';
  const until = intake.closes_on ? ` đến hết ngày ${fmtDate(intake.closes_on)}` : '';
  switch (intake.state) {
    case 'open': return `Đang nhận câu hỏi${until}.`;
    case 'not_open_yet': return 'Chưa mở nhận câu hỏi.';
    case 'paused': return 'Tạm ngừng nhận câu hỏi.';
    case 'closed': return `Đã hết hạn nhận câu hỏi (hạn cuối ${fmtDate(intake.closes_on)}).`;
    case 'concluded': return 'Đã có thông báo kết luận; không nhận thêm câu hỏi.';
    default: return '';
  }
}

function intakeLine(d) {
  const text = intakeText(d.intake);
  return text ? h('p', { class: `intake intake-${d.intake.state}` }, text) : null;
}

function lookupForm(current = '') {
  const input = h('input', { type: 'text', name: 'code', value: current, autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters' });
  const msg = h('div');
  return h('form', {
    class: 'lookup', novalidate: true,
    onsubmit: (e) => {
      e.preventDefault();
      const code = input.value.trim();
      if (!code) {
        showErrors(msg, { message: 'Chưa nhập mã theo dõi.', fields: [{ field: 'code', reason: 'hãy nhập mã đã nhận khi gửi câu hỏi' }] }, { code: input });
        return;
      }
      location.assign(`/q/${encodeURIComponent(code)}`);
    },
  }, msg, field('Mã theo dõi', input, { hint: 'Ví dụ: DT-7K3M-9QXA-2HFP-W8 (chữ hoa hay thường, có hay không có gạch nối đều được)' }),
  h('button', { type: 'submit' }, 'Tra cứu'));
}

// ---- "/?q=…" (search) -------------------------------------------------------------------

// The server's snippet is HTML-escaped text with only <mark>…</mark> around matches.
// It is rebuilt here as text nodes and <mark> elements; no markup is ever parsed.
function unescapeText(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    const v = ENTITIES[e.toLowerCase()];
    return v === undefined ? all : v;
  });
}

export function snippetNodes(snippet) {
  const out = [];
  const parts = String(snippet || '').split('<mark>');
  parts.forEach((part, i) => {
    if (i === 0) {
      if (part) out.push(document.createTextNode(unescapeText(part)));
      return;
    }
    const end = part.indexOf('</mark>');
    const marked = end < 0 ? part : part.slice(0, end);
    const rest = end < 0 ? '' : part.slice(end + 7).split('</mark>').join('');
    const m = document.createElement('mark');
    m.textContent = unescapeText(marked);
    out.push(m);
    if (rest) out.push(document.createTextNode(unescapeText(rest)));
  });
  return out;
}

async function searchPage(q) {
  const box = document.getElementById('site-q');
  if (box) box.value = q;
  const count = h('p', { class: 'meta search-count', 'aria-live': 'polite', role: 'status' }, 'Đang tìm…');
  const relaxed = h('p', { class: 'alert search-relaxed', hidden: true },
    'Không có kết quả chứa đủ mọi từ; đây là các kết quả gần đúng');
  const list = h('ol', { class: 'search-results' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Xem thêm');
  const msg = h('div');
  page(`Kết quả tìm kiếm: “${q}”`, count, relaxed, msg, list, more,
    h('p', {}, h('a', { href: '/' }, 'Về danh sách chương trình đối thoại')));
  let offset = 0;

  async function load() {
    more.disabled = true;
    try {
      const params = new URLSearchParams({ q, limit: String(SEARCH_PAGE), offset: String(offset) });
      const r = await api(`/api/search?${params}`);
      const items = r.items || [];
      const first = offset;
      items.forEach((it) => append(list, searchItem(it)));
      offset += items.length;
      relaxed.hidden = !r.relaxed;
      count.textContent = r.total
        ? `Tìm thấy ${r.total} kết quả. Đang hiển thị ${offset}.`
        : 'Không tìm thấy kết quả nào.';
      more.hidden = offset >= r.total || !items.length;
      if (first > 0 && items.length) list.children[first].querySelector('a').focus();
    } catch (err) {
      count.textContent = '';
      showErrors(msg, err);
    } finally {
      more.disabled = false;
    }
  }
  more.addEventListener('click', load);
  await load();
}

function searchItem(it) {
  const href = it.kind === 'answer' ? `/d/${it.dialogue_id}#issue-${it.id}` : `/d/${it.dialogue_id}#tra-loi`;
  return h('li', { class: 'card search-result', 'data-kind': it.kind },
    h('h2', { class: 'card-title' }, h('a', { href }, it.title || 'Câu trả lời')),
    h('p', { class: 'meta' }, it.kind === 'answer' ? 'Câu trả lời' : 'Câu hỏi'),
    h('p', { class: 'snippet' }, snippetNodes(it.snippet)));
}

// ---- "/d/{id}" --------------------------------------------------------------------------

async function dialoguePage(id) {
  const d = await api(`/api/dialogues/${id}`);
  const agencyOf = new Map((d.milestones || []).map((ms) => [`milestone:${ms.id}`, ms.agency]));
  const stats = d.stats || {};
  page(d.title,
    h('p', { class: 'theme' }, h('span', { class: 'label' }, 'Chủ đề: '), d.theme),
    h('nav', { class: 'jump', 'aria-label': 'Trên trang này' }, h('ul', {},
      h('li', {}, h('a', { class: 'button', href: '#gui-cau-hoi' }, 'Gửi câu hỏi')),
      h('li', {}, h('a', { href: '#tra-loi' }, `Câu trả lời đã công bố (${stats.published_answers ?? 0})`)),
      h('li', {}, h('a', { href: '#da-lam' }, 'Bạn hỏi — chúng tôi đã làm')),
      h('li', {}, h('a', { href: '#moc' }, 'Thời hạn và các mốc')))),
    h('dl', { class: 'facts' },
      fact('Đơn vị tổ chức', d.unit && d.unit.name),
      fact('Chủ trì', d.chair),
      fact('Thời gian', fmtDate(d.held_on)),
      fact('Địa điểm', d.venue),
      fact('Hình thức', formLabel(d.form)),
      fact('Công bố kế hoạch', d.plan_published_on ? fmtDate(d.plan_published_on) : 'Chưa công bố'),
      fact('Nhận câu hỏi', intakeText(d.intake)),
      d.conclusion_issued_on ? fact('Thông báo kết luận', conclusionLinks(d)) : null,
      fact('Câu hỏi đã nhận', String(stats.questions ?? '—')),
      fact('Câu trả lời đã công bố', String(stats.published_answers ?? '—'))),
    section('ke-hoach', 'Nội dung kế hoạch', h('p', { class: 'pre' }, d.summary || 'Chưa có nội dung.')),
    section('moc', 'Thời hạn và các mốc',
      h('p', { class: 'hint' }, 'Thời hạn theo luật và các mốc của kế hoạch; mốc trễ hạn được đánh dấu “Trễ hạn”.'),
      clockList(d.clocks || [], agencyOf),
      h('p', { class: 'subscribe' }, h('a', { href: `/api/dialogues/${d.id}/calendar.ics`, download: '' },
        'Thêm các mốc vào lịch của bạn (iCalendar)'))),
    section('gui-cau-hoi', 'Gửi câu hỏi', d.intake && !d.intake.open
      ? h('p', { class: 'alert' }, intakeText(d.intake))
      : [intakeLine(d), questionForm(d.id)]),
    section('tra-loi', 'Câu trả lời đã công bố',
      h('p', { class: 'subscribe' }, h('a', { href: answersFeed(d.id), type: 'application/atom+xml' },
        'Theo dõi câu trả lời mới (Atom)')),
      answerList(d.id)),
    section('da-lam', 'Bạn hỏi — chúng tôi đã làm', accountabilitySection(d.id), openDataLinks(d.id)));
  // Feed readers find the feed from the page itself.
  const link = document.querySelector('link[rel="alternate"][type="application/atom+xml"]') ||
    document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'alternate', type: 'application/atom+xml' }));
  link.href = answersFeed(d.id);
  link.title = `Trả lời mới — ${d.title}`;
}

const answersFeed = (id) => `/api/dialogues/${id}/answers.atom`;

// Open data (issue 14): each dataset of the page as CSV and JSON, its dictionary and licence.
function openDataLinks(id) {
  const base = `/api/dialogues/${id}/open-data`;
  const sets = [['questions', 'Câu hỏi'], ['issues', 'Nhóm vấn đề'], ['answers', 'Câu trả lời'], ['tasks', 'Nhiệm vụ']];
  const links = sets.flatMap(([name, label], i) => [i ? ' · ' : '', `${label}: `,
    h('a', { href: `${base}/${name}.csv`, download: '' }, 'CSV'), ' ',
    h('a', { href: `${base}/${name}.json`, download: '' }, 'JSON')]);
  return h('p', { class: 'subscribe open-data' }, 'Dữ liệu mở (CSV/JSON) — ', ...links, ' · ',
    h('a', { href: base }, 'Từ điển dữ liệu'), ' · giấy phép CC BY 4.0');
}

// The issued conclusion notice is public (Youth Law Art. 10(3)).
function conclusionLinks(d) {
  const base = `/api/dialogues/${d.id}/conclusion`;
  return h('span', { class: 'conclusion-links' }, `Ban hành ngày ${fmtDate(d.conclusion_issued_on)}: `,
    h('a', { href: `${base}/pdf`, download: '' }, 'Thông báo kết luận (PDF)'), ' · ',
    h('a', { href: `${base}/docx`, download: '' }, 'Thông báo kết luận (DOCX)'));
}

function fact(term, value) {
  return value ? h('div', {}, h('dt', {}, term), h('dd', {}, value)) : null;
}

function clockList(clocks, agencyOf) {
  if (!clocks.length) return h('p', {}, 'Chưa có mốc thời gian.');
  return h('ol', { class: 'clocks' }, clocks.map((c) => {
    const [mark, label] = clockState(c.state);
    const agency = agencyOf.get(c.key);
    return h('li', { class: `clock state-${c.state}` },
      h('p', { class: `badge state-${c.state}` }, h('span', { 'aria-hidden': 'true' }, `${mark} `), label),
      h('h3', { class: 'clock-title' }, c.title),
      h('p', { class: 'meta' }, `Hạn: ${fmtDate(c.due_on)}`,
        c.done_on ? ` · Hoàn thành: ${fmtDate(c.done_on)}` : ''),
      agency ? h('p', { class: 'meta' }, `Cơ quan thực hiện: ${agency.name}`) : null,
      c.rule ? h('p', { class: 'rule' }, `Căn cứ: ${c.rule}`) : null);
  }));
}

function questionForm(dialogueId) {
  const text = h('textarea', { name: 'text', rows: '6', maxlength: '2000' });
  const age = h('input', { type: 'number', name: 'age', inputmode: 'numeric', min: '16', max: '30', step: '1', class: 'short' });
  const name = h('input', { type: 'text', name: 'asker_name', maxlength: '100', autocomplete: 'name' });
  const contact = h('input', { type: 'text', name: 'asker_contact', maxlength: '200', autocomplete: 'email' });
  // One box per purpose (domain/privacy/consent.h), none ticked for the youth.
  const consent = h('input', { type: 'checkbox', name: 'consent', value: 'yes' });
  const notify = h('input', { type: 'checkbox', name: 'consent_contact', value: 'yes' });
  const publish = h('input', { type: 'checkbox', name: 'consent_publish_text', value: 'yes' });
  const controls = { text, age, asker_name: name, asker_contact: contact, consent, consent_contact: notify, consent_publish_text: publish };
  const msg = h('div', { class: 'form-message' });
  const result = h('div', { class: 'result' });
  const button = h('button', { type: 'submit' }, 'Gửi câu hỏi');
  const similar = h('div', { class: 'similar', 'aria-live': 'polite' });
  let timer = 0;
  let asked = '';
  let hintSeq = 0;
  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => showSimilar(dialogueId, text.value.trim()), 300);
  });

  async function showSimilar(id, typed) {
    if (typed === asked) return;
    asked = typed;
    const seq = ++hintSeq;
    if (typed.length < 10) {
      clear(similar);
      return;
    }
    try {
      const params = new URLSearchParams({ text: typed, limit: '5' });
      const { items } = await api(`/api/dialogues/${id}/similar?${params}`);
      if (seq !== hintSeq) return;
      const top = (items || []).slice(0, 3);
      if (!top.length) {
        clear(similar);
        return;
      }
      fill(similar, h('div', { class: 'alert' },
        h('p', { class: 'alert-title' }, 'Câu hỏi của bạn có thể đã được trả lời:'),
        h('ul', {}, top.map((it) => h('li', {},
          h('a', { href: `#issue-${it.id}` }, it.title),
          h('span', { class: 'snippet' }, snippetNodes(it.snippet)))))));
    } catch {
      if (seq === hintSeq) clear(similar); // hints are optional; never in the way
    }
  }

  async function submit(e) {
    e.preventDefault();
    clearErrors(controls);
    clear(msg);
    const body = {
      text: text.value,
      age: age.value === '' ? null : Number(age.value),
      consent: consent.checked,
      consent_contact: notify.checked,
      consent_publish_text: publish.checked,
      asker_name: name.value.trim() || undefined,
      asker_contact: contact.value.trim() || undefined,
    };
    button.disabled = true;
    showStatus(msg, 'Đang gửi câu hỏi…');
    try {
      const r = await api(`/api/dialogues/${dialogueId}/questions`, { method: 'POST', json: body });
      clear(msg);
      e.target.reset();
      clearTimeout(timer);
      hintSeq++;
      asked = '';
      clear(similar);
      const link = `/q/${encodeURIComponent(r.tracking_code)}`;
      showStatus(result,
        h('p', { class: 'alert-title' }, 'Câu hỏi của bạn đã được gửi. ', r.status_label || ''),
        h('p', {}, 'Mã theo dõi của bạn (hãy lưu lại):'),
        h('p', { class: 'code' }, h('strong', { class: 'tracking-code' }, r.tracking_code)),
        h('p', {}, h('a', { href: link }, 'Theo dõi câu hỏi này'), ' · ',
          h('a', { href: `${link}/du-lieu` }, 'Dữ liệu của tôi / My data')),
        h('p', { class: 'hint' }, 'Bạn có thể gửi thêm câu hỏi khác bằng biểu mẫu bên dưới.'));
      result.focus();
    } catch (err) {
      clear(msg);
      showErrors(msg, err, controls);
    } finally {
      button.disabled = false;
    }
  }

  result.tabIndex = -1;
  return h('div', {}, result, h('form', { class: 'ask', novalidate: true, onsubmit: submit },
    msg,
    field('Câu hỏi của bạn', text, { hint: 'Từ 10 đến 2000 ký tự. Nội dung chỉ được công khai cùng câu trả lời nếu bạn cho phép ở dưới; tên bạn không bao giờ được công khai.' }),
    similar,
    field('Tuổi của bạn', age, { hint: 'Thanh niên từ đủ 16 đến 30 tuổi.' }),
    h('fieldset', { class: 'private' },
      h('legend', {}, 'Thông tin liên hệ (không bắt buộc)'),
      h('p', { class: 'hint' }, 'Họ tên và liên hệ không bao giờ được công khai; chỉ cán bộ xử lý câu hỏi của bạn được xem để trả lời bạn.'),
      field('Họ và tên', name, { optional: true }),
      field('Điện thoại hoặc thư điện tử', contact, { optional: true })),
    h('fieldset', { class: 'consents' },
      h('legend', {}, 'Đồng ý xử lý dữ liệu cá nhân (phiên bản DT-DLCN-2026.1)'),
      checkField('Tôi đồng ý để cơ quan tổ chức đối thoại xử lý dữ liệu cá nhân tôi cung cấp (tuổi, họ tên, liên hệ) chỉ nhằm tiếp nhận và trả lời câu hỏi này, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15.', consent, { short: 'Đồng ý xử lý dữ liệu cá nhân' }),
      checkField('Nhận thông báo về câu hỏi (khi có câu trả lời, kết quả thực hiện) qua điện thoại hoặc thư điện tử tôi để lại.', notify, { short: 'Nhận thông báo', hint: 'Không bắt buộc; cần để lại liên hệ ở trên.' }),
      checkField('Cho phép công khai nội dung câu hỏi cùng câu trả lời (không kèm họ tên, liên hệ).', publish, { short: 'Công khai nội dung câu hỏi', hint: 'Không bắt buộc. Bạn có thể rút lại sự đồng ý hoặc xóa dữ liệu bất cứ lúc nào ở trang “Dữ liệu của tôi”.' })),
    button));
}

function answerList(dialogueId) {
  const list = h('ol', { class: 'answers' });
  const count = h('p', { class: 'meta', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Xem thêm');
  const msg = h('div');
  let offset = 0;

  async function load() {
    more.disabled = true;
    try {
      const { items, total } = await api(`/api/dialogues/${dialogueId}/answers?limit=${PAGE_SIZE}&offset=${offset}`);
      const first = offset;
      items.forEach((a) => append(list, answerItem(a)));
      offset += items.length;
      count.textContent = total
        ? `Đang hiển thị ${offset} trên ${total} câu trả lời.`
        : 'Chưa có câu trả lời nào được công bố.';
      more.hidden = offset >= total || !items.length;
      if (first > 0 && items.length) list.children[first].querySelector('h3').focus();
      // A link like /d/1#issue-4 (from search) points at an answer that has only now arrived.
      const target = first === 0 && /^#issue-\d+$/.test(location.hash) && document.getElementById(location.hash.slice(1));
      if (target) target.scrollIntoView();
    } catch (err) {
      showErrors(msg, err);
    } finally {
      more.disabled = false;
    }
  }
  more.addEventListener('click', load);
  load();
  return h('div', {}, count, msg, list, more);
}

function answerItem(a) {
  const qs = a.questions || [];
  return h('li', { class: 'card answer', id: a.issue_id != null ? `issue-${a.issue_id}` : null },
    h('h3', { tabindex: '-1' }, a.title),
    h('p', { class: 'meta' }, `${a.agency ? a.agency.name : ''} · ${timingLabel(a.timing)} · Công bố: ${fmtInstant(a.published_at)}`),
    h('div', { class: 'pre body' }, a.body),
    a.issue_id != null ? supportControl(a.issue_id, a.support_count) : null,
    qs.length ? h('details', {},
      h('summary', {}, `Các câu hỏi trong nhóm (${a.question_count ?? qs.length})`),
      h('ul', { class: 'grouped' }, qs.map((q) => h('li', { class: 'pre' }, q.text)))) : null);
}

// ---- "/q/{code}" ------------------------------------------------------------------------

const STEP_STATE = { done: 'Đã xong', current: 'Đang thực hiện', pending: 'Chưa đến', closed: 'Kết thúc' };

// One step of the tracking page's timeline: what, when, how it stands, and if it is late.
function timelineStep(s) {
  const when = [];
  if (s.at) when.push(fmtInstant(s.at));
  if (s.due) when.push(`Hạn: ${fmtDate(s.due)}`);
  return h('li', { class: `step step-${s.state}${s.late ? ' late' : ''}` },
    h('span', { class: 'visually-hidden' }, `${STEP_STATE[s.state] || s.state}: `),
    h('strong', {}, s.label),
    when.length ? h('span', { class: 'meta' }, ` · ${when.join(' · ')}`) : null,
    s.late ? h('span', { class: 'badge late' }, s.state === 'done' ? 'Trễ hạn' : 'Quá hạn') : null,
    s.detail ? h('p', { class: 'pre detail' }, s.detail) : null);
}

// The answer, or what the asker waits for: a duplicate points to the answer it shares.
function answerOrWait(q) {
  if (q.answer) {
    return h('div', { class: 'card answer' },
      h('p', { class: 'meta' }, `${q.answer.agency ? q.answer.agency.name : ''} · Công bố: ${fmtInstant(q.answer.published_at)}`),
      h('div', { class: 'pre body' }, q.answer.body),
      q.duplicate_of ? h('p', {}, h('a', { href: `/d/${q.dialogue.id}#issue-${q.duplicate_of.issue_id}` },
        'Xem câu trả lời chung cùng các câu hỏi khác trong nhóm')) : null);
  }
  if (q.duplicate_of) {
    return h('p', {}, 'Câu hỏi của bạn trùng với một câu hỏi đã có. Hai câu hỏi sẽ được trả lời chung; ',
      'trang này sẽ hiển thị câu trả lời khi cơ quan có thẩm quyền đã duyệt.');
  }
  return h('p', {}, 'Chưa có câu trả lời được công bố. Trang này sẽ hiển thị câu trả lời khi cơ quan có thẩm quyền đã duyệt.');
}

async function trackingPage(code) {
  let q;
  try {
    q = await api(`/api/questions/${encodeURIComponent(code)}`);
  } catch (err) {
    if (err.status === 429) {
      page('Tạm dừng tra cứu',
        h('div', { class: 'alert error', role: 'alert' }, h('p', {}, err.message)),
        section('tra-cuu', 'Tra cứu lại sau ít phút', lookupForm(code)));
      return;
    }
    if (err.status !== 404 && err.status !== 400) throw err;
    const reason = err.fields.find((f) => f.field === 'code');
    page('Không tìm thấy câu hỏi',
      h('div', { class: 'alert error', role: 'alert' },
        h('p', {}, 'Không có câu hỏi nào với mã theo dõi ', h('strong', {}, code), '. Hãy kiểm tra lại mã.'),
        reason ? h('p', {}, `Mã: ${reason.reason}.`) : null),
      section('tra-cuu', 'Tra cứu mã khác', lookupForm(code)));
    return;
  }
  // A code of the old format (DT.yyyymmdd.nnnn) can be guessed: until the question is answered
  // its text and time are not shown (the server sends null).
  const hidden = 'Mã theo dõi dạng cũ: nội dung câu hỏi chỉ hiển thị khi câu hỏi đã được trả lời công khai.';
  page('Theo dõi câu hỏi',
    h('dl', { class: 'facts' },
      fact('Mã theo dõi', h('strong', { class: 'tracking-code' }, q.tracking_code)),
      fact('Tình trạng', h('span', { class: `badge status-${q.status}` }, q.status_label)),
      q.submitted_at ? fact('Gửi lúc', fmtInstant(q.submitted_at)) : null,
      q.dialogue ? fact('Chương trình', h('a', { href: `/d/${q.dialogue.id}` }, q.dialogue.title)) : null),
    section('cau-hoi', 'Câu hỏi của bạn', q.text === null
      ? h('p', { class: 'hint' }, hidden)
      : h('p', { class: 'pre quote' }, q.text)),
    q.status === 'out_of_scope'
      ? section('ly-do', 'Vì sao câu hỏi không được chuyển trả lời',
        h('p', { class: 'pre' }, q.closed_reason || 'Câu hỏi không thuộc nội dung của chương trình đối thoại này.'),
        h('p', { class: 'hint' }, 'Bạn có thể gửi câu hỏi tới chương trình đối thoại phù hợp, hoặc liên hệ cơ quan có thẩm quyền.'))
      : section('tra-loi', 'Câu trả lời', answerOrWait(q)),
    q.timeline && q.timeline.length
      ? section('dien-bien', 'Diễn biến xử lý', h('ol', { class: 'timeline' }, q.timeline.map(timelineStep)))
      : null,
    section('du-lieu', 'Dữ liệu của tôi / My data',
      h('p', {}, 'Xem, tải về, sửa, rút lại sự đồng ý hoặc xóa dữ liệu cá nhân bạn đã gửi kèm câu hỏi này. '),
      h('p', {}, h('a', { href: `/q/${encodeURIComponent(q.tracking_code)}/du-lieu` }, 'Dữ liệu của tôi / My data'))),
    section('tra-cuu', 'Tra cứu mã khác', lookupForm()));
}

// Staff tabs "Nhóm vấn đề" (issues, routing, the answer workflow) and "Tổng hợp" (dashboard).
// The tab "Văn bản" lives in staff-documents.js.
// Answer workflow (SYSTEM.md C5): the lead agency drafts and submits; a leader or the
// coordinator approves (it is then published) or returns it with a reason.

import { h, clear, fmtDate, fmtInstant, vnDate, field, checkField, showStatus, append, fill } from './dom.js';
import { api } from './api.js';
import { askerFacts } from './asker.js';
import { answerLabel, TIMINGS, timingLabel, channelLabel } from './labels.js';

const names = (list) => (list || []).map((a) => a.name).join('; ');

function lateBadge(issue) {
  if (issue.late) return h('span', { class: 'badge late' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), 'Trễ hạn');
  if (!issue.answer_due_on) return h('span', {}, 'Chưa giao');
  return h('span', {}, 'Trong hạn');
}

function answerBadge(answer) {
  const s = answer && answer.status;
  return h('span', { class: `badge answer-${s || 'none'}` }, answerLabel(s));
}

// ---- list -----------------------------------------------------------------------------

export async function issuesView(ctx) {
  const { view, dialogue } = ctx;
  ctx.title('Nhóm vấn đề');
  const { items } = await api(`/api/dialogues/${dialogue.id}/issues`);
  if (!ctx.alive()) return;
  if (ctx.has('agency_officer') && !ctx.has('coordinator', 'leader')) {
    append(view, h('p', { class: 'hint' }, 'Chỉ hiển thị các nhóm vấn đề giao cho cơ quan của bạn chủ trì hoặc phối hợp.'));
  }
  if (!items.length) {
    append(view, h('p', {}, 'Chưa có nhóm vấn đề nào.'));
    return;
  }
  append(view, h('div', { class: 'table-wrap' }, h('table', { class: 'issues' },
    h('caption', {}, `${items.length} nhóm vấn đề`),
    h('thead', {}, h('tr', {},
      ['Nhóm vấn đề', 'Số câu hỏi', 'Cùng muốn hỏi', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Hạn trả lời', 'Thời hạn', 'Trả lời']
        .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.map((i) => h('tr', { 'data-id': i.id },
      h('th', { scope: 'row' }, h('a', { href: `#/${dialogue.id}/issues/${i.id}` }, i.title)),
      h('td', { class: 'num' }, String(i.question_count ?? '')),
      // Visitors who pressed "Tôi cũng muốn hỏi điều này" (issue 14) instead of asking again.
      h('td', { class: 'num support' }, String(i.support_count ?? 0)),
      h('td', { class: 'lead' }, i.lead_agency ? i.lead_agency.name : 'Chưa giao'),
      h('td', { class: 'coord' }, names(i.coordinating_agencies) || '—'),
      h('td', {}, fmtDate(i.answer_due_on)),
      h('td', {}, lateBadge(i)),
      h('td', {}, answerBadge(i.answer))))))));
}

// ---- one issue ----------------------------------------------------------------------------

export async function issueView(ctx, [issueId], notice) {
  const { view, dialogue } = ctx;
  const issue = await api(`/api/issues/${issueId}`);
  if (!ctx.alive()) return;
  ctx.title(`Nhóm vấn đề: ${issue.title}`);
  const answer = issue.answer;
  const leadId = issue.lead_agency && issue.lead_agency.id;
  const canRoute = ctx.has('coordinator');
  const canDraft = ctx.has('coordinator') ||
    ctx.me.grants.some((g) => g.role === 'agency_officer' && g.agency && g.agency.id === leadId);
  const canDecide = ctx.has('coordinator', 'leader');
  const reopen = (message) => {
    clear(view);
    return issueView(ctx, [issueId], message).catch((err) => ctx.fail(err));
  };

  const status = h('div', { class: 'issue-notice' });
  if (notice) showStatus(status, notice);
  fill(view, 
    h('p', {}, h('a', { href: `#/${dialogue.id}/issues` }, '← Danh sách nhóm vấn đề')),
    status,
    h('dl', { class: 'facts' },
      fact('Số hiệu', `#${issue.id}`),
      fact('Cơ quan chủ trì', issue.lead_agency ? issue.lead_agency.name : 'Chưa giao'),
      fact('Cơ quan phối hợp', names(issue.coordinating_agencies) || '—'),
      fact('Hạn trả lời', fmtDate(issue.answer_due_on)),
      fact('Giao lúc', fmtInstant(issue.routed_at)),
      fact('Thời hạn', lateBadge(issue)),
      fact('Trả lời', answerBadge(answer))),
    h('section', { 'aria-labelledby': 'issue-questions' },
      h('h3', { id: 'issue-questions' }, `Câu hỏi trong nhóm (${(issue.questions || []).length})`),
      h('p', { class: 'hint' }, 'Thông tin người hỏi chỉ dành cho cán bộ xử lý, không được công khai.'),
      h('ul', { class: 'qlist' }, (issue.questions || []).map(questionCard))),
    canRoute ? await routingForm(ctx, issue, reopen) : null,
    answerSection(ctx, issue, { canDraft, canDecide }, reopen));
  if (notice) {
    status.tabIndex = -1;
    status.focus();
  }
}

function fact(term, value) {
  return value ? h('div', {}, h('dt', {}, term), h('dd', {}, value)) : null;
}

function questionCard(q) {
  return h('li', { class: 'card question', 'data-code': q.tracking_code },
    h('p', { class: 'tracking-code' }, q.tracking_code),
    h('p', { class: 'pre qtext' }, q.text),
    h('dl', { class: 'facts' },
      askerFacts(q),
      fact('Kênh', channelLabel(q.channel)),
      fact('Chi đoàn, đơn vị', q.branch),
      q.represents > 1 ? fact('Đại diện cho', `${q.represents} thanh niên`) : null));
}

// Routing (coordinator): lead agency, coordinating agencies, answer deadline.
async function routingForm(ctx, issue, reopen) {
  const { items: agencies } = await api(`/api/agencies?unit_id=${ctx.dialogue.unit.id}`);
  const leadId = issue.lead_agency && issue.lead_agency.id;
  const coordIds = new Set((issue.coordinating_agencies || []).map((a) => a.id));
  const lead = h('select', { name: 'lead_agency_id' }, h('option', { value: '' }, '— Chọn cơ quan —'),
    agencies.map((a) => h('option', { value: a.id, selected: a.id === leadId }, a.name)));
  const boxes = agencies.map((a) => h('input', { type: 'checkbox', value: a.id, checked: coordIds.has(a.id) }));
  const due = h('input', { type: 'date', name: 'answer_due_on', min: vnDate(), value: issue.answer_due_on || '' });
  const coordSet = h('fieldset', { class: 'coordinating', id: `coord-${issue.id}`, tabindex: '-1' },
    h('legend', {}, 'Cơ quan phối hợp (không bắt buộc)'),
    agencies.map((a, i) => checkField(a.name, boxes[i])));
  coordSet.dataset.label = 'Cơ quan phối hợp';
  const msg = h('div');
  const controls = { lead_agency_id: lead, answer_due_on: due, coordinating_agency_ids: coordSet };
  coordSet.querySelector('legend').after(h('p', { id: `${coordSet.id}-err`, class: 'field-error' }));
  coordSet.setAttribute('aria-describedby', `${coordSet.id}-err`);

  async function submit(e) {
    e.preventDefault();
    const body = {
      lead_agency_id: lead.value ? Number(lead.value) : null,
      coordinating_agency_ids: boxes.filter((b) => b.checked).map((b) => Number(b.value)),
      answer_due_on: due.value || null,
    };
    try {
      await api(`/api/issues/${issue.id}/routing`, { method: 'POST', json: body });
      const name = agencies.find((a) => a.id === body.lead_agency_id);
      reopen(`Đã giao cho ${name ? name.name : 'cơ quan'} chủ trì trả lời, hạn ${fmtDate(body.answer_due_on)}.`);
    } catch (err) {
      ctx.fail(err, msg, controls);
    }
  }

  // Suggestions (topics and agencies) help; the coordinator decides.
  let advice = null;
  try {
    advice = await api(`/api/issues/${issue.id}/suggestions`);
  } catch { /* suggestions are optional */ }
  const suggestions = advice && advice.agencies.length
    ? h('div', { class: 'hint', id: `suggest-${issue.id}` },
      topicSuggestion(advice.topics, issue.id),
      h('p', {}, 'Gợi ý cơ quan chủ trì: ',
        advice.agencies.map((a) => h('button', {
          type: 'button', class: 'link-button',
          onclick: () => { lead.value = String(a.id); lead.focus(); },
        }, `${a.name} (${Math.round(a.score * 100)}%)`))))
    : null;

  return h('section', { 'aria-labelledby': 'issue-routing', class: 'panel' },
    h('h3', { id: 'issue-routing' }, issue.lead_agency ? 'Giao lại cơ quan trả lời' : 'Giao cơ quan trả lời'),
    h('form', { novalidate: true, onsubmit: submit }, msg,
      suggestions,
      field('Cơ quan chủ trì trả lời', lead),
      coordSet,
      field('Hạn trả lời', due),
      h('button', { type: 'submit' }, 'Giao nhiệm vụ trả lời')));
}

function answerSection(ctx, issue, { canDraft, canDecide }, reopen) {
  const a = issue.answer;
  const s = a && a.status;
  const base = `/api/issues/${issue.id}/answer`;
  const section = h('section', { 'aria-labelledby': 'issue-answer', class: 'answer-section' },
    h('h3', { id: 'issue-answer' }, 'Trả lời'));

  if (s === 'returned' && a.return_reason) {
    append(section, h('div', { class: 'alert error returned' },
      h('p', { class: 'alert-title' }, 'Bản trả lời đã bị trả lại. Lý do:'),
      h('p', { class: 'pre return-reason' }, a.return_reason)));
  }
  if (a) {
    append(section, h('dl', { class: 'facts' },
      fact('Tình trạng', answerBadge(a)),
      fact('Hình thức', timingLabel(a.timing)),
      fact('Gửi duyệt lúc', a.submitted_at ? fmtInstant(a.submitted_at) : null),
      fact('Quyết định lúc', a.decided_at ? fmtInstant(a.decided_at) : null),
      fact('Công bố lúc', a.published_at ? fmtInstant(a.published_at) : null)));
  }
  const editable = !s || s === 'draft' || s === 'returned';
  if (a && (!editable || !canDraft)) {
    append(section, h('div', { class: 'card' }, h('p', { class: 'pre body answer-body' }, a.body)));
  }
  if (!issue.lead_agency && !a) {
    append(section, h('p', {}, 'Nhóm vấn đề chưa được giao cơ quan trả lời.'));
  }
  if (canDraft && editable && issue.lead_agency) append(section, answerEditor(ctx, issue, base, reopen));
  if (canDecide && s === 'submitted') append(section, decisionForm(ctx, base, reopen));
  return section;
}

function answerEditor(ctx, issue, base, reopen) {
  const a = issue.answer;
  const body = h('textarea', { name: 'body', rows: '10', value: a ? a.body : '' });
  const timing = h('select', { name: 'timing' },
    Object.entries(TIMINGS).map(([k, v]) => h('option', { value: k, selected: (a ? a.timing : 'written') === k }, v)));
  const msg = h('div');
  const controls = { body, timing };

  async function save(andSubmit) {
    try {
      await api(base, { method: 'PUT', json: { body: body.value, timing: timing.value } });
      if (andSubmit) await api(`${base}/submit`, { method: 'POST', json: {} });
      reopen(andSubmit ? 'Đã gửi bản trả lời để lãnh đạo duyệt.' : 'Đã lưu bản nháp.');
    } catch (err) {
      ctx.fail(err, msg, controls);
    }
  }

  return h('form', { class: 'answer-editor', novalidate: true, onsubmit: (e) => { e.preventDefault(); save(true); } },
    msg,
    field('Nội dung trả lời', body, { hint: 'Câu trả lời được công bố công khai sau khi được duyệt.' }),
    field('Hình thức trả lời', timing),
    h('button', { type: 'button', class: 'secondary', onclick: () => save(false) }, 'Lưu bản nháp'),
    h('button', { type: 'submit' }, 'Gửi duyệt'));
}

function decisionForm(ctx, base, reopen) {
  const reason = h('textarea', { name: 'reason', rows: '3' });
  const msg = h('div');
  const approve = async () => {
    try {
      await api(`${base}/approve`, { method: 'POST', json: {} });
      reopen('Đã duyệt. Câu trả lời đã được công bố trên trang đối thoại.');
    } catch (err) {
      ctx.fail(err, msg);
    }
  };
  const giveBack = async (e) => {
    e.preventDefault();
    try {
      await api(`${base}/return`, { method: 'POST', json: { reason: reason.value.trim() } });
      reopen('Đã trả lại bản trả lời cho cơ quan soạn thảo.');
    } catch (err) {
      ctx.fail(err, msg, { reason });
    }
  };
  return h('div', { class: 'panel decision' },
    h('h4', {}, 'Duyệt bản trả lời'),
    msg,
    h('button', { type: 'button', onclick: approve }, 'Duyệt'),
    h('form', { novalidate: true, onsubmit: giveBack },
      field('Lý do trả lại', reason, { hint: 'Bắt buộc khi trả lại; cơ quan soạn thảo sẽ thấy lý do này.' }),
      h('button', { type: 'submit', class: 'danger' }, 'Trả lại')));
}

// ---- dashboard ------------------------------------------------------------------------------

export async function dashboardView(ctx) {
  const { view, dialogue } = ctx;
  ctx.title('Tổng hợp');
  const d = await api(`/api/dialogues/${dialogue.id}/dashboard`);
  if (!ctx.alive()) return;
  const q = d.questions || {};
  const num = (v) => h('td', { class: 'num' }, String(v ?? 0));
  append(view, 
    h('p', { class: 'meta' }, `Số liệu tính đến ngày ${fmtDate(d.today)}.`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'dashboard' },
      h('caption', {}, 'Trả lời theo cơ quan'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Cơ quan'),
        ['Được giao', 'Đã trả lời', 'Đã duyệt', 'Trễ hạn'].map((t) => h('th', { scope: 'col', class: 'num' }, t)))),
      h('tbody', {}, (d.agencies || []).length
        ? d.agencies.map((r) => h('tr', {},
          h('th', { scope: 'row' }, r.agency ? r.agency.name : ''),
          num(r.routed), num(r.answered), num(r.approved),
          h('td', { class: 'num' }, r.late ? h('span', { class: 'badge late' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), `${r.late} trễ hạn`) : '0')))
        : h('tr', {}, h('td', { colspan: '5' }, 'Chưa có nhóm vấn đề nào được giao.'))))),
    h('div', { class: 'table-wrap' }, h('table', { class: 'question-counts' },
      h('caption', {}, 'Câu hỏi'),
      h('tbody', {}, [
        ['Tổng số', q.total], ['Chưa sàng lọc', q.new], ['Hợp lệ', q.accepted], ['Trùng lặp', q.duplicate],
        ['Ngoài phạm vi', q.out_of_scope], ['Đã gộp vào nhóm vấn đề', q.grouped],
      ].map(([t, v]) => h('tr', {}, h('th', { scope: 'row' }, t), num(v)))))));
}

// The suggested topics with their confidence; when the server says the first is not sure
// (its score below TopicClassifier::kSureFrom, chosen on real questions, issue 12) the line
// says "chưa chắc" so the coordinator reads it as a guess, not a suggestion.
function topicSuggestion(topics, issueId) {
  const sure = topics.length > 0 && topics[0].sure === true;
  const list = topics.map((t) => `${t.name} (độ tin cậy ${Math.round(t.score * 100)}%)`).join('; ');
  return h('p', { id: `suggest-topics-${issueId}`, 'data-sure': sure ? 'yes' : 'no' },
    sure ? 'Gợi ý lĩnh vực: ' : h('strong', {}, 'Gợi ý lĩnh vực (chưa chắc): '),
    topics.length ? list : 'chưa có gợi ý');
}

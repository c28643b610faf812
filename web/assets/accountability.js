// "Bạn hỏi — chúng tôi đã làm" (issue 14): on a dialogue's public page, every question by its
// status (filterable by status, topic and agency) and the conclusion's tasks with their
// progress (GET /api/dialogues/{id}/accountability, docs/api.md). Status is always written out
// in words; colour only repeats it. User text is inserted as text only (dom.js).

import { h, fill, fmtDate, field, showErrors } from './dom.js';
import { api } from './api.js';
import { t, content, contentLang, isEnglish, serverLabel } from './i18n.js';
import { supportControl, followControl } from './issue-support.js';

const PAGE = 20;
const STATUS_CODES = ['answered', 'processing', 'received', 'closed'];
const statuses = () => STATUS_CODES.map((v) => [v, t(`acc.status.${v}`)]);
// A topic's name in the page's language (the server sends it in Vietnamese).
const topicName = (code, sent) => serverLabel(`topic.${code}`, sent);

// The URL in the server's canonical form (status, topic, agency, limit, offset), so the
// public cache answers it on its fast path.
const url = (id, f, offset) =>
  `/api/dialogues/${id}/accountability?status=${encodeURIComponent(f.status)}` +
  `&topic=${encodeURIComponent(f.topic)}&agency=${encodeURIComponent(f.agency)}` +
  `&limit=${PAGE}&offset=${offset}`;

// The section's content: counts, filters, the question list and the tasks. `headingId` is the
// section heading's id (sub-headings are h3).
export function accountabilitySection(dialogueId) {
  const STATUSES = statuses();
  const counts = h('ul', { class: 'account-counts', 'aria-label': t('acc.counts') });
  const status = h('select', { name: 'status' }, h('option', { value: '' }, t('acc.all')),
    STATUSES.map(([v, label]) => h('option', { value: v }, label)));
  const topic = h('select', { name: 'topic' }, h('option', { value: '' }, t('acc.allTopics')));
  const agency = h('select', { name: 'agency' }, h('option', { value: '' }, t('acc.allAgencies')));
  const summary = h('p', { class: 'meta', 'aria-live': 'polite' });
  const list = h('ol', { class: 'account-questions' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, t('acc.more'));
  const msg = h('div');
  const tasks = h('div', { class: 'account-tasks' });
  let offset = 0;
  let filled = false;

  const filter = () => ({ status: status.value, topic: topic.value, agency: agency.value });

  async function load(reset) {
    if (reset) offset = 0;
    more.disabled = true;
    try {
      const a = await api(url(dialogueId, filter(), offset));
      if (!filled) {
        fillChoices(a);
        filled = true;
      }
      fill(counts, STATUSES.map(([v, label]) =>
        h('li', { class: `account-count status-${v}` }, h('strong', {}, String(a.counts[v] ?? 0)), ` ${label}`)),
      h('li', { class: 'account-count' }, h('strong', {}, String(a.counts.total ?? 0)), t('acc.total')));
      if (reset) fill(list);
      const first = offset;
      a.items.forEach((q) => list.append(questionItem(q)));
      offset += a.items.length;
      summary.textContent = a.total
        ? t('acc.showing', { shown: offset, total: a.total })
        : t('acc.none');
      more.hidden = offset >= a.total || !a.items.length;
      if (first > 0 && a.items.length) list.children[first].focus();
      fill(tasks, taskGroups(a));
      fill(msg);
    } catch (err) {
      showErrors(msg, err);
    } finally {
      more.disabled = false;
    }
  }

  function fillChoices(a) {
    // An option holds text only: an agency's name is marked lang="vi" on the option itself.
    topic.append(...(a.topics || []).map((x) => h('option', { value: x.code }, topicName(x.code, x.name))));
    agency.append(...(a.agencies || []).map((g) => h('option', contentLang({ value: String(g.id) }), g.name)));
  }

  for (const s of [status, topic, agency]) s.addEventListener('change', () => load(true));
  more.addEventListener('click', () => load(false));
  load(true);

  const form = h('form', { class: 'toolbar account-filter', role: 'search', 'aria-label': t('acc.filter'),
    onsubmit: (e) => e.preventDefault() },
  field(t('acc.fStatus'), status), field(t('acc.fTopic'), topic), field(t('acc.fAgency'), agency));
  return [
    h('p', { class: 'hint' }, t('acc.hint')),
    counts,
    h('h3', { id: 'cau-hoi-cong-khai' }, t('acc.questions')),
    form, summary, msg, list, more,
    h('h3', { id: 'nhiem-vu' }, t('acc.tasks')),
    tasks,
  ];
}

function questionItem(q) {
  const where = [q.issue_title ? [t('acc.issue'), content(q.issue_title)] : null,
    q.agency_name ? [t('acc.agency'), content(q.agency_name)] : null,
    q.topic_name ? [t('acc.topic'), topicName(q.topic, q.topic_name)] : null].filter(Boolean);
  // A text the asker did not agree to publish is replaced by the server's notice (UI text).
  const text = q.text_public
    ? h('p', contentLang({ class: 'pre' }), q.text)
    : h('p', { class: 'pre hidden-text' }, isEnglish() ? t('acc.hiddenText') : q.text);
  return h('li', { class: `card account-question status-${q.status}`, tabindex: '-1' },
    h('p', { class: `badge status-${q.status === 'closed' ? 'out_of_scope' : q.status}` }, serverLabel(`acc.status.${q.status}`, q.status_label)),
    text,
    where.length ? h('p', { class: 'meta' }, where.flatMap((w, i) => (i ? [' · ', w] : [w]))) : null,
    q.closed_reason ? h('p', { class: 'meta' }, t('acc.reason'), content(q.closed_reason)) : null,
    q.status === 'answered' && q.issue_id ? h('p', {}, h('a', { href: `#issue-${q.issue_id}` }, t('acc.seeAnswer'))) : null,
    // An open question: others who want to ask the same add their support instead.
    q.status === 'processing' && q.issue_id ? supportControl(q.issue_id, q.issue_support) : null,
    q.status === 'processing' && q.issue_id ? followControl(q.issue_id) : null);
}

function taskGroups(a) {
  const groups = a.tasks ? a.tasks.groups : [];
  if (!groups.length) {
    return h('p', {}, a.conclusions && a.conclusions.length ? t('acc.noTasks') : t('acc.noConclusion'));
  }
  const notices = (a.conclusions || []).flatMap((c, i) =>
    [i ? '; ' : '', content(c.number_symbol), t('acc.noticeOn', { date: fmtDate(c.issued_on) })]);
  return [
    notices.length ? h('p', { class: 'meta' }, t('acc.noticesBefore'), notices, t('acc.noticesAfter')) : null,
    groups.map((g) => h('div', { class: 'account-group' },
      g.issue_title ? h('h4', contentLang(), g.issue_title) : h('h4', {}, t('acc.otherTasks')),
      h('ul', { class: 'account-task-list' }, g.tasks.map(taskItem)))),
  ];
}

function taskItem(task) {
  const barId = `task-progress-${task.id}`;
  return h('li', { class: `card account-task task-${task.status}` },
    h('p', contentLang(), task.content),
    h('p', { class: `badge task-${task.status}` }, serverLabel(`task.${task.status}`, task.status_label)),
    h('p', { class: 'meta' }, t('acc.lead'), task.lead ? content(task.lead) : '—',
      task.due_on ? `${t('acc.due')}${fmtDate(task.due_on)}` : (task.deadline_text ? [t('acc.due'), content(task.deadline_text)] : '')),
    h('div', { class: 'account-progress' },
      h('label', { for: barId }, t('acc.progress', { percent: task.percent })),
      h('progress', { id: barId, max: '100', value: String(task.percent) }, `${task.percent}%`)),
    task.last_note ? h('p', { class: 'meta' },
      `${t('acc.lastReport')}${task.last_report_on ? ` (${fmtDate(task.last_report_on)})` : ''}: `, content(task.last_note)) : null);
}

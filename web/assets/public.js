// The public pages, routed by path: "/" (dialogues), "/d/{id}" (one dialogue: plan, clocks,
// question form, published answers), "/d/{id}/truc-tiep" (the dialogue day's screen, issue 15),
// "/q/{code}" (an asker's tracking page), "/sang-kien" (youth initiatives, public-initiatives.js).
// Mobile-first and light; user text is only ever inserted as text (see dom.js).
// Vietnamese by default, English on request (i18n.js): UI text comes from t(); what people
// wrote goes through content() (marked lang="vi" on an English page).

import { initLang, t, tNodes, content, contentLang, isEnglish, has, serverLabel, keyOfVietnamese, formatDate } from './i18n.js';
import { h, clear, fmtDate, fmtInstant, field, checkField, clearErrors, showErrors, showStatus, append, fill, errorMessage, fieldReason } from './dom.js';
import { api } from './api.js';
import { clockState, timingLabel, formLabel } from './labels.js';
import { accountabilitySection } from './accountability.js';
import { supportControl } from './issue-support.js';
import { parseConclusionDetail, parseTaskDetail } from './step-detail.js';

await initLang(); // before any text is written
const main = document.getElementById('main');
const SITE = t('site.name');
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
    else page(t('nf.title'), h('p', {}, t('nf.body'), h('a', { href: '/' }, t('nf.home'))));
  } catch (err) {
    const gone = err.status === 404;
    page(gone ? t('err.notFound') : t('err.loadFailed'),
      h('div', { class: 'alert error', role: 'alert' }, h('p', {}, errorMessage(err))),
      h('p', {}, h('a', { href: '/' }, t('nav.backToDialogues'))));
  }
}

// Replaces the page content; `title` (UI text) becomes the h1 and the document title.
function page(title, ...rest) {
  document.title = `${title} – ${SITE}`;
  fill(main, h('h1', {}, title), ...rest);
}

// The same for a title people wrote (a dialogue's, an initiative's): marked lang="vi" in English.
page.content = (title, ...rest) => {
  document.title = `${title} – ${SITE}`;
  fill(main, h('h1', contentLang(), title), ...rest);
};

const section = (id, title, ...content) =>
  h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...content);

// ---- "/" ------------------------------------------------------------------------------

async function homePage() {
  const q = (new URLSearchParams(location.search).get('q') || '').trim();
  if (q) return searchPage(q);
  const { items } = await api('/api/dialogues');
  page(t('home.title'),
    items.length
      ? h('ul', { class: 'cards' }, items.map((d) => h('li', { class: 'card' },
        h('h2', contentLang({ class: 'card-title' }), h('a', { href: `/d/${d.id}` }, d.title)),
        h('p', contentLang({ class: 'theme' }), d.theme),
        h('p', { class: 'meta' }, content(d.unit ? d.unit.name : ''), ` · ${fmtDate(d.held_on)}`,
          d.venue ? [' · ', content(d.venue)] : ''),
        intakeLine(d))))
      : h('p', {}, t('home.empty')),
    section('tra-cuu', t('lookup.heading'), lookupForm()));
}

// Whether a dialogue takes questions and until when (issue 13), from its `intake`.
function intakeText(intake) {
  if (!intake) return '';
  const until = intake.closes_on ? t('intake.until', { date: fmtDate(intake.closes_on) }) : '';
  switch (intake.state) {
    case 'open': return t('intake.open', { until });
    case 'not_open_yet': return t('intake.not_open_yet');
    case 'paused': return t('intake.paused');
    case 'closed': return t('intake.closed', { date: fmtDate(intake.closes_on) });
    case 'concluded': return t('intake.concluded');
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
        showErrors(msg, { message: t('lookup.missing'), fields: [{ field: 'code', reason: t('lookup.missingReason') }] }, { code: input });
        return;
      }
      location.assign(`/q/${encodeURIComponent(code)}`);
    },
  }, msg, field(t('lookup.label'), input, { hint: t('lookup.hint') }),
  h('button', { type: 'submit' }, t('lookup.button')));
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
  const count = h('p', { class: 'meta search-count', 'aria-live': 'polite', role: 'status' }, t('search.searching'));
  const relaxed = h('p', { class: 'alert search-relaxed', hidden: true }, t('search.relaxed'));
  const list = h('ol', { class: 'search-results' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, t('more'));
  const msg = h('div');
  page(t('search.title', { q }), count, relaxed, msg, list, more,
    h('p', {}, h('a', { href: '/' }, t('nav.backToDialogues'))));
  // The words searched for are the visitor's own (often Vietnamese): marked as such.
  fill(main.querySelector('h1'), tNodes('search.title', { q: content(q) }));
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
        ? t('search.count', { total: r.total, shown: offset })
        : t('search.none');
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
    h('h2', { class: 'card-title' }, h('a', { href }, it.title ? content(it.title) : t('search.answer'))),
    h('p', { class: 'meta' }, it.kind === 'answer' ? t('search.answer') : t('search.question')),
    h('p', contentLang({ class: 'snippet' }), snippetNodes(it.snippet)));
}

// ---- "/d/{id}" --------------------------------------------------------------------------

async function dialoguePage(id) {
  const d = await api(`/api/dialogues/${id}`);
  const agencyOf = new Map((d.milestones || []).map((ms) => [`milestone:${ms.id}`, ms.agency]));
  const stats = d.stats || {};
  page.content(d.title,
    h('p', { class: 'theme' }, h('span', { class: 'label' }, t('dlg.theme')), content(d.theme)),
    h('nav', { class: 'jump', 'aria-label': t('dlg.jump') }, h('ul', {},
      h('li', {}, h('a', { class: 'button', href: '#gui-cau-hoi' }, t('dlg.ask'))),
      h('li', {}, h('a', { href: '#tra-loi' }, t('dlg.answersCount', { n: stats.published_answers ?? 0 }))),
      h('li', {}, h('a', { href: '#da-lam' }, t('dlg.done'))),
      h('li', {}, h('a', { href: '#moc' }, t('dlg.clocks'))))),
    h('dl', { class: 'facts' },
      fact(t('dlg.unit'), content(d.unit && d.unit.name)),
      fact(t('dlg.chair'), content(d.chair)),
      fact(t('dlg.when'), fmtDate(d.held_on)),
      fact(t('dlg.venue'), content(d.venue)),
      fact(t('dlg.form'), formLabel(d.form)),
      fact(t('dlg.plan'), d.plan_published_on ? fmtDate(d.plan_published_on) : t('dlg.planNot')),
      fact(t('dlg.intake'), intakeText(d.intake)),
      d.conclusion_issued_on ? fact(t('dlg.conclusion'), conclusionLinks(d)) : null,
      fact(t('dlg.questions'), String(stats.questions ?? '—')),
      fact(t('dlg.answers'), String(stats.published_answers ?? '—'))),
    section('ke-hoach', t('dlg.planHeading'), d.summary
      ? h('p', contentLang({ class: 'pre' }), d.summary) : h('p', { class: 'pre' }, t('dlg.noPlan'))),
    section('moc', t('dlg.clocks'),
      h('p', { class: 'hint' }, t('dlg.clocksHint')),
      clockList(d.clocks || [], agencyOf),
      h('p', { class: 'subscribe' }, h('a', { href: `/api/dialogues/${d.id}/calendar.ics`, download: '' },
        t('dlg.calendar')))),
    section('gui-cau-hoi', t('dlg.ask'), d.intake && !d.intake.open
      ? h('p', { class: 'alert' }, intakeText(d.intake))
      : [intakeLine(d), questionForm(d.id)]),
    section('tra-loi', t('dlg.answers'),
      h('p', { class: 'subscribe' }, h('a', { href: answersFeed(d.id), type: 'application/atom+xml' },
        t('dlg.feed'))),
      answerList(d.id)),
    section('da-lam', t('dlg.done'), accountabilitySection(d.id), openDataLinks(d.id)));
  // Feed readers find the feed from the page itself.
  const link = document.querySelector('link[rel="alternate"][type="application/atom+xml"]') ||
    document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'alternate', type: 'application/atom+xml' }));
  link.href = answersFeed(d.id);
  link.title = t('dlg.feedTitle', { title: d.title });
}

const answersFeed = (id) => `/api/dialogues/${id}/answers.atom`;

// Open data (issue 14): each dataset of the page as CSV and JSON, its dictionary and licence.
function openDataLinks(id) {
  const base = `/api/dialogues/${id}/open-data`;
  const sets = ['questions', 'issues', 'answers', 'tasks'];
  const links = sets.flatMap((name, i) => [i ? ' · ' : '', `${t(`od.${name}`)}: `,
    h('a', { href: `${base}/${name}.csv`, download: '' }, 'CSV'), ' ',
    h('a', { href: `${base}/${name}.json`, download: '' }, 'JSON')]);
  return h('p', { class: 'subscribe open-data' }, t('od.lead'), ...links, ' · ',
    h('a', { href: base }, t('od.dictionary')), t('od.licence'));
}

// The issued conclusion notice is public (Youth Law Art. 10(3)).
function conclusionLinks(d) {
  const base = `/api/dialogues/${d.id}/conclusion`;
  return h('span', { class: 'conclusion-links' }, t('concl.issued', { date: fmtDate(d.conclusion_issued_on) }),
    h('a', { href: `${base}/pdf`, download: '' }, t('concl.pdf')), ' · ',
    h('a', { href: `${base}/docx`, download: '' }, t('concl.docx')));
}

function fact(term, value) {
  return value ? h('div', {}, h('dt', {}, term), h('dd', {}, value)) : null;
}

function clockList(clocks, agencyOf) {
  if (!clocks.length) return h('p', {}, t('clock.none'));
  return h('ol', { class: 'clocks' }, clocks.map((c) => {
    const [mark, label] = clockState(c.state);
    const agency = agencyOf.get(c.key);
    return h('li', { class: `clock state-${c.state}` },
      h('p', { class: `badge state-${c.state}` }, h('span', { 'aria-hidden': 'true' }, `${mark} `), label),
      h('h3', { class: 'clock-title' }, clockTitle(c)),
      h('p', { class: 'meta' }, t('clock.due', { date: fmtDate(c.due_on) }),
        c.done_on ? t('clock.doneOn', { date: fmtDate(c.done_on) }) : ''),
      agency ? h('p', { class: 'meta' }, t('clock.agency'), content(agency.name)) : null,
      c.rule ? h('p', { class: 'rule' }, t('clock.rule'), serverLabel(`clock.rule.${c.key}`, c.rule)) : null);
  }));
}

// The legal deadlines are named by their key; a milestone's title is the plan's own words.
function clockTitle(c) {
  if (!isEnglish() || !has(`clock.title.${c.key}`)) return content(c.title);
  const days = /(\d+) ngày/.exec(c.title || '');
  return t(`clock.title.${c.key}`, { days: days ? days[1] : '' });
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
  const button = h('button', { type: 'submit' }, t('dlg.ask'));
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
        h('p', { class: 'alert-title' }, t('ask.similar')),
        h('ul', {}, top.map((it) => h('li', {},
          h('a', contentLang({ href: `#issue-${it.id}` }), it.title),
          h('span', contentLang({ class: 'snippet' }), snippetNodes(it.snippet)))))));
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
    showStatus(msg, t('ask.sending'));
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
        h('p', { class: 'alert-title' }, t('ask.sent'), serverLabel(`status.${r.status}`, r.status_label || '')),
        h('p', {}, t('ask.keepCode')),
        h('p', { class: 'code' }, h('strong', { class: 'tracking-code' }, r.tracking_code)),
        h('p', {}, h('a', { href: link }, t('ask.track')), ' · ',
          h('a', { href: `${link}/du-lieu` }, t('mydata.link'))),
        h('p', { class: 'hint' }, t('ask.another')));
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
    field(t('ask.text'), text, { hint: t('ask.textHint') }),
    similar,
    field(t('ask.age'), age, { hint: t('ask.ageHint') }),
    h('fieldset', { class: 'private' },
      h('legend', {}, t('ask.contactLegend')),
      h('p', { class: 'hint' }, t('ask.contactHint')),
      field(t('ask.name'), name, { optional: true }),
      field(t('ask.contact'), contact, { optional: true })),
    h('fieldset', { class: 'consents' },
      h('legend', {}, t('ask.consentLegend')),
      checkField(t('ask.consent'), consent, { short: t('ask.consentShort') }),
      checkField(t('ask.notify'), notify, { short: t('ask.notifyShort'), hint: t('ask.notifyHint') }),
      checkField(t('ask.publish'), publish, { short: t('ask.publishShort'), hint: t('ask.publishHint') })),
    button));
}

function answerList(dialogueId) {
  const list = h('ol', { class: 'answers' });
  const count = h('p', { class: 'meta', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, t('more'));
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
        ? t('answers.count', { shown: offset, total })
        : t('answers.none');
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
    h('h3', contentLang({ tabindex: '-1' }), a.title),
    h('p', { class: 'meta' }, content(a.agency ? a.agency.name : ''), ` · ${timingLabel(a.timing)} · `,
      t('answers.published', { at: fmtInstant(a.published_at) })),
    h('div', contentLang({ class: 'pre body' }), a.body),
    a.issue_id != null ? supportControl(a.issue_id, a.support_count) : null,
    qs.length ? h('details', {},
      h('summary', {}, t('answers.grouped', { n: a.question_count ?? qs.length })),
      h('ul', { class: 'grouped' }, qs.map((q) => h('li', contentLang({ class: 'pre' }), q.text)))) : null);
}

// ---- "/q/{code}" ------------------------------------------------------------------------

// One step of the tracking page's timeline: what, when, how it stands, and if it is late.
function timelineStep(s) {
  const when = [];
  if (s.at) when.push(fmtInstant(s.at));
  if (s.due) when.push(t('clock.due', { date: fmtDate(s.due) }));
  const state = has(`step.state.${s.state}`) ? t(`step.state.${s.state}`) : s.state;
  return h('li', { class: `step step-${s.state}${s.late ? ' late' : ''}` },
    h('span', { class: 'visually-hidden' }, `${state}: `),
    h('strong', {}, stepLabel(s)),
    when.length ? h('span', { class: 'meta' }, ` · ${when.join(' · ')}`) : null,
    s.late ? h('span', { class: 'badge late' }, s.state === 'done' ? t('step.late') : t('step.overdue')) : null,
    s.detail ? h('p', { class: 'pre detail' }, stepDetail(s)) : null);
}

// The server names each step in Vietnamese; an English page names it by its `step` (and, for
// screening, by which of the server's labels it sent). A task's own words stay as written.
function stepLabel(s) {
  if (!isEnglish()) return s.label;
  if (s.step === 'task') return [t('step.task'), content(String(s.label).replace(/^Nhiệm vụ: /, ''))];
  if (s.step === 'screened') {
    const key = keyOfVietnamese('step.screened.', s.label);
    return key ? t(key) : content(s.label);
  }
  return has(`step.${s.step}`) ? t(`step.${s.step}`) : content(s.label);
}

// A step's detail: names and notes people wrote stay as written; what the server composed
// (a conclusion's number and date, a task's status and progress) is said again in English.
function stepDetail(s) {
  if (!isEnglish()) return s.detail;
  if (s.step === 'conclusion') {
    const c = parseConclusionDetail(s.detail);
    if (c) {
      return c.year ? tNodes('step.conclusionDocOn', { number: content(c.number), date: formatDate(c.year, c.month, c.day) })
        : tNodes('step.conclusionDoc', { number: content(c.number) });
    }
  }
  if (s.step === 'task') {
    const d = parseTaskDetail(s.detail);
    const status = d && keyOfVietnamese('task.', d.status);
    if (status) {
      return [t(status),
        d.percent ? t('step.taskReport', { percent: d.percent, date: formatDate(d.year, d.month, d.day) }) : '',
        d.lead ? [t('step.taskLead'), content(d.lead)] : '',
        d.deadline ? [t('step.taskDeadline'), content(d.deadline)] : ''];
    }
  }
  return content(s.detail);
}

// The answer, or what the asker waits for: a duplicate points to the answer it shares.
function answerOrWait(q) {
  if (q.answer) {
    return h('div', { class: 'card answer' },
      h('p', { class: 'meta' }, content(q.answer.agency ? q.answer.agency.name : ''), ' · ',
        t('answers.published', { at: fmtInstant(q.answer.published_at) })),
      h('div', contentLang({ class: 'pre body' }), q.answer.body),
      q.duplicate_of ? h('p', {}, h('a', { href: `/d/${q.dialogue.id}#issue-${q.duplicate_of.issue_id}` },
        t('track.shared'))) : null);
  }
  if (q.duplicate_of) return h('p', {}, t('track.duplicateWait'));
  return h('p', {}, t('track.wait'));
}

async function trackingPage(code) {
  let q;
  try {
    q = await api(`/api/questions/${encodeURIComponent(code)}`);
  } catch (err) {
    if (err.status === 429) {
      page(t('track.paused'),
        h('div', { class: 'alert error', role: 'alert' }, h('p', {}, errorMessage(err))),
        section('tra-cuu', t('track.retryLater'), lookupForm(code)));
      return;
    }
    if (err.status !== 404 && err.status !== 400) throw err;
    const reason = err.fields.find((f) => f.field === 'code');
    page(t('track.notFound'),
      h('div', { class: 'alert error', role: 'alert' },
        h('p', {}, t('track.noSuchBefore'), h('strong', {}, code), t('track.noSuchAfter')),
        reason ? h('p', {}, tNodes('track.codeReason', { reason: fieldReason(reason) })) : null),
      section('tra-cuu', t('track.other'), lookupForm(code)));
    return;
  }
  // A code of the old format (DT.yyyymmdd.nnnn) can be guessed: until the question is answered
  // its text and time are not shown (the server sends null).
  page(t('track.title'),
    h('dl', { class: 'facts' },
      fact(t('lookup.label'), h('strong', { class: 'tracking-code' }, q.tracking_code)),
      fact(t('track.status'), h('span', { class: `badge status-${q.status}` }, serverLabel(`status.${q.status}`, q.status_label))),
      q.submitted_at ? fact(t('track.sentAt'), fmtInstant(q.submitted_at)) : null,
      q.dialogue ? fact(t('track.dialogue'), h('a', contentLang({ href: `/d/${q.dialogue.id}` }), q.dialogue.title)) : null),
    section('cau-hoi', t('track.question'), q.text === null
      ? h('p', { class: 'hint' }, t('track.hiddenOld'))
      : h('p', contentLang({ class: 'pre quote' }), q.text)),
    q.status === 'out_of_scope'
      ? section('ly-do', t('track.whyClosed'),
        q.closed_reason ? h('p', contentLang({ class: 'pre' }), q.closed_reason) : h('p', { class: 'pre' }, t('track.outOfScope')),
        h('p', { class: 'hint' }, t('track.outOfScopeHint')))
      : section('tra-loi', t('track.answer'), answerOrWait(q)),
    q.timeline && q.timeline.length
      ? section('dien-bien', t('track.timeline'), h('ol', { class: 'timeline' }, q.timeline.map(timelineStep)))
      : null,
    section('du-lieu', t('mydata.link'),
      h('p', {}, t('track.myDataText')),
      h('p', {}, h('a', { href: `/q/${encodeURIComponent(q.tracking_code)}/du-lieu` }, t('mydata.link')))),
    section('tra-cuu', t('track.other'), lookupForm()));
}

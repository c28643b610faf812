// The public pages' language (issue 14 item 7): Vietnamese by default, English on request.
// Every piece of UI text the public pages write comes from one catalogue per language
// (messages-vi.js, messages-en.js) through t(key, params). Content people wrote (questions,
// answers, titles, names of units and agencies) stays in its language: in English, content()
// wraps it in lang="vi" so readers and screen readers know.
//
// The choice comes from ?lang=vi|en (a link can carry it), else from localStorage, else
// Vietnamese. Only the public pages call initLang(): the staff UI (not translated yet) keeps
// the Vietnamese catalogue whatever a visitor chose. The English catalogue is fetched only
// when a page is shown in English.

import VI from './messages-vi.js';

export const LANGS = ['vi', 'en'];
const CATALOGUES = { vi: VI, en: {} };
const STORE = 'doithoai.lang';
let current = 'vi';

export const lang = () => current;
export const isEnglish = () => current === 'en';

// t('track.code', {code: 'X'}): the text of `key` in the page's language, {name}s filled in.
// A key missing from a catalogue falls back to Vietnamese, then to the key itself (the unit
// test tests/web/i18n_catalogue.test.mjs keeps both catalogues in step).
export function t(key, params) {
  const text = CATALOGUES[current][key] ?? VI[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all));
}

// The switch names each language in that language.
const NAMES = { vi: 'Tiếng Việt', en: 'English' };

// Whether a catalogue has `key` in the page's language (for optional translations).
export const has = (key) => key in CATALOGUES[current];

function readStored() {
  try {
    return localStorage.getItem(STORE);
  } catch {
    return null; // storage disabled: the URL still works
  }
}

function store(value) {
  try {
    localStorage.setItem(STORE, value);
  } catch {
    // nothing to do: the choice then lasts as long as the ?lang= link
  }
}

// Decides the language from the URL or the stored choice and applies it to <html lang>, the
// static text of the page (elements with data-i18n…) and the switch. Resolves to the language.
export async function initLang(doc = document) {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGS.includes(asked)) {
    current = asked;
    store(asked);
  } else {
    const kept = readStored();
    current = LANGS.includes(kept) ? kept : 'vi';
  }
  if (current === 'en') {
    try {
      CATALOGUES.en = (await import('./messages-en.js')).default;
    } catch {
      current = 'vi'; // the catalogue did not arrive: the page still shows, in Vietnamese
    }
  }
  doc.documentElement.lang = current;
  localizeStatic(doc);
  updateSwitch(doc);
  return current;
}

// Static markup: data-i18n="key" sets the text, data-i18n-placeholder / -aria-label /
// -content set those attributes.
export function localizeStatic(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const [attr, data] of [['placeholder', 'i18nPlaceholder'], ['aria-label', 'i18nAriaLabel'], ['content', 'i18nContent']]) {
    for (const el of root.querySelectorAll(`[data-${data.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`)) {
      el.setAttribute(attr, t(el.dataset[data]));
    }
  }
}

// The address of this page in `language`: same path, query and fragment, with ?lang= set.
export function hrefIn(language, loc = location) {
  const params = new URLSearchParams(loc.search);
  params.set('lang', language);
  return `${loc.pathname}?${params}${loc.hash}`;
}

// The switch "Tiếng Việt | English" (in public.html's header): each link keeps the page.
export function updateSwitch(doc = document) {
  for (const a of doc.querySelectorAll('.lang-switch a[data-lang]')) {
    const l = a.dataset.lang;
    a.href = hrefIn(l);
    a.textContent = NAMES[l];
    if (l === current) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  }
}

// Content people wrote, as a node for h(): in English marked lang="vi"; in Vietnamese the
// plain text, as before. Empty stays empty.
export function content(text, tag = 'span', props = {}) {
  if (text == null || text === '') return text;
  if (current === 'vi') return String(text);
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) el.setAttribute(k, v);
  el.lang = 'vi';
  el.textContent = String(text);
  return el;
}

// Props for an element that holds only content people wrote (h1 of a dialogue, a question's
// text): lang="vi" when the page is in English.
export const contentLang = (props = {}) => (current === 'vi' ? props : { ...props, lang: 'vi' });

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// '2025-03-26' → '26/03/2025' in Vietnamese, '26 Mar 2025' in English.
export function formatDate(y, m, d) {
  if (current === 'en') return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  return `${d}/${m}/${y}`;
}

// Vietnam time of an instant: '14:05 26/03/2025' or '26 Mar 2025, 14:05'.
export function formatInstant(p) {
  if (current === 'en') return `${formatDate(p.year, p.month, p.day)}, ${p.hour}:${p.minute}`;
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

// Numbers as the page's language writes them (1.234,5 or 1,234.5).
export const numberLocale = () => (current === 'en' ? 'en-GB' : 'vi-VN');

// t() as a list for h(): {params} may be nodes (e.g. content() of a name), so a sentence keeps
// its words in order in every language while what people wrote stays marked.
export function tNodes(key, params = {}) {
  const text = t(key);
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    if (!(m[1] in params)) continue;
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(params[m[1]]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

// A label the server sends in Vietnamese for a code: kept as sent on a Vietnamese page, the
// catalogue's `key` on an English one (the server's words, marked, if the key is unknown).
export function serverLabel(key, sent, params) {
  if (current === 'vi') return sent ?? t(key, params);
  return key in CATALOGUES.en ? t(key, params) : content(sent);
}

// The key under `prefix` whose Vietnamese text is `text` (to read a label the server built).
export function keyOfVietnamese(prefix, text) {
  return Object.keys(VI).find((k) => k.startsWith(prefix) && VI[k] === text) || null;
}

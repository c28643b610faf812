// The public page of youth-development indicators ("/chi-tieu", C9 and C12): every indicator
// a programme marked public, with its latest rolled-up value, targets and progress. Loaded on
// demand by public.js, so the home page does not carry it.

import { h } from './dom.js';
import { api } from './api.js';
import { t, content, contentLang } from './i18n.js';
import { indicatorCard } from './indicator-card.js';

// `page(title, ...content)` is public.js's page renderer.
export async function indicatorsPage(page) {
  const { items } = await api('/api/public/indicators');
  page(t('ind.title'),
    h('p', {}, t('ind.intro')),
    items.length
      ? items.map((p, k) => h('section', { 'aria-labelledby': `prog-${k}` },
        h('h2', contentLang({ id: `prog-${k}` }), p.programme.title),
        h('p', { class: 'meta' }, content(p.unit_name), ` · ${p.programme.start_year}–${p.programme.end_year}`),
        h('ul', { class: 'indicator-cards' }, p.indicators.map(indicatorCard))))
      : h('p', {}, t('ind.none')));
}

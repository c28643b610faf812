// The hall's screen and the livestream page of a dialogue day (issue 15), at /d/{id}/truc-tiep:
// the question being answered, who asked on behalf of which unit, who answers, and the counts.
// It follows the secretariat through one Server-Sent Events stream (the browser reconnects by
// itself); nothing is polled. Large type, high contrast, no header: made for a projector.

import { h, fill } from './dom.js';
import { api } from './api.js';
import { t, has, content, contentLang } from './i18n.js';

// An entry's outcome in words (none while pending).
const outcome = (o) => (o && o !== 'pending' && has(`live.outcome.${o}`) ? t(`live.outcome.${o}`) : '');

export async function liveScreenPage(main, id) {
  document.body.classList.add('projector');
  const first = await api(`/api/dialogues/${id}/live/screen`);
  const live = h('p', { class: 'live-conn', 'aria-live': 'polite' });
  const stage = h('div', { class: 'screen-stage', id: 'screen-stage', 'aria-live': 'polite' });
  const counts = h('p', { class: 'screen-counts', id: 'screen-counts' });
  document.title = `${t('live.title')} – ${first.title}`;
  fill(main, h('h1', contentLang({ class: 'screen-title' }), first.title), stage, counts, live);
  draw(first);
  if (!window.EventSource) return;
  const source = new EventSource(`/api/dialogues/${id}/live/events`);
  source.addEventListener('screen', (e) => { draw(JSON.parse(e.data)); live.textContent = ''; });
  source.addEventListener('error', () => { live.textContent = t('live.reconnecting'); });

  function draw(s) {
    stage.dataset.seq = s.current ? String(s.current.seq) : '';
    if (!s.current) {
      fill(stage, h('p', { class: 'screen-idle' }, s.chair ? [t('live.chair'), content(s.chair)] : t('live.idle')));
    } else {
      const c = s.current;
      fill(stage,
        h('p', { class: 'screen-asker' }, content([c.asker, c.asker_unit].filter(Boolean).join(' – ')) || t('live.youthQuestion')),
        h('blockquote', contentLang({ class: 'screen-question', id: 'screen-question' }), c.text),
        c.answered_by ? h('p', { class: 'screen-answerer', id: 'screen-answerer' }, t('live.answeredBy'), content(c.answered_by)) : null,
        outcome(c.outcome) ? h('p', { class: 'screen-outcome' }, outcome(c.outcome)) : null);
    }
    counts.textContent = t('live.counts', { raised: s.raised, spot: s.answered_on_the_spot, later: s.followed_up });
  }
}

// The hall's screen and the livestream page of a dialogue day (issue 15), at /d/{id}/truc-tiep:
// the question being answered, who asked on behalf of which unit, who answers, and the counts.
// It follows the secretariat through one Server-Sent Events stream (the browser reconnects by
// itself); nothing is polled. Large type, high contrast, no header: made for a projector.

import { h, fill } from './dom.js';
import { api } from './api.js';

const OUTCOME = {
  pending: '', on_the_spot: 'Đã trả lời tại hội nghị', promised: 'Hứa giải quyết', forwarded: 'Chuyển cơ quan giải quyết',
};

export async function liveScreenPage(main, id) {
  document.body.classList.add('projector');
  const first = await api(`/api/dialogues/${id}/live/screen`);
  const live = h('p', { class: 'live-conn', 'aria-live': 'polite' });
  const stage = h('div', { class: 'screen-stage', id: 'screen-stage', 'aria-live': 'polite' });
  const counts = h('p', { class: 'screen-counts', id: 'screen-counts' });
  document.title = `Trực tiếp – ${first.title}`;
  fill(main, h('h1', { class: 'screen-title' }, first.title), stage, counts, live);
  draw(first);
  if (!window.EventSource) return;
  const source = new EventSource(`/api/dialogues/${id}/live/events`);
  source.addEventListener('screen', (e) => { draw(JSON.parse(e.data)); live.textContent = ''; });
  source.addEventListener('error', () => { live.textContent = 'Đang kết nối lại…'; });

  function draw(s) {
    stage.dataset.seq = s.current ? String(s.current.seq) : '';
    if (!s.current) {
      fill(stage, h('p', { class: 'screen-idle' }, s.chair ? `Chủ trì: ${s.chair}` : 'Hội nghị đối thoại với thanh niên'));
    } else {
      const c = s.current;
      fill(stage,
        h('p', { class: 'screen-asker' }, [c.asker, c.asker_unit].filter(Boolean).join(' – ') || 'Câu hỏi của thanh niên'),
        h('blockquote', { class: 'screen-question', id: 'screen-question' }, c.text),
        c.answered_by ? h('p', { class: 'screen-answerer', id: 'screen-answerer' }, `Trả lời: ${c.answered_by}`) : null,
        OUTCOME[c.outcome] ? h('p', { class: 'screen-outcome' }, OUTCOME[c.outcome]) : null);
    }
    counts.textContent = `Đã nêu ${s.raised} câu hỏi · trả lời tại chỗ ${s.answered_on_the_spot} · tiếp tục giải quyết ${s.followed_up}`;
  }
}

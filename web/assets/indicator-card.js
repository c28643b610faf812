// One indicator's result as a card: the value of the year, its targets, whether it is met,
// how far along the way to the final target it is, and a small SVG chart (no library) of the
// reported values, the yearly targets and the straight path still needed. Shared by the staff
// dashboard and the public indicators page. Text only ever goes in as text; its words come
// from the catalogue (i18n.js: Vietnamese on staff pages, English on request on public ones).

import { h } from './dom.js';
import { t, content, numberLocale } from './i18n.js';

export const DIR = { at_least: '≥', at_most: '≤', equal: '=' };
export const num = (v, digits = 1) => (v == null ? '—' : Number(v).toLocaleString(numberLocale(), { maximumFractionDigits: digits }));

export function indicatorCard(s) {
  const i = s.indicator;
  const p = s.progress;
  const fin = p.final_target;
  const verdict = t(p.value == null ? 'ind.noData'
    : p.meets_target === true ? 'ind.met' : p.meets_target === false ? 'ind.notMet'
      : p.on_track ? 'ind.onTrack' : 'ind.behind');
  const share = p.share_of_way == null ? null : Math.max(0, Math.min(1, p.share_of_way));
  return h('li', { class: 'indicator-card', 'data-code': i.code },
    h('h4', {}, `${i.code}. `, content(i.name)),
    h('p', { class: 'value' }, h('strong', {}, `${num(s.value, 2)}`, i.measure === '%' ? '%' : [' ', content(i.measure)]),
      t('ind.year', { year: p.year }), p.target != null ? t('ind.target', { dir: DIR[i.direction], value: num(p.target) }) : '',
      fin ? t('ind.final', { year: fin.year, dir: DIR[i.direction], value: num(fin.value) }) : ''),
    h('p', { class: 'verdict' }, verdict, p.needed_per_year != null && fin && p.year < fin.year
      ? t('ind.needed', { value: num(p.needed_per_year, 2) }) : ''),
    share == null ? null : h('p', {}, h('label', {}, t('ind.share'),
      h('meter', { min: '0', max: '1', value: String(share) }), ` ${Math.round(share * 100)}%`)),
    chart(s));
}

const SVG = 'http://www.w3.org/2000/svg';
function s(tag, attrs, ...kids) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  for (const k of kids) el.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return el;
}

// Reported values (solid), targets (dots) and the straight path still needed (dashed).
function chart(series) {
  const i = series.indicator;
  const pts = [...series.history];
  const targets = i.targets;
  const all = [...pts, ...targets, ...series.trajectory];
  if (i.baseline_value != null) all.push({ year: i.baseline_year, value: i.baseline_value });
  if (!all.length) return null;
  const years = all.map((p) => p.year);
  const x0 = Math.min(...years), x1 = Math.max(...years, x0 + 1);
  const top = Math.max(...all.map((p) => p.value), 1) * 1.1;
  const W = 320, H = 140, L = 34, B = 20;
  const X = (y) => L + ((y - x0) / (x1 - x0)) * (W - L - 8);
  const Y = (v) => H - B - (v / top) * (H - B - 8);
  const line = (ps) => ps.map((p, k) => `${k ? 'L' : 'M'}${X(p.year).toFixed(1)},${Y(p.value).toFixed(1)}`).join(' ');
  const g = s('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': t('ind.chart', { code: i.code }) });
  g.append(s('line', { x1: L, y1: H - B, x2: W - 8, y2: H - B, stroke: '#555' }), s('line', { x1: L, y1: 8, x2: L, y2: H - B, stroke: '#555' }));
  for (let y = x0; y <= x1; y++) g.append(s('text', { x: X(y), y: H - 5, 'font-size': 9, 'text-anchor': 'middle' }, String(y).slice(2)));
  g.append(s('text', { x: 2, y: 12, 'font-size': 9 }, num(top, 0)));
  if (series.trajectory.length) g.append(s('path', { d: line(series.trajectory), fill: 'none', stroke: '#b35900', 'stroke-dasharray': '4 3' }));
  for (const t of targets) g.append(s('circle', { cx: X(t.year), cy: Y(t.value), r: 3, fill: 'none', stroke: '#b35900' }));
  if (pts.length) g.append(s('path', { d: line(pts), fill: 'none', stroke: '#0b5394', 'stroke-width': 2 }));
  for (const p of pts) g.append(s('circle', { cx: X(p.year), cy: Y(p.value), r: 3, fill: '#0b5394' }));
  return h('figure', {}, g, h('figcaption', { class: 'hint' }, t('ind.legend')));
}


// Importing a document from its file (issue 11): a PDF (text layer or scanned), a photo, a DOCX
// or a text file is uploaded as is; the server reads it in the background (OCR takes seconds a
// page) while a progress bar says which page it is on; then the page images stand beside the
// usual preview form, each field saying where on the page it was read ("trang 1, dòng 4") and
// how sure the reader is, so the officer checks the doubtful ones against the page. Nothing is
// stored until the form is confirmed (POST /api/documents, as for pasted text).

import { h, field, fill, clear } from './dom.js';
import { api } from './api.js';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.txt,.md';
const TYPE_OF = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', txt: 'text/plain', md: 'text/markdown',
};
const MAX_BYTES = 25 * 1024 * 1024; // the server's limit for this upload
const POLL_MS = 500;
const SURE = 0.85; // a field read with at least this confidence is "chắc chắn"

// The preview fields as previewForm (document-import.js) labels their controls, by the path
// the server names them with; signer is one control for authority, position and name.
const LABELS = {
  type: 'Loại văn bản', number_symbol: 'Ký hiệu', symbol: 'Ký hiệu', issuer: 'Cơ quan ban hành',
  parent_issuer: 'Cơ quan chủ quản', place: 'Nơi ban hành', date: 'Ngày ban hành', summary: 'Trích yếu',
  'signer.name': 'Người ký', 'bases[0]': 'Căn cứ (số, ký hiệu)',
};
const TASK_LABELS = { lead: 'Cơ quan chủ trì (như ghi trong văn bản)', content: 'Nội dung nhiệm vụ' };

function mediaType(file) {
  const ext = (file.name.split('.').pop() || '').toLowerCase();
  return TYPE_OF[ext] || file.type || 'application/octet-stream';
}

function progressText(job) {
  if (job.state === 'queued') return 'Đang chờ đến lượt đọc…';
  if (job.total > 0) return `Đang đọc trang ${Math.min(job.done + 1, job.total)}/${job.total}…`;
  return 'Đang đọc tệp…';
}

// The upload box with its progress. `onRead(result, jobId)` is called once the file is read.
export function uploadPanel(ctx, onRead) {
  const input = h('input', { type: 'file', accept: ACCEPT, name: 'file' });
  const msg = h('div');
  const bar = h('progress', { max: '1', value: '0', hidden: true, 'aria-label': 'Tiến độ đọc tệp' });
  const status = h('p', { class: 'upload-status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, 'Tải lên và đọc');
  const zone = h('div', { class: 'drop-zone' },
    field('Tệp văn bản', input, { hint: 'PDF (kể cả bản quét), ảnh chụp JPEG/PNG, DOCX hoặc tệp chữ .txt, tối đa 25 MB. Có thể kéo thả tệp vào đây.' }));
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragging'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragging');
    if (e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      input.focus();
    }
  });

  const setStatus = (text) => { if (status.textContent !== text) status.textContent = text; };
  const form = h('form', {
    novalidate: true, class: 'panel import-file',
    onsubmit: async (e) => {
      e.preventDefault();
      clear(msg);
      const file = input.files[0];
      if (!file) return ctx.fail({ message: 'Chưa chọn tệp.', fields: [{ field: 'file', reason: 'hãy chọn một tệp' }] }, msg, { file: input });
      if (file.size > MAX_BYTES) return ctx.fail({ message: 'Tệp quá lớn.', fields: [{ field: 'file', reason: 'tệp vượt quá 25 MB' }] }, msg, { file: input });
      button.disabled = true;
      bar.hidden = false;
      bar.removeAttribute('value'); // indeterminate until the reader has counted the pages
      setStatus('Đang tải tệp lên…');
      try {
        const job = await api(`/api/documents/reads?file_name=${encodeURIComponent(file.name)}`,
          { method: 'POST', body: file, headers: { 'Content-Type': mediaType(file) } });
        const done = await poll(job.id, (j) => {
          if (j.total > 0) { bar.max = j.total; bar.value = j.done; }
          setStatus(progressText(j));
        }, () => form.isConnected);
        if (!done) return; // the officer left the page
        bar.max = 1;
        bar.value = 1;
        setStatus(`Đã đọc xong ${done.result.source.pages.length} trang.`);
        await onRead(done.result, job.id);
      } catch (err) {
        bar.hidden = true;
        setStatus('');
        ctx.fail(err, msg, { file: input });
      } finally {
        button.disabled = false;
      }
    },
  }, h('h3', {}, 'Tải tệp văn bản lên'), msg, zone, button, bar, status);
  return form;
}

// Polls the job until it is read; throws its error when it failed; null when `alive()` turns
// false (the view was left).
async function poll(id, onProgress, alive) {
  for (;;) {
    const job = await api(`/api/documents/reads/${id}`);
    if (job.state === 'done') return job;
    if (job.state === 'failed') {
      const e = job.error || {};
      throw Object.assign(new Error(e.message || 'Không đọc được tệp.'), { fields: e.fields || [], code: e.code });
    }
    onProgress(job);
    await new Promise((r) => setTimeout(r, POLL_MS));
    if (!alive()) return null;
  }
}

function sureBadge(src) {
  const sure = src && src.confidence >= SURE;
  return h('span', { class: `badge ${sure ? 'source-sure' : 'source-check'}` }, sure ? 'chắc chắn' : 'cần kiểm tra');
}

// "Đọc từ trang 1, dòng 4 (độ tin cậy 93%)" with its badge and a button showing that page.
function noteElement(src, showPage, id) {
  const where = src ? `Đọc từ trang ${src.page}, dòng ${src.line}` : 'Không thấy trong tệp';
  const pct = src ? ` (độ tin cậy ${Math.round(src.confidence * 100)}%)` : '';
  return h('p', { id, class: 'hint source-note' }, sureBadge(src), ' ', where, pct,
    src && showPage ? h('button', { type: 'button', class: 'link-button', onclick: () => showPage(src.page) }, `Xem trang ${src.page}`) : null);
}

// The note under a field's label, linked to its control.
function sourceNote(control, src, showPage) {
  const wrap = control.closest('.field');
  if (!wrap) return;
  const id = `${control.id}-src`;
  wrap.querySelector('label').after(noteElement(src, showPage, id));
  control.setAttribute('aria-describedby', `${id} ${control.getAttribute('aria-describedby') || ''}`.trim());
}

function controlByLabel(root, label) {
  return [...root.querySelectorAll('input, select, textarea')].find((c) => c.dataset.label === label) || null;
}

// Marks every field of the preview form with where it came from.
function annotate(form, doc, fields, showPage) {
  for (const [path, label] of Object.entries(LABELS)) {
    const base = path.split('.')[0].replace(/\[\d+\]$/, '');
    const value = path.includes('.') ? (doc[base] || {})[path.split('.')[1]] : path === 'bases[0]' ? (doc.bases || [])[0] : doc[path];
    if (value == null || value === '' || (path === 'symbol' && doc.number_symbol)) continue;
    if (path === 'type' && !doc.type_code) continue; // a letter (công văn) names no type
    const c = controlByLabel(form, label);
    if (c && !document.getElementById(`${c.id}-src`)) sourceNote(c, fields[path], showPage);
  }
  form.querySelectorAll('li.import-task').forEach((card, i) => {
    const t = (doc.tasks || [])[i];
    if (!t) return;
    for (const [key, label] of Object.entries(TASK_LABELS)) {
      const c = controlByLabel(card, label);
      if (c && t[key]) sourceNote(c, fields[`tasks[${i}].${key}`], showPage);
    }
    // The deadline is a fieldset of its own: the note goes under its legend.
    const legend = card.querySelector('fieldset.deadline > legend');
    if (legend && t.deadline && t.deadline.text) legend.after(noteElement(fields[`tasks[${i}].deadline`], showPage, null));
  });
}

// The page images (PDF, photo) beside the form; text and DOCX have none.
function pageImages(jobId, source) {
  const figures = source.pages.map((p, i) => h('figure', { class: 'page-image', id: `upload-page-${i + 1}`, tabindex: '-1' },
    h('img', { src: `/api/documents/reads/${jobId}/pages/${i + 1}`, alt: `Trang ${i + 1} của tệp ${source.file_name || ''}`.trim(), loading: i < 2 ? 'eager' : 'lazy' }),
    h('figcaption', {}, `Trang ${i + 1}`, p.ocr ? ` — đọc bằng nhận dạng chữ, độ tin cậy ${Math.round(p.confidence * 100)}%` : '')));
  return h('section', { class: 'page-images', 'aria-label': 'Ảnh các trang của tệp' }, figures);
}

// The review of a read file: warnings, page images and the annotated preview form.
// `previewForm(ctx, parsed, sourceText)` is document-import.js's form.
export async function uploadReview(ctx, result, jobId, previewForm) {
  const { source, document: doc, fields, text } = result;
  const form = await previewForm(ctx, doc, text);
  const hasImages = source.kind === 'pdf_text' || source.kind === 'pdf_scan' || source.kind === 'image';
  const pages = hasImages ? pageImages(jobId, source) : null;
  const showPage = pages ? (n) => {
    const f = pages.querySelector(`#upload-page-${n}`);
    if (f) { f.scrollIntoView({ block: 'start' }); f.focus(); }
  } : null;
  annotate(form, doc, fields || {}, showPage);
  const notes = [];
  if (source.partial) notes.push('Chỉ đọc được một phần tệp; hãy kiểm tra và bổ sung phần còn thiếu.');
  notes.push(...(source.warnings || []));
  const unsure = Object.values(fields || {}).filter((f) => f.confidence < SURE).length;
  const warn = notes.length || unsure ? h('div', { class: 'alert warn', role: 'note' },
    h('p', { class: 'alert-title' }, source.partial ? 'Kết quả đọc chưa đầy đủ' : 'Lưu ý khi kiểm tra'),
    h('ul', {}, notes.map((n) => h('li', {}, n)),
      unsure ? h('li', {}, `${unsure} trường được đánh dấu “cần kiểm tra”: đối chiếu với ảnh trang trước khi xác nhận.`) : null)) : null;
  const read = h('p', { class: 'hint' }, `Tệp ${source.file_name || ''}: ${source.pages.length}/${source.page_count} trang đã đọc`,
    source.kind === 'pdf_scan' || source.kind === 'image' ? ` bằng nhận dạng chữ, độ tin cậy trung bình ${Math.round(source.confidence * 100)}%.` : '.');
  const side = h('div', { class: 'upload-form' }, form);
  // The form's heading stays first for focus; the notes go right under it.
  const head = form.querySelector('h3');
  if (head) head.after(...[read, warn].filter(Boolean));
  return h('div', { class: pages ? 'upload-review' : 'upload-review single' }, pages, side);
}

// Wires the panel to the preview slot of the import view.
export function uploadSection(ctx, preview, previewForm) {
  return uploadPanel(ctx, async (result, jobId) => {
    fill(preview, await uploadReview(ctx, result, jobId, previewForm));
    // The review starts with the pages and the form side by side: show its top, focus its title.
    preview.scrollIntoView({ block: 'start' });
    const head = preview.querySelector('h3');
    if (head) head.focus({ preventScroll: true });
  });
}

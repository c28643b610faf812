// Reading the details the server composes in Vietnamese for two steps of a question's timeline
// (src/domain/question/timeline.cc), so an English page can say them again in English. Pure:
// no DOM, tested by tests/web/step_detail.test.mjs. A detail of another form gives null and the
// page shows it as written (marked lang="vi").

// "Văn bản số 15/TB-UBND ngày 07/04/2025" → {number, day, month, year} (date parts optional).
export function parseConclusionDetail(text) {
  const m = /^Văn bản số (.+?)(?: ngày (\d{2})\/(\d{2})\/(\d{4}))?$/.exec(String(text || ''));
  return m ? { number: m[1], day: m[2] || null, month: m[3] || null, year: m[4] || null } : null;
}

// "Đang thực hiện · 40% (báo cáo ngày 01/06/2025) · Chủ trì: Sở X · Thời hạn: Quý III/2025"
// → {status, percent, day, month, year, lead, deadline}; everything after the status optional.
export function parseTaskDetail(text) {
  const m = /^(.+?)(?: · (\d+)% \(báo cáo ngày (\d{2})\/(\d{2})\/(\d{4})\))?(?: · Chủ trì: (.+?))?(?: · Thời hạn: (.+))?$/s
    .exec(String(text || ''));
  if (!m) return null;
  return {
    status: m[1], percent: m[2] ?? null, day: m[3] ?? null, month: m[4] ?? null, year: m[5] ?? null,
    lead: m[6] ?? null, deadline: m[7] ?? null,
  };
}

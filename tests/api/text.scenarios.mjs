// Text intelligence over HTTP (issue 5): grouping proposals with the coordinator's decisions,
// staff search within each user's scope (never an identity, never someone else's draft), and
// the stored routing table with suggestions that learn from routing decisions.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const inDays = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);

export default function (ctx) {
  const { anon, as, ids, fieldsOf } = ctx;

  // Submits `text` to the dialogue open for questions and returns the question's id (looked up as the coordinator).
  async function submit(coordinator, text, extra = {}) {
    const r = await anon().post(`/api/dialogues/${ids.open}/questions`, { text, age: 21, consent: true, ...extra });
    assert.equal(r.status, 201, r.text);
    for (let offset = 0; ; offset += 200) {
      const page = await coordinator.get(`/api/dialogues/${ids.open}/questions?limit=200&offset=${offset}`);
      const found = page.body.items.find((q) => q.tracking_code === r.body.tracking_code);
      if (found) return found.id;
      assert.ok(page.body.items.length === 200, 'submitted question not listed');
    }
  }
  const holding = (proposals, id) => proposals.items.find((p) => p.question_ids.includes(id));

  test('grouping proposals: propose, reject, split, merge, accept into a new and an existing issue', async () => {
    const coordinator = await as('sonoivu');
    const s1 = await submit(coordinator, 'Thành phố có học bổng du học cho sinh viên nghèo vượt khó không ạ?');
    const s2 = await submit(coordinator, 'cho em hoi co hoc bong du hoc cho sinh vien ngheo vuot kho ko');
    const s3 = await submit(coordinator, 'Học bổng du học dành cho sinh viên nghèo vượt khó được xét thế nào?');
    const f1 = await submit(coordinator, 'Đề nghị xây thêm sân bóng đá mini miễn phí cho thanh niên ở phường');
    const f2 = await submit(coordinator, 'Phường em cần sân bóng đá mini miễn phí cho thanh niên chơi thể thao');
    let r = await coordinator.get(`/api/dialogues/${ids.open}/grouping-proposals`);
    assert.equal(r.status, 200);
    const scholarships = holding(r.body, s1);
    assert.ok(scholarships, JSON.stringify(r.body.items.map((p) => p.question_ids)));
    assert.deepEqual(scholarships.question_ids, [s1, s2, s3]);
    assert.ok(scholarships.confidence > 0 && scholarships.confidence <= 1);
    assert.equal(scholarships.issue, null);
    assert.ok(!JSON.stringify(r.body).includes('asker'), 'no identity in proposals');
    const football = holding(r.body, f1);
    assert.ok(football.question_ids.includes(f2), JSON.stringify(football));

    // Reject: not shown again.
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/reject`, { question_ids: [...football.question_ids].reverse() });
    assert.equal(r.status, 201);
    assert.equal(r.body.verdict, 'reject');
    r = await coordinator.get(`/api/dialogues/${ids.open}/grouping-proposals`);
    assert.equal(holding(r.body, f1), undefined);

    // Split s3 out, then merge it back: the decisions replay in order.
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/split`, { question_ids: [s1, s2, s3], remove_ids: [s3] });
    assert.equal(r.status, 201);
    assert.deepEqual(r.body.parts, [[s1, s2], [s3]]);
    r = await coordinator.get(`/api/dialogues/${ids.open}/grouping-proposals`);
    assert.deepEqual(holding(r.body, s1).question_ids, [s1, s2]);
    assert.equal(holding(r.body, s3), undefined);
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/merge`, { question_ids: [s1, s2], other_question_ids: [s3] });
    assert.equal(r.status, 201);
    assert.deepEqual(r.body.question_ids, [s1, s2, s3]);

    // Accept part of it as a new issue, then a later question joins that issue.
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/accept`, { question_ids: [s1, s2], title: 'Học bổng du học cho sinh viên nghèo' });
    assert.equal(r.status, 201, r.text);
    const issue = r.body.id;
    const s4 = await submit(coordinator, 'Xin hỏi học bổng du học cho sinh viên nghèo vượt khó nộp hồ sơ ở đâu?');
    r = await coordinator.get(`/api/dialogues/${ids.open}/grouping-proposals`);
    const more = holding(r.body, s4);
    assert.ok(more, 'the new question is proposed');
    assert.equal(more.issue?.id, issue);
    assert.equal(more.suggested_title, 'Học bổng du học cho sinh viên nghèo');
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/accept`, { question_ids: more.question_ids, issue_id: issue });
    assert.equal(r.status, 201, r.text);
    const detail = await coordinator.get(`/api/issues/${issue}`);
    assert.ok(detail.body.questions.some((q) => q.id === s4));
  });

  test('grouping proposals: coordinators only; bad input names the field; nothing half-written', async () => {
    const coordinator = await as('sonoivu');
    const a = await submit(coordinator, 'Có chương trình hỗ trợ thanh niên học tiếng Nhật để đi làm việc không?');
    assert.equal((await anon().get(`/api/dialogues/${ids.open}/grouping-proposals`)).status, 401);
    assert.equal((await (await as('sokhcn')).get(`/api/dialogues/${ids.open}/grouping-proposals`)).status, 403);
    assert.equal((await (await as('thanhdoan')).post(`/api/dialogues/${ids.open}/grouping-proposals/reject`, { question_ids: [a] })).status, 403);
    assert.equal((await coordinator.get('/api/dialogues/999999/grouping-proposals')).status, 404);
    const page = await coordinator.get(`/api/dialogues/${ids.open}/grouping-proposals?limit=1&offset=0`);
    assert.equal(page.status, 200);
    assert.ok(page.body.items.length <= 1 && page.body.total >= page.body.items.length);
    assert.equal((await coordinator.get(`/api/dialogues/${ids.open}/grouping-proposals?limit=0`)).status, 400);
    assert.equal((await coordinator.get(`/api/dialogues/${ids.open}/grouping-proposals?offset=-1`)).status, 400);
    let r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/reject`, { question_ids: 'all' });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r), ['question_ids']);
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/reject`, {});
    assert.equal(r.status, 422);
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/reject`, { question_ids: [a, 99999999] });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['question_ids[1]']);
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/split`, { question_ids: [a], remove_ids: [a] });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['remove_ids']);
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/merge`, { question_ids: [a], other_question_ids: [a] });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['other_question_ids']);
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/accept`, { question_ids: [a], title: '' });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['title']);
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/accept`, { question_ids: [a], issue_id: 99999999 });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['issue_id']);
    // The failed accepts left the question ungrouped.
    const list = await coordinator.get(`/api/dialogues/${ids.open}/questions?grouped=false&limit=200&offset=0`);
    assert.equal(list.status, 200);
    r = await coordinator.post(`/api/dialogues/${ids.open}/grouping-proposals/reject`, { question_ids: [a] }, { csrf: false });
    assert.equal(r.status, 403);
  });

  test('staff search: scope per role, drafts only for who may see them, never an identity', async () => {
    const coordinator = await as('sonoivu');
    const secret = await submit(coordinator, 'Em muốn hỏi về chương trình khuyến nông cho thanh niên trồng nấm linh chi', {
      asker_name: 'Lý Thị Mận', asker_contact: 'man.ly@example.vn',
    });
    // The coordinator finds the new, unpublished question; identity is never in the response.
    let r = await coordinator.get('/api/staff/search?q=nam%20linh%20chi');
    assert.equal(r.status, 200);
    const hit = r.body.items.find((i) => i.kind === 'question' && i.id === secret);
    assert.ok(hit, JSON.stringify(r.body));
    assert.equal(hit.status, 'new');
    assert.match(hit.snippet, /<mark>/);
    assert.ok(!r.text.includes('Mận') && !r.text.includes('man.ly'));
    r = await coordinator.get(`/api/staff/search?q=${encodeURIComponent('Lý Thị Mận')}`);
    assert.ok(!r.text.includes('man.ly') && !r.body.items.some((i) => i.id === secret && i.kind === 'question' && i.snippet.includes('Mận')));
    // Public search: neither the unpublished question nor the identity.
    r = await anon().get('/api/search?q=nam%20linh%20chi');
    assert.equal(r.status, 200);
    assert.ok(!r.body.items.some((i) => i.kind === 'question' && i.id === secret));
    assert.ok(!r.text.includes('Mận'));
    // An agency officer sees only what is routed to its agency.
    const sokhcn = await as('sokhcn');
    r = await sokhcn.get('/api/staff/search?q=nam%20linh%20chi');
    assert.equal(r.status, 200);
    assert.ok(!r.body.items.some((i) => i.id === secret));
    // The wifi answer awaits approval: its lead agency and the coordinator see it; others do not.
    r = await sokhcn.get('/api/staff/search?q=diem%20wifi%20cong%20cong&kind=answer');
    const pending = r.body.items.find((i) => i.kind === 'answer' && i.status === 'submitted');
    assert.ok(pending, JSON.stringify(r.body));
    r = await coordinator.get('/api/staff/search?q=diem%20wifi%20cong%20cong&kind=answer&status=submitted');
    assert.ok(r.body.items.some((i) => i.id === pending.id));
    for (const user of ['sotaichinh', 'sonnmt', 'thanhdoan']) {
      r = await (await as(user)).get('/api/staff/search?q=diem%20wifi%20cong%20cong&kind=answer');
      assert.ok(!r.body.items.some((i) => i.id === pending.id && i.status !== 'approved'), `${user} must not see the pending draft`);
    }
    r = await anon().get('/api/search?q=tong%20hop%20nhu%20cau%20diem%20wifi');
    assert.ok(!r.body.items.some((i) => i.kind === 'answer' && i.id === pending.id), 'public search never shows an unapproved answer');
    // The Youth Union handles questions: it finds the new question, but not drafts.
    r = await (await as('thanhdoan')).get('/api/staff/search?q=nam%20linh%20chi');
    assert.ok(r.body.items.some((i) => i.id === secret));
    // Filters and paging.
    r = await coordinator.get('/api/staff/search?q=thanh%20nien&dialogue_id=1&kind=question&limit=2&offset=0');
    assert.equal(r.body.items.length, 2);
    const next = await coordinator.get('/api/staff/search?q=thanh%20nien&dialogue_id=1&kind=question&limit=2&offset=2');
    assert.ok(!next.body.items.some((i) => r.body.items.some((j) => j.id === i.id)), 'pages do not overlap');
    r = await coordinator.get(`/api/staff/search?q=wifi&agency_id=${ids['so-kh-cn']}&from=2025-01-01&to=2099-12-31`);
    assert.ok(r.body.items.length >= 1);
    r = await coordinator.get('/api/staff/search?q=wifi&from=2099-01-01');
    assert.equal(r.body.items.length, 0);
    // Bad input.
    assert.equal((await anon().get('/api/staff/search?q=wifi')).status, 401);
    r = await coordinator.get('/api/staff/search?q=');
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['q']);
    r = await coordinator.get('/api/staff/search?q=wifi&status=xyz&from=2025-02-30');
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['status', 'from']);
    r = await coordinator.get('/api/staff/search?q=wifi&kind=memo');
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['kind']);
    // Documents and tasks are searched too (none of another agency's reach the officer).
    for (const kind of ['document', 'task']) {
      r = await coordinator.get(`/api/staff/search?q=thanh%20nien&kind=${kind}`);
      assert.equal(r.status, 200);
      assert.ok(r.body.items.every((i) => i.kind === kind));
    }
    assert.equal((await coordinator.get('/api/staff/search?q=wifi&limit=0')).status, 400);
    assert.equal((await coordinator.get('/api/staff/search?q=wifi&dialogue_id=abc')).status, 400);
  });

  test('routing table: stored, editable by the coordinator; suggestions follow it and learn from routings', async () => {
    const coordinator = await as('sonoivu');
    const table = `/api/units/${ids.city}/routing-table`;
    let r = await coordinator.get(table);
    assert.equal(r.status, 200);
    assert.equal(r.body.source, 'demo');
    assert.equal(r.body.rows.length, 15);
    assert.equal(r.body.rows.find((x) => x.topic === 'moi-truong').agencies[0].name, 'Sở Nông nghiệp và Môi trường');
    assert.equal((await (await as('sokhcn')).get(table)).status, 403);
    assert.equal((await anon().get(table)).status, 401);
    assert.equal((await coordinator.get('/api/units/99999999/routing-table')).status, 404);
    // Bad input names the field; nothing is stored.
    r = await coordinator.put(table, { rules: [{ topic: 'khong-co', agency_ids: [ids['so-kh-cn']] }, { topic: 'y-te', agency_ids: [] }, { topic: 'y-te', agency_ids: [99999999] }] });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['rules[0].topic', 'rules[1].agency_ids', 'rules[2].topic', 'rules[2].agency_ids[0]']);
    r = await coordinator.put(table, { rules: [{ topic: 7, agency_ids: ['x'] }] });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r), ['rules[0].topic', 'rules[0].agency_ids[0]']);
    r = await coordinator.put(table, { rules: 'all' });
    assert.equal(r.status, 400);
    assert.equal((await coordinator.put(table, {})).status, 422);
    assert.equal((await coordinator.get(table)).body.source, 'demo');

    // The coordinator sends environment questions to Sở Xây dựng first.
    const issues = (await coordinator.get('/api/dialogues/1/issues')).body.items;
    const waste = issues.find((i) => i.title.includes('phân loại rác'));
    r = await coordinator.put(table, { rules: [{ topic: 'moi-truong', agency_ids: [ids['so-xay-dung']] }] });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.source, 'stored');
    assert.equal(r.body.rows.find((x) => x.topic === 'moi-truong').agencies[0].id, ids['so-xay-dung']);
    r = await coordinator.get(`/api/issues/${waste.id}/suggestions`);
    assert.equal(r.body.topics[0].code, 'moi-truong');
    const before = r.body.agencies[0].id;
    assert.equal(before, ids['so-xay-dung']);

    // Learning: environment issues routed to Sở KH&CN several times change the suggestion.
    for (let i = 0; i < 8; i++) {
      const q = await submit(coordinator, `Đề nghị tăng cường thu gom rác thải và bảo vệ môi trường ở khu dân cư số ${i + 1}`);
      const created = await coordinator.post(`/api/dialogues/${ids.open}/issues`, { title: `Rác thải khu dân cư ${i + 1}`, question_ids: [q] });
      assert.equal(created.status, 201);
      const routed = await coordinator.post(`/api/issues/${created.body.id}/routing`, { lead_agency_id: ids['so-kh-cn'], answer_due_on: inDays(30) });
      assert.equal(routed.status, 200, routed.text);
    }
    r = await coordinator.get(`/api/issues/${waste.id}/suggestions`);
    assert.equal(r.body.agencies[0].id, ids['so-kh-cn'], JSON.stringify(r.body.agencies));

    // An empty table goes back to the demo fallback; the administrator may edit it too, and
    // every change is in the audit log.
    r = await coordinator.put(table, { rules: [] });
    assert.equal(r.status, 200);
    assert.equal(r.body.source, 'demo');
    const admin = await as('admin');
    assert.equal((await admin.get(table)).status, 200);
    const audit = await admin.get(`/api/audit?entity=unit&entity_id=${ids.city}&limit=20`);
    assert.ok(audit.body.items.filter((e) => e.action === 'routing_table.updated').length >= 2);
  });
}

// API scenarios against a real server and a real SQLite file: the whole chain from a youth's
// question to a published answer, the permission matrix over HTTP, and bad input on every
// input path. Every response is checked against /api/openapi.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, fieldsOf, exercised, openDialogueId } from './harness.mjs';
import { xlsx } from '../browser/xlsx.mjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PORT = Number(process.env.API_TEST_PORT || 18181);
let server;
const anon = () => new Client(server);
const as = async (user) => { const c = new Client(server); await c.signIn(user); return c; };
let ids = {};  // agencies, users, dialogue facts discovered from the demo

before(async () => {
  server = await startServer({ port: PORT, args: ['--submissions-per-minute', '0', '--sign-ins-per-minute', '0', '--lookups-per-minute', '0'] });
  const admin = await as('admin');
  const hp = (await admin.get('/api/units?parent_id=1')).body.items.find((u) => u.code === 'hai-phong');
  ids.city = hp.id;
  const agencies = (await admin.get(`/api/agencies?unit_id=${hp.id}`)).body.items;
  for (const a of agencies) ids[a.code] = a.id;
  ids.open = await openDialogueId(server);  // the demo dialogue taking questions today
});
after(async () => { await server?.stop(); });

const GOOD = { text: 'Thành phố có hỗ trợ thanh niên học lập trình miễn phí không ạ?', age: 20, consent: true };

test('public: dialogues, the demo plan with its statutory clocks, units', async () => {
  const c = anon();
  const list = await c.get('/api/dialogues');
  assert.equal(list.status, 200);
  assert.ok(list.body.items.some((d) => d.theme.includes('chuyển đổi xanh, chuyển đổi số')));
  const d = await c.get('/api/dialogues/1');
  assert.equal(d.status, 200);
  assert.equal(d.body.unit.name, 'Thành phố Hải Phòng');
  const clock = (key) => d.body.clocks.find((x) => x.key === key);
  // Youth Law Art. 10(2): published 19/02, due 24/02 (30 days before 26/03) → done.
  assert.equal(clock('plan_published').due_on, '2025-02-24');
  assert.equal(clock('plan_published').state, 'done');
  // Youth Law Art. 10(3): due 05/04, issued 08/04 → done late.
  assert.equal(clock('conclusion_issued').due_on, '2025-04-05');
  assert.equal(clock('conclusion_issued').state, 'done_late');
  assert.ok(d.body.clocks.some((x) => x.key.startsWith('milestone:') && x.state === 'late'));
  const provinces = await c.get('/api/units?parent_id=1');
  assert.equal(provinces.body.items.length, 34);
  const wards = await c.get(`/api/units?parent_id=${ids.city}`);
  assert.equal(wards.body.items.length, 114);
  assert.equal((await c.get('/api/units?parent_id=999999')).status, 404);
  assert.equal((await c.get('/api/units?parent_id=abc')).status, 400);
  assert.equal((await c.get('/api/dialogues/999')).status, 404);
  assert.equal((await c.get('/api/dialogues/abc')).status, 404);
  assert.equal((await c.get('/api/health')).status, 200);
  assert.equal((await c.get('/api/openapi.json')).status, 200);
});

test('public: submit a question, get a tracking code, follow it', async () => {
  const c = anon();
  const r = await c.post(`/api/dialogues/${ids.open}/questions`, { ...GOOD, asker_name: 'Nguyễn Văn Bí Mật', asker_contact: '0900000001' });
  assert.equal(r.status, 201);
  assert.match(r.body.tracking_code, /^DT(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z]{2}$/);
  const t = await c.get(`/api/questions/${r.body.tracking_code}`);
  assert.equal(t.status, 200);
  assert.equal(t.body.status, 'received');
  assert.equal(t.body.text, GOOD.text);
  assert.ok(!t.text.includes('Bí Mật') && !t.text.includes('0900000001'), 'identity never public');
  assert.equal((await c.get('/api/questions/DT.20250101.9999')).status, 404);
  assert.equal((await c.get('/api/questions/DT-0000-0000-0000-00')).status, 404);
  assert.equal((await c.get('/api/questions/%3Cscript%3E')).status, 404);
  ids.fresh_code = r.body.tracking_code;
});

test('public: bad submissions name the field and write nothing', async () => {
  const c = anon();
  const coordinator = await as('sonoivu');
  const count = async () => (await coordinator.get(`/api/dialogues/${ids.open}/questions?limit=1`)).body.total;
  const before = await count();
  const cases = [
    [{ ...GOOD, age: 15 }, 422, 'age'],
    [{ ...GOOD, age: 31 }, 422, 'age'],
    [{ ...GOOD, consent: false }, 422, 'consent'],
    [{ text: GOOD.text, age: 20 }, 422, 'consent'],
    [{ ...GOOD, consent: 'yes' }, 400, 'consent'],
    [{ ...GOOD, age: '20' }, 400, 'age'],
    [{ ...GOOD, text: 42 }, 400, 'text'],
    [{ ...GOOD, text: 'ngắn' }, 422, 'text'],
    [{ ...GOOD, text: 'x'.repeat(2001) }, 422, 'text'],
    [{ ...GOOD, asker_name: 'a'.repeat(101) }, 422, 'asker_name'],
    [{ age: 20, consent: true }, 422, 'text'],
  ];
  for (const [body, status, field] of cases) {
    const r = await c.post(`/api/dialogues/${ids.open}/questions`, body);
    assert.equal(r.status, status, JSON.stringify(body).slice(0, 80));
    assert.ok(fieldsOf(r).includes(field), `${field} in ${JSON.stringify(r.body)}`);
  }
  const raw = async (bytes, type = 'application/json') => c.request('POST', `/api/dialogues/${ids.open}/questions`, { raw: bytes, headers: { 'content-type': type } });
  let r = await raw('{"text": "chưa đóng');
  assert.equal(r.status, 400);
  assert.deepEqual(fieldsOf(r), ['body']);
  r = await raw(Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]));  // {"t":"\xff\xfe"}
  assert.equal(r.status, 400);
  assert.match(r.body.error.fields[0].reason, /UTF-8/);
  r = await raw('[1,2,3]');
  assert.equal(r.status, 400);
  r = await raw(JSON.stringify({ ...GOOD, text: 'a'.repeat(70 * 1024) }));
  assert.equal(r.status, 413);
  r = await c.post('/api/dialogues/999/questions', GOOD);
  assert.equal(r.status, 404);
  assert.equal(await count(), before, 'nothing half-written');
});

test('public: NFD text is stored NFC; script is stored as text and served as JSON', async () => {
  const c = anon();
  const nfd = 'Vie\u0323\u0302c la\u0300m cho thanh nie\u0302n sau khi to\u0302\u0301t nghie\u0323\u0302p';
  const r = await c.post(`/api/dialogues/${ids.open}/questions`, { ...GOOD, text: nfd });
  assert.equal(r.status, 201);
  const t = await c.get(`/api/questions/${r.body.tracking_code}`);
  assert.equal(t.body.text, nfd.normalize('NFC'));
  assert.notEqual(t.body.text, nfd);
  const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> câu hỏi';
  const e = await c.post(`/api/dialogues/${ids.open}/questions`, { ...GOOD, text: evil });
  const te = await c.get(`/api/questions/${e.body.tracking_code}`);
  assert.equal(te.body.text, evil);
  assert.match(te.headers.get('content-type'), /application\/json/);
  assert.equal(te.headers.get('x-content-type-options'), 'nosniff');
  const page = await fetch(`${server.url}/q/${e.body.tracking_code}`);
  assert.match(page.headers.get('content-security-policy'), /script-src 'self'/);
  assert.ok(!(await page.text()).includes('<script>alert'), 'the page shell never inlines question text');
});

test('public: an unknown page is a 404 with the site around it, an unknown API path a JSON 404', async () => {
  const page = await fetch(`${server.url}/khong-co-trang-nay`);
  assert.equal(page.status, 404);
  assert.match(page.headers.get('content-type'), /text\/html/);
  assert.match(await page.text(), /src="\/assets\/public\.js"/, 'the public shell, which shows "Không tìm thấy trang"');
  assert.match(page.headers.get('content-security-policy'), /script-src 'self'/);
  const post = await fetch(`${server.url}/khong-co-trang-nay`, { method: 'POST' });
  assert.equal(post.status, 404);
  assert.doesNotMatch(await post.text(), /<html/i, 'only a GET gets the page');
  const apiMiss = await fetch(`${server.url}/api/khong-co`);
  assert.equal(apiMiss.status, 404);
  assert.match(apiMiss.headers.get('content-type'), /application\/json/);
});

test('session: sign-in, CSRF, sign-out', async () => {
  const c = anon();
  let r = await c.post('/api/session', { username: 'sonoivu', password: 'wrong-password' });
  assert.equal(r.status, 401);
  r = await c.post('/api/session', { username: 'nobody', password: 'doithoai-demo' });
  assert.equal(r.status, 401);
  r = await c.post('/api/session', { username: 'sonoivu' });
  assert.equal(r.status, 422);
  assert.deepEqual(fieldsOf(r), ['password']);
  assert.equal((await c.get('/api/session')).status, 401);
  const me = await c.signIn('sonoivu');
  assert.equal(me.grants[0].role, 'coordinator');
  assert.match(c.cookie, /^dt_session=/);
  assert.equal((await c.get('/api/session')).status, 200);
  // A state change without the CSRF header, or with a wrong one, is refused.
  r = await c.post('/api/dialogues/1/milestones', { title: 'x', due_on: '2025-03-01' }, { csrf: false });
  assert.equal(r.status, 403);
  r = await c.request('POST', '/api/dialogues/1/milestones', { json: { title: 'x', due_on: '2025-03-01' }, csrf: false, headers: { 'x-csrf-token': 'f'.repeat(64) } });
  assert.equal(r.status, 403);
  assert.equal((await c.del('/api/session')).status, 204);
  c.cookie = c.cookie.replace(/=.*/, '=' + 'a'.repeat(64));
  assert.equal((await c.get('/api/session')).status, 401);
});

test('permissions over HTTP: each role sees and does only its own part', async () => {
  const officer = await as('sokhcn');
  const youth = await as('thanhdoan');
  const leader = await as('chutich');
  assert.equal((await officer.get('/api/dialogues/1/questions')).status, 403, 'officers do not see askers');
  assert.equal((await anon().get('/api/dialogues/1/questions')).status, 401);
  const mine = (await officer.get('/api/dialogues/1/issues')).body.items;
  assert.ok(mine.length > 0);
  for (const i of mine) {
    const involved = i.lead_agency?.id === ids['so-kh-cn'] || i.coordinating_agencies.some((a) => a.id === ids['so-kh-cn']);
    assert.ok(involved, `officer sees only its agency's issues, got ${i.title}`);
  }
  const all = (await youth.get('/api/dialogues/1/issues')).body.items;
  const foreign = all.find((i) => i.lead_agency?.id === ids['so-tai-chinh']);
  assert.equal((await officer.get(`/api/issues/${foreign.id}`)).status, 404);
  assert.equal((await officer.put(`/api/issues/${foreign.id}/answer`, { body: 'Tôi không phụ trách việc này đâu ạ.' })).status, 403);
  assert.equal((await youth.post(`/api/issues/${foreign.id}/routing`, { lead_agency_id: ids['so-kh-cn'], answer_due_on: '2099-01-01' })).status, 403);
  assert.equal((await leader.get('/api/dialogues/1/dashboard')).status, 200);
  assert.equal((await youth.get('/api/dialogues/1/dashboard')).status, 403);
  assert.equal((await officer.get('/api/users')).status, 403);
  assert.equal((await leader.get('/api/audit')).status, 403);
});

function isoInDays(n) {
  const d = new Date(Date.now() + n * 86400000 + 7 * 3600000);
  return d.toISOString().slice(0, 10);
}

test('the chain: screen, group, route, draft, return, resubmit, approve, publish, track', async () => {
  const coordinator = await as('sonoivu');
  const officer = await as('sokhcn');
  const leader = await as('chutich');
  const c = anon();
  const q1 = (await c.post(`/api/dialogues/${ids.open}/questions`, { ...GOOD, text: 'Thành phố có mở lớp AI miễn phí cho thanh niên không?', asker_name: 'Trần Thị Hỏi' })).body.tracking_code;
  const q2 = (await c.post(`/api/dialogues/${ids.open}/questions`, { ...GOOD, text: 'Đề nghị mở khóa học trí tuệ nhân tạo cho đoàn viên.' })).body.tracking_code;
  const q3 = (await c.post(`/api/dialogues/${ids.open}/questions`, { ...GOOD, text: 'Phường em mất điện thường xuyên, ai giải quyết?' })).body.tracking_code;
  const q4 = (await c.post(`/api/dialogues/${ids.open}/questions`, { ...GOOD, text: 'Thành phố có lớp AI miễn phí cho thanh niên không ạ?' })).body.tracking_code;
  const fresh = (await coordinator.get(`/api/dialogues/${ids.open}/questions?screening=new&limit=200`)).body.items;
  const byCode = (code) => fresh.find((q) => q.tracking_code === code);
  assert.equal(byCode(q1).asker.name, 'Trần Thị Hỏi', 'handlers see the identity');
  const contact = await coordinator.get(`/api/questions/${byCode(q1).id}/contact`);
  assert.equal(contact.status, 200, 'the contact is revealed on request (logged)');
  assert.equal(contact.body.asker_name, 'Trần Thị Hỏi');

  // Screening, with bad input first.
  let r = await coordinator.post(`/api/questions/${byCode(q3).id}/screening`, { screening: 'out_of_scope' });
  assert.equal(r.status, 422);
  assert.deepEqual(fieldsOf(r), ['note']);
  r = await coordinator.post(`/api/questions/${byCode(q3).id}/screening`, { screening: 'spam' });
  assert.deepEqual(fieldsOf(r), ['screening']);
  r = await coordinator.post(`/api/questions/${byCode(q3).id}/screening`, { screening: 'out_of_scope', note: 'Thuộc Công ty Điện lực; đã chuyển.' });
  assert.equal(r.status, 200);
  const closed = (await c.get(`/api/questions/${q3}`)).body;
  assert.equal(closed.status, 'out_of_scope');
  assert.equal(closed.closed_reason, 'Thuộc Công ty Điện lực; đã chuyển.', 'the asker sees why (issue 14)');
  assert.deepEqual(closed.timeline.map((s) => `${s.step}:${s.state}`), ['received:done', 'screened:closed']);
  r = await coordinator.post(`/api/questions/${byCode(q4).id}/screening`, { screening: 'duplicate', duplicate_of: byCode(q1).id });
  assert.equal(r.status, 200);
  const dup = (await c.get(`/api/questions/${q4}`)).body;
  assert.equal(dup.status, 'duplicate');
  assert.equal(dup.duplicate_of, null, 'the original is not grouped yet');
  assert.equal(dup.closed_reason, null);

  // Group: an out-of-scope question cannot join; nothing is half-written when one fails.
  r = await coordinator.post(`/api/dialogues/${ids.open}/issues`, { title: 'Đào tạo AI cho thanh niên', question_ids: [byCode(q1).id, byCode(q3).id] });
  assert.equal(r.status, 422);
  assert.deepEqual(fieldsOf(r), ['question_ids[1]']);
  assert.equal((await c.get(`/api/questions/${q1}`)).body.status, 'received', 'the failed group left q1 untouched');
  r = await coordinator.post(`/api/dialogues/${ids.open}/issues`, { title: '', question_ids: 'all' });
  assert.equal(r.status, 400);
  r = await coordinator.post(`/api/dialogues/${ids.open}/issues`, { title: 'Đào tạo AI cho thanh niên', question_ids: [byCode(q1).id] });
  assert.equal(r.status, 201);
  const issue = r.body.id;
  r = await coordinator.post(`/api/issues/${issue}/questions`, { question_ids: [byCode(q2).id] });
  assert.equal(r.status, 200);
  assert.equal((await c.get(`/api/questions/${q1}`)).body.status, 'processing');

  // Routing: deadlines in the past, bad dates, foreign agencies are refused.
  r = await coordinator.post(`/api/issues/${issue}/routing`, { lead_agency_id: ids['so-kh-cn'], answer_due_on: '2024-12-31' });
  assert.equal(r.status, 422);
  assert.deepEqual(fieldsOf(r), ['answer_due_on']);
  r = await coordinator.post(`/api/issues/${issue}/routing`, { lead_agency_id: ids['so-kh-cn'], answer_due_on: '31/12/2026' });
  assert.deepEqual(fieldsOf(r), ['answer_due_on']);
  r = await coordinator.post(`/api/issues/${issue}/routing`, { lead_agency_id: 999999, answer_due_on: isoInDays(10) });
  assert.deepEqual(fieldsOf(r), ['lead_agency_id']);
  r = await coordinator.post(`/api/issues/${issue}/routing`, { answer_due_on: isoInDays(10) });
  assert.deepEqual(fieldsOf(r), ['lead_agency_id']);
  r = await coordinator.post(`/api/issues/${issue}/routing`, { lead_agency_id: ids['so-kh-cn'], coordinating_agency_ids: [ids['so-gd-dt']], answer_due_on: isoInDays(10) });
  assert.equal(r.status, 200);
  // The asker's timeline: grouped, routed to the agency with its due date, waiting for the answer.
  const waiting = (await c.get(`/api/questions/${q1}`)).body.timeline;
  assert.deepEqual(waiting.map((s) => `${s.step}:${s.state}`),
    ['received:done', 'screened:done', 'grouped:done', 'routed:done', 'answered:current']);
  assert.equal(waiting[2].detail, 'Đào tạo AI cho thanh niên');
  assert.equal(waiting[3].detail, 'Sở Khoa học và Công nghệ');
  assert.equal(waiting[4].due, isoInDays(10));
  assert.equal(waiting[4].late, false);

  // The officer drafts and submits; the leader returns with a reason; resubmit; approve.
  const detail = await officer.get(`/api/issues/${issue}`);
  assert.equal(detail.status, 200);
  assert.equal(detail.body.questions.length, 2);
  r = await officer.post(`/api/issues/${issue}/answer/submit`, {});
  assert.equal(r.status, 409, 'nothing to submit yet');
  r = await officer.put(`/api/issues/${issue}/answer`, { body: 12 });
  assert.equal(r.status, 400);
  r = await officer.put(`/api/issues/${issue}/answer`, { body: 'Sở đang xây dựng chương trình đào tạo AI.', timing: 'someday' });
  assert.deepEqual(fieldsOf(r), ['timing']);
  r = await officer.put(`/api/issues/${issue}/answer`, { body: 'Sở đang xây dựng chương trình đào tạo AI.' });
  assert.equal(r.status, 200);
  assert.equal(r.body.status, 'draft');
  assert.equal((await officer.post(`/api/issues/${issue}/answer/approve`, {})).status, 403, 'officers cannot approve');
  r = await officer.post(`/api/issues/${issue}/answer/submit`, {});
  assert.equal(r.body.status, 'submitted');
  r = await leader.post(`/api/issues/${issue}/answer/return`, {});
  assert.equal(r.status, 422);
  r = await leader.post(`/api/issues/${issue}/answer/return`, { reason: 'Cần nêu thời gian và nơi đăng ký.' });
  assert.equal(r.body.status, 'returned');
  assert.equal((await c.get(`/api/questions/${q1}`)).body.answer, null, 'not published before approval');
  const body = 'Từ tháng 12, Sở Khoa học và Công nghệ mở 20 lớp AI miễn phí; đăng ký tại Đoàn phường.';
  r = await officer.put(`/api/issues/${issue}/answer`, { body, timing: 'written' });
  r = await officer.post(`/api/issues/${issue}/answer/submit`, {});
  r = await leader.post(`/api/issues/${issue}/answer/approve`, {});
  assert.equal(r.status, 200);
  assert.equal(r.body.status, 'approved');
  assert.equal((await leader.post(`/api/issues/${issue}/answer/approve`, {})).status, 409);
  assert.equal((await officer.put(`/api/issues/${issue}/answer`, { body: 'Sửa sau khi đã duyệt thì không được.' })).status, 409);

  // Published: on the public page, and on each asker's tracking page (the duplicate too).
  const answers = await c.get(`/api/dialogues/${ids.open}/answers?limit=50`);
  const pub = answers.body.items.find((a) => a.issue_id === issue);
  assert.equal(pub.body, body);
  assert.equal(pub.agency.name, 'Sở Khoa học và Công nghệ');
  assert.equal(pub.question_count, 2);
  assert.ok(!JSON.stringify(answers.body).includes('Trần Thị Hỏi'), 'identities never public');
  for (const code of [q1, q2, q4]) {
    const t = await c.get(`/api/questions/${code}`);
    assert.equal(t.body.status, 'answered', code);
    assert.equal(t.body.answer.body, body);
    const answered = t.body.timeline.find((s) => s.step === 'answered');
    assert.equal(answered.state, 'done', code);
    assert.ok(answered.at, code);
  }
  assert.deepEqual((await c.get(`/api/questions/${q4}`)).body.duplicate_of, { issue_id: issue, answered: true },
    'a duplicate links to the answer it shares');
  assert.equal((await c.get('/api/dialogues/1/answers?limit=0')).status, 400);
  assert.equal((await c.get('/api/dialogues/1/answers?limit=abc')).status, 400);
  const page2 = await c.get('/api/dialogues/1/answers?limit=1&offset=1');
  assert.equal(page2.body.items.length, 1);

  // Dashboard per agency: the issue just answered, and the demo's 2025 dialogue.
  const dash = await leader.get(`/api/dialogues/${ids.open}/dashboard`);
  const kh = dash.body.agencies.find((a) => a.agency.id === ids['so-kh-cn']);
  assert.ok(kh.routed >= 1 && kh.approved >= 1);
  const demo = await leader.get('/api/dialogues/1/dashboard');
  const kh2025 = demo.body.agencies.find((a) => a.agency.id === ids['so-kh-cn']);
  assert.ok(kh2025.routed >= 2 && kh2025.approved >= 1);
  const total = demo.body.agencies.reduce((s, a) => s + a.late, 0);
  assert.ok(total >= 3, 'the demo has late agencies');
});

test('imports: a bad file is refused row by row and changes nothing; good CSV and XLSX import', async () => {
  const youth = await as('thanhdoan');
  const coordinator = await as('sonoivu');
  const count = async () => (await coordinator.get('/api/dialogues/1/questions?limit=1')).body.total;
  const before = await count();
  const header = 'Nội dung câu hỏi,Đơn vị,Người tổng hợp,Số thanh niên,Tuổi\n';
  const bad = header +
    'Đề nghị mở thêm sân bóng cho thanh niên phường,Đoàn phường Lê Chân,Phạm Đức Minh,12,22\n' +
    'Câu hỏi của bạn trẻ 15 tuổi về học nghề,Đoàn phường Hải An,Phạm Đức Minh,3,15\n' +
    'ngắn,,Phạm Đức Minh,không,\n';
  const upload = (client, bytes, name) => client.request('POST', `/api/dialogues/1/imports?filename=${encodeURIComponent(name)}`, { raw: bytes });
  let r = await upload(youth, Buffer.from(bad), 'tong-hop.csv');
  assert.equal(r.status, 422);
  const f = fieldsOf(r);
  for (const x of ['rows[3].age', 'rows[4].text', 'rows[4].branch', 'rows[4].represents']) assert.ok(f.includes(x), `${x} in ${f}`);
  assert.equal(await count(), before, 'nothing half-imported');
  r = await upload(youth, Buffer.from('Cột lạ,Khác\nx,y\n'), 'lạ.csv');
  assert.deepEqual(fieldsOf(r), ['columns']);
  r = await upload(youth, Buffer.from('PK\u0003\u0004garbage'), 'tong-hop.xlsx');
  assert.equal(r.status, 422);
  r = await upload(youth, Buffer.from('hello'), 'tong-hop.pdf');
  assert.deepEqual(fieldsOf(r), ['filename']);
  r = await upload(youth, Buffer.alloc(6 * 1024 * 1024, 0x41), 'big.csv');
  assert.equal(r.status, 413);
  r = await youth.request('POST', '/api/dialogues/1/imports', { raw: Buffer.from(header) });
  assert.equal(r.status, 400);
  const officer = await as('sokhcn');
  r = await upload(officer, Buffer.from(header + 'Đề nghị mở thêm sân bóng cho thanh niên,Đoàn A,B,1,\n'), 'x.csv');
  assert.equal(r.status, 403);

  const good = header + 'Đề nghị mở thêm sân bóng cho thanh niên phường,"Đoàn phường Lê Chân, Hải Phòng",Phạm Đức Minh,12,22\n';
  r = await upload(youth, Buffer.from(good), 'tong-hop.csv');
  assert.equal(r.status, 201);
  assert.equal(r.body.imported, 1);
  const book = xlsx([
    ['TỔNG HỢP CÂU HỎI CỦA THANH NIÊN'],
    [],
    ['STT', 'Nội dung câu hỏi', 'Đơn vị', 'Người tổng hợp', 'Số thanh niên'],
    [1, 'Kiến nghị xây dựng nhà văn hóa thanh niên ở đặc khu Bạch Long Vĩ', 'Đoàn đặc khu Bạch Long Vĩ', 'Vũ Thu Trang', 40],
    [2, 'Đề nghị hỗ trợ thanh niên ngư dân chuyển đổi số trong đánh bắt', 'Đoàn xã Cát Hải', 'Vũ Thu Trang', 15],
  ]);
  r = await upload(youth, book, 'tong-hop-thang-3.xlsx');
  assert.equal(r.status, 201);
  assert.equal(r.body.imported, 2);
  assert.equal(await count(), before + 3);
  const imported = (await coordinator.get('/api/dialogues/1/questions?limit=200')).body.items.filter((q) => q.channel === 'import');
  const q = imported.find((x) => x.branch === 'Đoàn đặc khu Bạch Long Vĩ');
  assert.equal(q.represents, 40);
  assert.match(q.tracking_code, /^DT-/);
});

test('planning: create a dialogue and milestones, with bad dates refused', async () => {
  const coordinator = await as('sonoivu');
  const base = { unit_id: ids.city, year: 2026, title: 'Đối thoại với thanh niên năm 2026', theme: 'Thanh niên với kinh tế số', held_on: '2026-03-26', form: 'direct', venue: 'Nhà hát thành phố' };
  let r = await coordinator.post('/api/dialogues', { ...base, held_on: '2026-02-30' });
  assert.deepEqual(fieldsOf(r), ['held_on']);
  r = await coordinator.post('/api/dialogues', { ...base, plan_published_on: '2026-04-01' });
  assert.deepEqual(fieldsOf(r), ['plan_published_on']);
  r = await coordinator.post('/api/dialogues', { ...base, form: 'telepathy' });
  assert.deepEqual(fieldsOf(r), ['form']);
  r = await coordinator.post('/api/dialogues', { ...base, year: '2026' });
  assert.equal(r.status, 400);
  r = await coordinator.post('/api/dialogues', { ...base, unit_id: 1 });
  assert.equal(r.status, 403, 'a city coordinator cannot plan a national dialogue');
  r = await coordinator.post('/api/dialogues', { ...base, plan_published_on: '2026-02-20' });
  assert.equal(r.status, 201);
  const id = r.body.id;
  r = await coordinator.post(`/api/dialogues/${id}/milestones`, { title: 'Gửi câu hỏi', due_on: '2025-12-31' });
  assert.deepEqual(fieldsOf(r), ['due_on'], 'a deadline before the dialogue year');
  r = await coordinator.post(`/api/dialogues/${id}/milestones`, { title: 'Thành đoàn gửi câu hỏi', due_on: '2026-03-10', agency_id: ids['thanh-doan'] });
  assert.equal(r.status, 201);
  const m = r.body.id;
  r = await coordinator.patch(`/api/dialogues/${id}/milestones/${m}`, { done_on: '2999-01-01' });
  assert.deepEqual(fieldsOf(r), ['done_on']);
  r = await coordinator.patch(`/api/dialogues/${id}/milestones/${m}`, { done_on: '2026-03-09' });
  assert.equal(r.status, 200);
  r = await coordinator.patch(`/api/dialogues/${id}`, { conclusion_issued_on: '2026-03-01' });
  assert.deepEqual(fieldsOf(r), ['conclusion_issued_on']);
  r = await coordinator.patch(`/api/dialogues/${id}`, { complex: true, conclusion_issued_on: '2026-04-09' });
  assert.equal(r.status, 200);
  const d = await anon().get(`/api/dialogues/${id}`);
  const conclusion = d.body.clocks.find((x) => x.key === 'conclusion_issued');
  assert.equal(conclusion.due_on, '2026-04-10', 'ND13 Art. 11: 15 days when complex');
  assert.equal(conclusion.state, 'done');
});

test('intake (issue 13): questions from the plan until its closing date, never after the conclusion', async () => {
  const c = anon();
  // The dialogue as anyone sees it right after a staff change (which expires the public cache).
  const current = async (id) => (await c.get(`/api/dialogues/${id}`)).body;
  const list = (await c.get('/api/dialogues')).body.items;
  const open = list.find((d) => d.id === ids.open);
  assert.equal(open.intake.state, 'open');
  assert.equal(open.intake.open, true);
  assert.ok(open.intake.closes_on >= isoInDays(0), 'the demo dialogue takes questions until a later day');
  const concluded = list.find((d) => d.id === 1);
  assert.deepEqual(concluded.intake, { state: 'concluded', open: false, closes_on: '2025-03-09' });
  let r = await c.post('/api/dialogues/1/questions', GOOD);
  assert.equal(r.status, 409);
  assert.match(r.body.error.message, /kết luận ban hành ngày 08\/04\/2025/);
  const closed = list.find((d) => d.intake.state === 'closed');
  r = await c.post(`/api/dialogues/${closed.id}/questions`, GOOD);
  assert.equal(r.status, 409, 'the 2026 dialogue closed on its plan\'s date');
  assert.match(r.body.error.message, /hết hạn nhận câu hỏi/);

  // A plan sets its closing date; not before the plan is published; cleared with null.
  const coordinator = await as('sonoivu');
  const held = isoInDays(40);
  r = await coordinator.post('/api/dialogues', {
    unit_id: ids.city, year: Number(held.slice(0, 4)), title: 'Đối thoại thử hạn nhận câu hỏi', theme: 'Thanh niên học nghề',
    held_on: held, form: 'direct', venue: 'Nhà hát thành phố', plan_published_on: isoInDays(-2), intake_closes_on: isoInDays(-3),
  });
  assert.equal(r.status, 422);
  assert.deepEqual(fieldsOf(r), ['intake_closes_on']);
  r = await coordinator.post('/api/dialogues', {
    unit_id: ids.city, year: Number(held.slice(0, 4)), title: 'Đối thoại thử hạn nhận câu hỏi', theme: 'Thanh niên học nghề',
    held_on: held, form: 'direct', venue: 'Nhà hát thành phố', plan_published_on: isoInDays(-2), intake_closes_on: isoInDays(0),
  });
  assert.equal(r.status, 201);
  const id = r.body.id;
  let d = (await c.get(`/api/dialogues/${id}`)).body;
  assert.equal(d.intake_closes_on, isoInDays(0));
  assert.deepEqual(d.intake, { state: 'open', open: true, closes_on: isoInDays(0) });
  assert.equal((await c.post(`/api/dialogues/${id}/questions`, GOOD)).status, 201, 'the closing day itself still counts');
  assert.deepEqual(fieldsOf(await coordinator.patch(`/api/dialogues/${id}`, { intake_closes_on: '2025-13-01' })), ['intake_closes_on']);
  assert.equal((await coordinator.patch(`/api/dialogues/${id}`, { intake_closes_on: isoInDays(-1) })).status, 200);
  d = await current(id);
  assert.equal(d.intake.state, 'closed');
  const before = (await coordinator.get(`/api/dialogues/${id}/questions?limit=1`)).body.total;
  r = await c.post(`/api/dialogues/${id}/questions`, GOOD);
  assert.equal(r.status, 409);
  assert.match(r.body.error.message, /hết hạn nhận câu hỏi/);
  assert.equal((await coordinator.get(`/api/dialogues/${id}/questions?limit=1`)).body.total, before, 'nothing written');
  assert.equal((await coordinator.patch(`/api/dialogues/${id}`, { intake_closes_on: null })).status, 200);
  d = await current(id);
  assert.deepEqual(d.intake, { state: 'open', open: true, closes_on: null }, 'no closing date: until the conclusion');
  assert.equal((await coordinator.patch(`/api/dialogues/${id}`, { intake_open: false })).status, 200);
  assert.equal((await current(id)).intake.state, 'paused');
  assert.equal((await c.post(`/api/dialogues/${id}/questions`, GOOD)).status, 409);
});

test('administration: users, agencies, units, audit', async () => {
  const admin = await as('admin');
  let r = await admin.post('/api/users', { username: 'x', display_name: '', password: 'short' });
  assert.equal(r.status, 422);
  for (const f of ['username', 'display_name', 'password']) assert.ok(fieldsOf(r).includes(f));
  r = await admin.post('/api/users', { username: 'sonoivu', display_name: 'Trùng', password: 'doithoai-demo' });
  assert.equal(r.status, 409);
  r = await admin.post('/api/users', { username: 'canbo.phuong', display_name: 'Cán bộ phường', password: 'mat-khau-dai', grants: [{ role: 'agency_officer', unit_id: ids.city }] });
  assert.deepEqual(fieldsOf(r), ['grants[0].agency_id']);
  r = await admin.post('/api/users', { username: 'canbo.phuong', display_name: 'Cán bộ phường', password: 'mat-khau-dai', grants: [{ role: 'overlord', unit_id: ids.city }] });
  assert.deepEqual(fieldsOf(r), ['grants[0].role']);
  r = await admin.post('/api/users', { username: 'canbo.phuong', display_name: 'Cán bộ phường', password: 'mat-khau-dai', grants: 'all' });
  assert.equal(r.status, 400);
  r = await admin.post('/api/users', { username: 'canbo.phuong', display_name: 'Cán bộ Sở Y tế', password: 'mat-khau-dai', grants: [{ role: 'agency_officer', unit_id: ids.city, agency_id: ids['so-y-te'] }] });
  assert.equal(r.status, 201);
  const user = r.body.id;
  const other = new Client(server);
  await other.signIn('canbo.phuong', 'mat-khau-dai');
  r = await admin.patch(`/api/users/${user}`, { active: false });
  assert.equal(r.status, 200);
  assert.equal((await other.get('/api/session')).status, 401, 'disabling ends the sessions');
  assert.equal((await anon().post('/api/session', { username: 'canbo.phuong', password: 'mat-khau-dai' })).status, 401);
  r = await admin.patch(`/api/users/${user}`, { active: 'no' });
  assert.equal(r.status, 400);
  assert.equal((await admin.patch('/api/users/99999', { active: true })).status, 404);
  const users = await admin.get('/api/users');
  assert.ok(users.body.items.some((u) => u.username === 'canbo.phuong' && !u.active));

  r = await admin.post('/api/agencies', { unit_id: ids.city, code: 'so-noi-vu', name: 'Trùng' });
  assert.equal(r.status, 409);
  r = await admin.post('/api/agencies', { unit_id: ids.city, code: 'có dấu', name: 'Sai mã' });
  assert.deepEqual(fieldsOf(r), ['code']);
  r = await admin.post('/api/agencies', { unit_id: ids.city, code: 'bqlkkt', name: 'Ban Quản lý Khu kinh tế' });
  assert.equal(r.status, 201);
  const ward = (await admin.get(`/api/units?parent_id=${ids.city}`)).body.items[0];
  r = await admin.post('/api/units', { parent_id: ward.id, code: 'hp-tdp-1', name: 'Tổ dân phố số 1', kind: 'tổ dân phố', level: 'residential_group' });
  assert.equal(r.status, 201);
  r = await admin.post('/api/units', { parent_id: ward.id, code: 'hp-tdp-2', name: 'Quận cũ', kind: 'quận', level: 'province' });
  assert.deepEqual(fieldsOf(r), ['level']);
  const coordinator = await as('sonoivu');
  assert.equal((await coordinator.post('/api/agencies', { unit_id: ids.city, code: 'abc', name: 'Không có quyền' })).status, 403);

  const audit = await admin.get('/api/audit?entity=user&limit=20');
  const entry = audit.body.items.find((e) => e.entity_id === user && e.action === 'user.updated');
  assert.equal(entry.before.active, true);
  assert.equal(entry.after.active, false);
  // Each reads its part of the log (docs/security.md, "The audit log"): the administrator
  // administration and planning, the coordinators the handling of questions and answers.
  const all = await admin.get('/api/audit?limit=1000');
  assert.ok(all.body.items.some((e) => e.action === 'dialogue.created'));
  assert.ok(!all.body.items.some((e) => e.area === 'handling'), 'administrators read no handling');
  const handling = await coordinator.get('/api/audit?limit=1000');
  for (const action of ['question.submitted', 'question.screened', 'issue.routed', 'answer.approved', 'questions.imported', 'dialogue.created']) {
    assert.ok(handling.body.items.some((e) => e.action === action), action);
  }
  for (const log of [all, handling]) assert.ok(!log.text.includes('Trần Thị Hỏi'), 'the audit log never stores identities');
  assert.equal((await admin.get('/api/audit?limit=-1')).status, 400);
});

test('documents: the conclusion draft and compiled answers from the records, read back', async () => {
  const coordinator = await as('sonoivu');
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-docs-'));
  const pdf = await coordinator.get('/api/dialogues/1/documents/conclusion-draft.pdf');
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  assert.equal(pdf.bytes.subarray(0, 5).toString(), '%PDF-');
  writeFileSync(path.join(dir, 'tb.pdf'), pdf.bytes);
  const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'tb.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'THÔNG BÁO', 'Vốn vay ưu đãi cho thanh niên khởi nghiệp', 'Sở Nông nghiệp và Môi trường']) {
    assert.ok(text.includes(s), `${s} in the conclusion draft`);
  }
  const plan = await coordinator.get('/api/dialogues/1/documents/plan.pdf');
  assert.equal(plan.status, 200);
  writeFileSync(path.join(dir, 'kh.pdf'), plan.bytes);
  const kh = execFileSync('pdftotext', ['-layout', path.join(dir, 'kh.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const s of ['KẾ HOẠCH', 'chuyển đổi xanh, chuyển đổi số', 'Sở Nội vụ', 'Thành đoàn Hải Phòng', 'thành phố Hải Phòng']) {
    assert.ok(kh.includes(s), `${s} in the plan`);
  }
  assert.equal((await coordinator.get('/api/dialogues/1/documents/plan.docx')).bytes.subarray(0, 2).toString(), 'PK');
  const docx = await coordinator.get('/api/dialogues/1/documents/compiled-answers.docx');
  assert.equal(docx.status, 200);
  assert.equal(docx.bytes.subarray(0, 2).toString(), 'PK');
  const xlsx = await coordinator.get('/api/dialogues/1/documents/conclusion-tasks.xlsx');
  assert.equal(xlsx.status, 200);
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK');
  const answers = await coordinator.get('/api/dialogues/1/documents/compiled-answers.pdf');
  writeFileSync(path.join(dir, 'bc.pdf'), answers.bytes);
  const bc = execFileSync('pdftotext', [path.join(dir, 'bc.pdf'), '-'], { encoding: 'utf8' });
  assert.ok(!bc.includes('Nguyễn Minh Anh'), 'no asker names in the compiled answers');
  rmSync(dir, { recursive: true, force: true });
  assert.equal((await coordinator.get('/api/dialogues/1/documents/nonsense.doc')).status, 404);
  assert.equal((await (await as('sokhcn')).get('/api/dialogues/1/documents/conclusion-draft.pdf')).status, 403);
  assert.equal((await anon().get('/api/dialogues/1/documents/conclusion-draft.pdf')).status, 401);
});

test('search: diacritics optional, exact accents first, public only; hints while typing', async () => {
  const c = anon();
  let r = await c.get('/api/search?q=von%20vay%20khoi%20nghiep');
  assert.equal(r.status, 200);
  assert.ok(r.body.total >= 1);
  assert.ok(r.body.items.some((i) => i.title === 'Vốn vay ưu đãi cho thanh niên khởi nghiệp'), JSON.stringify(r.body.items[0]));
  assert.match(r.body.items[0].snippet, /<mark>/);
  r = await c.get(`/api/search?q=${encodeURIComponent('phân loại rác')}`);
  assert.ok(r.body.items[0].title.includes('phân loại rác'));
  // Only what is published: the returned draft about coastal livelihoods is not found, nor any identity.
  r = await c.get('/api/search?q=sinh%20ke%20ven%20bien');
  assert.ok(!r.body.items.some((i) => i.kind === 'answer' && i.title.includes('sinh kế')), 'an unapproved answer is not public');
  r = await c.get('/api/search?q=Nguy%E1%BB%85n%20Minh%20Anh');
  assert.ok(!r.text.includes('Nguyễn Minh Anh'));
  assert.equal((await c.get('/api/search?q=')).status, 422);
  assert.equal((await c.get('/api/search')).status, 422);
  assert.equal((await c.get(`/api/search?q=${'a'.repeat(1200)}`)).status, 422);
  assert.equal((await c.get('/api/search?q=x&limit=500')).status, 400);
  for (const typed of ['lam sao vay von de khoi nghiep', 'Thanh niên cần vay vốn khởi nghiệp thì làm thế nào', 'muon vay von khoi ng']) {
    const hints = await c.get(`/api/dialogues/1/similar?text=${encodeURIComponent(typed)}`);
    assert.equal(hints.status, 200);
    assert.equal(hints.body.items[0].title, 'Vốn vay ưu đãi cho thanh niên khởi nghiệp', typed);
    assert.equal(new Set(hints.body.items.map((i) => i.id)).size, hints.body.items.length, 'each issue once');
  }
  assert.equal((await c.get('/api/dialogues/1/similar?text=ab')).body.items.length, 0);
});

test('routing suggestions: topics and agencies, for coordinators only', async () => {
  const coordinator = await as('sonoivu');
  const issues = (await coordinator.get('/api/dialogues/1/issues')).body.items;
  const loans = issues.find((i) => i.title === 'Vốn vay ưu đãi cho thanh niên khởi nghiệp');
  const r = await coordinator.get(`/api/issues/${loans.id}/suggestions`);
  assert.equal(r.status, 200);
  assert.equal(r.body.topics.length, 3);
  assert.equal(r.body.topics[0].code, 'khoi-nghiep');
  for (const t of r.body.topics) assert.equal(t.sure, t.score >= 0.5, JSON.stringify(t));
  assert.ok(r.body.agencies.length >= 1);
  assert.ok(r.body.agencies.some((a) => a.name === 'Sở Tài chính'), JSON.stringify(r.body.agencies));
  const waste = issues.find((i) => i.title.includes('phân loại rác'));
  const w = await coordinator.get(`/api/issues/${waste.id}/suggestions`);
  assert.equal(w.body.topics[0].code, 'moi-truong');
  assert.equal(w.body.agencies[0].name, 'Sở Nông nghiệp và Môi trường');
  assert.equal((await (await as('sokhcn')).get(`/api/issues/${loans.id}/suggestions`)).status, 403);
  assert.equal((await coordinator.get('/api/issues/999999/suggestions')).status, 404);
});

test('routing errors: unknown API path 404, wrong method 405, bad percent-encoding 400', async () => {
  const c = anon();
  const r1 = await fetch(`${server.url}/api/nothing-here`);
  assert.equal(r1.status, 404);
  const r2 = await fetch(`${server.url}/api/dialogues/1`, { method: 'DELETE' });
  assert.equal(r2.status, 405);
  const r3 = await fetch(`${server.url}/api/dialogues?x=%zz`);
  assert.equal(r3.status, 400);
  const r4 = await fetch(`${server.url}/assets/../../etc/passwd`);
  assert.notEqual(r4.status, 200);
  const page = await fetch(`${server.url}/d/1`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /text\/html/);
});

// Each capability adds its scenarios in tests/api/<name>.scenarios.mjs: a default export
// `(ctx) => { test(...) ... }` run against the same server, in file-name order, after the
// foundation's scenarios above and before the coverage check below.
{
  const dir = path.dirname(new URL(import.meta.url).pathname);
  const ctx = { get server() { return server; }, anon, as, ids, GOOD, fieldsOf };
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.scenarios.mjs')).sort()) {
    (await import(path.join(dir, f))).default(ctx);
  }
}

test('every operation in the OpenAPI document was exercised', () => {
  const documented = [];
  for (const [p, ops] of Object.entries(server.openapi.paths)) for (const m of Object.keys(ops)) documented.push(`${m} ${p}`);
  const missing = documented.filter((x) => !exercised.has(x));
  assert.deepEqual(missing, []);
});

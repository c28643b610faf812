// Issue 10, on a real server with the demo data (docs/security.md, "Who can see a youth's
// identity" and "The audit log"):
//   - the audit log is read per subtree and role, not in full by any coordinator or administrator;
//   - askers' names reach only the host unit's coordinators and Youth Union, never the national
//     coordinator or the agencies; a contact is revealed one question at a time, and logged;
//   - a ward's administrator lists and changes only the ward's accounts.
// Every response is checked against /api/openapi.json by the harness.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, fieldsOf, openDialogueId } from './harness.mjs';

const PORT = Number(process.env.API_TEST_PORT || 18310);
let server;
const anon = () => new Client(server);
const sessions = {};
async function as(user, password = 'doithoai-demo') {
  const key = `${user}:${password}`;
  if (!sessions[key]) {
    const c = new Client(server);
    c.me = await c.signIn(user, password);
    sessions[key] = c;
  }
  return sessions[key];
}
const ids = {};

const ASKER = { name: 'Phạm Thị Riêng', contact: 'rieng.pham@example.vn' };
const TEXT = 'Thành phố có hỗ trợ thanh niên mở hợp tác xã nông nghiệp công nghệ cao không ạ?';

before(async () => {
  server = await startServer({
    port: PORT,
    args: ['--submissions-per-minute', '0', '--sign-ins-per-minute', '0', '--lookups-per-minute', '0',
           '--reminders-every-minutes', '0'],
  });
  const admin = await as('admin');
  ids.city = (await admin.get('/api/units?parent_id=1')).body.items.find((u) => u.code === 'hai-phong').id;
  ids.wards = new Set((await admin.get(`/api/units?parent_id=${ids.city}`)).body.items.map((u) => u.id));
  ids.ward = (await as('vhxhphuong')).me.grants[0].unit.id;
  assert.ok(ids.wards.has(ids.ward), 'the ward coordinator works in a ward of the city');
  for (const u of ['sonoivu', 'bonoivu', 'admin']) ids[u] = (await as(u)).me.user.id;

  ids.open = await openDialogueId(server);  // the demo dialogue taking questions today
  const r = await anon().post(`/api/dialogues/${ids.open}/questions`, {
    text: TEXT, age: 20, consent: true, asker_name: ASKER.name, asker_contact: ASKER.contact, consent_contact: true,
  });
  assert.equal(r.status, 201, r.text);
  ids.code = r.body.tracking_code;
  const list = (await (await as('sonoivu')).get(`/api/dialogues/${ids.open}/questions?screening=new&limit=200`)).body.items;
  ids.question = list.find((q) => q.tracking_code === ids.code).id;
});
after(async () => { await server?.stop(); });

const inCity = (unit) => unit === ids.city || ids.wards.has(unit);

test('the audit log: each reader sees the entries of their subtree that their role reads', async () => {
  const read = async (user, query = '?limit=1000') => {
    const r = await (await as(user)).get(`/api/audit${query}`);
    assert.equal(r.status, 200, `${user}: ${r.text}`);
    return r.body.items;
  };
  // The national administrator: administration and planning everywhere, never the handling of
  // questions and answers.
  const admin = await read('admin');
  assert.ok(admin.some((e) => e.action === 'user.created'));
  assert.ok(admin.some((e) => e.action === 'dialogue.created'));
  assert.deepEqual([...new Set(admin.map((e) => e.area))].sort(), ['administration', 'planning']);
  assert.ok(!admin.some((e) => e.entity === 'question' || e.entity === 'answer'), 'no questions, no drafts');

  // The national coordinator: planning and handling everywhere, no accounts.
  const national = await read('bonoivu');
  assert.ok(national.some((e) => e.action === 'question.submitted' && e.entity_id === ids.question));
  assert.ok(national.some((e) => e.action === 'answer.returned'), 'returned answers are the coordinators\'');
  assert.ok(!national.some((e) => e.area === 'administration'), 'no users, no roles');

  // The city's coordinator: the city and its wards only.
  const city = await read('sonoivu');
  assert.ok(city.some((e) => e.action === 'question.submitted' && e.entity_id === ids.question));
  assert.ok(city.length > 0 && city.every((e) => inCity(e.unit_id)), 'nothing outside the city');
  assert.ok(!city.some((e) => e.area === 'administration'));

  // The ward's coordinator: the ward only — not the city's questions, drafts or returns.
  const ward = await read('vhxhphuong');
  assert.ok(ward.length > 0, 'the ward has its own entries (its relayed letter, its tasks)');
  assert.ok(ward.every((e) => e.unit_id === ids.ward), JSON.stringify(ward.map((e) => e.unit_id)));
  assert.ok(!ward.some((e) => e.entity === 'question' || e.entity === 'answer'));

  // A record outside the reader's subtree is simply not there.
  const mine = await read('sonoivu', `?entity=question&entity_id=${ids.question}`);
  assert.deepEqual(mine.map((e) => e.action), ['question.submitted']);
  assert.equal(mine[0].unit_id, ids.city);
  assert.deepEqual(await read('vhxhphuong', `?entity=question&entity_id=${ids.question}`), []);

  // No identity in any part of the log.
  for (const user of ['admin', 'bonoivu', 'sonoivu']) {
    const text = (await (await as(user)).get('/api/audit?limit=1000')).text;
    assert.ok(!text.includes(ASKER.name) && !text.includes(ASKER.contact), user);
  }
  // Leaders, the Youth Union and agency officers read no audit log; anonymous: 401.
  for (const user of ['chutich', 'thanhdoan', 'sokhcn', 'doanphuong']) {
    assert.equal((await (await as(user)).get('/api/audit')).status, 403, user);
  }
  assert.equal((await anon().get('/api/audit')).status, 401);
  // Bad input.
  const c = await as('sonoivu');
  for (const q of ['?entity_id=-1', '?entity_id=abc', '?limit=0', '?limit=1001', '?limit=x']) {
    const r = await c.get(`/api/audit${q}`);
    assert.equal(r.status, 400, q);
    assert.ok(r.body.error.fields.length === 1, q);
  }
  assert.deepEqual(await read('sonoivu', '?entity=nothing'), []);
});

test('identities: only the host unit\'s coordinators and Youth Union see who asked', async () => {
  const questions = async (user) => {
    const r = await (await as(user)).get(`/api/dialogues/${ids.open}/questions?limit=200`);
    assert.equal(r.status, 200, user);
    return r;
  };
  for (const user of ['sonoivu', 'thanhdoan']) {
    const r = await questions(user);
    const q = r.body.items.find((x) => x.id === ids.question);
    assert.deepEqual(q.asker, { name: ASKER.name, age: 20, has_contact: true }, user);
    assert.equal(q.age_band, '18–24');
    assert.ok(!r.text.includes(ASKER.contact), `${user}: the contact is never in a list`);
  }
  // The national coordinator and the city's leader read the questions, not who asked.
  for (const user of ['bonoivu', 'chutich']) {
    const r = await questions(user);
    const q = r.body.items.find((x) => x.id === ids.question);
    assert.equal(q.text, TEXT);
    assert.equal(q.asker, null, user);
    assert.equal(q.age_band, '18–24');
    assert.ok(r.body.items.every((x) => x.asker === null), `${user}: no asker at all`);
    assert.ok(!r.text.includes(ASKER.name) && !r.text.includes(ASKER.contact), user);
  }
  // Agency officers do not list questions (role gate); the ward is not the host.
  assert.equal((await (await as('sokhcn')).get('/api/dialogues/1/questions')).status, 403);
  assert.equal((await (await as('vhxhphuong')).get('/api/dialogues/1/questions')).status, 403);

  // An issue's questions: the lead agency answers the question, not the youth.
  const issues = (await (await as('sonoivu')).get('/api/dialogues/1/issues')).body.items;
  const routed = issues.find((i) => i.lead_agency && i.question_count > 0);
  const forHost = await (await as('sonoivu')).get(`/api/issues/${routed.id}`);
  const names = forHost.body.questions.map((q) => q.asker?.name).filter(Boolean);
  assert.ok(names.length > 0, 'the demo issue has named askers');
  const leadUser = { 'Sở Khoa học và Công nghệ': 'sokhcn', 'Sở Nông nghiệp và Môi trường': 'sonnmt', 'Sở Tài chính': 'sotaichinh' }[routed.lead_agency.name];
  assert.ok(leadUser, `a demo officer leads ${routed.lead_agency.name}`);
  for (const user of [leadUser, 'bonoivu', 'chutich']) {
    const r = await (await as(user)).get(`/api/issues/${routed.id}`);
    assert.equal(r.status, 200, user);
    assert.ok(r.body.questions.every((q) => q.asker === null), user);
    for (const n of names) assert.ok(!r.text.includes(n), `${user} does not see ${n}`);
  }
  // Staff search never carries an identity either.
  const s = await (await as('bonoivu')).get(`/api/staff/search?q=${encodeURIComponent('hợp tác xã nông nghiệp công nghệ cao')}`);
  assert.equal(s.status, 200);
  assert.ok(!s.text.includes(ASKER.name) && !s.text.includes(ASKER.contact));
});

test('a contact is revealed one question at a time, to the host unit\'s handlers, and logged', async () => {
  const revealed = async () => (await (await as('bonoivu')).get(`/api/audit?entity=question&entity_id=${ids.question}`))
    .body.items.filter((e) => e.action === 'question.contact_revealed');
  assert.equal((await revealed()).length, 0);

  const r = await (await as('sonoivu')).get(`/api/questions/${ids.question}/contact`);
  assert.equal(r.status, 200);
  assert.deepEqual(r.body, { question_id: ids.question, tracking_code: ids.code, asker_name: ASKER.name, asker_contact: ASKER.contact });
  const log = await revealed();
  assert.equal(log.length, 1, 'who, when, which question');
  assert.equal(log[0].user_id, ids.sonoivu);
  assert.equal(log[0].unit_id, ids.city);
  assert.match(log[0].at, /^\d{4}-\d{2}-\d{2}T/);
  assert.ok(!JSON.stringify(log[0]).includes(ASKER.contact), 'the log says that, never what');
  assert.equal((await (await as('thanhdoan')).get(`/api/questions/${ids.question}/contact`)).status, 200);
  assert.equal((await revealed()).length, 2);

  // Refused: above the host (404: not confirmed), the ward (404), roles that never see askers
  // (403 at the gate), anonymous (401); bad and unknown ids (404).
  const refused = [['bonoivu', 404], ['vhxhphuong', 404], ['chutich', 403], ['sokhcn', 403], ['admin', 403], ['doanphuong', 403]];
  for (const [user, status] of refused) {
    const x = await (await as(user)).get(`/api/questions/${ids.question}/contact`);
    assert.equal(x.status, status, user);
    assert.ok(!x.text.includes(ASKER.contact), user);
  }
  assert.equal((await anon().get(`/api/questions/${ids.question}/contact`)).status, 401);
  const c = await as('sonoivu');
  for (const bad of ['abc', '0', '-3', '99999999', '1.5']) {
    assert.equal((await c.get(`/api/questions/${bad}/contact`)).status, 404, bad);
  }
  assert.equal((await revealed()).length, 2, 'a refused reveal writes nothing');
});

test('accounts: a ward administrator lists and changes only the ward\'s', async () => {
  const admin = await as('admin');
  let r = await admin.post('/api/users', {
    username: 'qtphuong', display_name: 'Quản trị phường Hồng Bàng', password: 'mat-khau-phuong',
    grants: [{ role: 'administrator', unit_id: ids.ward }],
  });
  assert.equal(r.status, 201, r.text);
  const wardAdminId = r.body.id;
  r = await admin.post('/api/users', { username: 'khongvaitro', display_name: 'Chưa có vai trò', password: 'mat-khau-dai-1' });
  assert.equal(r.status, 201, 'a national administrator may create an account without roles');
  const roleless = r.body.id;
  r = await admin.post('/api/users', {
    username: 'haicap', display_name: 'Cán bộ hai cấp', password: 'mat-khau-dai-2',
    grants: [{ role: 'coordinator', unit_id: ids.city }, { role: 'leader', unit_id: ids.ward }],
  });
  assert.equal(r.status, 201);
  const twoLevels = r.body.id;
  const byName = Object.fromEntries((await admin.get('/api/users')).body.items.map((u) => [u.username, u.id]));
  assert.ok(byName.khongvaitro && byName.sonoivu, 'the national administrator sees every account');

  const ward = await as('qtphuong', 'mat-khau-phuong');
  const listed = (await ward.get('/api/users')).body.items;
  const names = listed.map((u) => u.username).sort();
  for (const u of ['qtphuong', 'vhxhphuong', 'chutichphuong', 'doanphuong', 'haicap']) assert.ok(names.includes(u), u);
  for (const u of ['admin', 'sonoivu', 'bonoivu', 'khongvaitro', 'thanhdoan']) assert.ok(!names.includes(u), u);
  assert.ok(listed.every((u) => u.grants.some((g) => g.unit_id === ids.ward)), 'each has a role in the ward');

  // No takeover: an account without roles and another unit's read as missing; an account with
  // a role above the ward is listed but not the ward's to change.
  const password = { password: 'mat-khau-chiem-quyen' };
  for (const id of [roleless, byName.sonoivu, byName.admin, byName.bonoivu]) {
    assert.equal((await ward.patch(`/api/users/${id}`, password)).status, 404, String(id));
  }
  assert.equal((await ward.patch(`/api/users/${twoLevels}`, password)).status, 403);
  assert.equal((await ward.patch(`/api/users/${twoLevels}`, { active: false })).status, 403);
  assert.equal((await anon().post('/api/session', { username: 'khongvaitro', password: 'mat-khau-chiem-quyen' })).status, 401,
               'the password did not change');
  // The ward's own accounts it does change; roles only inside the ward.
  assert.equal((await ward.patch(`/api/users/${byName.doanphuong}`, { display_name: 'Vũ Đức Anh (Đoàn phường)' })).status, 200);
  r = await ward.patch(`/api/users/${byName.vhxhphuong}`, { grants: [{ role: 'administrator', unit_id: ids.city }] });
  assert.equal(r.status, 422);
  assert.deepEqual(fieldsOf(r), ['grants[0].unit_id']);
  r = await ward.post('/api/users', { username: 'moiphuong', display_name: 'Cán bộ mới', password: 'mat-khau-dai-3' });
  assert.equal(r.status, 422, 'below the nation an account needs a role in the subtree');
  assert.deepEqual(fieldsOf(r), ['grants']);
  r = await ward.post('/api/users', { username: 'moiphuong', display_name: 'Cán bộ mới', password: 'mat-khau-dai-3',
                                      grants: [{ role: 'coordinator', unit_id: ids.city }] });
  assert.deepEqual(fieldsOf(r), ['grants[0].unit_id']);
  r = await ward.post('/api/users', { username: 'moiphuong', display_name: 'Cán bộ mới', password: 'mat-khau-dai-3',
                                      grants: [{ role: 'coordinator', unit_id: ids.ward }] });
  assert.equal(r.status, 201);
  // Bad ids.
  for (const bad of ['abc', '0', '-1', '99999999']) {
    assert.equal((await ward.patch(`/api/users/${bad}`, password)).status, 404, bad);
  }
  // Its audit log: the ward's administration only.
  const log = (await ward.get('/api/audit?limit=1000')).body.items;
  assert.ok(log.some((e) => e.action === 'user.created' && e.entity_id === wardAdminId));
  assert.ok(log.every((e) => e.unit_id === ids.ward && e.area !== 'handling'), JSON.stringify(log.slice(0, 3)));
  assert.ok(!log.some((e) => e.entity_id === twoLevels && e.entity === 'user'), 'an account above the ward is the city\'s');
  assert.ok(!log.some((e) => e.entity_id === roleless && e.entity === 'user'));
});

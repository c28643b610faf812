// Issue 10, High: "a ward can assign city agencies". As the ward's coordinator (vhxhphuong) and
// leader (chutichphuong) of the demo, every attempt to reach above or beside the ward — a task
// led by a city department, a city coordinating body, a city task as parent without carrying
// out the city's document, a sibling ward's task, a sub-task with a city body, the nation's or
// the city's register — is refused with the field (422) or the register (403) named, and
// nothing is written: the document list and the boards read the same afterwards. The ward's
// own flows still work. Rule: domain/access/tree_scope.h; docs/security.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, fieldsOf } from './harness.mjs';

const PORT = Number(process.env.API_TEST_PORT || 18300);
const WARD_CODE = '11311';  // Phường Hồng Bàng
let server;
const ids = {};
const as = async (user) => { const c = new Client(server); await c.signIn(user); return c; };

before(async () => {
  server = await startServer({ port: PORT, args: ['--sign-ins-per-minute', '0'] });
  const admin = await as('admin');
  const city = (await admin.get('/api/units?parent_id=1')).body.items.find((u) => u.code === 'hai-phong');
  ids.city = city.id;
  const wards = (await admin.get(`/api/units?parent_id=${city.id}`)).body.items;
  ids.ward = wards.find((u) => u.code === WARD_CODE).id;
  ids.otherWard = wards.find((u) => u.code !== WARD_CODE).id;
  for (const a of (await admin.get(`/api/agencies?unit_id=${city.id}`)).body.items) ids[a.code] = a.id;
  for (const a of (await admin.get(`/api/agencies?unit_id=${ids.ward}`)).body.items) ids[`ward:${a.code}`] = a.id;
});
after(async () => { await server?.stop(); });

let serial = 500;
// A plan recorded from text, in `unit`'s register, with `tasks` (one plain ward task if none).
function plan(unit, tasks, extra = {}) {
  serial += 1;
  return {
    unit_id: unit, type_code: 'KH', number: serial, symbol: 'KH-UBND', issuer: 'Ủy ban nhân dân phường Hồng Bàng',
    issued_on: '2026-01-05', summary: `Kế hoạch thực hiện công tác thanh niên số ${serial}`,
    tasks: tasks ?? [{ lead: 'Phòng Văn hóa - Xã hội', lead_agency_id: ids['ward:phong-vh-xh'], content: 'Tổ chức tuyên truyền', deadline: { kind: 'ongoing' } }],
    ...extra,
  };
}
const task = (fields) => ({ lead: 'Cơ quan chủ trì', content: 'Triển khai nhiệm vụ', deadline: { kind: 'ongoing' }, ...fields });

// What a refusal must leave untouched: every document, and the boards of the nation, the city
// and the ward (their totals and each child's), and the city department's own list.
async function snapshot() {
  const national = await as('bonoivu');
  const documents = (await national.get('/api/documents?limit=200')).body.items.map((d) => d.id).sort((a, b) => a - b);
  const board = async (user, unit) => {
    const b = (await (await as(user)).get(`/api/tasks?unit_id=${unit}`)).body;
    return { total: b.total, children: b.children.map((c) => [c.unit.id, c.counts.total]) };
  };
  const mine = (await (await as('sokhcn')).get('/api/tasks')).body.mine.map((t) => t.id).sort((a, b) => a - b);
  return { documents, nation: await board('bonoivu', 1), city: await board('chutich', ids.city),
           ward: await board('chutichphuong', ids.ward), mine };
}

test('a ward cannot record into the nation\'s or the city\'s register, nor assign city bodies or tasks', async () => {
  const city = await as('sonoivu');
  const ward = await as('vhxhphuong');
  // The city's letter relaying the Government's notice, and a task of a sibling ward.
  const cityLetter = (await ward.get('/api/documents?limit=200')).body.items.find((d) => d.kind === 'relay' && d.unit_id === ids.city);
  assert.ok(cityLetter, 'the demo city letter is readable by the ward');
  const cityTask = (await ward.get(`/api/documents/${cityLetter.id}`)).body.tasks[0];
  let r = await city.post('/api/documents', plan(ids.otherWard, [task({ lead: 'UBND phường' })], { issuer: 'Ủy ban nhân dân phường khác' }));
  assert.equal(r.status, 201, r.text);
  const sibling = r.body;
  const before = await snapshot();

  // The "national" document, and the city's register: 403 naming the register.
  r = await ward.post('/api/documents', plan(1, [task({})], { issuer: 'VĂN PHÒNG CHÍNH PHỦ', symbol: 'TB-VPCP', type_code: 'TB' }));
  assert.equal(r.status, 403, r.text);
  assert.match(r.body.error.message, /Việt Nam/);
  r = await ward.post('/api/documents', plan(ids.city, [task({})]));
  assert.equal(r.status, 403, r.text);
  assert.match(r.body.error.message, /Hải Phòng/);
  assert.equal((await (await as('chutichphuong')).post('/api/documents', plan(1, [task({})]))).status, 403, 'nor the ward\'s leader');

  // A city department as lead.
  r = await ward.post('/api/documents', plan(ids.ward, [task({ lead_agency_id: ids['so-kh-cn'] })]));
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(fieldsOf(r), ['tasks[0].lead_agency_id']);
  // A city department as the second coordinating body.
  r = await ward.post('/api/documents', plan(ids.ward, [task({ lead_agency_id: ids['ward:phong-vh-xh'],
    coordinating: [{ agency_id: ids['ward:doan-phuong'], name: 'Đoàn phường' }, { agency_id: ids['so-noi-vu'], name: 'Sở Nội vụ' }] })]));
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(fieldsOf(r), ['tasks[0].coordinating[1].agency_id']);
  // Under a city task, without carrying out the city's document.
  r = await ward.post('/api/documents', plan(ids.ward, [task({ lead_agency_id: ids['ward:phong-vh-xh'], parent_task_id: cityTask.id })]));
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(fieldsOf(r), ['tasks[0].parent_task_id']);
  // Under a sibling ward's task, "implementing" the sibling's plan.
  r = await ward.post('/api/documents', plan(ids.ward, [task({ parent_task_id: sibling.tasks[0].id })], { relays_document_id: sibling.document.id }));
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(fieldsOf(r), ['relays_document_id', 'tasks[0].parent_task_id']);
  // All at once: every field named in one answer.
  r = await ward.post('/api/documents', plan(ids.ward, [
    task({ lead_agency_id: ids['so-kh-cn'] }),
    task({ coordinating: [{ agency_id: ids['so-gd-dt'], name: 'Sở Giáo dục và Đào tạo' }], parent_task_id: cityTask.id }),
  ]));
  assert.deepEqual(fieldsOf(r), ['tasks[0].lead_agency_id', 'tasks[1].coordinating[0].agency_id', 'tasks[1].parent_task_id']);

  // A sub-task of the ward's own task: a city body neither leads nor coordinates it.
  const wardLetter = (await ward.get('/api/documents?limit=200')).body.items.find((d) => d.kind === 'relay' && d.unit_id === ids.ward);
  const wardTask = (await ward.get(`/api/documents/${wardLetter.id}`)).body.tasks[0];
  const sub = { lead_agency_id: ids['ward:doan-phuong'], coordinating_agency_ids: [ids['ward:ubnd'], ids['so-kh-cn']], content: 'Khảo sát', deadline: { kind: 'ongoing' } };
  r = await ward.post(`/api/tasks/${wardTask.id}/subtasks`, sub);
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(fieldsOf(r), ['coordinating_agency_ids[1]']);
  r = await ward.post(`/api/tasks/${wardTask.id}/subtasks`, { ...sub, lead_agency_id: ids['so-noi-vu'], coordinating_agency_ids: [] });
  assert.deepEqual(fieldsOf(r), ['lead_agency_id']);
  // The relay route refuses the same, by the same rule.
  const leader = await as('chutichphuong');
  r = await leader.post(`/api/documents/${cityLetter.id}/relay`, {
    unit_id: ids.ward, signer_name: 'Phạm Quang Huy', field_code: 'VHXH', monitor_agency_id: ids['ward:phong-vh-xh'],
    items: [{ parent_task_id: sibling.tasks[0].id, lead_agency_id: ids['ward:doan-phuong'], coordinating_agency_ids: [ids['so-noi-vu']],
              content: 'Tuyên truyền', deadline: { kind: 'ongoing' } }],
  });
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(fieldsOf(r), ['items[0].coordinating_agency_ids[0]', 'items[0].parent_task_id']);

  assert.deepEqual(await snapshot(), before, 'nothing was written');
});

test('the ward\'s own flows still work: its register, its bodies, the city\'s document carried out', async () => {
  const ward = await as('vhxhphuong');
  const national = await as('bonoivu');
  const before = await snapshot();
  // The Government's notice the ward received is the ward's record, beside the nation's own.
  const pm = (await national.get('/api/documents?limit=200')).body.items.find((d) => d.number_symbol === '158/TB-VPCP' && d.unit_id === 1);
  assert.ok(pm, 'the nation keeps its copy');
  let r = await ward.post('/api/documents', plan(ids.ward, [task({ lead: 'Các bộ, ngành, địa phương' })],
    { type_code: 'TB', number: 158, symbol: 'TB-VPCP', issuer: 'Văn phòng Chính phủ', issued_on: '2024-04-11',
      summary: 'Kết luận của Thủ tướng Chính phủ tại Chương trình gặp mặt và đối thoại với thanh niên năm 2024 (bản phường nhận)' }));
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.document.unit_id, ids.ward);
  assert.equal(r.body.tasks[0].unit_id, ids.ward, 'its tasks sit at the ward, not the nation');
  assert.equal((await ward.post('/api/documents', plan(ids.ward, [task({})], { number: 158, symbol: 'TB-VPCP', type_code: 'TB', issuer: 'Văn phòng Chính phủ', issued_on: '2024-04-11' }))).status, 409,
    'the ward\'s register holds it once');
  // The ward's plan carrying out the city's letter, its bodies leading and coordinating.
  const cityLetter = (await ward.get('/api/documents?limit=200')).body.items.find((d) => d.kind === 'relay' && d.unit_id === ids.city);
  const cityTask = (await ward.get(`/api/documents/${cityLetter.id}`)).body.tasks[0];
  r = await ward.post('/api/documents', plan(ids.ward, [task({ lead_agency_id: ids['ward:phong-vh-xh'], parent_task_id: cityTask.id,
    coordinating: [{ agency_id: ids['ward:doan-phuong'], name: 'Đoàn phường' }] })], { relays_document_id: cityLetter.id }));
  assert.equal(r.status, 201, r.text);
  const planTask = r.body.tasks[0];
  assert.equal(planTask.parent_id, cityTask.id);
  // …split for the ward's Youth Union with the ward's committee.
  r = await ward.post(`/api/tasks/${planTask.id}/subtasks`, { lead_agency_id: ids['ward:doan-phuong'], coordinating_agency_ids: [ids['ward:ubnd']],
    content: 'Tổ chức đội hình thanh niên tình nguyện', deadline: { kind: 'ongoing' } });
  assert.equal(r.status, 201, r.text);
  // Three tasks more, all in the ward's subtree: the city's own row and its department's list unchanged.
  const after = await snapshot();
  assert.equal(after.ward.total.total, before.ward.total.total + 3);
  assert.equal(after.city.total.total, before.city.total.total + 3);
  const ownRow = (s) => s.city.children.find(([id]) => id === ids.city);
  assert.ok(ownRow(before), JSON.stringify(before.city));
  assert.deepEqual(ownRow(after), ownRow(before), 'nothing on the city\'s own level');
  assert.deepEqual(after.mine, before.mine, 'nothing on the city department\'s list');
});

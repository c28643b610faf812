// API scenarios for youth-development indicators (C9, issue 4): define a programme, open a
// round, report by form and by XLSX upload (errors name fields and cells; nothing is stored
// on error), the dashboard's completeness and roll-up (Σ numerators / Σ denominators),
// locked, exception and re-opened rounds on the demo's 2025 round, the annual report, the
// public progress, and the Appendix II tasks linked to indicators (shown with their status;
// links checked and undone). Dates are relative to the server's today, so the scenarios hold on
// any day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { xlsx } from '../browser/xlsx.mjs';

// Today in Vietnam (UTC+7), as the server sees it, plus `days`.
function vnDate(days = 0) {
  const d = new Date(Date.now() + 7 * 3600 * 1000 + days * 86400 * 1000);
  return d.toISOString().slice(0, 10);
}

export default function (ctx) {
  const { anon, as, fieldsOf } = ctx;
  const s = {};  // what one scenario leaves for the next

  test('indicators: the demo programme adopts the national targets, stricter', async () => {
    const coordinator = await as('sonoivu');
    const list = await coordinator.get('/api/indicator-programmes');
    assert.equal(list.status, 200);
    const hp = list.body.items.find((p) => p.title === 'Phát triển thanh niên thành phố Hải Phòng đến năm 2030');
    assert.ok(hp, 'the demo programme is listed');
    assert.ok(!list.body.items.some((p) => p.title.startsWith('Chiến lược')), 'the national programme is outside the city scope');
    const d = await coordinator.get(`/api/indicator-programmes/${hp.id}`);
    assert.equal(d.status, 200);
    const counselling = d.body.indicators.find((i) => i.code === '1.1');
    assert.equal(counselling.kind, 'ratio');
    assert.equal(counselling.national.final_target, 80);  // Decision 1331: 80% by 2030
    assert.equal(counselling.national.stricter, true);    // Hải Phòng: 85%
    const unemployment = d.body.indicators.find((i) => i.code === '1.3');
    assert.equal(unemployment.direction, 'at_most');
    assert.equal(unemployment.national.stricter, true);   // ≤ 5% against ≤ 7%
    s.demo = hp;
    s.demoRound2025 = d.body.rounds.find((r) => r.period_year === 2025);
    assert.equal(s.demoRound2025.due_on, '2025-11-30');
    assert.equal((await anon().get('/api/indicator-programmes')).status, 401);
    assert.equal((await coordinator.get('/api/indicator-programmes/999999')).status, 404);
  });

  test('indicators: define a programme and its indicators; bad input names the field', async () => {
    const coordinator = await as('sonoivu');
    const city = ctx.ids.city;
    let r = await coordinator.post('/api/indicator-programmes', { unit_id: city, basis: 'x' });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['title']);
    r = await coordinator.post('/api/indicator-programmes', { unit_id: 'hai-phong', title: 'x' });
    assert.equal(r.status, 400);
    r = await coordinator.post('/api/indicator-programmes', { unit_id: city, title: 'Thử', end_year: 2035 });
    assert.deepEqual(fieldsOf(r), ['end_year']);
    r = await (await as('sokhcn')).post('/api/indicator-programmes', { unit_id: city, title: 'Thử' });
    assert.equal(r.status, 403);
    r = await coordinator.post('/api/indicator-programmes', { unit_id: city, title: 'Kế hoạch thử nghiệm chỉ tiêu thanh niên', start_year: 2025, end_year: 2030 });
    assert.equal(r.status, 201);
    s.programme = r.body.id;
    const add = (body) => coordinator.post(`/api/indicator-programmes/${s.programme}/indicators`, body);
    r = await add({ code: 'T1', name: 'Tỷ lệ thanh niên được tư vấn', measure: '%', kind: 'ratio', direction: 'at_least', baseline_year: 2024, baseline_value: 50, targets: [{ year: 2030, value: 85 }], is_public: false });
    assert.equal(r.status, 201);
    s.ratio = r.body.id;
    r = await add({ code: 'T2', name: 'Số câu lạc bộ', measure: 'câu lạc bộ', kind: 'count', targets: [{ year: 2030, value: 20 }] });
    assert.equal(r.status, 201);
    s.count = r.body.id;
    r = await add({ code: 'T3', name: 'Sai', measure: '%', kind: 'average', direction: '>=', targets: [{ year: 2030, value: 120 }] });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['kind', 'direction', 'targets[0].value']);
    r = await add({ code: 'T1', name: 'Trùng mã', measure: '%' });
    assert.equal(r.status, 409);
    r = await add({ code: 'T4', name: 'x', measure: '%', targets: 'nhiều' });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r), ['targets']);
    r = await add({ code: 'T4', name: 'x', measure: '%', baseline_value: 'năm mươi' });
    assert.deepEqual(fieldsOf(r), ['baseline_value']);
    const edit = (body) => coordinator.put(`/api/indicators/${s.ratio}`, body);
    r = await edit({ code: 'T1', name: 'Tỷ lệ thanh niên được tư vấn', measure: '%', baseline_value: 50, targets: [{ year: 2029, value: 80 }, { year: 2030, value: 90 }] });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.targets, [{ year: 2029, value: 80 }, { year: 2030, value: 90 }]);
    r = await edit({ code: 'T2', name: 'x', measure: '%' });
    assert.equal(r.status, 409);
    r = await edit({ code: 'T1', name: 'x', measure: '%', targets: [{ year: 2030, value: -1 }] });
    assert.deepEqual(fieldsOf(r), ['targets[0].value']);
    r = await edit({ name: 'x' });
    assert.deepEqual(fieldsOf(r), ['code', 'measure']);
    assert.equal((await (await as('thanhdoan')).put(`/api/indicators/${s.ratio}`, { code: 'T1', name: 'x', measure: '%' })).status, 403);
    assert.equal((await coordinator.put('/api/indicators/999999', { code: 'T1', name: 'x', measure: '%' })).status, 404);
    r = await coordinator.post(`/api/indicators/${s.ratio}/tasks`, { task_id: 999999 });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['task_id']);
    assert.equal((await (await as('thanhdoan')).post(`/api/indicators/${s.ratio}/tasks`, { task_id: 1 })).status, 403);
  });

  test('indicators: Appendix II tasks show with their status; bad links name task_id; a link is undone', async () => {
    const coordinator = await as('sonoivu');
    const demo = (await coordinator.get(`/api/indicator-programmes/${s.demo.id}`)).body;
    const counselling = demo.indicators.find((i) => i.code === '1.1');
    assert.equal(counselling.tasks.length, 1, 'the demo plan links one task to 1.1');
    const [plan] = counselling.tasks;
    assert.deepEqual(counselling.task_ids, [plan.id]);
    assert.equal(plan.number_symbol, '215/KH-UBND');
    assert.equal(plan.lead.name, 'Sở Nội vụ');
    assert.equal(typeof plan.lead.agency_id, 'number');
    assert.equal(plan.deadline_text, 'trước ngày 30/11 hằng năm');
    assert.ok(['not_started', 'in_progress', 'done_on_time', 'done_late', 'overdue'].includes(plan.status));
    assert.ok(plan.status_label.length > 0);
    const digital = demo.indicators.find((i) => i.code === '2.1').tasks[0];
    assert.equal(digital.deadline_text, 'thường xuyên');
    assert.equal(digital.status, 'in_progress', 'an ongoing task reported half way is in progress');
    assert.equal(digital.status_label, 'Đang thực hiện');
    assert.equal(digital.percent, 50);
    const doc = (await coordinator.get(`/api/documents/${plan.document_id}`)).body;
    assert.equal(doc.number_symbol, '215/KH-UBND');
    assert.match(doc.summary, /minh họa/, 'the demo plan says it is illustrative');

    const link = (task) => coordinator.post(`/api/indicators/${s.ratio}/tasks`, { task_id: task });
    let r = await link(digital.id);
    assert.equal(r.status, 201);
    const mine = (await coordinator.get(`/api/indicator-programmes/${s.programme}`)).body.indicators.find((i) => i.id === s.ratio);
    assert.deepEqual(mine.task_ids, [digital.id]);
    assert.equal(mine.tasks[0].status, 'in_progress');
    assert.equal(mine.tasks[0].content, digital.content);
    r = await link(digital.id);
    assert.equal(r.status, 422, 'linked twice');
    assert.deepEqual(fieldsOf(r), ['task_id']);
    const docs = (await coordinator.get('/api/documents?limit=200')).body.items;
    const pm = docs.find((d) => d.number_symbol === '158/TB-VPCP');
    const national = (await coordinator.get(`/api/documents/${pm.id}`)).body.tasks[0];
    r = await link(national.id);
    assert.equal(r.status, 422, 'a task outside the city');
    assert.deepEqual(fieldsOf(r), ['task_id']);
    r = await coordinator.post(`/api/indicators/${s.ratio}/tasks`, { task_id: 'mười' });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r), ['task_id']);
    assert.equal((await coordinator.post('/api/indicators/999999/tasks', { task_id: digital.id })).status, 404);

    const unlink = (client, task) => client.del(`/api/indicators/${s.ratio}/tasks/${task}`);
    assert.equal((await unlink(await as('thanhdoan'), digital.id)).status, 403);
    r = await unlink(coordinator, digital.id);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { indicator_id: s.ratio, task_id: digital.id });
    assert.equal((await unlink(coordinator, digital.id)).status, 404, 'no longer linked');
    const after = (await coordinator.get(`/api/indicator-programmes/${s.programme}`)).body.indicators.find((i) => i.id === s.ratio);
    assert.deepEqual(after.tasks, []);
    assert.equal((await (await coordinator.get(`/api/indicator-programmes/${s.demo.id}`)).body.indicators.find((i) => i.code === '2.1').tasks.length), 1, 'the demo link is untouched');
  });

  test('indicators: open a round for two wards; bad rounds are refused', async () => {
    const coordinator = await as('sonoivu');
    const wards = (await anon().get(`/api/units?parent_id=${ctx.ids.city}`)).body.items;
    s.wards = wards.slice(0, 2);
    const open = (body) => coordinator.post(`/api/indicator-programmes/${s.programme}/rounds`, body);
    let r = await open({ period_year: 2026, opens_on: '01/10/2026', due_on: vnDate(10) });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['opens_on']);
    r = await open({ period_year: 2026, opens_on: vnDate(-1), due_on: vnDate(10), unit_ids: [1] });
    assert.deepEqual(fieldsOf(r), ['unit_ids[0]', 'unit_ids']);
    r = await open({ period_year: 2026, opens_on: vnDate(-1), due_on: vnDate(-1) });
    assert.deepEqual(fieldsOf(r), ['due_on']);
    r = await open({ period_year: 2026, opens_on: vnDate(-1), due_on: vnDate(10), unit_ids: s.wards.map((w) => w.id) });
    assert.equal(r.status, 201);
    assert.equal(r.body.unit_count, 2);
    s.round = r.body.id;
    r = await open({ period_year: 2026, opens_on: vnDate(-1), due_on: vnDate(10) });
    assert.equal(r.status, 409);
  });

  test('indicators: values by form roll up as Σ numerators / Σ denominators; bad values store nothing', async () => {
    const youth = await as('thanhdoan');
    const coordinator = await as('sonoivu');
    const [a, b] = s.wards;
    const post = (client, values) => client.post(`/api/indicator-rounds/${s.round}/values`, { values });
    let r = await post(youth, [
      { indicator_id: s.ratio, unit_id: a.id, numerator: 30, denominator: 300 },
      { indicator_id: s.ratio, unit_id: b.id, numerator: 500, denominator: 400 },
      { indicator_id: s.count, unit_id: a.id, numerator: 2.5 },
      { indicator_id: s.count, unit_id: b.id, numerator: 3, denominator: 4 },
      { indicator_id: 999999, unit_id: a.id, numerator: 1 },
    ]);
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['values[1].numerator', 'values[2].numerator', 'values[3].denominator', 'values[4].indicator_id']);
    const dash = async () => (await coordinator.get(`/api/indicator-rounds/${s.round}`)).body;
    assert.equal((await dash()).by_level.find((l) => l.level === 'commune').reported, 0, 'nothing half-written');
    r = await post(youth, [{ indicator_id: s.ratio, unit_id: a.id, numerator: 'ba mươi', denominator: 300 }]);
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r), ['values[0].numerator']);
    r = await post(youth, []);
    assert.deepEqual(fieldsOf(r), ['values']);
    assert.equal((await post(await as('admin'), [{ indicator_id: s.count, unit_id: a.id, numerator: 1 }])).status, 403);
    r = await post(youth, [
      { indicator_id: s.ratio, unit_id: a.id, numerator: 30, denominator: 300 },
      { indicator_id: s.ratio, unit_id: b.id, numerator: 27000, denominator: 30000, comment: 'Số liệu điều tra' },
      { indicator_id: s.count, unit_id: a.id, numerator: 3 },
    ]);
    assert.equal(r.status, 201);
    assert.deepEqual(r.body, { saved: 3, late: 0 });
    const d = await dash();
    const commune = d.by_level.find((l) => l.level === 'commune');
    assert.deepEqual([commune.expected, commune.reported, commune.on_time], [4, 3, 3]);
    const ratio = d.indicators.find((i) => i.indicator.id === s.ratio);
    assert.ok(Math.abs(ratio.value - (100 * 27030) / 30300) < 1e-9, 'not the 50% an average of 10% and 90% gives');
    assert.equal(ratio.denominator, 30300);
    assert.ok(['open', 'due_soon'].includes(d.round.phase));
    const roll = await coordinator.get(`/api/indicator-rounds/${s.round}/indicators/${s.ratio}`);
    assert.equal(roll.status, 200);
    const ward = roll.body.units.find((u) => u.id === a.id);
    assert.equal(ward.value, 10);
    assert.equal(ward.own.numerator, 30);
    assert.equal((await coordinator.get(`/api/indicator-rounds/${s.round}/indicators/999999`)).status, 404);
    assert.equal((await coordinator.get('/api/indicator-rounds/999999')).status, 404);
  });

  test('indicators: XLSX template down, filled template up; a bad cell is named and changes nothing', async () => {
    const youth = await as('thanhdoan');
    const coordinator = await as('sonoivu');
    const t = await youth.get(`/api/indicator-rounds/${s.round}/template.xlsx`);
    assert.equal(t.status, 200);
    assert.match(t.headers.get('content-type'), /spreadsheetml/);
    assert.equal(t.bytes.subarray(0, 2).toString(), 'PK');
    const [a, b] = s.wards;
    const upload = (rows, name = 'so-lieu.xlsx') => youth.request('POST', `/api/indicator-rounds/${s.round}/imports?filename=${encodeURIComponent(name)}`, { raw: xlsx(rows) });
    const keys = ['unit_code', 'unit_name', 'T1/num', 'T1/den', 'T2/num', 'comment'];
    let r = await upload([['MẪU NHẬP SỐ LIỆU'], keys, [a.code, a.name, 'ba mươi', 300, 4, ''], [b.code, b.name, 10, 5, 2, '']]);
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['C3']);
    r = await upload([keys, [a.code, a.name, 40, 300, 4, ''], [b.code, b.name, 10, 5, 2, '']]);
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['C3'], 'the numerator over its denominator, by cell');
    r = await upload([keys, ['khong-co', 'x', 1, 2, 1, '']]);
    assert.deepEqual(fieldsOf(r), ['A2'], 'the unknown unit, named once');
    r = await upload([['ma', 'ten'], ['1', '2']]);
    assert.deepEqual(fieldsOf(r), ['file']);
    r = await upload([keys], 'so-lieu.pdf');
    assert.deepEqual(fieldsOf(r), ['filename']);
    r = await youth.request('POST', `/api/indicator-rounds/${s.round}/imports`, { raw: xlsx([keys]) });
    assert.equal(r.status, 400);
    const before = (await coordinator.get(`/api/indicator-rounds/${s.round}`)).body.by_level.find((l) => l.level === 'commune');
    assert.equal(before.reported, 3, 'bad uploads changed nothing');
    r = await upload([keys, [a.code, a.name, 45, 300, 4, 'Cập nhật'], [b.code, b.name, 4, 5, 2, '']]);
    assert.equal(r.status, 201);
    assert.deepEqual(r.body, { saved: 4, late: 0 });
    const after = (await coordinator.get(`/api/indicator-rounds/${s.round}`)).body.by_level.find((l) => l.level === 'commune');
    assert.deepEqual([after.expected, after.reported], [4, 4]);
  });

  test('indicators: the demo 2025 round is locked; exception, then re-opened', async () => {
    const youth = await as('thanhdoan');
    const coordinator = await as('sonoivu');
    const round = s.demoRound2025.id;
    const d = (await coordinator.get(`/api/indicator-rounds/${round}`)).body;
    assert.equal(d.round.phase, 'locked');
    const missing = d.units.filter((u) => u.level === 'commune' && u.own.reported === 0);
    assert.ok(missing.length >= 2, 'the demo leaves wards unreported');
    const counselling = d.indicators.find((i) => i.indicator.code === '4.1');
    const value = (unit) => [{ indicator_id: counselling.indicator.id, unit_id: unit.id, numerator: 1 }];
    let r = await youth.post(`/api/indicator-rounds/${round}/values`, { values: value(missing[0]) });
    assert.equal(r.status, 409);
    assert.deepEqual(fieldsOf(r), ['values[0].unit_id']);
    r = await youth.post(`/api/indicator-rounds/${round}/exceptions`, { unit_id: missing[0].id, until: vnDate(3), reason: 'Bão' });
    assert.equal(r.status, 403);
    r = await coordinator.post(`/api/indicator-rounds/${round}/exceptions`, { unit_id: missing[0].id, until: '2025-11-30', reason: '' });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['until', 'reason']);
    r = await coordinator.post(`/api/indicator-rounds/${round}/exceptions`, { unit_id: missing[0].id, until: vnDate(3), reason: 'Ảnh hưởng của bão' });
    assert.equal(r.status, 201);
    r = await youth.post(`/api/indicator-rounds/${round}/values`, { values: value(missing[0]) });
    assert.equal(r.status, 201);
    assert.deepEqual(r.body, { saved: 1, late: 1 });
    assert.equal((await youth.post(`/api/indicator-rounds/${round}/values`, { values: value(missing[1]) })).status, 409);
    r = await coordinator.post(`/api/indicator-rounds/${round}/reopen`, { until: '2025-11-01' });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['until']);
    r = await coordinator.post(`/api/indicator-rounds/${round}/reopen`, { until: vnDate(2) });
    assert.equal(r.status, 200);
    assert.equal(r.body.reopened_until, vnDate(2));
    assert.equal((await youth.post(`/api/indicator-rounds/${round}/values`, { values: value(missing[1]) })).status, 201);
    const after = (await coordinator.get(`/api/indicator-rounds/${round}`)).body;
    assert.equal(after.round.phase, 'reopened');
    const c = after.by_level.find((l) => l.level === 'commune');
    assert.ok(c.reported > c.on_time, 'late values count as reported, not on time');
  });

  test('indicators: the annual report as DOCX, PDF and XLSX; public progress', async () => {
    const coordinator = await as('sonoivu');
    const round = s.demoRound2025.id;
    for (const [name, magic] of [['bao-cao.docx', 'PK'], ['bao-cao.pdf', '%PDF-'], ['bao-cao.xlsx', 'PK']]) {
      const r = await coordinator.get(`/api/indicator-rounds/${round}/report/${name}`);
      assert.equal(r.status, 200, name);
      assert.equal(r.bytes.subarray(0, magic.length).toString(), magic, name);
      assert.match(r.headers.get('content-disposition'), /bao-cao-chi-tieu-2025/);
    }
    assert.equal((await coordinator.get(`/api/indicator-rounds/${round}/report/bao-cao.odt`)).status, 404);
    assert.equal((await anon().get(`/api/indicator-rounds/${round}/report/bao-cao.pdf`)).status, 401);
    const pub = await anon().get('/api/public/indicators');
    assert.equal(pub.status, 200);
    const hp = pub.body.items.find((p) => p.programme.id === s.demo.id);
    assert.ok(hp);
    assert.ok(hp.indicators.length > 0 && hp.indicators.every((i) => i.indicator.is_public));
    assert.ok(!pub.body.items.some((p) => p.programme.id === s.programme), 'nothing public in the test programme');
  });
}
